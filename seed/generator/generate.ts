import type {
  AccessDoc,
  AdministersDoc,
  CareServiceDoc,
  DataStoreDoc,
  DependencyDoc,
  OrganisationDoc,
  SupplierDoc,
  SystemDoc,
} from "../../server/model/document.js";
import { ChunkSink } from "./chunk-sink.js";
import { coreTotals } from "./core-builder.js";
import { categoryRanges, fleetTotals } from "./devices.js";
import { suppliers } from "./suppliers.js";
import { orgUnits } from "./units.js";

/**
 * The scale generator: a synthetic but plausible health and care estate, streamed as slices
 * of an interchange document. Pure and deterministic: the same (scale, seed) gives the same
 * chunks, and nothing is read or written. Only one organisation is held at a time.
 */
export type Scale = "trust" | "ics" | "national";

export const SCALES: readonly Scale[] = ["trust", "ics", "national"];

/** Raised whenever the generator's output for a scale and seed changes, so a stored estate is not reused after it. */
export const GENERATOR_VERSION = 2;

/** A slice of an interchange document. Every reference points to a node of this chunk or an earlier one. */
export interface GeneratedChunk {
  organisations: OrganisationDoc[];
  careServices: CareServiceDoc[];
  systems: SystemDoc[];
  dataStores: DataStoreDoc[];
  suppliers: SupplierDoc[];
  dependencies: DependencyDoc[];
  accesses: AccessDoc[];
  administers: AdministersDoc[];
}

/**
 * Exact totals the generator will yield. `relationships` counts one OPERATED_BY per care
 * service, system and data store, plus every dependency, access and administers entry.
 */
export interface ScalePlan {
  nodes: number;
  relationships: number;
}

export const DEFAULT_CHUNK_SIZE = 20_000;

export function planScale(scale: Scale, seed: number): ScalePlan {
  let nodes = 0;
  let relationships = 0;
  const seen = new Set<string>();
  for (const { core, fleet } of orgUnits(scale, seed)) {
    for (const id of core.suppliers) {
      if (!seen.has(id)) {
        seen.add(id);
        nodes++;
      }
    }
    const own = coreTotals(core);
    const devices = fleet ? fleetTotals(fleet) : { nodes: 0, relationships: 0 };
    nodes += own.nodes + devices.nodes;
    relationships += own.relationships + devices.relationships;
  }
  return { nodes, relationships };
}

/**
 * Streams the scale in chunks of about `chunkSize` nodes plus relationships (OPERATED_BY
 * counted). Write each chunk's nodes before its relationships; every reference then resolves.
 */
export function* generateScale(scale: Scale, seed: number, chunkSize: number = DEFAULT_CHUNK_SIZE): Generator<GeneratedChunk> {
  if (!Number.isFinite(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be at least 1, got ${String(chunkSize)}`);
  const sink = new ChunkSink(chunkSize);
  const written = new Set<string>();
  for (const { core, fleet } of orgUnits(scale, seed)) {
    // A supplier is written just before the first organisation that refers to it.
    for (const id of core.suppliers) {
      if (!written.has(id)) {
        written.add(id);
        sink.supplier(suppliers.doc(id));
      }
    }
    sink.core(core);
    if (sink.full) yield sink.take();
    if (!fleet) continue;
    for (const { category, from, to } of categoryRanges(fleet)) {
      for (let i = from; i < to; i++) {
        sink.device(fleet, category, i);
        if (sink.full) yield sink.take();
      }
    }
  }
  if (!sink.empty) yield sink.take();
}
