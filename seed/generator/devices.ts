import type { OrgBuilder } from "./core-builder.js";
import type { GeneratedChunk } from "./generate.js";

/**
 * Endpoint devices: each a System of kind DEVICE with OPERATED_BY, DEPENDS_ON its network
 * (one link, or a redundancy group of two) and one ADMINISTERS from whatever manages it (the
 * organisation's endpoint management, a building system, or the supplier that supports it).
 * A fleet is a description, not a list: devices are written one at a time, and its totals
 * are known without writing any.
 */
export interface DeviceCategory {
  readonly label: string;
  /** Its share of the fleet; the shares of a fleet add up to 1. */
  readonly share: number;
  /** One network link, or two alternatives (the second carrying `backupShare`). */
  readonly links: readonly [string] | readonly [string, string];
  readonly backupShare?: number;
  /** The administering system; without it the device's supplier administers it. */
  readonly admin?: string;
  /** Makers or support firms, assigned in turn; they must be non-empty without `admin`. */
  readonly suppliers?: readonly string[];
}

export interface Fleet {
  readonly orgId: string;
  readonly code: string;
  readonly count: number;
  readonly categories: readonly DeviceCategory[];
}

export interface CategoryRange {
  readonly category: DeviceCategory;
  readonly from: number;
  readonly to: number;
}

export function defineFleet(b: OrgBuilder, count: number, categories: readonly DeviceCategory[]): Fleet {
  for (const category of categories) {
    if (category.admin === undefined && !category.suppliers?.length) throw new Error(`${category.label}: no administrator`);
    for (const supplier of category.suppliers ?? []) b.useSupplier(supplier);
  }
  return { orgId: b.orgId, code: b.code, count: Math.max(0, Math.round(count)), categories };
}

/** Contiguous index ranges per category, from the cumulative shares. */
export function categoryRanges(fleet: Fleet): CategoryRange[] {
  const ranges: CategoryRange[] = [];
  let cumulative = 0;
  let from = 0;
  fleet.categories.forEach((category, i) => {
    cumulative += category.share;
    const to = i === fleet.categories.length - 1 ? fleet.count : Math.min(fleet.count, Math.floor(fleet.count * cumulative));
    if (to > from) ranges.push({ category, from, to });
    from = Math.max(from, to);
  });
  return ranges;
}

export function fleetTotals(fleet: Fleet): { nodes: number; relationships: number } {
  let relationships = 0;
  for (const { category, from, to } of categoryRanges(fleet)) {
    // OPERATED_BY + one DEPENDS_ON per link + one ADMINISTERS
    relationships += (to - from) * (2 + category.links.length);
  }
  return { nodes: fleet.count, relationships };
}

/** Appends one device and its relationships to the chunk; returns the items added. */
export function writeDevice(chunk: GeneratedChunk, fleet: Fleet, category: DeviceCategory, index: number): number {
  const seq = String(index + 1).padStart(6, "0");
  const id = `dev-${fleet.code}-${seq}`;
  const supplier = category.suppliers?.[index % category.suppliers.length];
  chunk.systems.push(
    supplier === undefined
      ? { id, name: `${category.label} ${seq}`, organisation: fleet.orgId, kind: "DEVICE" }
      : { id, name: `${category.label} ${seq}`, organisation: fleet.orgId, kind: "DEVICE", supplier },
  );
  const [primary, backup] = category.links;
  if (backup === undefined) {
    chunk.dependencies.push({ from: id, to: primary, effect: "FAILS" });
  } else {
    chunk.dependencies.push({ from: id, to: primary, effect: "FAILS", group: "network" });
    chunk.dependencies.push(
      category.backupShare === undefined
        ? { from: id, to: backup, effect: "FAILS", group: "network" }
        : { from: id, to: backup, effect: "FAILS", group: "network", share: category.backupShare },
    );
  }
  const admin = category.admin ?? supplier;
  if (admin === undefined) throw new Error(`${id}: no administrator`);
  chunk.administers.push({ from: admin, to: id });
  return 3 + category.links.length;
}
