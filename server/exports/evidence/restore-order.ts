import { KIND } from "../../engine/projection.js";
import { kindOf, recoveryHoursOf, toleranceHoursOf } from "../../engine/query.js";
import { DEFAULT_PROFILE } from "../../engine/profile.js";
import { lines, type Estate } from "./estate.js";

export const B5A_COLUMNS = [
  "Essential function",
  "Impact tolerance (hours)",
  "Step",
  "System to restore",
  "Type",
  "Recovery time (hours)",
  "Restore from (hour)",
  "Back by (hour)",
  "Back within the tolerance",
] as const;

const TYPE: Record<number, string> = { [KIND.System]: "system", [KIND.DataStore]: "data store", [KIND.Supplier]: "supplier" };

/**
 * B5.a, resilient services: for each essential function, everything it needs that can be lost
 * (systems, data stores, suppliers), in the order the recovery planner rebuilds them with one
 * team when all are lost at once, least harm to patients first (model section 9). What has no
 * recovery time cannot be placed in the order and is listed after it.
 */
export async function restoreOrder(e: Estate): Promise<Array<Array<string | number | null>>> {
  const p = e.graph.projection;
  const rows: Array<Array<string | number | null>> = [];
  for (const s of e.services) {
    const tolerance = toleranceHoursOf(p, s);
    const rebuilt = e.needs.get(s)!.filter((d) => kindOf(p, d) in TYPE);
    const timed = rebuilt.filter((d) => recoveryHoursOf(p, d) !== null);
    const untimed = rebuilt.filter((d) => recoveryHoursOf(p, d) === null);
    const head = [e.name(s), tolerance];
    if (!rebuilt.length)
      rows.push([...head, null, "nothing: it depends on no system, data store or supplier", null, null, null, null, null]);
    if (timed.length) {
      const plan = await e.analysis.recoveryPlan(e.graph, {
        lost: timed.map((d) => p.idOf(d)),
        teams: 1,
        hours: 720,
        profile: DEFAULT_PROFILE,
      });
      plan.steps.forEach((step, k) => {
        const d = p.indexOf.get(step.node)!;
        const within = tolerance === null ? "no tolerance set" : step.end <= tolerance ? "yes" : "no";
        rows.push([...head, k + 1, e.nameOf(d), TYPE[kindOf(p, d)]!, recoveryHoursOf(p, d)!, step.start, step.end, within]);
      });
    }
    if (untimed.length)
      rows.push([
        ...head,
        null,
        `No recovery time recorded, so not in the order: ${lines(untimed.map(e.nameOf)).replace(/\n/g, ", ")}`,
        null,
        null,
        null,
        null,
        null,
      ]);
  }
  return rows;
}
