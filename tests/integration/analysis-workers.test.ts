import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AnalysisService } from "../../server/analysis/analysis.js";
import { Graphs } from "../../server/analysis/graphs.js";
import { LiveLoader } from "../../server/analysis/live-loader.js";
import type { MemoryReport } from "../../server/analysis/thread-memory.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { createApp, type App } from "../../server/app.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import type { InterchangeInput } from "../../server/model/document.js";
import { gql, openDatabase, idPrefix, removeWithPrefix, importDocument } from "../support/integration.js";

const P = idPrefix("w");
const CHAIN = 10_000;

/**
 * A care service on a chain of systems, each depending on the next: losing the k-th stops the
 * k systems above it, so ranking every system runs about CHAIN²/2 evaluations, long enough to
 * be under way while other requests come in.
 */
function chain(): InterchangeInput {
  const org = `${P}org`;
  const sys = (k: number): string => `${P}sys-${k}`;
  return {
    organisations: [{ id: org, name: "Chain trust", type: "ACUTE_TRUST" }],
    careServices: [{ id: `${P}svc`, name: "Chained service", organisation: org, severity: "MAJOR", patientsPerDay: 100 }],
    systems: Array.from({ length: CHAIN }, (_, k) => ({
      id: sys(k),
      name: `System ${k}`,
      organisation: org,
      kind: "APPLICATION" as const,
    })),
    dependencies: [
      { from: `${P}svc`, to: sys(0), effect: "FAILS" as const },
      ...Array.from({ length: CHAIN - 1 }, (_, k) => ({ from: sys(k), to: sys(k + 1), effect: "FAILS" as const })),
    ],
  };
}

let db: Database;
let token: string;
const apps: App[] = [];
const appWith = (analysisWorkers: number, analysisMaxJobs = 8): App => {
  const app = createApp({ db, maxRequestBytes: 64 * 1024 * 1024, analysisWorkers, analysisMaxJobs });
  apps.push(app);
  return app;
};
const RANK = `query($w: [Float!]) { protectFirst(first: 3, profile: { severityWeights: $w }) { totalCount edges { node { asset { id } score } } } }`;
const weights = (k: number): number[] => [1, 2, 4, 8, 16 + k];

beforeAll(async () => {
  db = await openDatabase();
  ({ token } = await createToken(db, "ADMIN", "test-workers", { name: "test set-up", role: "ADMIN" }));
  const r = await importDocument(appWith(0), token, chain());
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await removeWithPrefix(db, P);
  await db.close();
});

