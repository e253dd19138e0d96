import type { SupplierDoc } from "../../server/model/document.js";
import { coreTotals, type OrgCore } from "./core-builder.js";
import { writeDevice, type DeviceCategory, type Fleet } from "./devices.js";
import type { GeneratedChunk } from "./generate.js";

export function emptyChunk(): GeneratedChunk {
  return {
    organisations: [],
    careServices: [],
    systems: [],
    dataStores: [],
    suppliers: [],
    dependencies: [],
    accesses: [],
    administers: [],
  };
}

/**
 * Collects nodes and relationships into chunks of about `limit` items, counting each
 * OPERATED_BY (implied by an `organisation` property) as the relationship a writer makes of it.
 * Items arrive with every node before anything that refers to it, so any cut is a valid one.
 */
export class ChunkSink {
  private chunk = emptyChunk();
  private items = 0;

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.items >= this.limit;
  }

  get empty(): boolean {
    return this.items === 0;
  }

  take(): GeneratedChunk {
    const chunk = this.chunk;
    this.chunk = emptyChunk();
    this.items = 0;
    return chunk;
  }

  supplier(doc: SupplierDoc): void {
    this.chunk.suppliers.push(doc);
    this.items += 1;
  }

  core(core: OrgCore): void {
    const c = this.chunk;
    c.organisations.push(core.organisation);
    for (const doc of core.careServices) c.careServices.push(doc);
    for (const doc of core.systems) c.systems.push(doc);
    for (const doc of core.dataStores) c.dataStores.push(doc);
    for (const doc of core.dependencies) c.dependencies.push(doc);
    for (const doc of core.accesses) c.accesses.push(doc);
    for (const doc of core.administers) c.administers.push(doc);
    const totals = coreTotals(core);
    this.items += totals.nodes + totals.relationships;
  }

  device(fleet: Fleet, category: DeviceCategory, index: number): void {
    this.items += writeDevice(this.chunk, fleet, category, index);
  }
}
