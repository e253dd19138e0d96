import { describe, expect, it } from "vitest";
import { IsoDate } from "../../server/model/iso-date.js";
import { RiskInput } from "../../server/model/risk-model.js";

describe("dates as YYYY-MM-DD", () => {
  it("accepts days that exist and refuses those that do not", () => {
    expect(["2024-02-29", "2025-12-31"].map((d) => IsoDate.safeParse(d).success)).toEqual([true, true]);
    expect(
      ["2025-02-31", "2025-02-29", "2025-04-31", "2025-13-01", "2025-1-01", "25-01-01"].map((d) => IsoDate.safeParse(d).success),
    ).toEqual(Array(6).fill(false));
  });

  it("refuses a risk whose next review falls on a day that does not exist", () => {
    const r = RiskInput.safeParse({
      title: "t",
      owner: "o",
      threat: "OTHER",
      likelihood: "LOW",
      treatment: "TREAT",
      scenario: {},
      nextReviewDate: "2025-02-31",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["nextReviewDate", "must be a date as YYYY-MM-DD"]);
  });
});