describe("the engine's heavy work in worker threads", () => {
  it("answers /health and node(id) while a full ranking computes", async () => {
    const app = appWith(1);
    // Warm up: the projection loaded and the worker's engine built, with one profile.
    expect((await gql(app, token, RANK, { w: weights(0) })).errors).toBeUndefined();

    let ranked = false;
    const ranking = gql<{ protectFirst: { totalCount: number } }>(app, token, RANK, { w: weights(1) }).finally(() => (ranked = true));
    let answeredDuring = 0;
    while (!ranked) {
      const health = await app.fetch(new Request("http://x/health"));
      const node = await gql<{ node: { id: string } | null }>(app, token, "query($id: ID!) { node(id: $id) { id } }", { id: `${P}sys-7` });
      expect(health.status).toBe(200);
      expect(node.data?.node?.id).toBe(`${P}sys-7`);
      if (!ranked) answeredDuring++;
    }
    const r = await ranking;
    expect(r.errors).toBeUndefined();
    expect(r.data!.protectFirst.totalCount).toBeGreaterThanOrEqual(CHAIN);
    // The event loop stayed free: cheap requests went on being answered while the ranking ran.
    expect(answeredDuring).toBeGreaterThan(2);
  });

  it("gives the same answer as the main thread, and shares identical requests", async () => {
    const [threaded, inline] = [appWith(1), appWith(0)];
    const both = await Promise.all([
      gql(threaded, token, RANK, { w: weights(2) }),
      gql(threaded, token, RANK, { w: weights(2) }),
      gql(inline, token, RANK, { w: weights(2) }),
    ]);
    for (const r of both) expect(r.errors).toBeUndefined();
    expect(both[0]!.data).toEqual(both[2]!.data);
    expect(both[1]!.data).toEqual(both[2]!.data);
  });

  it("loads the live graph in a thread of its own, into the same projection the main thread reads, and again after a write", async () => {
    const [threaded, inline] = [new AnalysisService(db, { threads: 1, maxJobs: 8 }), new AnalysisService(db, { threads: 0, maxJobs: 8 })];
    try {
      const [a, b] = await Promise.all([threaded.graphs.live(), inline.graphs.live()]);
      expect(a.key).toBe(b.key);
      // The loading thread's columns arrive in shared memory, ready for the engine's threads.
      expect(a.projection.kind.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(a.shared().key).toBe(a.key);
      const columns = [
        "kind",
        "organisation",
        "dependentStart",
        "dependent",
        "slotStart",
        "memberTarget",
        "memberShare",
        "patientsPerDay",
        "severity",
        "recoveryHours",
      ] as const;
      for (const c of columns) expect(Array.from(a.projection[c]), c).toEqual(Array.from(b.projection[c]));
      const ids = (g: typeof a): string[] => Array.from({ length: g.projection.n }, (_, i) => g.projection.idOf(i));
      expect(ids(a)).toEqual(ids(b));
      expect(a.projection.indexOf.get(`${P}sys-7`)).toBe(b.projection.indexOf.get(`${P}sys-7`));

      const added = {
        systems: [{ id: `${P}sys-added`, name: "Added", organisation: `${P}org`, kind: "APPLICATION" }],
        dependencies: [{ from: `${P}svc`, to: `${P}sys-added`, effect: "FAILS" }],
      };
      expect((await importDocument(appWith(0), token, added)).errors).toBeUndefined();
      const later = await threaded.graphs.live();
      expect(later.key).not.toBe(a.key);
      expect(later.projection.indexOf.has(`${P}sys-added`)).toBe(true);
    } finally {
      await Promise.all([threaded.close(), inline.close()]);
    }
  });

  it("lets every engine thread drop the older live graph as soon as a newer one serves, idle threads too", async () => {
    const service = new AnalysisService(db, { threads: 2, maxJobs: 8 });
    try {
      const before = await service.graphs.live();
      // A split ranking runs on both estate threads: each builds the engine of this version.
      await service.ranking(before, 24, DEFAULT_PROFILE);
      const held = async (): Promise<Array<number | undefined>> =>
        (await service.memory()).threads.filter((t) => t.thread.startsWith("estate")).map((t) => (t as { graphs?: number }).graphs);
      expect(await held()).toEqual([1, 1]);
      const added = {
        systems: [{ id: `${P}sys-newer`, name: "Newer", organisation: `${P}org`, kind: "APPLICATION" }],
        dependencies: [{ from: `${P}svc`, to: `${P}sys-newer`, effect: "FAILS" }],
      };
      expect((await importDocument(appWith(0), token, added)).errors).toBeUndefined();
      const after = await service.graphs.live();
      expect(after.key).not.toBe(before.key);
      // No job has come to the estate threads since: they let the older graph go all the same.
      await expect.poll(held).toEqual([0, 0]);
    } finally {
      await service.close();
    }
  });

  it("lets the live graph go as a newer one starts loading, keeping only its version", async () => {
    const loader = new LiveLoader(db, true);
    let atRelease: { version: number; loaded: unknown; loadedVersion: number | null } | null = null;
    const graphs: Graphs = new Graphs(
      db,
      loader,
      true,
      () => {},
      (version) => (atRelease = { version, loaded: graphs.loaded(), loadedVersion: graphs.loadedVersion() }),
    );
    try {
      const before = await graphs.live();
      const added = {
        systems: [{ id: `${P}sys-released`, name: "Released", organisation: `${P}org`, kind: "APPLICATION" }],
        dependencies: [{ from: `${P}svc`, to: `${P}sys-released`, effect: "FAILS" }],
      };
      expect((await importDocument(appWith(0), token, added)).errors).toBeUndefined();
      const after = await graphs.live();
      // While the newer graph loaded, the older was no longer held; its version still answered.
      const version = Number(before.key.slice(1));
      expect(atRelease).toEqual({ version, loaded: null, loadedVersion: version });
      expect(graphs.loaded()).toBe(after);
      expect(graphs.loadedVersion()).toBeGreaterThan(version);
    } finally {
      await loader.close();
    }
  });

  it("loads the graph again without the heap cap when the loading thread runs out of it", async () => {
    const warned: string[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((m: string) => void warned.push(m));
    const loader = new LiveLoader(db, true, () => ({ maxOldGenerationSizeMb: 12, maxYoungGenerationSizeMb: 2 }));
    try {
      const g = await loader.load();
      expect(g.projection.indexOf.has(`${P}sys-7`)).toBe(true);
      expect(warned.join("\n")).toContain("ran out of its 12 MiB heap; loading it again without that limit");
      expect(loader.memory().running).toBe(false);
    } finally {
      warn.mockRestore();
      await loader.close();
    }
  });

  it("splits a ranking across the threads and merges it into the one-thread ranking, ties in the order of ids", async () => {
    const [split, inline] = [new AnalysisService(db, { threads: 2, maxJobs: 8 }), new AnalysisService(db, { threads: 0, maxJobs: 8 })];
    try {
      const [a, b] = await Promise.all([split.graphs.live(), inline.graphs.live()]);
      // Every system of the chain stops the service alike: the order among them is the ids'.
      const [merged, single] = await Promise.all([split.ranking(a, 24, DEFAULT_PROFILE), inline.ranking(b, 24, DEFAULT_PROFILE)]);
      expect(merged.length).toBe(single.length);
      expect([...merged.positions()]).toEqual([...single.positions()]);
      const page = { start: 0, first: 50, labels: ["System" as const] };
      expect(merged.page(page).rows.map((r) => r.asset)).toEqual(single.page(page).rows.map((r) => r.asset));
    } finally {
      await Promise.all([split.close(), inline.close()]);
    }
  });

  it("reports its memory by thread to an ADMIN only, at GET /admin/memory", async () => {
    const app = appWith(1);
    expect((await gql(app, token, RANK, { w: weights(7) })).errors).toBeUndefined();
    const get = (t: string | null): Promise<Response> =>
      app.fetch(new Request("http://x/admin/memory", { headers: t ? { authorization: `Bearer ${t}` } : {} }));
    const res = await get(token);
    expect(res.status).toBe(200);
    const report = (await res.json()) as MemoryReport;
    expect(report.threads.map((t) => t.thread)).toEqual(["main", "estate worker 1", "scenario worker 1", "loading (end of last load)"]);
    for (const t of report.threads) expect(t.heapUsed).toBeGreaterThan(0);
    expect(report.nodes).toBeGreaterThanOrEqual(CHAIN);
    expect(report.shared!.columns).toBeGreaterThan(0);
    expect(report.shared!.ids).toBeGreaterThan(CHAIN * `${P}sys-0`.length);
    expect(report.vmHwm).toBeGreaterThanOrEqual(report.vmRss!);

    const board = await createToken(db, "BOARD", "test-workers-board", { name: "test set-up", role: "ADMIN" });
    const refused = await get(board.token);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain("tokens:admin");
    expect((await get(null)).status).toBe(401);
  });

  it("refuses work beyond its bound with a retryable SERVICE_BUSY", async () => {
    const app = appWith(1, 1);
    const results = await Promise.all([3, 4, 5].map((k) => gql(app, token, RANK, { w: weights(k) })));
    const busy = results.flatMap((r) => r.errors ?? []).filter((e) => e.extensions?.code === "SERVICE_BUSY");
    expect(busy.length).toBeGreaterThan(0);
    expect((busy[0]!.extensions as { retryAfterSeconds?: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(results.some((r) => !r.errors)).toBe(true);
  });
});
