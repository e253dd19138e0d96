import type { AnalysisService } from "../analysis/analysis.js";
import type { Database } from "../graph/database.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import { historyDiff, rankMoves } from "../history/diff.js";
import type { Register } from "../register/register.js";
import { LIKELIHOODS, SEVERITIES } from "../model/enums.js";
import { LABEL_WORDS } from "../model/vocabulary.js";
import { dateEnGb, plain } from "../model/plain-words.js";
import { getNodes } from "../graph/nodes.js";
import { auditKey } from "../audit/audit-key.js";
import { reportedHead, type SignedAnchor } from "../audit/heads-file.js";
import { ALL, covers, type Scope } from "../auth/scope.js";
import type { PeopleFigures } from "../model/people-words.js";
import { peopleHeadline, peopleOfAssets } from "./people-headline.js";
import { boardDecisions, type BoardDecision } from "./board-decisions.js";

export interface BoardReport {
  generatedAt: string;
  graphVersion: number;
  since: string | null;
  /** One paragraph a board member reads first: the people the top assets' loss or compromise reaches, then the register's open risks and the worst. */
  summary: string;
  topRisks: Array<{ title: string; owner: string; consequence: string; inherentRating: number; residualRating: number; overdue: boolean }>;
  /** Each with its loss and compromise in people: patients a day whose care is lost, services stopped and degraded, records exposed. */
  topAssets: Array<{
    rank: number;
    name: string;
    kind: string;
    organisation: string;
    score: number;
    availabilityHarm: number;
    confidentialityHarm: number;
    people: PeopleFigures;
  }>;
  heatMap: Array<{ likelihood: string; consequence: string; count: number }>;
  /** Acceptances waiting, lapsed, expired or expiring, and overdue reviews, each with its owner. */
  decisions: BoardDecision[];
  /** Plain-language sentences on what moved since `since`; null when no date was chosen or history cannot reach it. */
  changes: string[] | null;
  /** The audit chain's newest verified head, so a reader can later ask whether the trail still holds it. */
  /** The newest verified head, from the heads file; `signature` is an HMAC with the key outside the database. */
  auditHead: (Omit<SignedAnchor, "signature"> & { signature?: string }) | null;
}

const words = plain;
/** Weighted patients as a report prints them: whole, grouped by thousands. */
export const whole = (n: number): string => Math.round(n).toLocaleString("en-GB");

function summary(
  open: number,
  worst: { title: string; residualRating: number } | undefined,
  assets: BoardReport["topAssets"],
  scoped: boolean,
): string {
  const of = scoped ? " of your organisations' risks" : "";
  return [
    peopleHeadline(assets, whole),
    open && worst
      ? `The register holds ${open} open risk${open === 1 ? "" : "s"}; the highest residual rating${of} is ${worst.residualRating} of 5 (${worst.title}).`
      : "The register holds no open risk.",
  ]
    .filter(Boolean)
    .join(" ");
}

const organisationName = (orgs: Map<string, { props: Record<string, unknown> }>, id: unknown): string =>
  typeof id === "string" && id ? String(orgs.get(id)?.props.name ?? id) : "";

/** The board's page: top risks and assets, the heat map, and what moved since a date, in words. */
export async function boardReport(
  db: Database,
  analysis: AnalysisService,
  register: Register,
  version: number,
  since: Date | null,
  scope: Scope = ALL,
): Promise<BoardReport> {
  // Every open risk is counted (the heat map, the summary); only those in scope are named.
  const risks = (await register.all(version)).filter((r) => r.risk.status === "OPEN");
  const readable = risks.filter((r) => covers(scope, r.risk.organisation));
  risks.sort((a, b) => b.assessment.residualRating - a.assessment.residualRating || b.assessment.residualHarm - a.assessment.residualHarm);
  const graph = await analysis.live(version);
  const top = (await analysis.ranking(graph, 24, DEFAULT_PROFILE)).page({ start: 0, first: 10 }).rows;
  const names = await getNodes(
    db,
    top.map((t) => t.asset),
  );
  const people = await peopleOfAssets(
    analysis,
    graph,
    top.map((t) => t.asset),
  );
  // The organisations by name, not id: a board reads names.
  const orgIds = [...new Set([...names.values()].map((n) => String(n.props.organisation ?? "")).filter(Boolean))];
  const orgs = await getNodes(db, orgIds);
  const cells = new Map<string, number>();
  for (const r of risks)
    cells.set(`${r.risk.likelihood}|${r.assessment.consequence}`, (cells.get(`${r.risk.likelihood}|${r.assessment.consequence}`) ?? 0) + 1);

  let changes: string[] | null = null;
  if (since) {
    try {
      const diff = await historyDiff(db, analysis, since, new Date());
      const moves = (await rankMoves(analysis, diff, 10)).slice(0, 5);
      changes = [
        `${diff.events.length} recorded change${diff.events.length === 1 ? "" : "s"} since ${dateEnGb(since.toISOString())}.`,
        ...moves.map((m) => {
          // Same-named assets (four "Active Directory") are told apart by their organisation.
          const name = m.organisationName ? `${m.name} (${m.organisationName})` : m.name;
          return m.fromRank === null
            ? `${name} entered the top ten at ${m.toRank}.`
            : m.toRank === null
              ? `${name} left the ranking.`
              : `${name} moved from ${m.fromRank} to ${m.toRank} in what to protect first.`;
        }),
        ...diff.riskChanges.filter((c) => covers(scope, c.organisation)).map(riskChangeWords),
      ];
    } catch (e) {
      changes = [(e as Error).message];
    }
  }
  const topRisks = readable.slice(0, 10).map(({ risk, assessment: a }) => ({
    title: risk.title,
    owner: risk.owner,
    consequence: words(a.consequence),
    inherentRating: a.inherentRating,
    residualRating: a.residualRating,
    overdue: risk.nextReviewDate < new Date().toISOString().slice(0, 10),
  }));
  const topAssets = top.map((a) => {
    const n = names.get(a.asset);
    return {
      rank: a.rank,
      name: String(n?.props.name ?? a.asset),
      kind: n ? LABEL_WORDS[n.label] : "",
      organisation: organisationName(orgs, n?.props.organisation),
      score: a.score,
      availabilityHarm: a.availabilityHarm,
      confidentialityHarm: a.confidentialityHarm,
      people: people.get(a.asset)!,
    };
  });
  return {
    generatedAt: new Date().toISOString(),
    graphVersion: Number(graph.key.slice(1)),
    since: since?.toISOString().slice(0, 10) ?? null,
    summary: summary(risks.length, topRisks[0], topAssets, scope !== ALL),
    topRisks,
    topAssets,
    heatMap: LIKELIHOODS.flatMap((l) => SEVERITIES.map((c) => ({ likelihood: l, consequence: c, count: cells.get(`${l}|${c}`) ?? 0 }))),
    decisions: boardDecisions(
      readable.map((r) => r.risk),
      new Date().toISOString().slice(0, 10),
    ),
    changes,
    auditHead: await reportedHead(db, auditKey()),
  };
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
