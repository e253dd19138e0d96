import { describe, expect, it } from "vitest";
import { mapClaims, parseMapping } from "../../server/auth/oidc/mapping.js";

const FILE = [
  "# Trust risk managers by group, the ICS team for all, the board, and one named acceptor",
  '{"when": {"claim": "groups", "value": "rvr-risk"}, "role": "RISK_MANAGER", "organisations": ["org-rvr"]}',
  '{"when": {"claim": "roles", "value": "RiskManager"}, "role": "RISK_MANAGER", "organisations": "FROM_CLAIM"}',
  '{"when": {"claim": "groups", "value": "ics-board"}, "role": "BOARD", "organisations": "ALL"}',
  "",
  '{"when": {"claim": "sub", "value": "cso-1"}, "grant": "risk:accept"}',
].join("\n");

describe("the sign-in mapping", () => {
  const m = parseMapping(FILE);

  it("gives the first matching line's role and organisations", () => {
    expect(mapClaims(m, { sub: "a", groups: ["x", "rvr-risk"] })).toEqual({
      ok: true,
      role: "RISK_MANAGER",
      scope: ["org-rvr"],
      extra: [],
    });
    expect(mapClaims(m, { sub: "b", roles: "RiskManager", organisation: "org-nmg" })).toEqual({
      ok: true,
      role: "RISK_MANAGER",
      scope: ["org-nmg"],
      extra: [],
    });
    expect(mapClaims(m, { sub: "cso-1", groups: ["ics-board"] })).toEqual({
      ok: true,
      role: "BOARD",
      scope: "ALL",
      extra: ["risk:accept"],
    });
  });

  it("refuses claims that map to no role, saying which claims it read", () => {
    const r = mapClaims(m, { sub: "c", groups: ["everyone"] });
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/groups: everyone.*give no role/) });
    expect(mapClaims(m, { sub: "d", roles: "RiskManager" })).toEqual({ ok: false, reason: expect.stringMatching(/names no organisation/) });
  });

  it("stops on a bad line, naming it", () => {
    expect(() => parseMapping(FILE.replace('"BOARD"', '"CHAIR"'))).toThrow(/^mapping:4: role/);
    expect(() => parseMapping("{not json")).toThrow(/^mapping:1: not JSON/);
    expect(() => parseMapping('{"when": {"claim": "sub", "value": "x"}, "grant": "risk:accept"}')).toThrow(/no line gives a role/);
  });
});
