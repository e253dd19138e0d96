import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BoardReport } from "../../server/report/board-report.js";
import { boardReportPdf } from "../../server/report/pdf.js";

const SHOTS = "tests/e2e/screenshots";

/** A report with names a Welsh or French trust would print, and more assets than one page holds beside the rest. */
const report: BoardReport = {
  generatedAt: "2026-12-02T10:00:00.000Z",
  graphVersion: 7,
  coverage: { organisation: "org-bcuhb", name: "Betsi Cadwaladr University Health Board" },
  marking: "OFFICIAL-SENSITIVE",
  summary: "The register holds 1 open risk; the highest residual rating is 4 of 5 (Ransomware at Ysbyty Gwynedd's pathology partner).",
  topRisks: [
    {
      title: "Ransomware at Ysbyty Gwynedd's pathology partner",
      owner: "Siân Ffôn",
      consequence: "catastrophic",
      inherentRating: 5,
      residualRating: 4,
      overdue: true,
    },
  ],
  topAssets: Array.from({ length: 10 }, (_, k) => ({
    rank: k + 1,
    name: k === 0 ? "Système de dossiers — Hôpital Saint-Étienne" : `Asset ${k + 1}`,
    kind: "System",
    organisation: "Betsi Cadwaladr University Health Board (Bwrdd Iechyd Prifysgol Betsi Cadwaladr)",
    score: 1000 * (10 - k),
    availabilityHarm: 700 * (10 - k),
    confidentialityHarm: 300 * (10 - k),
    owner: k === 1 ? null : "Dr Rhodri Ellis-Jones",
    risk: k === 0 ? { title: "Ransomware at Ysbyty Gwynedd's pathology partner", residualRating: 4, owner: "Siân Ffôn" } : null,
    people: { patientsDisruptedPerDay: 190 * (10 - k), servicesStopped: 1, servicesDegraded: 2, recordsExposed: 120_000 * (10 - k) },
  })),
  breaches: {
    services: 12,
    withTolerance: 40,
    worst: Array.from({ length: 10 }, (_, k) => ({
      service: k === 0 ? "Adran Achosion Brys (Emergency Department)" : `Service ${k + 1}`,
      organisation: "Betsi Cadwaladr University Health Board",
      severity: "catastrophic",
      toleranceHours: 4,
      through: k === 0 ? "Welsh Patient Administration System" : `System ${k + 1}`,
      recoveryHours: k === 1 ? null : 72,
      assets: k === 0 ? 3 : 1,
    })),
  },
  singlePoints: [
    {
      service: "Adran Achosion Brys (Emergency Department)",
      organisation: "Betsi Cadwaladr University Health Board",
      severity: "catastrophic",
      patientsPerDay: 240,
      points: ["Core network", "Welsh Patient Administration System"],
    },
    { service: "Maternity", organisation: "Betsi Cadwaladr University Health Board", severity: "major", patientsPerDay: 30, points: [] },
  ],
  suppliers: [
    {
      name: "Vaultline Backup Services",
      organisations: 9,
      services: 0,
      availabilityHarm: 0,
      confidentialityHarm: 90_000,
      recordsExposed: 2_400_000,
    },
  ],
  changes: {
    previous: { madeAt: "2026-11-01T09:00:00.000Z", madeBy: "Gwenllïan Parry" },
    lines: ["Welsh Patient Administration System entered the top ten at 3."],
  },
  completeness: [
    { what: "Care services, systems and data stores without an owner", count: 25, of: 200 },
    { what: "Care services without an impact tolerance (no breach can be found for them)", count: 0, of: 40 },
  ],
  heatMap: [{ likelihood: "HIGH", consequence: "CATASTROPHIC", count: 1 }],
  decisions: [
    {
      kind: "WAITING",
      title: "Loss of the shared HSCN link",
      owner: "Gwenllïan Parry",
      detail: "Acceptance proposed by Siân Ffôn on 1 December 2026, until 30 June 2027: waiting for a decision.",
    },
  ],
  budget: {
    budget: 400_000,
    years: 3,
    chosen: [
      { name: "Paper workaround for blood transfusion at Ysbyty Gwynedd", cost: 33_000 },
      { name: "Second HSCN link", cost: 150_000 },
    ],
    cost: 183_000,
    expectedHarmBefore: 223_306,
    expectedHarmAfter: 166_095,
    patientsBefore: 420,
    patientsAfter: 310,
    exact: true,
    leftOut: ["Tested restores for the retired EPR"],
  },
  auditHead: { seq: 12, hash: "f".repeat(64), at: "2026-12-01T09:00:00.000Z" },
};

