import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { customProfile, DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { InterchangeDocument } from "../../server/model/document.js";
import { assessRisks, type Assessment } from "../../server/analysis/assess.js";
import { lapseReason } from "../../server/register/lapse-rule.js";
import type { AcceptanceSnapshot } from "../../server/model/acceptance-model.js";
import { newRisk } from "../../server/register/risk-store.js";
import { registerProfile } from "../../server/register/register.js";

const snap: AcceptanceSnapshot = { rating: 3, consequence: "MAJOR", harm: 1000, graphVersion: 1, profile: "default" };
const now = (harm: number, residualRating = 3, residualHarm = harm) => ({ harm, residualHarm, residualRating }) as Assessment;

describe("the lapse threshold as a setting of the scoring profile", () => {
  it("is 25 % by default: a rise of 25 % stands, one past it lapses, a fall never does", () => {
    expect(DEFAULT_PROFILE.lapseHarmShare).toBe(0.25);
    expect(lapseReason(snap, now(1250))).toBeNull();
    expect(lapseReason(snap, now(1251))).toMatch(/^harm rose from 1,000 to 1,251 \(\+25 %\), more than 25 %$/);
    expect(lapseReason(snap, now(10))).toBeNull();
    expect(lapseReason(snap, now(1000, 4))).toBe("residual rating rose from 3 to 4");
  });

  it("compares the scenario's availability and confidentiality harm (model section 12), not the harm left after controls", () => {
    expect(lapseReason(snap, now(1000, 3, 5000))).toBeNull();
    expect(lapseReason(snap, now(1300, 3, 100))).toMatch(/^harm rose from 1,000 to 1,300/);
  });

  it("follows the profile's share, and names a profile by it only when it is not the default", () => {
    const loose = registerProfile(1);
    expect(loose.lapseHarmShare).toBe(1);
    expect(lapseReason(snap, now(1900), loose.lapseHarmShare)).toBeNull();
    expect(lapseReason(snap, now(2100), loose.lapseHarmShare)).toMatch(/more than 100 %$/);
    expect(registerProfile().name).toBe("default");
    expect(loose.name).toMatch(/^custom-[0-9a-f]{12}$/);
    // A profile named before the setting existed keeps its name.
    expect(customProfile({ ...DEFAULT_PROFILE, escalation: false }).name).toBe("custom-f19930b02f20");
  });
});

describe("risks assessed together", () => {
  it("give what each gives alone, with scenarios and controls shared", () => {
    const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));
    const engine = new Engine(projectDocument(doc));
    const base = {
      title: "t",
      description: "",
      threat: "RANSOMWARE" as const,
      likelihood: "MEDIUM" as const,
      owner: "o",
      organisation: null,
      treatment: "TREAT" as const,
      status: "OPEN" as const,
      nextReviewDate: "2030-01-01",
    };
    const risk = (lost: string[], controls: Parameters<typeof newRisk>[0]["controls"] = []) =>
      newRisk({ ...base, scenario: { lost, compromised: [], hours: 24 }, controls }, "2026-01-01T00:00:00Z");
    const redundancy = [{ kind: "REDUNDANCY" as const, name: "Second link", from: "sys-epr", to: "sys-net" }];
    const risks = [risk(["sys-net"]), risk(["sys-net"], redundancy), risk(["sys-net"], redundancy), risk(["sys-net", "gone"])];
    const together = assessRisks(engine, risks);
    expect(together).toEqual(risks.map((r) => assessRisks(engine, [r])[0]));
    expect(together[1]!.residualHarm).toBeLessThanOrEqual(together[0]!.residualHarm);
    expect(together[3]!.unresolved).toEqual(["gone"]);
  });
});
