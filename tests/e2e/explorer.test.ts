import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { createToken } from "../../server/auth/tokens.js";
import { Database } from "../../server/graph/database.js";
import { freePort } from "../support/free-port.js";

const SHOTS = "tests/e2e/screenshots";
let server: ChildProcess;
let browser: Browser;
let page: Page;
let base = "";
let token = "";

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // The real server, as `npm start` runs it after building the client, on the e2e Neo4j with the demo ICS.
  server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, NEO4J_URI: inject("e2eNeo4jUri"), NEO4J_PASSWORD: "", PORT: String(port), SEED_ON_EMPTY: "true" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("Serving http://")) resolve();
    });
    server.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const db = new Database({ uri: inject("e2eNeo4jUri"), user: "neo4j", password: "", database: "neo4j" });
  token = (await createToken(db, "RISK_MANAGER", "Riley Risk", { name: "e2e set-up", role: "ADMIN" })).token;
  await db.close();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  await new Promise((r) => server?.once("exit", r));
});

describe("the blast-radius explorer in a real browser", () => {
  it("refuses a wrong token and signs in with a right one", async () => {
    await page.goto(base);
    await page.getByLabel("API token").fill("him_wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/not valid/);
    await page.getByLabel("API token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByText("Riley Risk").count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/sign-in-done.png` });
  });

  it("runs a blast radius: the pathology partner lost stops blood transfusion", async () => {
    await page.getByRole("searchbox", { name: "Lost (unavailable)" }).fill("sup-mpp");
    await page.getByRole("option").first().getByRole("button").click();
    await expect.poll(() => page.locator(".impact-panel").textContent(), { timeout: 20_000 }).toMatch(/Blood transfusion/);
    const panel = (await page.locator(".impact-panel").textContent()) ?? "";
    expect(panel).toMatch(/Consequence CATASTROPHIC/);
    expect(await page.locator("[data-testid=cy] canvas").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/blast-radius.png` });
  });

  it("changes the horizon and the answer with it", async () => {
    const before = await page.locator(".totals").textContent();
    await page.getByLabel(/Horizon/).fill("10");
    await expect.poll(() => page.getByTestId("horizon").textContent()).toBe("30 days");
    await expect.poll(() => page.locator(".totals").textContent(), { timeout: 20_000 }).not.toBe(before);
    await page.screenshot({ path: `${SHOTS}/blast-radius-30-days.png` });
  });
});
