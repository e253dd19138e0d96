import { status } from "../../analysis/models.js";
import { KIND } from "../../engine/projection.js";
import { breachesTolerance, isKind, organisationOf, recoveryHoursOf, toleranceHoursOf } from "../../engine/query.js";
import { DEFAULT_PROFILE } from "../../engine/profile.js";
import { hoursWords } from "../../report/en-gb.js";
import { lines, type Estate } from "./estate.js";

export const D1_COLUMNS = [
  "Exercise scenario",
  "Harm (weighted patients, 24 hours)",
  "Patients a day whose care is lost",
  "What stops",
  "What is degraded",
  "Records exposed",
  "For how long",
  "Impact tolerances breached",
  "Who must act",
] as const;

/** How many scenarios the pack proposes. */
const SCENARIOS = 5;

/**
 * D1, response and recovery exercises: the five blast radii of greatest harm that reach the
 * organisation: its own systems and data stores and the suppliers its care services depend on,
 * each lost and compromised alone (the ranking's scenario), with what stops, for how long and
 * who must act.
 */
export async function exerciseScenarios(e: Estate): Promise<Array<Array<string | number>>> {
  const p = e.graph.projection;
  const needed = new Set(e.services.flatMap((s) => e.needs.get(s)!));
  const candidates = [...e.rank]
    .map(([id, r]) => ({ i: p.indexOf.get(id)!, ...r }))
    .filter(({ i }) => organisationOf(p, i) === e.organisation || (isKind(p, i, KIND.Supplier) && needed.has(i)))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, SCENARIOS);
  const rows: Array<Array<string | number>> = [];
  for (const { i, score } of candidates) {
    const id = p.idOf(i);
    const r = await e.analysis.blastRadius(e.graph, { lost: [id], compromised: [id], hours: 24, profile: DEFAULT_PROFILE });
    const services = r.services().map((s) => ({ i: p.indexOf.get(s.service)!, state: status(s.capability) }));
    const back = recoveryHoursOf(p, i);
    const breached = services.filter((s) => breachesTolerance(p, s.i, i));
    const owners = new Set<string>();
    const owner = (x: number): void => {
      const o = e.node(x)?.props.owner;
      if (typeof o === "string") owners.add(o);
    };
    owner(i);
    const supplier = isKind(p, i, KIND.Supplier);
    for (const s of services) if (organisationOf(p, s.i) === e.organisation) owner(s.i);
    rows.push([
      `Loss and compromise of ${e.nameOf(i)}${supplier ? " (supplier)" : ""}`,
      Math.round(score),
      Math.round(r.people.patientsDisruptedPerDay),
      lines(services.filter((s) => s.state === "FAILED").map((s) => e.nameOf(s.i))) || "nothing",
      lines(services.filter((s) => s.state === "DEGRADED").map((s) => e.nameOf(s.i))) || "nothing",
      Math.round(r.people.recordsExposed),
      back === null ? "until it is rebuilt: no recovery time recorded" : `${hoursWords(back)}, its recovery time`,
      lines(breached.map((s) => `${e.nameOf(s.i)} (${hoursWords(toleranceHoursOf(p, s.i)!)})`)) || "none",
      [supplier ? `${e.name(i)}, the supplier` : "", ...[...owners].sort((a, b) => a.localeCompare(b))].filter(Boolean).join("\n") ||
        "no owner named",
    ]);
  }
  return rows;
}
