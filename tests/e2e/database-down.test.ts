import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, rmSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { createToken } from "../../server/auth/tokens.js";
import { Database } from "../../server/graph/database.js";
import { startEmbedded, type RunningNeo4j } from "../../server/neo4j/embedded.js";
import { launchChromium, signIn } from "../support/browser.js";
import { freePort } from "../support/free-port.js";
import { startServer, type ServerProcess } from "../support/server-process.js";

// A Neo4j of this file's own, so that stopping it leaves the other browser tests alone.
const SHOTS = "tests/e2e/screenshots";
const DATA_DIR = `.data/test-runs/e2e-down-${process.pid}`;
let neo4j: RunningNeo4j;
let boltPort = 0;
let server: ServerProcess;
let browser: Browser;
let page: Page;
let base = "";

const startNeo4j = () => startEmbedded({ dataDir: DATA_DIR, boltPort, heapMb: 512, pageCacheMb: 128 });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  boltPort = await freePort();
  neo4j = await startNeo4j();
  server = await startServer(neo4j.uri, { seed: true, password: neo4j.password });
  base = server.base;
  const db = new Database({ uri: neo4j.uri, user: "neo4j", password: neo4j.password, database: "neo4j" });
  const { token } = await createToken(db, "RISK_MANAGER", "Riley Risk", { name: "e2e set-up", role: "ADMIN" });
  await db.close();
  browser = await launchChromium();
  // The accessibility audit injects axe-core as a script, which the product's Content-Security-Policy refuses.
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  await signIn(page, base, token);
  await page.getByText("Riley Risk").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await neo4j?.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

describe("when the database goes away and comes back", () => {
  it("says so on every page instead of hanging, and the server keeps serving", async () => {
    await neo4j.stop();
    expect((await fetch(`${base}/health`)).status).toBe(503);

    await page.getByRole("combobox", { name: "Lost (unavailable)" }).fill("sup-mpp");
    await expect
      .poll(() => page.getByRole("alert").allTextContents(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/database is unavailable/));
    await page.screenshot({ path: `${SHOTS}/database-down-explorer.png` });

    await page.getByRole("link", { name: "Risk register" }).click();
    await expect
      .poll(() => page.getByRole("alert").allTextContents(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/database is unavailable/));
    await page.getByRole("link", { name: "Board report" }).click();
    await expect
      .poll(() => page.getByRole("alert").allTextContents(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/database is unavailable/));
    await page.screenshot({ path: `${SHOTS}/database-down-report.png` });
  });

  it("answers again once the database is back, without a restart of the server", async () => {
    neo4j = await startNeo4j();
    await expect.poll(async () => (await fetch(`${base}/health`)).status, { timeout: 120_000, interval: 500 }).toBe(200);
    await page.getByRole("link", { name: "Blast radius" }).click();
    await page.getByRole("combobox", { name: "Lost (unavailable)" }).fill("sup-mpp");
    await page.getByRole("option", { name: /Meridian Pathology/ }).click();
    await expect.poll(() => page.locator(".impact-panel").textContent(), { timeout: 30_000 }).toMatch(/Blood transfusion/);
    // A JVM start on a busy machine can take minutes.
  }, 240_000);
});
