import { riskValue } from "../../server/analysis/investment-harm.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { ALL } from "../../server/base/scope.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import type { Database } from "../../server/graph/database.js";
import { exportGraph } from "../../server/graph/export-graph.js";
import { GraphReplay } from "../../server/history/replay.js";
import type { InterchangeDocument } from "../../server/model/document.js";
import { patchOf } from "../../server/planning/candidate-plan.js";
import { listCandidates } from "../../server/planning/candidate-store.js";
import { riskItems } from "../../server/planning/investment.js";
import { createRng, type Rng } from "../../seed/generator/rng.js";
import type { ServerProcess } from "../support/server-process.js";
import { cheapLatencies, poster } from "./busy-bench.js";
import { summarise, type Summary } from "./stats.js";

const RISK = "Bench investment risk ";
const CANDIDATE = "Bench investment candidate ";

export interface InvestmentFigures {
  candidates: number;
  risks: number;
  budget: number;
  ms: number;
  /** The same asked again for 90% of the budget. */
  againMs: number;
  exact: boolean;
  chosen: number;
  before: number;
  after: number;
  /** The brute force: the model with a set applied built whole and every risk worked out on it, per set. */
  bruteSet: Summary;
  /** Sets the brute force would build: every set (exact), or those the greedy choice asks about. */
  bruteSets: number;
  /** |E(M + chosen) by brute force − the answer's| relative to E(M). */
  checkedGap: number;
  /** node(id) latencies while the answer was worked out; null when not sampled. */
  node: Summary | null;
}

type Post = ReturnType<typeof poster>;

async function must(post: Post, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const r = await post(query, variables);
  if (r.errors) throw new Error(`${query.slice(0, 40)}…: ${r.errors[0]!.message}`);
  return r.data as Record<string, unknown>;
}

/** Risks losing systems care services depend on directly, and candidates that touch them: restores, workarounds, alternatives. */
async function setUp(
  post: Post,
  doc: InterchangeDocument,
  rng: Rng,
  risks: number,
  candidates: number,
): Promise<{ ids: string[]; total: number }> {
  const services = new Map(doc.careServices.map((s) => [s.id, s]));
  const systems = new Map(doc.systems.map((s) => [s.id, s]));
  const used = doc.dependencies.filter((d) => services.has(d.from) && systems.has(d.to));
  const lost: string[] = [];
  for (let k = 0; k < risks; k++) {
    const sys = rng.pick(used).to;
    lost.push(sys);
    await must(post, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", {
      i: {
        title: `${RISK}${k}`,
        threat: "RANSOMWARE",
        scenario: { lost: [sys], hours: 24 },
        likelihood: rng.pick(["LOW", "MEDIUM", "HIGH"]),
        owner: "benchmark",
        organisation: systems.get(sys)!.organisation,
        treatment: "TREAT",
        nextReviewDate: "2099-01-01",
      },
    });
  }
  const ids: string[] = [];
  let total = 0;
  for (let k = 0; k < candidates; k++) {
    const target = lost[k % lost.length]!;
    const dep = used.find((d) => d.to === target && !d.group)!;
    const kind = k % 3;
    const changes =
      kind === 0
        ? [
            {
              op: "UPDATE",
              node: { system: { ...systems.get(target)!, recoveryHours: Math.max(1, (systems.get(target)!.recoveryHours ?? 96) / 4) } },
            },
          ]
        : kind === 1
          ? [{ op: "UPDATE", node: { careService: { ...services.get(dep.from)!, workaround: { capacity: 0.5, sustainableHours: 72 } } } }]
          : [
              {
                op: "CREATE",
                node: {
                  system: {
                    id: `bench-alt-${k}`,
                    name: `Alternative ${k}`,
                    organisation: systems.get(target)!.organisation,
                    kind: "APPLICATION",
                    recoveryHours: 4,
                  },
                },
              },
              { op: "UPSERT", dependency: { ...dep, group: `bench-alt-${k}` } },
              { op: "UPSERT", dependency: { ...dep, to: `bench-alt-${k}`, group: `bench-alt-${k}` } },
            ];
    const oneOff = rng.int(1, 20) * 10_000;
    const annual = rng.int(0, 8) * 5_000;
    total += oneOff + 3 * annual;
    const d = await must(
      post,
      "mutation($n: String!, $c: [ModelChangeInput!]!, $o: Float!, $a: Float!) { saveCandidate(name: $n, changes: $c, oneOffCost: $o, annualCost: $a) { id } }",
      {
        n: `${CANDIDATE}${k}`,
        c: changes,
        o: oneOff,
        a: annual,
      },
    );
    ids.push((d.saveCandidate as { id: string }).id);
  }
  return { ids, total };
}

