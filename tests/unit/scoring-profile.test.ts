import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { InterchangeDocument } from "../../server/model/document.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { customProfile, DEFAULT_PROFILE } from "../../server/engine/profile.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));
const p = projectDocument(doc);
const engine = new Engine(p);
const net = p.indexOf.get("sys-net")!;

describe("scoring profiles", () => {
  it("names the default, and names a custom profile by its settings", () => {
    expect(customProfile({ ...DEFAULT_PROFILE }).name).toBe("default");
    const a = customProfile({ ...DEFAULT_PROFILE, escalation: false });
    const b = customProfile({ ...DEFAULT_PROFILE, escalation: false });
    expect(a.name).toMatch(/^custom-[0-9a-f]{12}$/);
    expect(a.name).toBe(b.name);
    expect(customProfile({ ...DEFAULT_PROFILE, recordFactor: 0.002 }).name).not.toBe(a.name);
  });

  it("escalation raises outpatients' level after each full tolerance; without it the level stays", () => {
    // Outpatients: SIGNIFICANT (2), 960 a day, tolerance 24 h, capability 0.5 (workaround 0.25 adds nothing).
    const at72 = (profile = DEFAULT_PROFILE) =>
      engine.scenario({ lost: [net], compromised: [], hours: 72 }, profile).services.find((s) => p.idOf(s.service) === "svc-outpatients")!;
    // W = 2, 4, 8 over [0,24), [24,48), [48,72): 40/h × 0.5 × 24 × (2 + 4 + 8)
    expect(at72().harm).toBeCloseTo(40 * 0.5 * 24 * 14, 9);
    expect(at72().consequence).toBe(4);
    const flat = customProfile({ ...DEFAULT_PROFILE, escalation: false });
    expect(at72(flat).harm).toBeCloseTo(40 * 0.5 * 72 * 2, 9);
    expect(at72(flat).consequence).toBe(2);
  });

  it("weights tiers and records as the profile says", () => {
    const ad = p.indexOf.get("sys-ad")!;
    const heavy = customProfile({ ...DEFAULT_PROFILE, tierWeights: [1, 1, 1, 1], recordFactor: 0.01 });
    expect(engine.scenario({ lost: [], compromised: [ad], hours: 24 }, heavy).confidentialityHarm).toBeCloseTo(
      (1_000_000 + 10_000) * 0.01,
      9,
    );
  });
});
