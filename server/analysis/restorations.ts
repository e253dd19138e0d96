import type { Projection } from "../engine/projection.js";
import { badInput } from "../base/errors.js";
import type { Problem } from "../model/problems.js";

/** Explicit restoration times as [node, hours]: each must name one of the scenario's lost nodes. */
export function restorations(
  p: Projection,
  lost: readonly number[],
  restore: ReadonlyArray<{ id: string; hours: number }>,
): Array<[number, number]> {
  const isLost = new Set(lost);
  const problems: Problem[] = [];
  const out: Array<[number, number]> = [];
  restore.forEach((r, k) => {
    const x = p.indexOf.get(r.id);
    if (x === undefined || !isLost.has(x)) problems.push({ path: `$.restore[${k}].id`, message: `'${r.id}' is not among the lost nodes` });
    else out.push([x, r.hours]);
  });
  if (problems.length) throw badInput(problems.map((e) => e.message).join("; "), problems);
  return out;
}
