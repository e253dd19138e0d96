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
    await page.getByRole("link", { name: "Model", exact: true }).click();
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

describe("building an organisation's model through the forms", () => {
  const field = (key: string) => page.locator(`#field-${key}`);
  async function addNode(kind: string, values: Record<string, string>): Promise<void> {
    await page.getByRole("button", { name: "Add a node…" }).click();
    await page.getByLabel("Kind of node").selectOption(kind);
    for (const [key, value] of Object.entries(values)) {
      if ((await field(key).evaluate((e) => e.tagName)) === "SELECT") await field(key).selectOption(value);
      else await field(key).fill(value);
    }
    await page.getByRole("button", { name: "Preview the new node" }).click();
    await expect.poll(() => page.locator(".node-editor [aria-label=Preview]").textContent(), { timeout: 30_000 }).toMatch(/nodes \+1/);
    await page.locator(".node-editor").getByRole("button", { name: "Apply", exact: true }).click();
    // Once applied, the new node opens in the editor.
    await expect.poll(() => page.locator("#node-editor").textContent(), { timeout: 30_000 }).toBe(`Change ${values.name}`);
  }
  async function dependOn(target: string, group?: string): Promise<void> {
    const deps = page.locator(".dependencies");
    await deps.getByRole("searchbox", { name: "Depends on" }).fill(target);
    await deps.getByRole("button", { name: new RegExp(target) }).first().click();
    await deps.getByLabel("Redundancy group").fill(group ?? "");
    await deps.getByLabel("Share of the need").fill(group ? "1" : "");
    await deps.getByRole("button", { name: "Preview", exact: true }).click();
    await expect.poll(() => deps.locator("[aria-label=Preview]").textContent(), { timeout: 30_000 }).toMatch(/relationships \+1/);
    await deps.getByRole("button", { name: "Apply", exact: true }).click();
    await expect.poll(() => deps.locator(".dependency-table").textContent(), { timeout: 30_000 }).toContain(target);
  }

  it("adds an organisation, a supplier, two systems in a redundancy group and a service, then sees the service in the supplier's blast radius", async () => {
    await page.getByRole("link", { name: "Model", exact: true }).click();
    await addNode("Organisation", { id: "org-e2e-clinic", name: "E2E Clinic", type: "GP_PRACTICE" });
    await addNode("Supplier", { id: "sup-e2e-host", name: "E2E hosting partner", recoveryHours: "72" });
    for (const k of ["a", "b"]) {
      await addNode("System", { id: `sys-e2e-${k}`, name: `E2E record ${k.toUpperCase()}`, organisation: "org-e2e-clinic", kind: "APPLICATION", recoveryHours: "24" });
      await dependOn("sup-e2e-host");
    }
    await addNode("CareService", { id: "svc-e2e-clinic", name: "E2E clinic appointments", organisation: "org-e2e-clinic", severity: "MAJOR", patientsPerDay: "120", impactToleranceHours: "8" });
    await dependOn("sys-e2e-a", "records");
    await dependOn("sys-e2e-b", "records");
    expect(await page.locator(".dependency-table").textContent()).toMatch(/records \(share 1\).*records \(share 1\)/);
    await page.screenshot({ path: `${SHOTS}/model-node-form.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Blast radius" }).click();
    await page.getByRole("searchbox", { name: "Lost (unavailable)" }).fill("sup-e2e-host");
    await page.getByRole("button", { name: /sup-e2e-host/ }).first().click();
    await expect.poll(() => page.locator(".impact-panel").textContent(), { timeout: 30_000 }).toContain("E2E clinic appointments");
    await page.screenshot({ path: `${SHOTS}/model-built-blast-radius.png`, fullPage: true });
  });

  it("shows an auditor the model without edit controls", async () => {
    const db = new Database({ uri: inject("e2eNeo4jUri"), user: "neo4j", password: "", database: "neo4j" });
    const { token } = await createToken(db, "AUDITOR", "Avery Audit", { name: "e2e set-up", role: "ADMIN" });
    await db.close();
    const auditor = await browser.newPage({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
    await signIn(auditor, server.base, token);
    await auditor.getByRole("link", { name: "Model", exact: true }).click();
    await auditor.getByRole("searchbox", { name: "Name or id" }).fill("E2E clinic");
    await auditor.getByRole("button", { name: "E2E clinic appointments" }).click();
    await expect.poll(() => auditor.locator(".dependency-table").count(), { timeout: 30_000 }).toBe(1);
    expect(await auditor.getByRole("button", { name: /Add a node|Preview|Apply|Remove/ }).count()).toBe(0);
    expect(await auditor.getByText("The model is read-only for your role.").count()).toBe(1);
    await auditor.close();
  });
});
