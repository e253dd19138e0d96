import { AnalysisService } from "../../server/analysis/analysis.js";
import type { Database } from "../../server/graph/database.js";
import { readGraphVersion } from "../../server/graph/graph-version.js";
import { KIND } from "../../server/engine/projection.js";
import type { Acceptance } from "../../server/model/acceptance-model.js";
import { LapseWatch } from "../../server/register/lapse-watch.js";
import os from "node:os";
import { changeRisk, newRisk, RISK_BATCH } from "../../server/register/risk-store.js";
import { createRng } from "../../seed/generator/rng.js";

export const LAPSE_RISKS = 500;
const PREFIX = "Bench lapse ";
const ACTOR = { name: "benchmark", role: "ADMIN" };

/**
 * The lapse check after a graph version moves: `count` accepted risks, each losing a random
 * system, half judged at a rating of 0 so that they lapse (each a write) and half at 5 on so much harm that they stand,
 * assessed by the analysis service as the server does (on the bench's main thread: the bench's
 * own Node flags, --expose-gc and the heap size, are refused in worker threads). Times the check with the live graph
 * already loaded (its load is shared with every reader of the new version) and the load apart.
 */
export async function lapseBench(
  db: Database,
  log: (l: string) => void,
  count = LAPSE_RISKS,
): Promise<{ loadMs: number; checkMs: number; lapsed: number }> {
  const analysis = new AnalysisService(db, { threads: 0, maxJobs: 8 });
  try {
    const t0 = performance.now();
    const graph = await analysis.graphs.live();
    const loadMs = performance.now() - t0;
    const p = graph.projection;
    const systems = Array.from({ length: p.n }, (_, x) => x)
      .filter((x) => p.kind[x] === KIND.System)
      .map((x) => p.idOf(x));
    const rng = createRng(7);
    const version = await db.read(readGraphVersion);
    await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.title STARTS WITH $p DELETE k", { p: PREFIX }));
    for (let k = 0; k < count; k++) {
      const lost = rng.pick(systems);
      const accepted: Acceptance = {
        id: "",
        state: "ACCEPTED",
        justification: "Benchmark.",
        expires: "2099-01-01",
        proposedBy: "a",
        proposerKey: "name|a",
        proposedAt: "2026-01-01T00:00:00Z",
        decidedBy: "b",
        decidedAt: "2026-01-01T00:00:00Z",
        note: "Benchmark.",
        lapsedAt: null,
        lapsedAtGraphVersion: null,
        reason: null,
        snapshot: {
          rating: k % 2 ? 0 : 5,
          consequence: "CATASTROPHIC",
          harm: k % 2 ? 0 : 1e15,
          graphVersion: version - 1,
          profile: "default",
        },
      };
      const input = {
        title: `${PREFIX}${k}`,
        description: "",
        threat: "RANSOMWARE" as const,
        scenario: { lost: [lost], compromised: [], hours: 24 },
        likelihood: "MEDIUM" as const,
        owner: "benchmark",
        organisation: null,
        treatment: "TOLERATE" as const,
        controls: [],
        status: "OPEN" as const,
        nextReviewDate: "2099-01-01",
      };
      await changeRisk(db, ACTOR, null, "risk.create", (_b, now) => {
        const risk = newRisk(input, now);
        return { ...risk, acceptances: [{ ...accepted, id: `${risk.id}~a1` }] };
      });
    }
    const watch = new LapseWatch(db, analysis);
    const t1 = performance.now();
    const lapsed = await watch.check(version);
    const checkMs = performance.now() - t1;
    // Again on the same version: the half still standing assessed again, nothing to write.
    const t2 = performance.now();
    await watch.check(version);
    const standingMs = performance.now() - t2;
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ");
    log(
      `Lapse check of ${count} accepted risks on ${p.n.toLocaleString("en-GB")} nodes: ${Math.round(checkMs)} ms, ${lapsed} lapsed in ${Math.ceil(lapsed / RISK_BATCH)} write(s) (target under 10,000 ms for 500 at national scale: ${checkMs < 10_000 ? "meets" : "MISSES"} here); the ${count - lapsed} still standing checked again ${Math.round(standingMs)} ms; the live graph's load before it ${Math.round(loadMs)} ms; load average ${load} on ${os.cpus().length} cores.`,
    );
    await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.title STARTS WITH $p DELETE k", { p: PREFIX }));
    return { loadMs, checkMs, lapsed };
  } finally {
    await analysis.close();
  }
}
