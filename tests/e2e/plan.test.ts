import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

let e2e: E2e;
let manager: Page;
let board: Page;

/** Words of the API a person should never read on the page: enum values and ids. */
const MACHINE_WORDS = /\b(REGISTER|ESTATE|VERY_[A-Z]+|[A-Z]+_[A-Z_]+)\b|\b(sys|svc|ds|sup|org|candidate)-[a-z0-9-]+/;

beforeAll(async () => {
  e2e = await openE2e();
  manager = (await e2e.signedIn("RISK_MANAGER", "Priya Planner")).page;
  board = (await e2e.signedIn("BOARD", "Bea Board")).page;
});

afterAll(async () => {
  await e2e?.close();
});

describe("the Plan page in a real browser", () => {
  it("lists the demo's candidates with cost and worth, and the set a budget buys in patients and people", async () => {
    await manager.getByRole("link", { name: "Plan" }).click();
    await manager.getByRole("heading", { name: /£400,000 over 3 years buys/ }).waitFor({ timeout: 60_000 });
    const rows = manager.getByRole("table", { name: "Candidates" }).locator("tbody tr");
    expect(await rows.count()).toBe(8);
    expect(await rows.allTextContents()).toContainEqual(expect.stringMatching(/Paper workaround for blood transfusion.*£33,000/));
    const chosen = manager.locator(".plan-chosen");
    expect(await chosen.locator("li").count()).toBeGreaterThan(0);
    expect(await chosen.textContent()).toMatch(/Expected harm in a year falls from [\d,]+ to [\d,]+ weighted\s+patients/);
    // The people line: a fall between two different figures, or plainly no change; never "from 3,983 to 3,983".
    const people =
      /patients a day who lose their care (?:fall from about ([\d,]+) to ([\d,]+)|stay at about [\d,]+, as the chosen set does not change them)/.exec(
        (await chosen.textContent()) ?? "",
      );
    expect(people).not.toBeNull();
    if (people![1]) expect(people![1]).not.toBe(people![2]);
    expect(await manager.locator("main").textContent()).not.toMatch(MACHINE_WORDS);
    await manager.screenshot({ path: `${SHOTS}/plan-400k.png`, fullPage: true });
    expect(await accessibilityViolations(manager)).toEqual([]);
  });

  it("moves the budget with the slider: a smaller budget buys a smaller set", async () => {
    const before = await manager.locator(".plan-chosen li").count();
    await manager.getByRole("slider", { name: /Budget/ }).fill("50000");
    await manager.getByRole("heading", { name: /£50,000 over 3 years buys/ }).waitFor({ timeout: 60_000 });
    await expect.poll(() => manager.locator(".plan-chosen").textContent(), { timeout: 60_000 }).toMatch(/Cost £[\d,]+\./);
    const cost = Number(/Cost £([\d,]+)\./.exec((await manager.locator(".plan-chosen").textContent())!)![1]!.replace(/,/g, ""));
    expect(cost).toBeLessThanOrEqual(50_000);
    expect(await manager.locator(".plan-chosen li").count()).toBeLessThanOrEqual(before);
    await manager.screenshot({ path: `${SHOTS}/plan-50k.png`, fullPage: true });
  });

  it("applies a candidate through the Model page's preview", async () => {
    await manager
      .getByRole("row", { name: /Paper workaround for blood transfusion/ })
      .getByRole("link", { name: "Apply this candidate…" })
      .click();
    await manager
      .getByRole("heading", { name: /Apply the candidate “Paper workaround for blood transfusion/ })
      .waitFor({ timeout: 30_000 });
    await manager.getByRole("button", { name: "Preview its changes" }).click();
    await expect
      .poll(() => manager.getByLabel("Preview").textContent(), { timeout: 60_000 })
      .toMatch(/Preview, nothing written yet: 1 node changed/);
    expect(await manager.getByRole("button", { name: "Apply as previewed" }).isEnabled()).toBe(true);
    await manager.screenshot({ path: `${SHOTS}/plan-apply-preview.png`, fullPage: true });
    expect(await accessibilityViolations(manager)).toEqual([]);
  });

  it("shows the board the plan without applying, and the report's section on what a budget buys", async () => {
    await board.getByRole("link", { name: "Plan" }).click();
    await board.getByRole("heading", { name: /over 3 years buys/ }).waitFor({ timeout: 60_000 });
    expect(await board.getByRole("link", { name: "Apply this candidate…" }).count()).toBe(0);
    await board.getByRole("link", { name: "Board report" }).click();
    await board.getByLabel("Budget (£)").fill("200000");
    await board.getByRole("heading", { name: "What £200,000 buys over three years" }).waitFor({ timeout: 60_000 });
    await expect
      .poll(() => board.locator("section[aria-labelledby=budget-buys]").textContent(), { timeout: 60_000 })
      .toMatch(/Together they cost £[\d,]+ and lower the harm|No candidate change/);
    await board.screenshot({ path: `${SHOTS}/report-budget.png`, fullPage: true });
    expect(await accessibilityViolations(board)).toEqual([]);
  });
});
