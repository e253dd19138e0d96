import type { AnalysisService } from "../../analysis/analysis.js";
import type { GraphSnapshot } from "../../analysis/snapshot.js";
import type { Scope } from "../../base/scope.js";
import type { Database } from "../../graph/database.js";
import { organisationOf } from "../../engine/query.js";
import type { AssessedRisk } from "../../register/register.js";

/** What every section of the board report is worked out from. */
export interface SectionInput {
  db: Database;
  analysis: AnalysisService;
  graph: GraphSnapshot;
  /** The organisation the report covers; null for the whole system. */
  organisation: string | null;
  /** The open risks of what the report covers, highest residual rating first, then residual harm. */
  risks: AssessedRisk[];
  /** Those of them the reader's scope reaches: only these are named. */
  readable: AssessedRisk[];
  scope: Scope;
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** Whether care service, system or data store `i` of the projection is covered by the report. */
export function inCoverage(input: SectionInput, i: number): boolean {
  if (input.organisation === null) return true;
  const p = input.graph.projection;
  return organisationOf(p, i) === p.indexOf.get(input.organisation);
}

/** A node's name from records read, its id where the graph does not hold one. */
export const nameOf = (nodes: Map<string, { props: Record<string, unknown> }>, id: string): string =>
  String(nodes.get(id)?.props.name ?? id);
