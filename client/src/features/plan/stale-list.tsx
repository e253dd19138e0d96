import type { Investment } from "../../lib/investment.js";

/** The refusal's words for a stale candidate, as a board member would say them. */
function why(reason: string | null): string {
  if (reason?.includes("no node has id") || reason?.includes("no longer")) return "a part of the model it changes has since been removed.";
  if (reason?.includes("already exists")) return "what it adds is already in the model (it may have been applied).";
  return "the model has changed so that its changes no longer apply.";
}

/** Candidates that no longer fit the model, left out of the answer, each with its reason. */
export function StaleList({ leftOut }: { leftOut: Investment["leftOut"] }) {
  if (!leftOut.length) return null;
  return (
    <section aria-labelledby="stale">
      <h3 id="stale">Left out: no longer fit the model</h3>
      <ul>
        {leftOut.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>: {why(c.staleReason)}
          </li>
        ))}
      </ul>
    </section>
  );
}
