import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { consequenceReason } from "../../client/src/features/blast-radius/service-chain.js";
import { MEANING } from "../../client/src/features/model/data-quality-list.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { rankAssets, rowsOf } from "../../server/engine/ranking.js";
import { InterchangeDocument } from "../../server/model/document.js";
import { SEVERITIES } from "../../server/model/vocabulary.js";
import { riskChangeWords } from "../../server/report/board-report.js";

type Impact = Parameters<typeof consequenceReason>[0];
const impact = (severity: string, tol: number | null, consequence: string): Impact =>
  ({ service: { severity, impactToleranceHours: tol }, consequence }) as unknown as Impact;

describe("explanations that do not contradict themselves", () => {
  it("never says a tolerance is not passed once the hours reach it", () => {
    for (const own of SEVERITIES)
      for (const tol of [null, 2, 8, 24])
        for (const hours of [1, 4, 24, 72]) {
          const reason = consequenceReason(impact(own, tol, own), hours)!;
          if (tol !== null && hours >= tol) expect(reason, `${own}, ${tol} h at ${hours} h`).not.toMatch(/not passed/);
          if (tol !== null && hours < tol) expect(reason).toMatch(/not passed/);
        }
    expect(consequenceReason(impact("MAJOR", 2, "MAJOR"), 24)).toBe(
      "Its own severity is major; it was not disrupted for a full impact tolerance of 2 h, so it did not escalate.",
    );
    expect(consequenceReason(impact("MAJOR", 2, "CATASTROPHIC"), 24)).toMatch(/escalated 1 level to catastrophic/);
  });

  it("does not say systems nothing depends on rank at the bottom when their compromise ranks them", () => {
    const doc = JSON.parse(readFileSync("seed/worked-example.json", "utf8")) as {
      systems: Array<Record<string, unknown>>;
      accesses: Array<Record<string, unknown>>;
    };
    // A reporting tool nothing depends on that reads the mental-health records.
    doc.systems.push({ id: "sys-reports", name: "Reporting tool", organisation: "org-a", kind: "APPLICATION" });
    doc.accesses.push({ system: "sys-reports", dataStore: "ds-mh" });
    const p = projectDocument(InterchangeDocument.parse(doc));
    const rows = rowsOf(rankAssets(new Engine(p), 24, DEFAULT_PROFILE));
    const at = rows.findIndex((r) => p.idOf(r.node) === "sys-reports");
    expect(rows[at]!.score).toBeGreaterThan(0);
    expect(at).toBeLessThan(rows.length - 1);
    expect(MEANING.SYSTEM_NOTHING_DEPENDS_ON).not.toMatch(/bottom/);
    expect(MEANING.SYSTEM_NOTHING_DEPENDS_ON).toMatch(/compromise/);
  });

  it("names a new risk by its residual rating on the board page, as the top risks do", () => {
    const words = riskChangeWords({ title: "EPR outage", fromRating: null, toRating: 5, fromResidualRating: null, toResidualRating: 4 });
    expect(words).toBe("New risk: EPR outage (residual rating 4, inherent 5).");
    expect(words).not.toMatch(/\brated 5\b/);
  });
});
