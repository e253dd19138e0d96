import { dateEnGb } from "../../lib/format.js";

interface RiskState {
  status: string;
  residualRating: number;
  acceptances: ReadonlyArray<{ state: string; expires: string }>;
}

/**
 * Why no acceptance of the risk may be proposed now, in one sentence, or null when one may: the
 * server's rules (server/register/acceptance-rules.ts, `propose`) as the page can tell them
 * before anything is sent. A closed risk, a risk rated 5 and a proposal waiting are refused; an
 * acceptance that stands may be renewed, so it is only said.
 */
export function proposalBlocked(risk: RiskState): string | null {
  const latest = risk.acceptances.at(-1);
  if (latest?.state === "PROPOSED")
    return `A proposal to accept it until ${dateEnGb(latest.expires)} is waiting for a decision; it must be accepted or rejected before another is proposed.`;
  if (risk.status !== "OPEN") return "The risk is closed: reopen it before proposing to accept it.";
  if (risk.residualRating >= 5)
    return "Its residual rating is 5 (unacceptable), so it cannot be accepted: add controls that lower its likelihood or consequence, then propose.";
  return null;
}

/** What a proposal made now does to an acceptance that stands, or null when none stands. */
export function standingNote(risk: RiskState): string | null {
  const latest = risk.acceptances.at(-1);
  return latest?.state === "ACCEPTED"
    ? `An acceptance stands until ${dateEnGb(latest.expires)}; a proposal made now renews it once accepted.`
    : null;
}
