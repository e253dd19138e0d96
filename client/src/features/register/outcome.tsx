import { reasons } from "./acceptance-api.js";

/** What the last change did: what it saved, or every reason the API gave for refusing it. */
export type Outcome = { saved: string } | { refused: string[] } | null;

export const savedAs = (saved: string): Outcome => ({ saved });
export const refusedBy = (e: unknown): Outcome => ({ refused: reasons(e) });

/** A save in words, or a refusal with each of its reasons. */
export function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  if ("saved" in outcome)
    return (
      <p role="status" className="saved">
        {outcome.saved}
      </p>
    );
  return (
    <div role="alert">
      <p>Not saved:</p>
      <ul>
        {outcome.refused.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
