import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

let e2e: E2e;
let page: Page;

beforeAll(async () => {
  e2e = await openE2e();
  page = (await e2e.signedIn("BOARD", "Blair Board", { acceptDownloads: true })).page;
});

afterAll(async () => {
  await e2e?.close();
});

/** The first sheet of a downloaded workbook, as rows of text. */
async function rowsOf(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))),
  );
  return rows;
}

describe("the exports a trust is asked for", () => {
  it("downloads an organisation's essential-function register and the risk register from the board report", async () => {
    await page.getByRole("link", { name: "Board report" }).click();
    await page.getByRole("combobox", { name: "Exports of one organisation:" }).fill("Riverside");
    await page
      .getByRole("option", { name: /Riverside.*organisation/ })
      .first()
      .click();
    await page.screenshot({ path: `${SHOTS}/report-exports.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    const [functions] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download XLSX" }).click()]);
    expect(functions.suggestedFilename()).toMatch(/^essential-functions-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await rowsOf((await functions.path())!);
    expect(rows[0]![0]).toMatch(/^Essential-function register: Riverside/);
    const head = rows.findIndex((r) => r[0] === "Care service");
    const transfusion = rows.slice(head + 1).find((r) => /transfusion/i.test(r[0]!));
    expect(transfusion, "blood transfusion is one of Riverside's services").toBeDefined();
    expect(transfusion![8]).not.toBe("");

    const [register] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Risk register (XLSX)" }).click(),
    ]);
    const riskRows = await rowsOf((await register.path())!);
    expect(riskRows[0]![0]).toBe("Risk register");
    expect(riskRows.some((r) => r[0] === "Id" && r.includes("Inherent rating (1-5)"))).toBe(true);

    const [evidence] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Evidence workbook (XLSX)" }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await evidence.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["A3.a Assets", "A4 Suppliers", "B5.a Restore order", "D1 Exercises"]);
    const [summary] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Summary (PDF)" }).click()]);
    expect(summary.suggestedFilename()).toMatch(/^dspt-evidence-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it("shows one organisation's board report, marked as chosen", async () => {
    await page.getByRole("combobox", { name: "Report for the whole system, or for one organisation:" }).fill("Riverside");
    await page
      .getByRole("option", { name: /Riverside.*organisation/ })
      .first()
      .click();
    await page.getByLabel("Protective marking").selectOption("OFFICIAL");
    const article = page.locator(".report article");
    await expect.poll(() => article.locator(".report-title").textContent(), { timeout: 30_000 }).toMatch(/^Board report for Riverside/);
    await expect.poll(() => article.locator(".marking").textContent()).toBe("OFFICIAL");
    for (const heading of [
      "Impact-tolerance breaches",
      "Single points of failure of the most harmful services",
      "How complete the model is",
    ])
      expect(await article.getByRole("heading", { name: heading }).count()).toBe(1);
    expect(await article.textContent()).toMatch(/This is the first report kept/);
    await page.screenshot({ path: `${SHOTS}/board-report-organisation.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
