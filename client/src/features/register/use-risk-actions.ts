import { useState } from "react";
import { dateEnGb } from "../../lib/format.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { DELETE, REGISTER_READS, REVIEW, type RiskRow } from "./api.js";
import { refusedBy, savedAs, type Outcome } from "./outcome.js";

/**
 * The register's own changes: a review (in its dialog) and a deletion (confirmed first; an
 * opened risk closes). `outcome` is what one did: what it saved, or every reason the server gave.
 */
export function useRiskActions(opened: string | null, setOpened: (id: string | null) => void) {
  const [reviewing, setReviewing] = useState<RiskRow | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const reviewRisk = useGraphQLMutation(REVIEW, REGISTER_READS);
  const deleteRisk = useGraphQLMutation(DELETE, REGISTER_READS);
  async function review(r: RiskRow, note: string, next: string) {
    setOutcome(null);
    try {
      await reviewRisk.mutateAsync({ id: r.id, note, next });
      setReviewing(null);
      setOutcome(savedAs(`Saved: review of “${r.title}” recorded; next review ${dateEnGb(next)}.`));
    } catch (e) {
      setOutcome(refusedBy(e));
    }
  }
  async function remove(r: RiskRow) {
    if (!window.confirm(`Delete “${r.title}” from the register? Its audit events are kept.`)) return;
    if (opened === r.id) setOpened(null);
    setOutcome(null);
    try {
      await deleteRisk.mutateAsync({ id: r.id });
      setOutcome(savedAs(`Deleted “${r.title}” from the register; its audit events are kept.`));
    } catch (e) {
      setOutcome(refusedBy(e));
    }
  }
  const refused = (e: unknown) => setOutcome(refusedBy(e));
  return { reviewing, setReviewing, outcome, review, remove, refused };
}