describe("the board report's PDF", () => {
  it("prints every name as written, with the heat map, the bars' legend and the weighted-patients line", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const file = `${SHOTS}/board-report-names.pdf`;
    writeFileSync(file, await boardReportPdf(report));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const name of ["Ysbyty Gwynedd", "Siân Ffôn", "Système de dossiers — Hôpital Saint-Étienne", "Bwrdd Iechyd Prifysgol"])
      expect(text).toContain(name);
    expect(text).toMatch(/highest residual rating is 4 of 5/);
    expect(text).toMatch(/Harm is counted in weighted patients/);
    expect(text).toMatch(/Open risks by likelihood and consequence/);
    expect(text).toMatch(/Decisions asked of the board/);
    expect(text).toContain("Gwenllïan Parry");
    // The matrix's axes are named and its cells say their band in words, not by colour alone.
    expect(text).toMatch(/Likelihood/);
    expect(text).toMatch(/Consequence/);
    expect(text).toMatch(/must be controlled/);
    expect(text).toMatch(/very high\s+undesirable/);
    expect(text).toMatch(/care lost\s+■?\s*data exposed/);
    expect(text).toMatch(/review overdue/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(`page ${pages} of ${pages}`);
  });

  it("answers the board section by section: whose, when, marked, assets with risk and owner, breaches, single points, suppliers, change, completeness", async () => {
    const file = `${SHOTS}/board-report-sections.pdf`;
    writeFileSync(file, await boardReportPdf(report));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    // Whose it is, the date in words and the marking at the top and foot of every page.
    expect(text).toContain("Board report for Betsi Cadwaladr University Health Board: critical systems and patient harm");
    expect(text).toContain("Made on 2 December 2026");
    expect(text.match(/OFFICIAL-SENSITIVE/g)?.length).toBeGreaterThanOrEqual(2 * pages);
    // It leads with people: the summary comes before every section.
    expect(text.indexOf("open risk")).toBeLessThan(text.indexOf("Top ten assets to protect"));
    expect(text).toContain("1,900 patients a day, 1.2 million records");
    // Each top asset with its owner and its risk, or none held.
    expect(text).toContain(
      "owner Dr Rhodri Ellis-Jones; risk held: Ransomware at Ysbyty Gwynedd's pathology partner (residual rating 4, owner Siân Ffôn)",
    );
    expect(text).toContain("no owner named; no risk held");
    expect(text.match(/no risk held/g)).toHaveLength(9);
    // Tolerance breaches: how many, the worst, the recovery time behind.
    expect(text).toContain("12 care services of the 40 with an impact tolerance would stay disrupted beyond it");
    expect(text).toContain(
      "Welsh Patient Administration System takes 3 days to bring back; tolerance 4 hours; the loss of any one of 3 systems, data stores or suppliers would breach it",
    );
    expect(text).toContain("System 2 takes an unrecorded time to bring back");
    // Single points of failure and supplier concentration.
    expect(text).toContain("Single points of failure of the most harmful services");
    expect(text).toContain("Core network, Welsh Patient Administration System");
    expect(text).toContain("none: no one system, data store or supplier stops it alone");
    expect(text).toContain(
      "Vaultline Backup Services 0 90,000 across the whole system, reaches 9 organisations and 0 care services; 2.4 million records exposed",
    );
    // Change since the last kept report, and completeness with shares.
    expect(text).toContain("What changed since the report kept on 1 November 2026 (made by Gwenllïan Parry)");
    expect(text).toContain("Welsh Patient Administration System entered the top ten at 3.");
    expect(text).toContain("Care services, systems and data stores without an owner 25 of 200 (13%)");
    expect(text).toContain("0 of 40 (0%)");
    // What the budget given on the report page buys: the chosen set with costs, the harm before and after, what was left out.
    expect(text).toContain("What £400,000 buys over 3 years");
    expect(text).toContain("Paper workaround for blood transfusion at Ysbyty Gwynedd £33,000");
    expect(text).toContain(
      "Together they cost £183,000 and lower the harm to patients expected in a year from 223,306 to 166,095 weighted patients; counting each risk by its likelihood, patients a day who lose their care fall from about 420 to 310.",
    );
    expect(text).toContain("Left out as they no longer fit the model: Tested restores for the retired EPR.");
    // No page holds a heading or line left alone: each has more than its header, footer and one line.
    for (let page = 1; page <= pages; page++) {
      const lines = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" })
        .split("\n")
        .filter((l) => l.trim() && !/OFFICIAL-SENSITIVE|^Board report for .*: page/.test(l));
      expect(lines.length, `page ${page}`).toBeGreaterThan(3);
    }
  });

  it("prints no raw enum value, no id where a name belongs and no ISO date, and says how to use the audit head in words", async () => {
    const file = `${SHOTS}/board-report-plain.pdf`;
    writeFileSync(file, await boardReportPdf(report));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    const flat = text.replace(/\s+/g, " ");
    const leaks = [...text.matchAll(/\b[A-Z]+_[A-Z]+\b|\b(?:sys|svc|ds|org|sup)-[a-z0-9]|\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]);
    expect(leaks).toEqual([]);
    expect(flat).toContain("Verified up to event 12 on 1 December 2026, 09:00 UTC");
    expect(flat).toContain("Keep this page: the audit trail can later be asked whether it still holds that event unchanged.");
    expect(flat).not.toMatch(/verifyAuditChain|knownHead/);
  });

  it("says a first report is the first", async () => {
    const file = `${SHOTS}/board-report-first.pdf`;
    const first: BoardReport = {
      ...report,
      marking: "OFFICIAL",
      coverage: { organisation: null, name: "the whole system" },
      changes: { previous: null, lines: ["This is the first report kept for what it covers: there is no earlier report to compare with."] },
      budget: null,
    };
    writeFileSync(file, await boardReportPdf(first));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Board report for the whole system");
    expect(text).toContain("What changed This is the first report kept");
    expect(text).not.toContain("OFFICIAL-SENSITIVE");
    // No budget given: no section on what one buys.
    expect(text).not.toContain("buys over");
  });
});
