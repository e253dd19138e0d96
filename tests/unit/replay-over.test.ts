import { describe, expect, it } from "vitest";
import { GraphReplay, replayOver, type RemovedEntries } from "../../server/history/replay.js";
import { emptyDocument, type InterchangeDocument } from "../../server/model/document.js";

const org = { id: "org-a", name: "Org A", type: "ACUTE_TRUST" as const };
const system = (id: string, recoveryHours?: number) => ({
  id,
  name: id,
  organisation: "org-a",
  kind: "APPLICATION" as const,
  ...(recoveryHours === undefined ? {} : { recoveryHours }),
});
const dep = (from: string, to: string, group?: string) => ({ from, to, effect: "FAILS" as const, ...(group ? { group, share: 0.5 } : {}) });
const none = (): RemovedEntries => ({ nodes: [], dependencies: [], accesses: [], administers: [] });

const base: InterchangeDocument = {
  ...emptyDocument(),
  organisations: [org],
  careServices: [{ id: "svc", name: "svc", organisation: "org-a", severity: "MAJOR", patientsPerDay: 10 }],
  systems: [system("a", 4), system("b"), system("c")],
  dataStores: [{ id: "ds", name: "ds", organisation: "org-a", records: 5, sensitivity: "T1" }],
  dependencies: [dep("svc", "a"), dep("svc", "b"), dep("a", "c")],
  accesses: [{ system: "a", dataStore: "ds" }],
};

const changes = [
  // A restore shortened, a dependency removed, a new alternative in a group.
  {
    removed: { ...none(), dependencies: [{ from: "svc", to: "b" }] },
    write: { ...emptyDocument(), systems: [system("a", 1), system("alt")], dependencies: [dep("svc", "a", "g"), dep("svc", "alt", "g")] },
  },
  // The next one removes what the first wrote, and writes a node under another label.
  {
    removed: { ...none(), nodes: ["alt"], dependencies: [{ from: "svc", to: "alt" }], accesses: [{ system: "a", dataStore: "ds" }] },
    write: { ...emptyDocument(), suppliers: [{ id: "c", name: "c as a supplier" }], systems: [system("a", 2)] },
  },
];

/** Each list in a fixed order, to compare content whatever the order entries come in. */
function sorted(doc: InterchangeDocument): InterchangeDocument {
  const out = emptyDocument();
  for (const key of Object.keys(out) as Array<keyof InterchangeDocument>)
    (out[key] as unknown[]) = [...(doc[key] as unknown[])].map((e) => JSON.stringify(e)).sort();
  return out;
}

describe("a base with changes replayed over it", () => {
  it("holds what GraphReplay gives, every removal and every later write applied in turn", () => {
    const replay = new GraphReplay();
    replay.apply(base, "REPLACE");
    for (const c of changes) {
      replay.remove(c.removed);
      replay.apply(c.write, "MERGE");
    }
    const got = replayOver(base, changes);
    expect(sorted(got)).toEqual(sorted(replay.document()));
    expect(got.systems.find((s) => s.id === "a")?.recoveryHours).toBe(2);
    expect(got.systems.some((s) => s.id === "alt" || s.id === "c")).toBe(false);
    expect(got.suppliers.map((s) => s.id)).toEqual(["c"]);
    expect(got.accesses).toEqual([]);
    // The base itself is left as it was.
    expect(base.systems.map((s) => s.recoveryHours)).toEqual([4, undefined, undefined]);
  });
});
