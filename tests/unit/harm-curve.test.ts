import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { serviceHarm, serviceHarmAt, type ServiceTerms } from "../../server/engine/harm.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";

// Whole hours as well as fractions, so horizons often fall exactly on a tolerance multiple or a workaround's end.
const hours = fc.oneof(fc.integer({ min: 0, max: 96 }), fc.double({ min: 0, max: 800, noNaN: true }));
const terms: fc.Arbitrary<ServiceTerms> = fc.record({
  patientsPerDay: fc.double({ min: 0, max: 5000, noNaN: true }),
  severity: fc.integer({ min: 1, max: 5 }),
  toleranceHours: fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 1, max: 48 }), fc.double({ min: 0.5, max: 200, noNaN: true })),
  workaroundCapacity: fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0, max: 1, noNaN: true })),
  workaroundHours: fc.oneof(fc.integer({ min: 0, max: 72 }), fc.double({ min: 0, max: 300, noNaN: true })),
});
const capability = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

describe("a service's harm at many horizons at once", () => {
  it("equals serviceHarm at each horizon to the last bit, with escalation on and off", () => {
    fc.assert(
      fc.property(terms, capability, fc.array(hours, { maxLength: 12 }), fc.boolean(), (s, c, horizons, escalation) => {
        const profile = { ...DEFAULT_PROFILE, escalation };
        expect(serviceHarmAt(s, c, horizons, profile)).toEqual(horizons.map((h) => serviceHarm(s, c, h, profile)));
      }),
      { numRuns: 2000 },
    );
  });

  it("escalates a 2-hour-tolerance service one level per tolerance up to catastrophic", () => {
    const s: ServiceTerms = { patientsPerDay: 24, severity: 2, toleranceHours: 2, workaroundCapacity: Number.NaN, workaroundHours: 0 };
    // One patient an hour, stopped: weight 2 for the first 2 hours, then 4, 8 and 16 from 6 hours.
    expect(serviceHarmAt(s, 0, [1, 2, 4, 6, 8], DEFAULT_PROFILE)).toEqual([
      { harm: 2, consequence: 2 },
      { harm: 4, consequence: 2 },
      { harm: 12, consequence: 3 },
      { harm: 28, consequence: 4 },
      { harm: 60, consequence: 5 },
    ]);
  });
});
