import { useRef, useState } from "react";
import { FieldError, invalidIf } from "../../components/field-error.js";
import { ProblemList } from "../../components/problem-list.js";
import { byField, refusalOf, type Refusal } from "../../lib/problems.js";
import { dateEnGb, whole } from "../../lib/format.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import type { Session } from "../../lib/session.js";
import { scenarioHash } from "../../lib/scenario-url.js";
import { SavedLink } from "../../components/saved-link.js";
import { ACCEPTANCE_READS, ACCEPTANCES, DECIDE, PROPOSE, REVOKE } from "./acceptance-api.js";

const STATE_WORDS: Record<string, string> = {
  PROPOSED: "waiting for a decision",
  ACCEPTED: "accepted",
  REJECTED: "rejected",
  EXPIRED: "expired",
  REVOKED: "revoked",
  LAPSED: "lapsed",
};

/**
 * A risk's acceptance and its history: propose (register editors), accept, reject or revoke
 * (people holding risk:accept; the server also refuses the proposer). A save says what it saved
 * and links to it in the history; a refusal lists every reason the API gave, each also beside the
 * field it names, which takes the focus. What was typed stays.
 */
export function AcceptancePanel({ id, session, canPropose }: { id: string; session: Session; canPropose: boolean }) {
  const mayDecide = session.role === "ADMIN" || session.role === "BOARD";
  const read = useGraphQL(ACCEPTANCES, { id }, session.token);
  const propose = useGraphQLMutation(PROPOSE, session.token, ACCEPTANCE_READS);
  const decide = useGraphQLMutation(DECIDE, session.token, ACCEPTANCE_READS);
  const revoke = useGraphQLMutation(REVOKE, session.token, ACCEPTANCE_READS);
  const [justification, setJustification] = useState("");
  const [expires, setExpires] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<{ words: string; id: string } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const panel = useRef<HTMLElement>(null);
  const problems = byField(refusal?.problems ?? [], ["justification", "expires", "note"]);

  async function run(what: () => Promise<{ words: string; id: string }>) {
    setSaved(null);
    setRefusal(null);
    try {
      setSaved(await what());
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  const risk = read.data?.risk;
  if (!risk) return null;
  const latest = risk.acceptances.at(-1);
  const waiting = latest?.state === "PROPOSED";
  const standing = latest?.state === "ACCEPTED";

  return (
    <section className="acceptance" aria-label={`Acceptance of ${risk.title}`} ref={panel}>
      <p>
        <a href={scenarioHash(risk.scenario)}>Open its blast radius in the explorer</a>
      </p>
      <h4>Acceptance</h4>
      {risk.acceptances.length === 0 ? (
        <p>Never proposed.</p>
      ) : (
        <ol>
          {risk.acceptances.map((a) => (
            <li key={a.id} id={`acceptance-${a.id}`} tabIndex={-1}>
              <strong>{STATE_WORDS[a.state]}</strong>: proposed by {a.proposedBy} on {dateEnGb(a.proposedAt)} until {dateEnGb(a.expires)} —
              “{a.justification}”
              {a.decidedBy && a.decidedAt && (
                <>
                  {" "}
                  Decided by {a.decidedBy} on {dateEnGb(a.decidedAt)}: {a.note}
                </>
              )}
              {a.snapshot && (
                <>
                  {" "}
                  Judged at residual rating {a.snapshot.rating}, harm {whole(a.snapshot.harm)} weighted patients, graph version{" "}
                  {a.snapshot.graphVersion}.
                </>
              )}
              {a.reason && (
                <>
                  {" "}
                  {a.state === "LAPSED" ? "Lapsed at " : ""}
                  {a.reason}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {canPropose && !waiting && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const r = await propose.mutateAsync({ risk: id, j: justification, e: expires });
              const words = `Saved: acceptance of “${risk.title}” proposed until ${dateEnGb(r.proposeAcceptance.expires)}, waiting for a decision.`;
              return { words, id: r.proposeAcceptance.id };
            });
          }}
        >
          <label>
            Justification{" "}
            <textarea
              value={justification}
              onChange={(e) => setJustification(e.target.value)}
              {...invalidIf("acceptance-justification-error", problems.get("justification"))}
            />
          </label>
          <FieldError id="acceptance-justification-error" problems={problems.get("justification")} />
          <label>
            Expires{" "}
            <input
              type="date"
              value={expires}
              onChange={(e) => setExpires(e.target.value)}
              {...invalidIf("acceptance-expires-error", problems.get("expires"))}
            />
          </label>
          <FieldError id="acceptance-expires-error" problems={problems.get("expires")} />
          <button type="submit">Propose acceptance</button>
        </form>
      )}
      {mayDecide && (waiting || standing) && latest && (
        <div className="decide">
          <label>
            Note{" "}
            <input value={note} onChange={(e) => setNote(e.target.value)} {...invalidIf("acceptance-note-error", problems.get("note"))} />
          </label>
          <FieldError id="acceptance-note-error" problems={problems.get("note")} />
          {waiting && (
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await decide.mutateAsync({ id: latest.id, accept: true, note });
                  return { words: `Saved: “${risk.title}” accepted until ${dateEnGb(latest.expires)}.`, id: latest.id };
                })
              }
            >
              Accept
            </button>
          )}
          {waiting && (
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await decide.mutateAsync({ id: latest.id, accept: false, note });
                  return { words: `Saved: acceptance of “${risk.title}” rejected.`, id: latest.id };
                })
              }
            >
              Reject
            </button>
          )}
          {standing && (
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await revoke.mutateAsync({ id: latest.id, note });
                  return { words: `Saved: acceptance of “${risk.title}” revoked.`, id: latest.id };
                })
              }
            >
              Revoke
            </button>
          )}
        </div>
      )}
      {saved && <SavedLink words={saved.words} target={`acceptance-${saved.id}`} />}
      {refusal && <ProblemList refusal={refusal} form={panel} />}
    </section>
  );
}
