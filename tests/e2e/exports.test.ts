import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { openE2e, openPage, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

let e2e: E2e;
let page: Page;
let token = "";

beforeAll(async () => {
  e2e = await openE2e();
  ({ page, token } = await e2e.signedIn("BOARD", "Blair Board", { acceptDownloads: true }));
});

afterAll(async () => {
  await e2e?.close();
});

/** A sheet as rows of text. */
function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return rows;
}

/** The first sheet of a downloaded workbook, as rows of text. */
async function rowsOf(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return sheetRows(wb.worksheets[0]!);
}

/**
 * Columns kept machine-readable on purpose (docs/api.md, "Exports"): the "Id" column, which a
 * trust's own tools join on. Every other cell, title and note reads in words.
 */
const ID_COLUMNS = new Set(["Id"]);
const RAW = /\b[A-Z]+_[A-Z]+\b|\b(?:sys|svc|ds|org|sup)-[a-z0-9]|\d{4}-\d{2}-\d{2}/g;

/** Raw enum values, ids where names belong and ISO dates in a table's cells, outside its id columns (after its head row). */
function leaksIn(rows: string[][]): string[] {
  const head = rows.findIndex((r) => r.some((c) => ID_COLUMNS.has(c)));
  const ids = new Set(head < 0 ? [] : rows[head]!.flatMap((c, i) => (ID_COLUMNS.has(c) ? [i] : [])));
  return rows.flatMap((r, k) =>
    r.flatMap((cell, i) =>
      k > head && ids.has(i) ? [] : [...cell.matchAll(RAW)].map((m) => `row ${k + 1}, column ${i + 1}: ${m[0]} in “${cell}”`),
    ),
  );
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
    expect(leaksIn(rows)).toEqual([]);
    expect(rows[1]![0]).toMatch(/^Made \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC by/);

    const [register] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Risk register (XLSX)" }).click(),
    ]);
    const riskRows = await rowsOf((await register.path())!);
    expect(riskRows[0]![0]).toBe("Risk register");
    expect(riskRows.some((r) => r[0] === "Id" && r.includes("Inherent rating (1-5)"))).toBe(true);
    expect(leaksIn(riskRows)).toEqual([]);
    // The CSV has the same columns and rows; it too reads in words outside the id column.
    const csv = await fetch(`${e2e.server.base}/exports/register.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    const csvRows = parse(await csv.text()) as string[][];
    expect(csvRows[0]![0]).toBe("Id");
    expect(csvRows.length).toBeGreaterThan(1);
    expect(leaksIn(csvRows)).toEqual([]);

    const [evidence] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Evidence workbook (XLSX)" }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await evidence.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["A3.a Assets", "A4 Suppliers", "B5.a Restore order", "D1 Exercises"]);
    for (const ws of wb.worksheets) expect(leaksIn(sheetRows(ws)), ws.name).toEqual([]);
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

  it("saves the explorer's blast radius as CSV in words outside its Id column: the services lost and the stores exposed, each path by name", async () => {
    await openPage(page, e2e.server.base, "#explorer?lost=sup-mpp&compromised=sys-rvr-ad&hours=24");
    await expect.poll(() => page.locator(".totals").textContent(), { timeout: 30_000 }).toMatch(/care services affected/);
    await page.screenshot({ path: `${SHOTS}/explorer-csv-board.png` });
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save impacts as CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^blast-radius-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(readFileSync((await csv.path())!, "utf8")) as string[][];
    expect(rows[0]).toEqual([
      "Kind",
      "Id",
      "Name",
      "Organisation",
      "Status",
      "Capability",
      "Consequence",
      "Sensitivity",
      "Records",
      "Harm (weighted patients)",
      "Horizon (hours)",
      "Scoring profile",
      "Path",
    ]);
    expect(rows.filter((r) => r[0] === "care service").length).toBeGreaterThan(0);
    const exposed = rows.filter((r) => r[0] === "exposed data store");
    expect(exposed.length).toBeGreaterThan(0);
    expect(exposed[0]![12]).toMatch(/^Active Directory > /);
    expect(leaksIn(rows)).toEqual([]);
  });
});
