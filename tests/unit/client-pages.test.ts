import { describe, expect, it } from "vitest";
import { nearestStop, readScenario, scenarioHash } from "../../client/src/lib/scenario-url.js";
import { totalsText } from "../../client/src/features/blast-radius/impact-panel.js";

describe("the explorer's scenario in the address bar", () => {
  it("writes and reads back lost, compromised and the horizon", () => {
    const hash = scenarioHash({ lost: ["sup-mpp", "sys-a"], compromised: ["sys-ad"], hours: 72 });
    expect(hash).toBe("#explorer?lost=sup-mpp,sys-a&compromised=sys-ad&hours=72");
    expect(readScenario(hash)).toEqual({ lost: ["sup-mpp", "sys-a"], compromised: ["sys-ad"], hours: 72, recovery: false });
  });

  it("carries the recovery switch only when it is on", () => {
    const hash = scenarioHash({ lost: ["sys-net"], compromised: [], hours: 24, recovery: true });
    expect(hash).toBe("#explorer?lost=sys-net&compromised=&hours=24&recovery=1");
    expect(readScenario(hash)).toEqual({ lost: ["sys-net"], compromised: [], hours: 24, recovery: true });
  });

  it("reads a bare page as an empty scenario, and takes the nearest slider stop", () => {
    expect(readScenario("#explorer")).toEqual({ lost: [], compromised: [], hours: null, recovery: false });
    expect(nearestStop([1, 4, 24, 72], 30)).toBe(2);
  });
});

describe("the totals in words", () => {
  it("reads a compromise alone as such", () => {
    const text = totalsText({
      careServiceCount: 0,
      exposedCount: 8,
      affectedCount: 0,
      totalHarm: 4200,
      availabilityHarm: 0,
      confidentialityHarm: 4200,
      consequence: null,
    });
    expect(text).toBe(
      "0 care services affected, 8 data stores exposed. Harm 4,200 weighted patients: 0 from care lost, 4,200 from data exposed. No care service is affected, so there is no clinical consequence.",
    );
    const people = totalsText({
      careServiceCount: 2,
      exposedCount: 0,
      affectedCount: 5,
      totalHarm: 3840,
      availabilityHarm: 3840,
      confidentialityHarm: 0,
      consequence: "CATASTROPHIC",
      patientsDisruptedPerDay: 1_917,
      servicesStopped: 1,
      servicesDegraded: 1,
      recordsExposed: 1_210_000,
    });
    // People first, in words, then the weighted patients that rank.
    expect(
      people.startsWith(
        "About 1,900 patients a day lose their care (1 service stopped, 1 service degraded); 1.2 million records exposed. 2 care services affected",
      ),
    ).toBe(true);
  });
});
