import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { DEFAULT_UPLOAD_LIMITS } from "../../server/import/upload-limits.js";
import { gql, openDatabase, type GqlResult, idPrefix, closeRemoving } from "../support/integration.js";
import { giantCellSheet, workbookEntries, zipOf } from "../support/zip-bombs.js";

/**
 * Hostile uploads through the real app: each is refused with BAD_USER_INPUT naming the file
 * and the limit, writes nothing, and /health answers in time while it is read and after.
 */
const P = idPrefix("u", 6);
const IMPORT = `mutation($f: [ImportFileInput!]!) { importModel(files: $f) { applied } }`;
let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  db = await openDatabase();
  // The heap of the reading thread made small, so a modest workbook can run it out.
  app = createApp({ db, maxRequestBytes: 64 * 1024 * 1024, uploadLimits: { ...DEFAULT_UPLOAD_LIMITS, heapMb: 64 } });
  token = (await createToken(db, "RISK_MANAGER", "upload-limits", { name: "test set-up", role: "ADMIN" })).token;
  // As the server does before it listens: /health's statement is planned before it is timed.
  await app.fetch(new Request("http://x/health"));
});
afterAll(() => closeRemoving(db, P));

const organisations = [
  ["id", "name", "type"],
  [`${P}org`, "Trust U", "ACUTE_TRUST"],
];
const written = async (): Promise<number> =>
  (await db.read((tx) => tx.run("MATCH (n:Node) WHERE n.id STARTS WITH $p RETURN count(n) AS n", { p: P }))).records[0]!.get("n") as number;

/** Imports the files while timing /health every 100 ms, and once more after. */
async function importWatchingHealth(
  files: Array<{ name: string; content: string }>,
): Promise<{ result: GqlResult; health: Array<{ status: number; ms: number }> }> {
  let done = false;
  const busy = gql(app, token, IMPORT, { f: files }).finally(() => (done = true));
  const health: Array<{ status: number; ms: number }> = [];
  while (!done || health.length < 2) {
    const t = performance.now();
    const res = await app.fetch(new Request("http://x/health"));
    health.push({ status: res.status, ms: performance.now() - t });
    await new Promise((r) => setTimeout(r, 100));
  }
  return { result: await busy, health };
}

function expectRefused(r: { result: GqlResult; health: Array<{ status: number; ms: number }> }, file: string, limit: RegExp): void {
  const error = r.result.errors?.[0];
  expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(error?.message).toMatch(limit);
  expect(error?.extensions?.problems).toEqual([expect.objectContaining({ path: file, file, message: expect.stringMatching(limit) })]);
  const seen = `/health: ${r.health.map((h) => `${h.status} in ${Math.round(h.ms)} ms`).join(", ")}`;
  expect(
    r.health.map((h) => h.status),
    seen,
  ).toEqual(r.health.map(() => 200));
  expect(Math.max(...r.health.map((h) => h.ms)), seen).toBeLessThan(1000);
}

// Timed against a wall clock on a shared machine: two more tries absorb its stalls, as busy-server.test.ts does.
describe("uploads past the limits", { retry: 2 }, () => {
  it("refuses the 1.3 MB workbook whose sheet expands to 450 MB before inflating it", async () => {
    const entries = await workbookEntries({ Organisations: organisations, Systems: [["id"]] });
    entries.set("xl/worksheets/sheet2.xml", giantCellSheet(450 * 1024 * 1024));
    const bomb = await zipOf(entries);
    expect(bomb.length).toBeLessThan(1.3 * 1024 * 1024);
    const r = await importWatchingHealth([{ name: "bomb.xlsx", content: bomb.toString("base64") }]);
    expectRefused(r, "bomb.xlsx", /expands past 256 MiB \(UPLOAD_MAX_UNZIPPED_MB\)/);
    expect(await written()).toBe(0);
  });

  it("refuses a zip of too many entries, and a workbook that runs its reading thread out of memory", async () => {
    const many = await workbookEntries({ Organisations: organisations });
    for (let i = 0; i < DEFAULT_UPLOAD_LIMITS.zipEntries; i++) many.set(`xl/media/image${i}.png`, Buffer.from([i % 256]));
    expectRefused(
      await importWatchingHealth([{ name: "many.xlsx", content: (await zipOf(many)).toString("base64") }]),
      "many.xlsx",
      /more than 1,000 zip entries \(UPLOAD_MAX_ZIP_ENTRIES\)/,
    );
    const heavy = await workbookEntries({ Organisations: organisations, Systems: [["id"]] });
    heavy.set("xl/worksheets/sheet2.xml", giantCellSheet(120 * 1024 * 1024));
    expectRefused(
      await importWatchingHealth([{ name: "heavy.xlsx", content: (await zipOf(heavy)).toString("base64") }]),
      "heavy.xlsx",
      /expands past the 64 MiB of memory its reading may use \(UPLOAD_HEAP_MB\)/,
    );
    expect(await written()).toBe(0);
  });

  it("refuses a CSV of more rows than the import may hold, read off the event loop", async () => {
    const rows = Array.from({ length: DEFAULT_UPLOAD_LIMITS.rows }, (_, i) => `${P}org-${i},Trust ${i},ACUTE_TRUST`);
    const r = await importWatchingHealth([{ name: "organisations.csv", content: ["id,name,type", ...rows].join("\n") }]);
    expectRefused(r, "organisations.csv", /past 200,000 rows \(UPLOAD_MAX_ROWS\)/);
    expect(await written()).toBe(0);
  });

  it("names a file that is not a zip in its own words, and writes nothing", async () => {
    const r = await gql(app, token, IMPORT, {
      f: [
        { name: "estate.xlsx", content: Buffer.from("not a workbook").toString("base64") },
        { name: "organisations.csv", content: organisations.map((x) => x.join(",")).join("\n") },
      ],
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.problems).toEqual([
      { path: "estate.xlsx", message: "cannot read it as XLSX: it is not an XLSX workbook (not a zip file)", file: "estate.xlsx" },
    ]);
    expect(await written()).toBe(0);
    expect((await app.fetch(new Request("http://x/health"))).status).toBe(200);
  });
});
