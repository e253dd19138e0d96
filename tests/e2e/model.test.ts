import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { createToken } from "../../server/auth/tokens.js";
import { Database } from "../../server/graph/database.js";
import { launchChromium, signIn } from "../support/browser.js";
import { startServer, type ServerProcess } from "../support/server-process.js";
import { accessibilityViolations } from "./support/accessibility.js";

const SHOTS = "tests/e2e/screenshots";
const ID = "sys-e2e-model-upload";
let server: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(inject("e2eNeo4jUri"), { seed: true });
  const db = new Database({ uri: inject("e2eNeo4jUri"), user: "neo4j", password: "", database: "neo4j" });
  const { token } = await createToken(db, "RISK_MANAGER", "Morgan Model", { name: "e2e set-up", role: "ADMIN" });
  await db.close();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
  await signIn(page, server.base, token);
  await page.getByText("Morgan Model").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the Model page in a real browser", () => {
  it("uploads a small CSV, shows the preview and its effect, applies it, and finds the new node", async () => {
    await page.getByRole("link", { name: "Model" }).click();
    const csv = ["id,name,organisation,kind,recoveryHours", `${ID},E2E upload system,org-nat-spine,APPLICATION,36`].join("\n");
    await page.getByLabel("Files").setInputFiles({ name: "systems.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByLabel("Preview");
    await expect.poll(() => preview.count(), { timeout: 30_000 }).toBe(1);
    expect(await preview.textContent()).toMatch(/nothing written yet: nodes \+1 ~0 −0/);
    expect(await preview.textContent()).toContain(`Add System ${ID}`);
    await expect.poll(() => page.getByRole("table", { name: "Protect first, before and after" }).count(), { timeout: 60_000 }).toBe(1);
    await page.screenshot({ path: `${SHOTS}/model-preview.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    // The preview fits the width of a projector, as every page does.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/model-preview-projector.png`, fullPage: true });
    await page.setViewportSize({ width: 1400, height: 1000 });

    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => page.getByLabel("Applied").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByLabel("Applied").textContent()).toMatch(/Applied \(graph version \d+\): nodes \+1/);

    await page.getByRole("searchbox", { name: "Name or id" }).fill("e2e UPLOAD");
    const row = page.locator("section[aria-labelledby=model-search] tbody tr", { hasText: ID });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    expect(await row.textContent()).toMatch(/E2E upload system.*System/);
    await page.screenshot({ path: `${SHOTS}/model-applied.png`, fullPage: true });
  });
});
