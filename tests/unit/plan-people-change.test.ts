import { describe, expect, it } from "vitest";
import { peopleChange } from "../../client/src/features/plan/people-change.js";

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
