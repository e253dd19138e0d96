import { useState } from "react";
import { dateEnGb, whole } from "../../lib/format.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import type { Session } from "../../lib/session.js";
import { scenarioHash } from "../../lib/scenario-url.js";
import { ACCEPTANCE_READS, ACCEPTANCES, DECIDE, PROPOSE, reasons, REVOKE } from "./acceptance-api.js";

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
 * (people holding risk:accept; the server also refuses the proposer). A save says what it saved;
 * a refusal lists every reason the API gave.
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
  const risk = read.data?.risk;
  if (!risk) return null;
  const latest = risk.acceptances.at(-1);
  const waiting = latest?.state === "PROPOSED";
  const standing = latest?.state === "ACCEPTED";

  return (
    <section className="acceptance" aria-label={`Acceptance of ${risk.title}`}>
      <p>
        <a href={scenarioHash(risk.scenario)}>Open its blast radius in the explorer</a>
      </p>
      <h4>Acceptance</h4>
      {risk.acceptances.length === 0 ? (
        <p>Never proposed.</p>
      ) : (
        <ol>
          {risk.acceptances.map((a) => (
            <li key={a.id}>
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
              return `Saved: acceptance of “${risk.title}” proposed until ${dateEnGb(r.proposeAcceptance.expires)}, waiting for a decision.`;
            });
          }}
        >
          <label>
            Justification <textarea value={justification} onChange={(e) => setJustification(e.target.value)} />
          </label>
          <label>
            Expires <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
          </label>
          <button type="submit">Propose acceptance</button>
        </form>
      )}
      {mayDecide && (waiting || standing) && latest && (
        <div className="decide">
          <label>
            Note <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          {waiting && (
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await decide.mutateAsync({ id: latest.id, accept: true, note });
                  return `Saved: “${risk.title}” accepted until ${dateEnGb(latest.expires)}.`;
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
                  return `Saved: acceptance of “${risk.title}” rejected.`;
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
                  return `Saved: acceptance of “${risk.title}” revoked.`;
                })
              }
            >
              Revoke
            </button>
          )}
        </div>
      )}
      {saved && <p role="status">{saved}</p>}
      {refused.length > 0 && (
        <div role="alert">
          <p>Not saved:</p>
          <ul>
            {refused.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
