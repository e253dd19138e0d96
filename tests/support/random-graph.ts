import fc from "fast-check";
import { KIND, type KindCode, type Projection } from "../../server/engine/projection.js";
import { ProjectionBuilder } from "../../server/engine/projection-builder.js";
import type { Hosting } from "../../server/model/enums.js";

/** A random dependency graph described plainly, independent of the engine's layout. */
export interface RawGraph {
  kinds: KindCode[];
  /** Per node, its slots: fallback κ and members (target, share). */
  slots: Array<Array<{ fallback: number; grouped: boolean; members: Array<{ to: number; share: number }> }>>;
  services: Array<{
    node: number;
    patientsPerDay: number;
    severity: number;
    tolerance?: number;
    workaround?: { capacity: number; hours: number };
  }>;
  records: number[];
  tiers: number[];
  administers: Array<[number, number]>;
  accesses: Array<[number, number]>;
}

const FRACTIONS = [0, 0.1, 0.25, 0.5, 0.6, 0.75, 1];

/**
 * Random graphs with cycles, groups, shares and degradations. Each group's shares add up to at
 * least 1, as the document rules demand, unless `shortGroups` lets some fall short (a graph
 * stored before that rule).
 */
export const rawGraph = (maxNodes = 24, shortGroups = false): fc.Arbitrary<RawGraph> =>
  fc.integer({ min: 2, max: maxNodes }).chain((n) =>
    fc
      .record({
        kinds: fc.array(fc.constantFrom<KindCode>(KIND.CareService, KIND.System, KIND.System, KIND.DataStore, KIND.Supplier), {
          minLength: n,
          maxLength: n,
        }),
        slotSeeds: fc.array(
          fc.array(
            fc.record({
              degrades: fc.boolean(),
              capacity: fc.constantFrom(...FRACTIONS.slice(0, -1)),
              members: fc.uniqueArray(fc.record({ to: fc.nat(n - 1), share: fc.constantFrom(...FRACTIONS, 1, 1) }), {
                minLength: 1,
                maxLength: 3,
                selector: (m) => m.to,
              }),
            }),
            { maxLength: 3 },
          ),
          { minLength: n, maxLength: n },
        ),
        patients: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: n, maxLength: n }),
        severity: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
        tolerance: fc.array(fc.option(fc.integer({ min: 1, max: 48 })), { minLength: n, maxLength: n }),
        workaround: fc.array(fc.option(fc.record({ capacity: fc.constantFrom(...FRACTIONS), hours: fc.integer({ min: 0, max: 96 }) })), {
          minLength: n,
          maxLength: n,
        }),
        records: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: n, maxLength: n }),
        tiers: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
        admin: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n }),
        access: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n }),
      })
      .map((r) => toRaw(n, r, shortGroups)),
  );

function toRaw(
  n: number,
  r: {
    kinds: KindCode[];
    slotSeeds: Array<Array<{ degrades: boolean; capacity: number; members: Array<{ to: number; share: number }> }>>;
    patients: number[];
    severity: number[];
    tolerance: Array<number | null>;
    workaround: Array<{ capacity: number; hours: number } | null>;
    records: number[];
    tiers: number[];
    admin: Array<[number, number]>;
    access: Array<[number, number]>;
  },
  shortGroups: boolean,
): RawGraph {
  const kinds = r.kinds;
  const used = new Set<string>();
  const slots: RawGraph["slots"] = kinds.map((k, i) => {
    if (k === KIND.Supplier) return [];
    return r.slotSeeds[i]!.flatMap((seed) => {
      let members = seed.members.filter((m) => m.to !== i && !used.has(`${i}-${m.to}`));
      members.forEach((m) => used.add(`${i}-${m.to}`));
      if (!members.length) return [];
      const grouped = members.length > 1;
      if (grouped && !shortGroups) members = carryWholeNeed(members);
      // A lone edge has share 1: share exists only inside a group.
      return [{ fallback: seed.degrades ? seed.capacity : 0, grouped, members: grouped ? members : [{ to: members[0]!.to, share: 1 }] }];
    });
  });
  const services = kinds.flatMap((k, i) =>
    k === KIND.CareService
      ? [
          {
            node: i,
            patientsPerDay: r.patients[i]!,
            severity: r.severity[i]!,
            tolerance: r.tolerance[i] ?? undefined,
            workaround: r.workaround[i] ?? undefined,
          },
        ]
      : [],
  );
  const isSystem = (i: number): boolean => kinds[i] === KIND.System;
  return {
    kinds,
    slots,
    services,
    records: r.records,
    tiers: r.tiers,
    administers: r.admin.filter(([a, b]) => a !== b && (isSystem(a) || kinds[a] === KIND.Supplier) && isSystem(b)),
    accesses: r.access.filter(([a, b]) => isSystem(a) && kinds[b] === KIND.DataStore),
  };
}

/** The members with the last one's share raised so that the group's shares add up to at least 1. */
function carryWholeNeed(members: ReadonlyArray<{ to: number; share: number }>): Array<{ to: number; share: number }> {
  const others = members.slice(0, -1).reduce((sum, m) => sum + m.share, 0);
  return members.map((m, k) => (k === members.length - 1 && others + m.share < 1 ? { to: m.to, share: 1 - others } : m));
}

/** Shares as the projection reads them: a short group's scaled up to add to 1 (equal parts if all are 0). */
export function normalisedShares(g: RawGraph): RawGraph {
  const slots = g.slots.map((slots) =>
    slots.map((slot) => {
      const sum = slot.members.reduce((s, m) => s + m.share, 0);
      if (!slot.grouped || sum >= 1 - 1e-9) return slot;
      return { ...slot, members: slot.members.map((m) => ({ to: m.to, share: sum > 0 ? m.share / sum : 1 / slot.members.length })) };
    }),
  );
  return { ...g, slots };
}

/** A node's id in a projection of a raw graph. */
export const rawId = (i: number): string => `n${String(i).padStart(3, "0")}`;

/** A system's supplier and hosting (model section 10), by node index. */
export interface RawHosting {
  system: number;
  supplier: number;
  hosting: Hosting;
}

export function toProjection(g: RawGraph, hosted: readonly RawHosting[] = []): Projection {
  const b = new ProjectionBuilder();
  g.kinds.forEach((k, i) => b.addNode(rawId(i), k));
  for (const h of hosted) b.setHosting(h.system, { supplier: rawId(h.supplier), hosting: h.hosting });
  for (const s of g.services) {
    b.setService(s.node, {
      patientsPerDay: s.patientsPerDay,
      severity: s.severity,
      toleranceHours: s.tolerance,
      workaroundCapacity: s.workaround?.capacity,
      workaroundHours: s.workaround?.hours,
    });
  }
  g.kinds.forEach((k, i) => {
    if (k === KIND.DataStore) b.setDataStore(i, g.records[i]!, g.tiers[i]!);
  });
  g.slots.forEach((slots, i) =>
    slots.forEach((slot, si) =>
      slot.members.forEach((m) =>
        b.addDependency({
          from: i,
          to: m.to,
          fallback: slot.fallback,
          group: slot.grouped ? `g${si}` : undefined,
          share: slot.grouped ? m.share : undefined,
        }),
      ),
    ),
  );
  for (const [a, c] of g.administers) b.addAdministers(a, c);
  for (const [a, c] of g.accesses) b.addAccess(a, c);
  return b.build();
}

/** The projection with recovery hours per node (null: none recorded). */
export function withRecovery(p: Projection, hours: ReadonlyArray<number | null>): Projection {
  return { ...p, recoveryHours: Float64Array.from(hours, (h) => h ?? Number.NaN) };
}
