import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { ENUM_WORDS, actionWords, pathWords, plain, plainText, summaryWords } from "../../server/model/plain-words.js";
import { dateEnGb, datesInWords, timeEnGb } from "../../server/model/date-words.js";

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

  it("reads every time in the en-GB form, in UTC and saying so, to the minute or the second", () => {
    expect(timeEnGb("2026-12-07T22:11:05.123Z")).toBe("7 December 2026, 22:11 UTC");
    expect(timeEnGb("2026-12-07T22:11:05.123Z", { seconds: true })).toBe("7 December 2026, 22:11:05 UTC");
    expect(timeEnGb("2027-07-01T00:30:00+01:00")).toBe("30 June 2027, 23:30 UTC");
    expect(timeEnGb("not a time")).toBe("not a time");
  });

  it("puts ISO dates and times inside a value into words, and leaves ids and other numbers alone", () => {
    expect(datesInWords("2026-12-07T22:11:05.123456789Z")).toBe("7 December 2026, 22:11 UTC");
    expect(datesInWords("due 2027-01-15, kept 2026-12-07T22:11")).toBe("due 15 January 2027, kept 7 December 2026, 22:11 UTC");
    expect(datesInWords("sys-2026-12-07 and 2026-13-45 and 12345-01-01")).toBe("sys-2026-12-07 and 2026-13-45 and 12345-01-01");
    expect(plainText("created at 2026-12-07T22:11:05Z, CLOUD_SERVICE")).toBe("created at 7 December 2026, 22:11 UTC, cloud service");
    expect(plainText("CHANGE")).toBe("changes made one by one");
  });

  it("leaves the machine verb off an audit summary: the action beside it says it in words", () => {
    expect(summaryWords("create: Ward fire")).toBe("Ward fire");
    expect(summaryWords("update: Ward fire")).toBe("Ward fire");
    expect(summaryWords("acceptance proposed: Ward fire")).toBe("Ward fire");
    expect(summaryWords("edit: nodes +1 ~0 -0, relationships +2 ~0 -0")).toBe("1 node added; 2 relationships added");
    expect(summaryWords("edit of 3 changes: nodes +0 ~3 -0, relationships +0 ~0 -0")).toBe("3 changes: 3 nodes changed");
    expect(summaryWords("MERGE import of 5 nodes and 4 relationships")).toBe("import (add and update) of 5 nodes and 4 relationships");
    expect(summaryWords("saved query 'x'")).toBe("saved query 'x'");
  });
});
