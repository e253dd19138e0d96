import { DEFAULT_PROFILE } from "../engine/profile.js";
import type { Assessment } from "../analysis/assess.js";
import type { AcceptanceSnapshot } from "../model/acceptance-model.js";

/**
 * The harm an acceptance is judged and lapses on (model section 12): the risk's scenario's
 * availabilityHarm + confidentialityHarm on the graph, before its controls.
 */
export const judgedHarm = (a: Assessment): number => a.harm;

/**
 * What rose, from what to what, or null if the acceptance still stands on the graph now: its
 * residual rating rose above the one judged, or its scenario's harm rose by more than `share`
 * of the harm judged (the scoring profile's lapseHarmShare, 25 % by default).
 * A fall in either never lapses it: the decision covered worse.
 */
export function lapseReason(snap: AcceptanceSnapshot, now: Assessment, share = DEFAULT_PROFILE.lapseHarmShare): string | null {
  const reasons: string[] = [];
  if (now.residualRating > snap.rating) reasons.push(`residual rating rose from ${snap.rating} to ${now.residualRating}`);
  const harm = judgedHarm(now);
  if (harm > snap.harm * (1 + share) && harm - snap.harm > 1e-9) {
    const rise = snap.harm > 0 ? ` (+${Math.round(((harm - snap.harm) / snap.harm) * 100)} %)` : "";
    reasons.push(`harm rose from ${round(snap.harm)} to ${round(harm)}${rise}, more than ${Math.round(share * 100)} %`);
  }
  return reasons.length ? reasons.join("; ") : null;
}

const round = (x: number): string => (Math.round(x * 10) / 10).toLocaleString("en-GB");
