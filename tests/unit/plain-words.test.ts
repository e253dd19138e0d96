import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { ENUM_WORDS, actionWords, dateEnGb, pathWords, plain, plainText } from "../../server/model/plain-words.js";

const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));
const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith("__"));

describe("the one vocabulary", () => {
  it("has words for every value of every enum in schema.graphql", () => {
    const missing: string[] = [];
    for (const e of enums) {
      if (!isEnumType(e)) continue;
      const words = (ENUM_WORDS as Record<string, Record<string, string> | undefined>)[e.name];
      for (const v of e.getValues()) if (!words?.[v.name]) missing.push(`${e.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
    expect(enums.length).toBeGreaterThan(20);
  });

  it("has no words left in SHOUTY_CASE or with underscores", () => {
    for (const words of Object.values(ENUM_WORDS)) for (const w of Object.values(words)) expect(w).not.toMatch(/_|[A-Z]{2,}_/);
  });

  it("reads dates, paths, actions and stray enum values in plain English", () => {
    expect(dateEnGb("2027-01-15")).toBe("15 January 2027");
    expect(dateEnGb("2027-01-15T10:00:00Z")).toBe("15 January 2027");
    expect(plain("CLOUD_SERVICE")).toBe("cloud service");
    expect(plain("LIKELIHOOD_DOWN")).toBe("makes it less likely");
    expect(plain("patientsPerDay")).toBe("patients per day");
    expect(pathWords(["input", "changes", 0, "node", "careService", "organisation"])).toBe(
      "changes › #1 › node › care service › organisation",
    );
    expect(pathWords("document.systems[sys-a].kind")).toBe("systems › sys-a › kind");
    expect(actionWords("graph.change")).toBe("changed the model");
    expect(plainText('expected one of "FAILS"|"DEGRADES" and DEPENDS_ON, at A&E')).toBe(
      'expected one of "stops"|"is degraded" and depends on, at A&E',
    );
  });
});
