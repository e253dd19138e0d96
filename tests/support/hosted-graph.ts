import fc from "fast-check";
import { KIND } from "../../server/engine/projection.js";
import { HOSTINGS } from "../../server/model/vocabulary.js";
import { rawGraph, type RawGraph, type RawHosting } from "./random-graph.js";

/** A random graph whose systems name suppliers with a hosting, some of them beside explicit edges to the same supplier. */
export const hostedGraph = (maxNodes = 20): fc.Arbitrary<{ g: RawGraph; hosted: RawHosting[] }> =>
  rawGraph(maxNodes).chain((g) => {
    const systems = g.kinds.flatMap((k, i) => (k === KIND.System ? [i] : []));
    const suppliers = g.kinds.flatMap((k, i) => (k === KIND.Supplier ? [i] : []));
    if (!systems.length || !suppliers.length) return fc.constant({ g, hosted: [] });
    const one = fc.record({
      system: fc.constantFrom(...systems),
      supplier: fc.constantFrom(...suppliers),
      hosting: fc.constantFrom(...HOSTINGS),
    });
    return fc.uniqueArray(one, { selector: (h) => h.system, maxLength: 6 }).map((hosted) => ({ g, hosted }));
  });

/**
 * Section 10 read plainly, independent of the projection: each implied relationship written
 * out as an explicit one, unless the graph already has one of that type between the pair.
 */
export function expandHosting(g: RawGraph, hosted: readonly RawHosting[]): RawGraph {
  const slots = g.slots.map((s) => [...s]);
  const administers = [...g.administers];
  for (const { system, supplier, hosting } of hosted) {
    if (hosting === "LOCAL") continue;
    const depends = slots[system]!.some((slot) => slot.members.some((m) => m.to === supplier));
    if (hosting === "SUPPLIER_HOSTED" && !depends)
      slots[system]!.push({ fallback: 0, grouped: false, members: [{ to: supplier, share: 1 }] });
    if (!administers.some(([a, b]) => a === supplier && b === system)) administers.push([supplier, system]);
  }
  return { ...g, slots, administers };
}
