/**
 * The best investment for a budget (model section 13 of the spec; docs/model.md section 16):
 * which set of candidates, costing at most the budget, lowers the expected harm most. Pure:
 * the caller says what a set's expected harm is; this decides which sets to ask about.
 */

/** Exact search up to this many candidates; beyond, the greedy choice. */
export const EXACT_LIMIT = 12;

export interface SearchInput {
  /** Candidate ids, by index; the tie order compares sorted ids. */
  ids: readonly string[];
  /** Each candidate's cost over the years asked: one-off + years × annual. */
  costs: readonly number[];
  budget: number;
  /** Expected harm with no candidate applied, E(M). */
  baseHarm: number;
}

/** A set of candidates by index, ascending. */
export type CandidateSet = readonly number[];

export interface SetValue {
  set: CandidateSet;
  benefit: number;
  cost: number;
}

/** Benefits of many sets at once (the caller computes them together, reusing what it can). */
export type Benefits = (sets: readonly CandidateSet[]) => number[];

export interface Choice extends SetValue {
  exact: boolean;
}

/** Benefits within this much of each other tie (spec: 1e-9 × max(1, E(M))). */
export const tolerance = (baseHarm: number): number => 1e-9 * Math.max(1, baseHarm);

export function costOf(set: CandidateSet, costs: readonly number[]): number {
  let c = 0;
  for (const k of set) c += costs[k]!;
  return c;
}

/** Sorted ids compared element by element; a prefix comes first. */
function compareIds(a: CandidateSet, b: CandidateSet, ids: readonly string[]): number {
  const x = a.map((k) => ids[k]!).sort();
  const y = b.map((k) => ids[k]!).sort();
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/** Whether `a` is the better answer: greater benefit beyond the tolerance, then lower cost, then the sorted ids. */
export function better(a: SetValue, b: SetValue, tol: number, ids: readonly string[]): boolean {
  if (Math.abs(a.benefit - b.benefit) > tol) return a.benefit > b.benefit;
  if (a.cost !== b.cost) return a.cost < b.cost;
  return compareIds(a.set, b.set, ids) < 0;
}

function membersOf(mask: number): number[] {
  const out: number[] = [];
  for (let k = 0; mask >> k; k++) if ((mask >> k) & 1) out.push(k);
  return out;
}

/** Every set that fits the budget, each valued; the best by the spec's order. */
export function chooseExact(q: SearchInput, benefits: Benefits): Choice {
  const n = q.ids.length;
  if (n > 30) throw new Error(`an exact search over ${n} candidates is too large`);
  const sets: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const set = membersOf(mask);
    if (costOf(set, q.costs) <= q.budget) sets.push(set);
  }
  const values = benefits(sets);
  const tol = tolerance(q.baseHarm);
  let best: SetValue = { set: [], benefit: 0, cost: 0 };
  sets.forEach((set, i) => {
    const v = { set, benefit: values[i]!, cost: costOf(set, q.costs) };
    if (better(v, best, tol, q.ids)) best = v;
  });
  return { ...best, exact: true };
}

/**
 * The greedy choice: the candidate of greatest marginal benefit per pound that still fits,
 * re-evaluated with the set chosen so far after each pick, until none adds benefit; then
 * compared with the best single candidate that fits, and the better kept.
 */
export function chooseGreedy(q: SearchInput, benefits: Benefits): Choice {
  const n = q.ids.length;
  const tol = tolerance(q.baseHarm);
  const all = Array.from({ length: n }, (_, k) => k);
  const fits = all.filter((k) => q.costs[k]! <= q.budget);
  const singles = benefits(fits.map((k) => [k]));
  let bestSingle: SetValue = { set: [], benefit: 0, cost: 0 };
  fits.forEach((k, i) => {
    const v = { set: [k], benefit: singles[i]!, cost: q.costs[k]! };
    if (better(v, bestSingle, tol, q.ids)) bestSingle = v;
  });

  let chosen: SetValue = { set: [], benefit: 0, cost: 0 };
  for (;;) {
    const open = all.filter((k) => !chosen.set.includes(k) && chosen.cost + q.costs[k]! <= q.budget);
    if (!open.length) break;
    const grown = open.map((k) => [...chosen.set, k].sort((a, b) => a - b));
    const values = chosen.set.length ? benefits(grown) : open.map((k) => singles[fits.indexOf(k)]!);
    let pick = -1;
    let pickRate = 0;
    open.forEach((k, i) => {
      const gain = values[i]! - chosen.benefit;
      if (gain <= tol) return;
      const rate = q.costs[k]! > 0 ? gain / q.costs[k]! : Infinity;
      const o = pick < 0 ? null : open[pick]!;
      if (
        pick < 0 ||
        rate > pickRate ||
        (rate === pickRate && (q.costs[k]! < q.costs[o!]! || (q.costs[k] === q.costs[o!] && q.ids[k]! < q.ids[o!]!)))
      ) {
        pick = i;
        pickRate = rate;
      }
    });
    if (pick < 0) break;
    chosen = { set: grown[pick]!, benefit: values[pick]!, cost: costOf(grown[pick]!, q.costs) };
  }
  const best = better(bestSingle, chosen, tol, q.ids) ? bestSingle : chosen;
  return { ...best, exact: false };
}

/** Exact up to EXACT_LIMIT candidates, greedy beyond. */
export function chooseInvestment(q: SearchInput, benefits: Benefits): Choice {
  return q.ids.length <= EXACT_LIMIT ? chooseExact(q, benefits) : chooseGreedy(q, benefits);
}
