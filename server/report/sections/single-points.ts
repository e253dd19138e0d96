import { KIND } from "../../engine/projection.js";
import { nodesOfKind, patientsPerDayOf, severityOf } from "../../engine/query.js";
import { getNodes } from "../../graph/nodes.js";
import { SEVERITIES } from "../../model/vocabulary.js";
import { inCoverage, nameOf, type SectionInput } from "./input.js";

export interface SinglePointRow {
  service: string;
  organisation: string;
  severity: string;
  patientsPerDay: number;
  /** The systems, data stores and suppliers whose loss alone stops it, by name. */
  points: string[];
}

/** How many of the most harmful services the board is shown. */
const SHOWN = 5;

/**
 * The single points of failure of the most harmful care services covered: those whose stopping
 * harms most (most severe, then most patients a day).
 */
export async function singlePoints(input: SectionInput): Promise<SinglePointRow[]> {
  const p = input.graph.projection;
  const services = nodesOfKind(p, KIND.CareService).filter((i) => inCoverage(input, i));
  services.sort((a, b) => severityOf(p, b) - severityOf(p, a) || patientsPerDayOf(p, b) - patientsPerDayOf(p, a) || p.compareIds(a, b));
  const chosen = services.slice(0, SHOWN).map((i) => p.idOf(i));
  const points = await input.analysis.singlePointsOfEach(input.graph, chosen);
  const nodes = await getNodes(input.db, [...new Set([...chosen, ...[...points.values()].flat()])]);
  const orgs = await getNodes(input.db, [...new Set(chosen.map((s) => String(nodes.get(s)?.props.organisation ?? "")))].filter(Boolean));
  return chosen.map((s) => {
    const i = p.indexOf.get(s)!;
    return {
      service: nameOf(nodes, s),
      organisation: nameOf(orgs, String(nodes.get(s)?.props.organisation ?? "")),
      severity: (SEVERITIES[severityOf(p, i) - 1] ?? "").toLowerCase(),
      patientsPerDay: patientsPerDayOf(p, i),
      points: (points.get(s) ?? []).map((x) => nameOf(nodes, x)).sort((a, b) => a.localeCompare(b)),
    };
  });
}
