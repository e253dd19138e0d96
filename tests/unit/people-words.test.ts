import { describe, expect, it } from "vitest";
import { peopleWords, roughly } from "../../server/model/people-words.js";
import { peopleHeadline } from "../../server/report/people-headline.js";

const whole = (n: number): string => Math.round(n).toLocaleString("en-GB");
const none = { patientsDisruptedPerDay: 0, servicesStopped: 0, servicesDegraded: 0 };

describe("people in words", () => {
  it("rounds as a board reads: two figures from 100, millions in words", () => {
    expect([roughly(42.4), roughly(1_917), roughly(108_493), roughly(1_210_000), roughly(12_345_678)]).toEqual([
      "42",
      "1,900",
      "110,000",
      "1.2 million",
      "12 million",
    ]);
  });

  it("says the people first, the services after, and the records exposed", () => {
    expect(peopleWords({ patientsDisruptedPerDay: 720, servicesStopped: 1, servicesDegraded: 1, recordsExposed: 1_010_000 })).toBe(
      "About 720 patients a day lose their care (1 service stopped, 1 service degraded); 1 million records exposed.",
    );
    expect(peopleWords({ ...none, recordsExposed: 0 })).toBe("No care service is disrupted; no records exposed.");
  });

  it("leads the board's summary with the top asset's people, and names another that disrupts more care", () => {
    const backup = { name: "Vaultline Backup Services", score: 108_493, people: { ...none, recordsExposed: 12_400_000 } };
    const epr = {
      name: "Orchard Clinical Systems",
      score: 61_488,
      people: { patientsDisruptedPerDay: 1_917, servicesStopped: 9, servicesDegraded: 15, recordsExposed: 3_000_000 },
    };
    const text = peopleHeadline([backup, epr], whole);
    expect(text).toBe(
      "If Vaultline Backup Services were lost or compromised: no care service is disrupted; 12 million records exposed. " +
        "It would harm most of any system, data store or supplier: 108,493 weighted patients over 24 hours, the ranking's unit. " +
        "Of the ten assets to protect first, losing Orchard Clinical Systems disrupts most care: about 1,900 patients a day lose their care (9 services stopped, 15 services degraded); 3 million records exposed.",
    );
    expect(peopleHeadline([epr, backup], whole)).not.toMatch(/disrupts most care/);
  });
});
