import { describe, expect, it } from "vitest";
import { riskFieldProblems } from "../../client/src/features/register/risk-field-problems.js";

describe("a refused new risk's problems beside the form's fields", () => {
  it("puts each problem the API names beside its field, the scenario's parts beside the scenario", () => {
    const shown = riskFieldProblems({
      summary: "3 problems",
      problems: [
        { path: "$.input.title", message: "title must not be empty" },
        { path: "$.input.scenario.lost[0]", message: "unknown node 'sys-nope'" },
        { path: "$.input.scenario", message: "the scenario must name at least one lost or compromised node" },
        { path: "$.input.nextReviewDate", message: "not a date" },
        { path: "$.input.organisation", message: "outside your organisations" },
      ],
    });
    expect(shown).toEqual({
      title: "title must not be empty",
      scenario: "unknown node 'sys-nope' the scenario must name at least one lost or compromised node",
      next: "not a date",
    });
  });

  it("marks nothing when nothing was refused", () => {
    expect(riskFieldProblems(null)).toEqual({});
  });
});
