import { describe, expect, it } from "vitest";
import { changesSince } from "../../server/report/sections/changes.js";
import type { KeptFigures } from "../../server/report/store.js";

const figures = (over: Partial<KeptFigures> = {}): KeptFigures => ({
  topAssets: [
    { name: "Active Directory", rank: 1 },
    { name: "Core network", rank: 2 },
  ],
  breachServices: 4,
  risks: [
    { id: "r1", title: "Ransomware at the pathology partner", organisation: "org-a", residualRating: 4 },
    { id: "r2", title: "Loss of the HSCN link", organisation: "org-b", residualRating: 3 },
  ],
  completeness: [{ what: "Care services without an impact tolerance", count: 2 }],
  ...over,
});
const kept = (f: KeptFigures) => ({
  coverage: "ALL",
  madeAt: "2026-11-01T09:00:00.000Z",
  madeBy: "Siân Ffôn",
  graphVersion: 3,
  figures: f,
});

describe("what changed since the last kept report", () => {
  it("says a first report is the first", () => {
    const c = changesSince(null, figures(), "ALL");
    expect(c.previous).toBeNull();
    expect(c.lines).toEqual(["This is the first report kept for what it covers: there is no earlier report to compare with."]);
  });

  it("says nothing changed, with the kept report's date in words", () => {
    expect(changesSince(kept(figures()), figures(), "ALL").lines).toEqual(["Nothing in these figures has changed since 1 November 2026."]);
  });

  it("names moves in the top ten, breaches, risks opened, closed and re-rated, and completeness", () => {
    const now = figures({
      topAssets: [
        { name: "Core network", rank: 1 },
        { name: "EPR", rank: 2 },
      ],
      breachServices: 6,
      risks: [
        { id: "r1", title: "Ransomware at the pathology partner", organisation: "org-a", residualRating: 5 },
        { id: "r3", title: "Device fleet failure", organisation: "org-a", residualRating: 2 },
      ],
      completeness: [{ what: "Care services without an impact tolerance", count: 0 }],
    });
    expect(changesSince(kept(figures()), now, "ALL").lines).toEqual([
      "Core network moved from 2 to 1 in the top ten.",
      "EPR entered the top ten at 2.",
      "Active Directory left the top ten (it was 1).",
      "Services whose impact tolerance a loss would breach: 4 then, 6 now.",
      "Ransomware at the pathology partner: residual rating 4 then, 5 now.",
      "New open risk: Device fleet failure (residual rating 2).",
      "Loss of the HSCN link is no longer an open risk.",
      "Care services without an impact tolerance: 2 then, 0 now.",
    ]);
    // A reader scoped to one organisation is not told of another's risks.
    expect(changesSince(kept(figures()), now, ["org-a"]).lines).not.toContain("Loss of the HSCN link is no longer an open risk.");
  });
});
