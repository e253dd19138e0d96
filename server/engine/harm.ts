import type { ScoringProfile } from "./profile.js";
import { FULL } from "./projection.js";

/** What a care service is, for harm: severity level 1..5 and the optional tolerance and workaround. */
export interface ServiceTerms {
  patientsPerDay: number;
  severity: number;
  toleranceHours: number;
  workaroundCapacity: number;
  workaroundHours: number;
}

export interface ServiceHarm {
  harm: number;
  /** The highest level 1..5 reached while care was lost; 0 when none was. */
  consequence: number;
}

const NONE: ServiceHarm = { harm: 0, consequence: 0 };

/**
 * Harm to patients of a service kept at capability `c` for `hours` (model section 3): the exact
 * integral of W(level) × patients/hour × effective loss, piecewise constant between the
 * workaround's end and each escalation. NaN tolerance or workaround means none.
 */
export function serviceHarm(s: ServiceTerms, c: number, hours: number, profile: ScoringProfile): ServiceHarm {
  if (!(hours > 0) || c >= FULL) return NONE;
  const rate = s.patientsPerDay / 24;
  const hasWorkaround = !Number.isNaN(s.workaroundCapacity);
  const w = hasWorkaround ? s.workaroundCapacity : 0;
  const h = hasWorkaround ? s.workaroundHours : 0;
  const tol = s.toleranceHours;
  const escalates = profile.escalation && tol > 0;

  // Times at which the integrand changes: the workaround's end and each escalation before level 5.
  const cuts: number[] = [];
  if (escalates) for (let k = 1; k <= 5 - s.severity && k * tol < hours; k++) cuts.push(k * tol);
  const steps = cuts.length;
  if (h > 0 && h < hours) cuts.push(h);
  cuts.push(hours);
  cuts.sort((a, b) => a - b);

  let harm = 0;
  let consequence = 0;
  let from = 0;
  let level = s.severity;
  let escalations = 0;
  for (const to of cuts) {
    if (to > from) {
      const loss = from < h ? 1 - Math.max(c, w) : 1 - c;
      if (loss > 0) {
        harm += profile.severityWeights[level - 1]! * rate * loss * (to - from);
        if (level > consequence) consequence = level;
      }
      from = to;
    }
    // Level at `from` counts every escalation time at or before it.
    while (escalations < steps && (escalations + 1) * tol <= from) {
      escalations++;
      level = s.severity + escalations;
    }
  }
  return { harm, consequence };
}
