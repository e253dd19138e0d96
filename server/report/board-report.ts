import type { AnalysisService } from "../analysis/analysis.js";
import type { Database } from "../graph/database.js";
import type { Register } from "../register/register.js";
import { LIKELIHOODS, SEVERITIES } from "../model/enums.js";
import { getNodes } from "../graph/nodes.js";
import { requireOrganisation } from "../analysis/args.js";
import { auditKey } from "../audit/audit-key.js";
import { reportedHead, type SignedAnchor } from "../audit/heads-file.js";
import { ALL, covers, type Scope } from "../base/scope.js";
import { peopleHeadline } from "./people-headline.js";
import { boardDecisions, type BoardDecision } from "./board-decisions.js";
import { lastKept, type KeptFigures } from "./store.js";
import type { SectionInput } from "./sections/input.js";
import { topRisks, type TopRisk } from "./sections/top-risks.js";
import { topAssets, type TopAsset } from "./sections/top-assets.js";
import { breaches, type BreachSection } from "./sections/breaches.js";
import { singlePoints, type SinglePointRow } from "./sections/single-points.js";
import { supplierConcentrations, type SupplierRow } from "./sections/suppliers.js";
import { completeness, type CompletenessRow } from "./sections/completeness.js";
import { changesSince, type ChangeSection } from "./sections/changes.js";
import { budgetSection, type BudgetSection } from "./sections/budget.js";

/** Protective markings a report may carry (Government Security Classifications); the first is the default. */
export const MARKINGS = ["OFFICIAL-SENSITIVE", "OFFICIAL"] as const;
export type Marking = (typeof MARKINGS)[number];

export interface BoardReport {
  generatedAt: string;
  graphVersion: number;
  /** Whose report it is: one organisation's (its id and name) or the whole system's (id null). */
  coverage: { organisation: string | null; name: string };
  marking: Marking;
  /** One paragraph a board member reads first: the people the top assets' loss or compromise reaches, then the register's open risks and the worst. */
  summary: string;
  topRisks: TopRisk[];
  topAssets: TopAsset[];
  heatMap: Array<{ likelihood: string; consequence: string; count: number }>;
  breaches: BreachSection;
  singlePoints: SinglePointRow[];
  suppliers: SupplierRow[];
  /** What changed since the last kept report of the same coverage. */
  changes: ChangeSection;
  completeness: CompletenessRow[];
  /** Acceptances waiting, lapsed, expired or expiring, and overdue reviews, each with its owner. */
  decisions: BoardDecision[];
  /** What the budget given on the report page buys (candidate changes); null when none was given. */
  budget: BudgetSection | null;
  /** The newest verified head, from the heads file; `signature` is an HMAC with the key outside the database. */
  auditHead: (Omit<SignedAnchor, "signature"> & { signature?: string }) | null;
}

/** Weighted patients as a report prints them: whole, grouped by thousands. */
export const whole = (n: number): string => Math.round(n).toLocaleString("en-GB");

