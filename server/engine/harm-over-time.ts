import { FULL } from "./projection.js";
import type { ServiceHarm, ServiceTerms } from "./harm.js";
import type { ScoringProfile } from "./profile.js";

/** A capability that holds from `at` until the next step (model section 9). */
export interface CapabilityStep {
  at: number;
  capability: number;
}

/**
 * A stretch of time over which a service's weight and workaround hold still: harm accrues at
 * `weight × (1 − max(c, workaround))` per hour for capability c. Breaks at each escalation
 * and at the workaround's end, counted from t = 0, the start of the incident.
 */
export interface LossSegment {
  from: number;
  to: number;
  level: number;
  /** W(level) × patients per hour. */
  weight: number;
  /** The workaround's capacity while it lasts, 0 after. */
  workaround: number;
}

export function lossSegments(s: ServiceTerms, hours: number, profile: ScoringProfile): LossSegment[] {
  if (!(hours > 0)) return [];
  const rate = s.patientsPerDay / 24;
  const hasWorkaround = !Number.isNaN(s.workaroundCapacity);
  const w = hasWorkaround ? s.workaroundCapacity : 0;
  const h = hasWorkaround ? s.workaroundHours : 0;
  const tol = s.toleranceHours;
  const cuts: number[] = [];
  if (profile.escalation && tol > 0) for (let k = 1; k <= 5 - s.severity && k * tol < hours; k++) cuts.push(k * tol);
  if (h > 0 && h < hours) cuts.push(h);
  cuts.push(hours);
  cuts.sort((a, b) => a - b);
  const out: LossSegment[] = [];
  let from = 0;
  for (const to of cuts) {
    if (to <= from) continue;
    // The level at `from` counts every full tolerance elapsed by then.
    const steps = profile.escalation && tol > 0 ? Math.floor(from / tol + 1e-12) : 0;
    const level = Math.min(5, s.severity + steps);
    out.push({ from, to, level, weight: profile.severityWeights[level - 1]! * rate, workaround: from < h ? w : 0 });
    from = to;
  }
  return out;
}

/** Harm per hour in a segment at capability c. */
export const lossRate = (seg: LossSegment, c: number): number => (c >= FULL ? 0 : seg.weight * (1 - Math.max(c, seg.workaround)));

/**
 * Section 3's integral with a capability that steps up over time (section 9): exact, the
 * integrand being constant between the steps, the escalations and the workaround's end.
 * `steps` are ascending and start at 0.
 */
export function harmOverTime(s: ServiceTerms, steps: readonly CapabilityStep[], hours: number, profile: ScoringProfile): ServiceHarm {
  let harm = 0;
  let consequence = 0;
  let k = 0;
  for (const seg of lossSegments(s, hours, profile)) {
    while (k + 1 < steps.length && steps[k + 1]!.at <= seg.from) k++;
    for (let j = k, from = seg.from; from < seg.to && j < steps.length; j++) {
      const to = Math.min(seg.to, j + 1 < steps.length ? steps[j + 1]!.at : seg.to);
      if (to <= from) continue;
      const loss = 1 - Math.max(steps[j]!.capability, seg.workaround);
      if (steps[j]!.capability < FULL && loss > 0) {
        harm += seg.weight * loss * (to - from);
        if (seg.level > consequence) consequence = seg.level;
      }
      from = to;
    }
  }
  return { harm, consequence };
}
