import { useState } from "react";
import { dateEnGb } from "../../lib/format.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { byField, refusalOf, type Refusal } from "../../lib/problems.js";
import { ACCEPTANCE_READS, DECIDE, PROPOSE, REVOKE } from "./acceptance-api.js";

/**
 * The steps of a risk's acceptance: propose, accept, reject, revoke. Each says what it saved (and
 * which acceptance, to link to), and clears what was typed; or keeps in `refusal` every problem
 * the API gave, by field in `problems`, and what was typed stays.
 */
export function useAcceptance(risk: { id: string; title: string }) {
  const propose = useGraphQLMutation(PROPOSE, ACCEPTANCE_READS);
  const decide = useGraphQLMutation(DECIDE, ACCEPTANCE_READS);
  const revoke = useGraphQLMutation(REVOKE, ACCEPTANCE_READS);
  // What is being written, kept while the forms come and go with the acceptance's state.
  const [justification, setJustification] = useState("");
  const [expires, setExpires] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<{ words: string; id: string } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const problems = byField(refusal?.problems ?? [], ["justification", "expires", "note"]);
  async function run(what: () => Promise<{ words: string; id: string }>) {
    setSaved(null);
    setRefusal(null);
    try {
      setSaved(await what());
      // Saved: what was typed went with it, so the next step (a revocation after an acceptance) starts empty.
      setJustification("");
      setExpires("");
      setNote("");
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  const steps = {
    propose: (j: string, e: string) =>
      run(async () => {
        const r = await propose.mutateAsync({ risk: risk.id, j, e });
        const words = `Saved: acceptance of “${risk.title}” proposed until ${dateEnGb(r.proposeAcceptance.expires)}, waiting for a decision.`;
        return { words, id: r.proposeAcceptance.id };
      }),
    accept: (latest: { id: string; expires: string }, note: string) =>
      run(async () => {
        await decide.mutateAsync({ id: latest.id, accept: true, note });
        return { words: `Saved: “${risk.title}” accepted until ${dateEnGb(latest.expires)}.`, id: latest.id };
      }),
    reject: (latest: { id: string }, note: string) =>
      run(async () => {
        await decide.mutateAsync({ id: latest.id, accept: false, note });
        return { words: `Saved: acceptance of “${risk.title}” rejected.`, id: latest.id };
      }),
    revoke: (latest: { id: string }, note: string) =>
      run(async () => {
        await revoke.mutateAsync({ id: latest.id, note });
        return { words: `Saved: acceptance of “${risk.title}” revoked.`, id: latest.id };
      }),
  };
  const draft = { justification, setJustification, expires, setExpires, note, setNote, problems };
  return { steps, draft, saved, refusal };
}

export type AcceptanceSteps = ReturnType<typeof useAcceptance>["steps"];
export type AcceptanceDraft = ReturnType<typeof useAcceptance>["draft"];
