import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../../server/audit/actors.js";
import type { Database } from "../../server/graph/database.js";
import { importGraph } from "../../server/import/import-graph.js";

/**
 * A small, dense graph a test owns: `size` systems in one organisation, each depending on the
 * next `links` in a ring, so every system has 2 × links + 1 neighbours and nested neighbour
 * queries fan out as far as they are allowed to.
 */
export async function denseGraph(db: Database, size = 14, links = 6): Promise<string> {
  const p = `dense-${randomUUID().slice(0, 8)}-`;
  const systems = Array.from({ length: size }, (_, i) => ({
    id: `${p}sys-${i}`,
    name: `Dense ${i}`,
    organisation: `${p}org`,
    kind: "APPLICATION",
  }));
  const dependencies = systems.flatMap((s, i) =>
    Array.from({ length: links }, (_, k) => ({ from: s.id, to: systems[(i + k + 1) % size]!.id })),
  );
  await importGraph(
    db,
    { organisations: [{ id: `${p}org`, name: "Dense trust", type: "ACUTE_TRUST" }], systems, dependencies },
    "MERGE",
    SYSTEM_ACTOR,
  );
  return systems[0]!.id;
}

/** `levels` of neighbours, `first` of them at each level, under one node: the fan-out is first^levels. */
export function nestedNeighbours(id: string, levels: number, first: number | null): string {
  const arg = first === null ? "" : `(first: ${first})`;
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `neighbours${arg} { node { ${inner} } }`;
  return `{ node(id: "${id}") { ${inner} } }`;
}
