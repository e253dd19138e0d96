import { GraphQLError } from "graphql";
import type { AnalysisService } from "../analysis/analysis.js";
import type { ExpectedPeople } from "../analysis/investment-harm.js";
import { covers, type Scope } from "../base/scope.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import { badInput } from "../base/errors.js";
import type { Database } from "../graph/database.js";
import { exportPart } from "../graph/export-graph.js";
import { KIND, type Projection } from "../engine/projection.js";
import { nodesOfKind } from "../engine/query.js";
import { readGraphVersion } from "../graph/graph-version.js";
import type { InterchangeDocument } from "../model/document.js";
import { LIKELIHOODS, type Likelihood } from "../model/enums.js";
import { listRisks } from "../register/risk-store.js";
import { patchOf } from "./candidate-plan.js";
import { listCandidates, type PlannedCandidate } from "./candidate-store.js";
import type { CandidateView } from "./candidate-model.js";
import { explain, type CandidateBenefitModel, type TitledItem } from "./explain.js";

/** The annual probability of each likelihood band (model section 13; the default profile's setting). */
export const LIKELIHOOD_PROBABILITY: Readonly<Record<Likelihood, number>> = {
  VERY_LOW: 0.02,
  LOW: 0.1,
  MEDIUM: 0.3,
  HIGH: 0.6,
  VERY_HIGH: 0.9,
};
/** The horizon of the estate's ranking, as the protect-first page's default. */
const ESTATE_HOURS = 24;
/** How long the work may take when no request budget bounds it (the command line, the report). */
const DEFAULT_BUDGET_MS = 60_000;

export interface InvestmentQuery {
  budget: number;
  years: number;
  objective: "REGISTER" | "ESTATE";
  candidateIds: readonly string[] | null;
}

export interface InvestmentModel extends InvestmentQuery {
  expectedHarmBefore: number;
  expectedHarmAfter: number;
  chosen: CandidateBenefitModel[];
  candidates: CandidateBenefitModel[];
  leftOut: CandidateView[];
  cost: number;
  exact: boolean;
  profile: string;
  peopleBefore: ExpectedPeople | null;
  peopleAfter: ExpectedPeople | null;
}

/** The open risks a person of `scope` may read, as terms of the expected harm. */
export async function riskItems(db: Database, scope: Scope): Promise<TitledItem[]> {
  const risks = (await listRisks(db)).filter((r) => r.status === "OPEN" && covers(scope, r.organisation));
  return risks.map((r) => {
    const down = r.controls.reduce((n, c) => n + (c.kind === "LIKELIHOOD_DOWN" ? c.levels : 0), 0);
    const residual = LIKELIHOODS[Math.max(0, LIKELIHOODS.indexOf(r.likelihood) - down)]!;
    return {
      id: r.id,
      title: r.title,
      weight: LIKELIHOOD_PROBABILITY[residual],
      lost: r.scenario.lost,
      compromised: r.scenario.compromised,
      hours: r.scenario.hours,
      controls: r.controls,
    };
  });
}

/** Every System, DataStore and Supplier of the graph or of a candidate, lost and compromised alone. */
function assetItems(p: Projection, docs: readonly InterchangeDocument[]): TitledItem[] {
  const ids = new Set(docs.flatMap((d) => [...d.systems, ...d.dataStores, ...d.suppliers].map((x) => x.id)));
  for (const kind of [KIND.System, KIND.DataStore, KIND.Supplier]) for (const i of nodesOfKind(p, kind)) ids.add(p.idOf(i));
  return [...ids].sort().map((id) => ({ id, title: id, weight: 1, lost: [id], compromised: [id], hours: ESTATE_HOURS, controls: [] }));
}

/**
 * The best investment for a budget (model section 13): the candidates that still plan against
 * the graph, valued together in the analysis workers over the live graph's projection; stale ones
 * are left out, with their reasons. Past the request's time budget, a clear error.
 */
export async function bestInvestment(db: Database, analysis: AnalysisService, scope: Scope, q: InvestmentQuery): Promise<InvestmentModel> {
  const planned = await listCandidates(db, q.candidateIds);
  if (q.candidateIds) {
    const found = new Set(planned.map((c) => c.id));
    const problems = q.candidateIds.flatMap((id, i) =>
      found.has(id) ? [] : [{ path: `$.candidates[${i}]`, message: `no candidate has id '${id}'` }],
    );
    if (problems.length) throw badInput(`Unknown candidate: ${problems.map((p) => p.message).join("; ")}.`, problems);
  }
  const fresh = planned.filter((c): c is PlannedCandidate & { plan: NonNullable<PlannedCandidate["plan"]> } => c.plan !== null);
  const patches = fresh.map((c) => patchOf(c.id, c.plan));
  // The graph as stored around what the candidates touch, and the version it was read at: the rest comes from the live projection.
  const { version, context } = await db.read(async (tx) => ({
    version: await readGraphVersion(tx),
    context: await exportPart(tx, [...new Set(patches.flatMap((p) => p.touched))]),
  }));
  const g = await analysis.graphs.live(version);
  const items =
    q.objective === "REGISTER"
      ? await riskItems(db, scope)
      : assetItems(
          g.projection,
          patches.map((p) => p.write),
        );
  const costs = fresh.map((c) => c.oneOffCost + q.years * c.annualCost);
  const time = db.timeLeft() ?? { left: DEFAULT_BUDGET_MS, ms: DEFAULT_BUDGET_MS };
  const out = await analysis.bestInvestment(g, {
    objective: q.objective,
    context,
    patches,
    costs,
    items: items.map(({ id, weight, lost, compromised, hours, controls }) => ({ id, weight, lost, compromised, hours, controls })),
    budget: q.budget,
    profile: DEFAULT_PROFILE,
    deadline: Date.now() + Math.max(0, time.left - 500),
  });
  if (out.timedOut)
    throw new GraphQLError(
      `The best investment was not found within the time budget of ${Math.round(time.ms / 1000)} s; ask about fewer candidates.`,
      { extensions: { code: "REQUEST_TIMEOUT" } },
    );
  const all = fresh.map(({ plan: _p, ...candidate }, k) => explain(candidate, costs[k]!, out, k, items, q.objective));
  return {
    ...q,
    expectedHarmBefore: out.before,
    expectedHarmAfter: out.after,
    chosen: out.chosen.map((k) => all[k]!),
    candidates: all,
    leftOut: planned.filter((c) => c.plan === null).map(({ plan: _p, ...view }) => view),
    cost: out.cost,
    exact: out.exact,
    profile: DEFAULT_PROFILE.name,
    peopleBefore: out.peopleBefore,
    peopleAfter: out.peopleAfter,
  };
}
