import type { GeneratedChunk } from "../../seed/generator/generate.js";

/** One system in this many is renamed, one device in this many removed and one copied as a new device. */
const RENAME_EVERY = 20;
const DEVICE_EVERY = 100;

/** What a yearly re-import of an estate changes: counted as the revision is made. */
export interface Revision {
  renamed: number;
  removed: number;
  added: number;
}

/**
 * The generated estate as its owners would send it again a year on: a few systems renamed,
 * some devices retired (with every relationship that named them) and as many new ones
 * installed beside others, with the same links. Chunks come in the generator's order, and
 * each refers only to nodes of itself or earlier chunks, so one pass removes every reference
 * to a retired device.
 */
export function* revisedEstate(chunks: Iterable<GeneratedChunk>, revision: Revision): Generator<GeneratedChunk> {
  const retired = new Set<string>();
  let systems = 0;
  let devices = 0;
  for (const chunk of chunks) {
    const added: GeneratedChunk["systems"] = [];
    const copies = new Map<string, string>();
    const kept = chunk.systems.flatMap((s) => {
      systems++;
      if (s.kind === "DEVICE" && ++devices % DEVICE_EVERY === 0) {
        retired.add(s.id);
        revision.removed++;
        return [];
      }
      if (s.kind === "DEVICE" && devices % DEVICE_EVERY === DEVICE_EVERY / 2) {
        copies.set(s.id, `${s.id}-new`);
        added.push({ ...s, id: `${s.id}-new`, name: `${s.name} (replacement)` });
        revision.added++;
      }
      if (systems % RENAME_EVERY === 0) {
        revision.renamed++;
        return [{ ...s, name: `${s.name} (renamed)` }];
      }
      return [s];
    });
    const live = <T extends { from: string; to: string }>(list: readonly T[]): T[] =>
      list.filter((r) => !retired.has(r.from) && !retired.has(r.to));
    const copied = <T extends { from: string; to: string }>(list: readonly T[]): T[] =>
      list.flatMap((r) => {
        const from = copies.get(r.from);
        const to = copies.get(r.to);
        return from || to ? [r, { ...r, from: from ?? r.from, to: to ?? r.to }] : [r];
      });
    yield {
      ...chunk,
      systems: [...kept, ...added],
      dependencies: copied(live(chunk.dependencies)),
      accesses: chunk.accesses
        .filter((a) => !retired.has(a.system))
        .flatMap((a) => (copies.has(a.system) ? [a, { ...a, system: copies.get(a.system)! }] : [a])),
      administers: copied(live(chunk.administers)),
    };
  }
}
