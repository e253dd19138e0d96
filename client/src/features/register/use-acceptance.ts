import { useState } from "react";
import { dateEnGb } from "../../lib/format.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { ACCEPTANCE_READS, DECIDE, PROPOSE, reasons, REVOKE } from "./acceptance-api.js";

/**
 * The steps of a risk's acceptance: propose, accept, reject, revoke. Each says what it saved, or
 * lists in `refused` every reason the API gave.
 */
export function useAcceptance(risk: { id: string; title: string }) {
  const propose = useGraphQLMutation(PROPOSE, ACCEPTANCE_READS);
  const decide = useGraphQLMutation(DECIDE, ACCEPTANCE_READS);
  const revoke = useGraphQLMutation(REVOKE, ACCEPTANCE_READS);
  // What is being written, kept while the forms come and go with the acceptance's state.
  const [justification, setJustification] = useState("");
  const [expires, setExpires] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  async function run(what: () => Promise<string>) {
    setSaved(null);
    setRefused([]);
    try {
      setSaved(await what());
    } catch (e) {
      setRefused(reasons(e));
    }
  }
  const steps = {
    propose: (j: string, e: string) =>
      run(async () => {
        const r = await propose.mutateAsync({ risk: risk.id, j, e });
        return `Saved: acceptance of “${risk.title}” proposed until ${dateEnGb(r.proposeAcceptance.expires)}, waiting for a decision.`;
      }),
    accept: (latest: { id: string; expires: string }, note: string) =>
      run(async () => {
        await decide.mutateAsync({ id: latest.id, accept: true, note });
        return `Saved: “${risk.title}” accepted until ${dateEnGb(latest.expires)}.`;
      }),
    reject: (latest: { id: string }, note: string) =>
      run(async () => {
        await decide.mutateAsync({ id: latest.id, accept: false, note });
        return `Saved: acceptance of “${risk.title}” rejected.`;
      }),
    revoke: (latest: { id: string }, note: string) =>
      run(async () => {
        await revoke.mutateAsync({ id: latest.id, note });
        return `Saved: acceptance of “${risk.title}” revoked.`;
      }),
  };
  const draft = { justification, setJustification, expires, setExpires, note, setNote };
  return { steps, draft, saved, refused };
}

export type AcceptanceSteps = ReturnType<typeof useAcceptance>["steps"];
export type AcceptanceDraft = ReturnType<typeof useAcceptance>["draft"];
