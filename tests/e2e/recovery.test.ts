import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

let e2e: E2e;
let page: Page;

beforeAll(async () => {
  e2e = await openE2e();
  page = (await e2e.signedIn("RISK_MANAGER", "Riley Recovery")).page;
});

afterAll(async () => {
  await e2e?.close();
});

async function choose(label: string, text: string): Promise<void> {
  await page.getByRole("combobox", { name: label }).fill(text);
  // An exact id comes first of the choices.
  await page.locator(".combo-box [role=option]").first().click();
}

describe("recovery in a real browser", () => {
  it("the planner orders three lost systems for two teams, against shortest-first", async () => {
    await page.getByRole("link", { name: "Recovery" }).click();
    for (const id of ["sys-rvr-core-net", "sys-rvr-ad", "sys-rvr-san"]) await choose("Lost systems, data stores or suppliers", id);
    await page.getByLabel("Teams").fill("2");
    await page.getByRole("button", { name: "Plan the recovery" }).click();
    await expect.poll(() => page.getByTestId("plan-summary").count(), { timeout: 30_000 }).toBe(1);
    const summary = (await page.getByTestId("plan-summary").textContent()) ?? "";
    expect(summary).toMatch(
      /with 2 teams; shortest recovery\s+first would cost [\d,]+, so this order saves [\d,]+ \(the best order: every order was tried\)/,
    );
    const rows = await page.locator("table.plan-steps tbody tr").allTextContents();
    expect(rows).toHaveLength(3);
    // Each node in the order is named with its organisation.
    for (const row of rows) expect(row).toContain("Riverside Hospitals NHS Foundation Trust");
    expect(await page.locator(".recovery-curve svg path").count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator("table.breaches tbody tr").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator("table.breaches").textContent()).toMatch(/none recorded|Recovery takes longer than the tolerance/);
    await page.screenshot({ path: `${SHOTS}/recovery-planner.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("the explorer with recovery shows when each service recovers and the curve stepping back up", async () => {
    await page.getByRole("link", { name: "Blast radius" }).click();
    await choose("Lost (unavailable)", "sys-rvr-core-net");
    await page.getByLabel(/With recovery/).check();
    await expect.poll(() => page.locator(".impact-panel").textContent(), { timeout: 30_000 }).toMatch(/Recovers at/);
    expect(await page.locator(".impact-panel").textContent()).toMatch(/24 h/);
    expect(await page.locator(".impact-panel .recovery-curve").count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/explorer-recovery.png`, fullPage: true });
  });

  it("keeps the recovery switch in the address: a reload shows the same scenario with recovery, within the page's width", async () => {
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/lost=sys-rvr-core-net&.*recovery=1/);
    await page.reload();
    await expect.poll(() => page.locator(".impact-panel").textContent(), { timeout: 30_000 }).toMatch(/Recovers at/);
    expect(await page.getByLabel(/With recovery/).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByLabel(/With recovery/).uncheck();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toMatch(/recovery=1/);
  });

  it("ranks by care lost alone with recovery, and links a row to its blast radius with recovery", async () => {
    await page.getByRole("link", { name: "Protect first" }).click();
    await page.getByLabel(/With recovery/).check();
    await page.getByLabel("Rank by").selectOption("AVAILABILITY");
    await expect
      .poll(() => page.locator("table.ranking caption").textContent(), { timeout: 60_000 })
      .toMatch(/by care lost over 1 day, each asset back at its recovery time/);
    const care = await page.locator("table.ranking tbody tr td:nth-child(6)").allTextContents();
    const values = care.map((t) => Number(t.replace(/,/g, "")));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(await page.getByRole("link", { name: "Blast radius" }).nth(1).getAttribute("href")).toMatch(/&hours=24&recovery=1$/);
    await page.screenshot({ path: `${SHOTS}/protect-first-recovery.png` });
  });
});
