import { describe, expect, it } from "vitest";
import { peopleChange } from "../../client/src/features/plan/people-change.js";
import { figureChange } from "../../server/model/people-words.js";
import type { BoardReport } from "../../server/report/board-report.js";
import { budget } from "../../server/report/pdf/budget.js";

describe("the Plan page's people line", () => {
  it("says a figure falls from one number to another when the chosen set lowers it", () => {
    expect(
      peopleChange(
        { patientsDisruptedPerDay: 4_120.4, recordsExposed: 90_000 },
        { patientsDisruptedPerDay: 3_983, recordsExposed: 12_500 },
      ),
    ).toBe(
      "In people, counting each risk by how likely it is in a year: patients a day who lose their care fall from about 4,120 to 3,983; health records exposed fall from about 90,000 to 12,500.",
    );
  });

  it("says plainly that the chosen set does not change a figure it leaves where it was", () => {
    const line = peopleChange(
      { patientsDisruptedPerDay: 3_983.2, recordsExposed: 90_000 },
      { patientsDisruptedPerDay: 3_982.9, recordsExposed: 1_000 },
    );
    expect(line).toContain("patients a day who lose their care stay at about 3,983, as the chosen set does not change them;");
    expect(line).not.toMatch(/from about 3,983 to 3,983/);
    expect(line).toContain("health records exposed fall from about 90,000 to 1,000.");
  });
});

describe("one wording for a people figure's change, on the Plan page and in the board report's budget section", () => {
  it("says a figure the set leaves where it was stays there, and one it moves falls or rises", () => {
    expect(figureChange("patients a day who lose their care", 3_881.2, 3_880.9)).toBe(
      "patients a day who lose their care stay at about 3,881, as the chosen set does not change them",
    );
    expect(figureChange("patients a day who lose their care", 420, 310)).toBe(
      "patients a day who lose their care fall from about 420 to 310",
    );
    expect(figureChange("health records exposed", 10, 12)).toBe("health records exposed rise from about 10 to 12");
  });

  it("prints the same words in the board PDF's budget section, never “from about 3,881 to 3,881”", () => {
    const r = {
      budget: {
        budget: 100_000,
        years: 3,
        chosen: [{ name: "Second HSCN link", cost: 90_000 }],
        cost: 90_000,
        expectedHarmBefore: 2_000,
        expectedHarmAfter: 1_500,
        patientsBefore: 3_881.2,
        patientsAfter: 3_880.9,
        exact: true,
        leftOut: [],
      },
    } as unknown as BoardReport;
    const printed = JSON.stringify(budget(r));
    expect(printed).toContain(
      "counting each risk by its likelihood, patients a day who lose their care stay at about 3,881, as the chosen set does not change them.",
    );
    expect(printed).not.toMatch(/from about 3,881 to 3,881/);
  });
});