async function clear(db: Database): Promise<void> {
  await db.write((tx) => tx.run("MATCH (c:Candidate) WHERE c.name STARTS WITH $p DELETE c", { p: CANDIDATE }));
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.title STARTS WITH $p DETACH DELETE k", { p: RISK }));
}

/**
 * The best investment for a budget on a generated estate, through the server: `candidates`
 * candidates touching a register of `risks` risks, the budget 40% of what they all cost over
 * three years; node(id) sampled meanwhile when asked. Beside it, the brute force measured in
 * the same run: the model with a set applied built whole and every risk worked out on it, timed
 * on a sample of sets and multiplied by the sets it would need; and the chosen set's harm
 * by the brute force, checked against the answer.
 */
export async function investmentBench(
  server: ServerProcess,
  db: Database,
  token: string,
  o: { candidates: number; risks: number; sampleNodes: boolean; baselineSets: number },
  log: (l: string) => void,
): Promise<InvestmentFigures> {
  const post = poster(server, token);
  const rng = createRng(11);
  await clear(db);
  try {
    const doc = await exportGraph(db);
    const { ids, total } = await setUp(post, doc, rng, o.risks, o.candidates);
    const budget = Math.round(0.4 * total);
    await must(post, "{ graphSummary { version } }", {});
    log(
      `${o.candidates} candidates and ${o.risks} risks saved; asking for the best set for £${budget.toLocaleString("en-GB")} over 3 years…`,
    );
    let done = false;
    const nodeIds = doc.systems.map((s) => s.id);
    const sampling = o.sampleNodes ? cheapLatencies(post, nodeIds.slice(0, 500), () => done) : Promise.resolve([]);
    const t0 = performance.now();
    const answer = await must(
      post,
      "query($b: Float!, $c: [ID!]) { bestInvestment(budget: $b, candidates: $c) { exact expectedHarmBefore expectedHarmAfter chosen { candidate { id } } } }",
      { b: budget, c: ids },
    ).finally(() => {
      done = true;
    });
    const elapsed = performance.now() - t0;
    const latencies = await sampling;
    const t1 = performance.now();
    await must(post, "query($b: Float!, $c: [ID!]) { bestInvestment(budget: $b, candidates: $c) { exact } }", {
      b: Math.round(budget * 0.9),
      c: ids,
    });
    const againMs = performance.now() - t1;
    const inv = answer.bestInvestment as {
      exact: boolean;
      expectedHarmBefore: number;
      expectedHarmAfter: number;
      chosen: Array<{ candidate: { id: string } }>;
    };
    log(`Answered in ${Math.round(elapsed)} ms (${inv.exact ? "exact" : "greedy"}), ${inv.chosen.length} chosen.`);

    // The brute force, in this process, on the same graph, candidates and risks.
    const planned = await listCandidates(db, ids);
    const patches = planned.map((c) => patchOf(c.id, c.plan!));
    const items = await riskItems(db, ALL);
    const harmOf = (set: readonly number[]): number => {
      const replay = new GraphReplay();
      replay.apply(doc, "REPLACE");
      for (const k of set) {
        replay.remove(patches[k]!.removed);
        replay.apply(patches[k]!.write, "MERGE");
      }
      const engine = new Engine(projectDocument(replay.document()));
      return items.reduce((sum, item) => sum + item.weight * riskValue(engine, item, DEFAULT_PROFILE).harm, 0);
    };
    const times: number[] = [];
    for (let s = 0; s < o.baselineSets; s++) {
      const set = patches.map((_, k) => k).filter(() => rng.chance(0.5));
      const t = performance.now();
      harmOf(set);
      times.push(performance.now() - t);
    }
    // Indices in the order the candidates are listed (by name), as the answer replays them.
    const order = planned.map((c) => c.id);
    const chosen = inv.chosen.map((c) => order.indexOf(c.candidate.id)).sort((a, b) => a - b);
    const gap = Math.abs(harmOf(chosen) - inv.expectedHarmAfter) / Math.max(1, inv.expectedHarmBefore);
    const n = ids.length;
    return {
      candidates: n,
      risks: o.risks,
      budget,
      ms: elapsed,
      againMs,
      exact: inv.exact,
      chosen: chosen.length,
      before: inv.expectedHarmBefore,
      after: inv.expectedHarmAfter,
      bruteSet: summarise(times),
      bruteSets: inv.exact ? 2 ** n : (n * (n + 1)) / 2,
      checkedGap: gap,
      node: o.sampleNodes ? summarise(latencies) : null,
    };
  } finally {
    await clear(db);
  }
}
