import type { RefObject } from "react";
import { ProblemList } from "../../components/problem-list.js";
import { refusalOf, type Refusal } from "../../lib/problems.js";

/** What the last change did: what it saved, or every reason the API gave for refusing it. */
export type Outcome = { saved: string } | { refused: Refusal } | null;

export const savedAs = (saved: string): Outcome => ({ saved });
export const refusedBy = (e: unknown): Outcome => ({ refused: refusalOf(e) });

/** The refusal an outcome holds, if it is one. */
export const refusalIn = (outcome: Outcome): Refusal | null => (outcome && "refused" in outcome ? outcome.refused : null);

/**
 * A save in words, or a refusal with each of its reasons (the focus moving to the first field of
 * `form` a problem marks, else to the refusal).
 */
export function OutcomeView({ outcome, form }: { outcome: Outcome; form?: RefObject<HTMLElement | null> }) {
  if (!outcome) return null;
  if ("saved" in outcome)
    return (
      <p role="status" className="saved">
        {outcome.saved}
      </p>
    );
  return <ProblemList refusal={outcome.refused} form={form} />;
}
