import { describe, expect, it } from "vitest";
import { valueDiff } from "../../client/src/features/audit/value-diff.js";

describe("an audit event's before and after as differences", () => {
  it("names each field added, removed and changed, with old and new values", () => {
    const before = { title: "Ransomware", likelihood: "MEDIUM", controls: [{ kind: "LIKELIHOOD_DOWN", levels: 1 }], owner: "Jo" };
    const after = {
      title: "Ransomware at the lab",
      likelihood: "MEDIUM",
      controls: [{ kind: "LIKELIHOOD_DOWN", levels: 2 }],
      nextReviewDate: "2027-03-01",
    };
    expect(valueDiff(before, after)).toEqual([
      { path: "title", kind: "changed", before: "Ransomware", after: "Ransomware at the lab" },
      { path: "controls[0].levels", kind: "changed", before: "1", after: "2" },
      { path: "nextReviewDate", kind: "added", after: "2027-03-01" },
      { path: "owner", kind: "removed", before: "Jo" },
    ]);
  });

  it("keys a list of records by their ids, so one removed from the middle is one removal", () => {
    const before = {
      systems: [
        { id: "sys-a", name: "A" },
        { id: "sys-b", name: "B" },
        { id: "sys-c", name: "C" },
      ],
    };
    const after = {
      systems: [
        { id: "sys-a", name: "A" },
        { id: "sys-c", name: "C (new)" },
      ],
    };
    expect(valueDiff(before, after)).toEqual([
      { path: "systems[sys-c].name", kind: "changed", before: "C", after: "C (new)" },
      { path: "systems[sys-b].id", kind: "removed", before: "sys-b" },
      { path: "systems[sys-b].name", kind: "removed", before: "B" },
    ]);
  });

  it("reads a creation as everything added, a deletion as everything removed, and nothing as nothing", () => {
    expect(valueDiff(null, { id: "risk-1", lost: [] })).toEqual([
      { path: "id", kind: "added", after: "risk-1" },
      { path: "lost", kind: "added", after: "(none)" },
    ]);
    expect(valueDiff({ id: "risk-1" }, null)).toEqual([{ path: "id", kind: "removed", before: "risk-1" }]);
    expect(valueDiff(null, null)).toEqual([]);
    expect(valueDiff("v1", "v2")).toEqual([{ path: "(value)", kind: "changed", before: "v1", after: "v2" }]);
  });
});
