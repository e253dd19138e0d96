import type { SupplierDoc } from "../../server/model/document.js";
import { WeightedChoice, createRng, mixSeed, zipfWeights, type Rng } from "./rng.js";
import { CATALOGUE_SIZE, POOLS, type PoolDef, type PoolName } from "./supplier-pools.js";
import { SUPPLIER_RECOVERY_HOURS } from "../recovery-times.js";

/**
 * The supplier catalogue built from the pools: stable ids (`sup-0001`…), names and
 * certifications that depend only on the catalogue position, never on the seed, so the same
 * supplier is the same node at every scale.
 */
const STEMS = [
  "Alder",
  "Beacon",
  "Cedar",
  "Delta",
  "Ember",
  "Fulcrum",
  "Granite",
  "Harbour",
  "Iris",
  "Juniper",
  "Kestrel",
  "Lumen",
  "Meridian",
  "Northstar",
  "Orbit",
  "Pinnacle",
  "Quartz",
  "Riverside",
  "Sable",
  "Tamarind",
  "Umber",
  "Vantage",
  "Willow",
  "Yarrow",
  "Zephyr",
];
const ENDINGS = [
  "",
  "field",
  "gate",
  "wood",
  "stone",
  "bridge",
  "worth",
  "brook",
  "vale",
  "more",
  "mark",
  "point",
  "ridge",
  "crest",
  "haven",
  "wick",
  "ford",
  "hurst",
  "combe",
  "leigh",
];

interface Entry {
  readonly doc: SupplierDoc;
}

function supplierDoc(index: number, suffix: string): SupplierDoc {
  const stem = `${STEMS[index % STEMS.length] ?? ""}${ENDINGS[Math.floor(index / STEMS.length) % ENDINGS.length] ?? ""}`;
  const certifications: string[] = [];
  if (index % 3 !== 2) certifications.push("ISO/IEC 27001");
  if (index % 2 === 0) certifications.push("Cyber Essentials Plus");
  if (index % 5 !== 4) certifications.push("DSPT Standards Met");
  const doc: SupplierDoc = {
    id: `sup-${String(index + 1).padStart(4, "0")}`,
    name: `${stem} ${suffix}`,
    recoveryHours: SUPPLIER_RECOVERY_HOURS,
  };
  if (certifications.length > 0) doc.certifications = certifications;
  return doc;
}

function poolWeights(def: PoolDef, count: number): number[] {
  if (def.weights) return [...def.weights];
  if (count === 1) return [1];
  return zipfWeights(count, def.zipf ?? 1);
}

class Catalogue {
  private readonly byId = new Map<string, Entry>();
  private readonly members = new Map<string, string[]>();
  private readonly choices = new Map<PoolName, WeightedChoice<string>>();

  constructor() {
    const names = Object.keys(POOLS) as PoolName[];
    const fixed = names.reduce((sum, name) => sum + POOLS[name].count, 0);
    let next = 0;
    for (const name of names) {
      const def: PoolDef = POOLS[name];
      const count = name === "app" ? CATALOGUE_SIZE - fixed : def.count;
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const doc = supplierDoc(next++, def.suffix);
        this.byId.set(doc.id, { doc });
        ids.push(doc.id);
      }
      this.members.set(name, ids);
    }
    for (const name of names) {
      const def: PoolDef = POOLS[name];
      const ids = [...this.member(name)];
      const weights = poolWeights(def, ids.length);
      for (const [other, index, weight] of def.also ?? []) {
        const id = this.members.get(other)?.[index];
        if (id === undefined) throw new Error(`pool ${name}: no supplier ${other}[${String(index)}]`);
        ids.push(id);
        weights.push(weight);
      }
      this.choices.set(name, new WeightedChoice(ids, weights));
    }
  }

  private member(name: PoolName): string[] {
    const ids = this.members.get(name);
    if (!ids) throw new Error(`unknown supplier pool ${name}`);
    return ids;
  }

  /** A supplier of the pool, drawn by market share. */
  pick(pool: PoolName, rng: Rng): string {
    const choice = this.choices.get(pool);
    if (!choice) throw new Error(`unknown supplier pool ${pool}`);
    return choice.pick(rng);
  }

  /** The pool's n-th supplier (for the single national providers). */
  nth(pool: PoolName, n = 0): string {
    const id = this.member(pool)[n];
    if (id === undefined) throw new Error(`pool ${pool} has no supplier ${String(n)}`);
    return id;
  }

  /** The cloud a hosting vendor runs on: fixed per vendor, drawn by the clouds' market shares. */
  cloudHost(vendor: string): string {
    const index = Number(vendor.slice(4));
    return this.pick("cloud", createRng(mixSeed(0x636c6f75, index)));
  }

  doc(id: string): SupplierDoc {
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`unknown supplier ${id}`);
    // A fresh object each time: chunks handed to a writer must not share mutable state.
    const { certifications, ...rest } = entry.doc;
    return certifications ? { ...rest, certifications: [...certifications] } : { ...rest };
  }

  get size(): number {
    return this.byId.size;
  }
}

export const suppliers = new Catalogue();