function summary(r: Pick<BoardReport, "topAssets" | "topRisks">, open: number, scoped: boolean): string {
  const of = scoped ? " of your organisations' risks" : "";
  const worst = r.topRisks[0];
  return [
    peopleHeadline(r.topAssets, whole),
    open && worst
      ? `The register holds ${open} open risk${open === 1 ? "" : "s"}; the highest residual rating${of} is ${worst.residualRating} of 5 (${worst.title}).`
      : "The register holds no open risk.",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The coverage's name: the organisation's, or "the whole system"; BAD_USER_INPUT for an id that is no organisation. */
async function coverageOf(input: SectionInput): Promise<BoardReport["coverage"]> {
  if (input.organisation === null) return { organisation: null, name: "the whole system" };
  const p = input.graph.projection;
  requireOrganisation(
    p,
    input.organisation,
    `'${input.organisation}' is not an organisation in the graph: choose one, or none for the whole system.`,
  );
  const org = (await getNodes(input.db, [input.organisation])).get(input.organisation);
  return { organisation: input.organisation, name: String(org?.props.name ?? input.organisation) };
}

/** The figures the next report is compared on. */
export function figuresOf(r: BoardReport, input: SectionInput): KeptFigures {
  return {
    topAssets: r.topAssets.map((a) => ({ name: a.name, rank: a.rank })),
    breachServices: r.breaches.services,
    risks: input.risks.map(({ risk, assessment }) => ({
      id: risk.id,
      title: risk.title,
      organisation: risk.organisation ?? null,
      residualRating: assessment.residualRating,
    })),
    completeness: r.completeness.map((c) => ({ what: c.what, count: c.count })),
  };
}

export interface ReportRequest {
  organisation: string | null;
  marking: Marking;
  scope: Scope;
  /** Pounds for "what the budget buys"; null leaves that section out. */
  budget: number | null;
}

/** The board's report of one organisation or the whole system, each part from its section's module. */
export async function boardReport(
  db: Database,
  analysis: AnalysisService,
  register: Register,
  version: number,
  q: ReportRequest,
): Promise<{ report: BoardReport; input: SectionInput }> {
  const all = (await register.all(version)).filter((r) => r.risk.status === "OPEN");
  all.sort((a, b) => b.assessment.residualRating - a.assessment.residualRating || b.assessment.residualHarm - a.assessment.residualHarm);
  // Every open risk of what is covered is counted (the heat map, the summary); only those in scope are named.
  const risks = all.filter((r) => q.organisation === null || r.risk.organisation === q.organisation);
  const today = new Date().toISOString().slice(0, 10);
  const graph = await analysis.graphs.live(version);
  const input: SectionInput = {
    db,
    analysis,
    graph,
    organisation: q.organisation,
    risks,
    readable: risks.filter((r) => covers(q.scope, r.risk.organisation)),
    scope: q.scope,
    today,
  };
  const coverage = await coverageOf(input);
  const cells = new Map<string, number>();
  for (const r of risks)
    cells.set(`${r.risk.likelihood}|${r.assessment.consequence}`, (cells.get(`${r.risk.likelihood}|${r.assessment.consequence}`) ?? 0) + 1);
  const [assets, breachSection, spof, suppliers, gaps, previous, budget] = await Promise.all([
    topAssets(input),
    breaches(input),
    singlePoints(input),
    supplierConcentrations(input),
    completeness(input),
    lastKept(db, q.organisation ?? "ALL"),
    q.budget === null ? null : budgetSection(input, q.budget),
  ]);
  const named = topRisks(input);
  const report: BoardReport = {
    generatedAt: new Date().toISOString(),
    graphVersion: Number(graph.key.slice(1)),
    coverage,
    marking: q.marking,
    summary: summary({ topAssets: assets, topRisks: named }, risks.length, q.scope !== ALL),
    topRisks: named,
    topAssets: assets,
    heatMap: LIKELIHOODS.flatMap((l) => SEVERITIES.map((c) => ({ likelihood: l, consequence: c, count: cells.get(`${l}|${c}`) ?? 0 }))),
    breaches: breachSection,
    singlePoints: spof,
    suppliers,
    changes: { previous: null, lines: [] },
    completeness: gaps,
    decisions: boardDecisions(
      input.readable.map((r) => r.risk),
      today,
    ),
    budget,
    auditHead: await reportedHead(db, auditKey()),
  };
  report.changes = changesSince(previous, figuresOf(report, input), q.scope);
  return { report, input };
}

/**
 * A risk's change since the last report in words. A new risk gives its residual rating first, as
 * the top risks beside it do, so "rated 5" never sits beside "residual rating 4".
 */
export function riskChangeWords(c: {
  title: string;
  fromRating: number | null;
  toRating: number | null;
  fromResidualRating: number | null;
  toResidualRating: number | null;
}): string {
  if (c.fromRating === null) return `New risk: ${c.title} (residual rating ${c.toResidualRating}, inherent ${c.toRating}).`;
  if (c.toRating === null) return `Removed risk: ${c.title}.`;
  return `${c.title}: rating ${c.fromRating} → ${c.toRating}, residual ${c.fromResidualRating} → ${c.toResidualRating}.`;
}
