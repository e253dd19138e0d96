import { DEFAULT_PROFILE } from "../engine/profile.js";
import type { Assessment } from "../analysis/assess.js";
import type { AcceptanceSnapshot } from "../model/acceptance-model.js";

/**
 * Why an acceptance no longer stands on the graph now, or null if it still does: its residual
 * rating rose above the one judged, or its harm rose by more than `share` of the harm judged
 * (the scoring profile's lapseHarmShare, 25 % by default).
 * A fall in either never lapses it: the decision covered worse.
 */
export function lapseReason(snap: AcceptanceSnapshot, now: Assessment, share = DEFAULT_PROFILE.lapseHarmShare): string | null {
  const reasons: string[] = [];
  if (now.residualRating > snap.rating) reasons.push(`residual rating rose from ${snap.rating} to ${now.residualRating}`);
  const limit = snap.harm * (1 + share);
  if (now.residualHarm > limit && now.residualHarm - snap.harm > 1e-9) {
    const rise = snap.harm > 0 ? ` (+${Math.round(((now.residualHarm - snap.harm) / snap.harm) * 100)} %)` : "";
    reasons.push(`harm rose from ${round(snap.harm)} to ${round(now.residualHarm)}${rise}, more than ${Math.round(share * 100)} %`);
  }
  return reasons.length ? reasons.join("; ") : null;
}

const round = (x: number): string => (Math.round(x * 10) / 10).toLocaleString("en-GB");
