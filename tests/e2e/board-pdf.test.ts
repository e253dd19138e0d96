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
  since: "2026-11-01",
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
    people: { patientsDisruptedPerDay: 190 * (10 - k), servicesStopped: 1, servicesDegraded: 2, recordsExposed: 120_000 * (10 - k) },
  })),
  heatMap: [{ likelihood: "HIGH", consequence: "CATASTROPHIC", count: 1 }],
  decisions: [
    {
      kind: "WAITING",
      title: "Loss of the shared HSCN link",
      owner: "Gwenllïan Parry",
      detail: "Acceptance proposed by Siân Ffôn on 1 December 2026, until 30 June 2027: waiting for a decision.",
    },
  ],
  changes: ["1 recorded change since 2026-11-01."],
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
    expect(text).toMatch(/Decisions for the board/);
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
});
