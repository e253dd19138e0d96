import type { RefObject } from "react";
import { ProblemList } from "../../components/problem-list.js";
import { SavedLink } from "../../components/saved-link.js";
import { refusalOf, type Refusal } from "../../lib/problems.js";

/** What the last change did: what it saved, or every reason the API gave for refusing it. */
export type Outcome = { saved: string } | { refused: Refusal } | null;

export const savedAs = (saved: string): Outcome => ({ saved });
export const refusedBy = (e: unknown): Outcome => ({ refused: refusalOf(e) });

/** The refusal an outcome holds, if it is one. */
export const refusalIn = (outcome: Outcome): Refusal | null => (outcome && "refused" in outcome ? outcome.refused : null);

/**
 * A save in words (linked to what it changed, where `savedAt` names it), or a refusal with each
 * of its reasons (the focus moving to the first field of `form` a problem marks, else to the refusal).
 */
export function OutcomeView({
  outcome,
  form,
  savedAt,
}: {
  outcome: Outcome;
  form?: RefObject<HTMLElement | null>;
  /** The id of what a save changed, where it stands on the page: the save links to it. */
  savedAt?: string;
}) {
  if (!outcome) return null;
  if ("saved" in outcome && savedAt) return <SavedLink words={outcome.saved} target={savedAt} />;
  if ("saved" in outcome)
    return (
      <p role="status" className="saved">
        {outcome.saved}
      </p>
    );
  return <ProblemList refusal={outcome.refused} form={form} />;
}
