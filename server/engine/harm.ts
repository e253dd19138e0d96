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
  return integral(s, c, breakpoints(s, hours, profile), hours, profile);
}

/**
 * The same harm at each of `horizons`: the breakpoints found and sorted once for the service,
 * not once a horizon, and each answer equal to serviceHarm's to the last bit (the same pieces,
 * summed in the same order). A blast radius's curve takes tens of thousands of services over a
 * dozen horizons.
 */
export function serviceHarmAt(s: ServiceTerms, c: number, horizons: readonly number[], profile: ScoringProfile): ServiceHarm[] {
  if (c >= FULL) return horizons.map(() => NONE);
  const cuts = breakpoints(s, Math.max(...horizons), profile);
  return horizons.map((hours) => (hours > 0 ? integral(s, c, cuts, hours, profile) : NONE));
}

/** Times before `until` at which the integrand changes, ascending: each escalation before level 5, and the workaround's end. */
function breakpoints(s: ServiceTerms, until: number, profile: ScoringProfile): number[] {
  const tol = s.toleranceHours;
  const cuts: number[] = [];
  if (profile.escalation && tol > 0) for (let k = 1; k <= 5 - s.severity && k * tol < until; k++) cuts.push(k * tol);
  const h = Number.isNaN(s.workaroundCapacity) ? 0 : s.workaroundHours;
  if (h > 0 && h < until) cuts.push(h);
  return cuts.sort((a, b) => a - b);
}

/** The integral from 0 to `hours` over the pieces between the breakpoints `cuts` (those before `hours`). */
function integral(s: ServiceTerms, c: number, cuts: readonly number[], hours: number, profile: ScoringProfile): ServiceHarm {
  const rate = s.patientsPerDay / 24;
  const hasWorkaround = !Number.isNaN(s.workaroundCapacity);
  const w = hasWorkaround ? s.workaroundCapacity : 0;
  const h = hasWorkaround ? s.workaroundHours : 0;
  const tol = s.toleranceHours;
  const steps = profile.escalation && tol > 0 ? 5 - s.severity : 0;

  let harm = 0;
  let consequence = 0;
  let from = 0;
  let level = s.severity;
  let escalations = 0;
  for (let i = 0; i <= cuts.length; i++) {
    const to = i < cuts.length && cuts[i]! < hours ? cuts[i]! : hours;
    if (to > from) {
      const loss = from < h ? 1 - Math.max(c, w) : 1 - c;
      if (loss > 0) {
        harm += profile.severityWeights[level - 1]! * rate * loss * (to - from);
        if (level > consequence) consequence = level;
      }
      from = to;
    }
    if (to === hours) break;
    // Level at `from` counts every escalation time at or before it.
    while (escalations < steps && (escalations + 1) * tol <= from) {
      escalations++;
      level = s.severity + escalations;
    }
  }
  return { harm, consequence };
}
