import { getNodes } from "../../graph/nodes.js";
import { SEVERITIES } from "../../model/vocabulary.js";
import { KIND } from "../../engine/projection.js";
import { nodesOfKind, severityOf, toleranceHoursOf } from "../../engine/query.js";
import { inCoverage, nameOf, type SectionInput } from "./input.js";

export interface BreachRow {
  service: string;
  organisation: string;
  severity: string;
  toleranceHours: number;
  /** The asset behind the breach that takes longest to bring back. */
  through: string;
  /** Its recovery time; null where none is recorded (then it cannot be shown back in time). */
  recoveryHours: number | null;
  /** How many assets' lone loss breaches this service's tolerance. */
  assets: number;
}

export interface BreachSection {
  /** Care services whose impact tolerance some lone loss breaches. */
  services: number;
  /** Of the services covered, how many have an impact tolerance at all. */
  withTolerance: number;
  /** The ten worst: most severe first, then furthest beyond tolerance (no recovery time recorded counts as furthest). */
  worst: BreachRow[];
}

const beyond = (b: { recoveryHours: number | null; toleranceHours: number }): number =>
  b.recoveryHours === null ? Infinity : b.recoveryHours - b.toleranceHours;

/** Impact-tolerance breaches (model section 9), grouped by service: how many, the worst ten and the recovery time behind each. */
export async function breaches(input: SectionInput): Promise<BreachSection> {
  const list = await input.analysis.toleranceBreaches(input.graph);
  const all = list.page(input.organisation, list.count(input.organisation));
  const p = input.graph.projection;
  const byService = new Map<string, { through: string; recoveryHours: number | null; toleranceHours: number; assets: number }>();
  for (const b of all) {
    const had = byService.get(b.service);
    const row = { through: b.through, recoveryHours: b.recoveryHours, toleranceHours: b.toleranceHours, assets: (had?.assets ?? 0) + 1 };
    if (!had || beyond(row) > beyond(had)) byService.set(b.service, row);
    else had.assets++;
  }
  const severity = (id: string): number => severityOf(p, p.indexOf.get(id)!);
  const worst = [...byService]
    .sort(([a, x], [b, y]) => severity(b) - severity(a) || beyond(y) - beyond(x) || (a < b ? -1 : 1))
    .slice(0, 10);
  const nodes = await getNodes(
    input.db,
    worst.flatMap(([s, b]) => [s, b.through]),
  );
  const orgs = await getNodes(input.db, [...new Set(worst.map(([s]) => String(nodes.get(s)?.props.organisation ?? "")))].filter(Boolean));
  let withTolerance = 0;
  for (const i of nodesOfKind(p, KIND.CareService)) if (inCoverage(input, i) && toleranceHoursOf(p, i) !== null) withTolerance++;
  return {
    services: byService.size,
    withTolerance,
    worst: worst.map(([s, b]) => ({
      service: nameOf(nodes, s),
      organisation: nameOf(orgs, String(nodes.get(s)?.props.organisation ?? "")),
      severity: (SEVERITIES[severity(s) - 1] ?? "").toLowerCase(),
      toleranceHours: b.toleranceHours,
      through: nameOf(nodes, b.through),
      recoveryHours: b.recoveryHours,
      assets: b.assets,
    })),
  };
}
