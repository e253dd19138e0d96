import type { AnalysisService } from "../analysis/analysis.js";
import type { ShortGroupView } from "../analysis/graphs.js";
import type { Database } from "../graph/database.js";
import { healthSummary } from "../graph/health-summary.js";

/** /health answers within this, whatever the database does. */
const HEALTH_BUDGET_MS = 900;

/** Groups that cannot carry the whole need, named once the engine has loaded the graph (at most 20 listed). */
function integrity(analysis: AnalysisService): { shortGroups?: { count: number; first: ShortGroupView[] } } {
  const short = analysis.graphs.shortGroups();
  return short?.length ? { shortGroups: { count: short.length, first: short.slice(0, 20) } } : {};
}

/**
 * Answers within HEALTH_BUDGET_MS: one statement, not retried (a refused connection answers at
 * once), and a summary not back in time counts as the database being down.
 */
export async function health(db: Database, analysis: AnalysisService): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), HEALTH_BUDGET_MS)));
  try {
    const s = await Promise.race([healthSummary(db), late]);
    if (!s) return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
    const nodes = s.counts.reduce((n, c) => n + c.count, 0);
    const graph = { version: s.version, nodes, relationships: s.relationships, ...integrity(analysis) };
    return Response.json({ status: "ok", database: "up", graph });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
  } finally {
    clearTimeout(timer);
  }
}
