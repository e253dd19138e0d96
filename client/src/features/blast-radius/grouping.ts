import type { AffectedGroup, BlastRadius } from "./api.js";

/**
 * How the undrawn part of a large blast radius is grouped. Up to GROUP_LIMIT groups, one per
 * organisation and kind; beyond that (a national-scale radius), one per region and kind, each
 * opened on demand into its largest organisation groups, OPEN_STEP more at each opening (the
 * API is asked for that many, so names are read only for what is shown).
 */
export const OPEN_STEP = 40;

export interface OpenRegions {
  /** The largest organisation groups of each opened region group (its kind only), as shown. */
  readonly children: Readonly<Record<string, readonly AffectedGroup[]>>;
}

export const NO_REGIONS_OPEN: OpenRegions = { children: {} };

export interface RegionGroup extends AffectedGroup {
  /** Whether some of its organisations are already shown, so `count` is what is left. */
  further: boolean;
}

export interface GroupsToDraw {
  organisations: AffectedGroup[];
  regions: RegionGroup[];
}

export const regionKey = (region: string | null, label: string): string => `region|${region ?? ""}|${label}`;

export function groupsToDraw(b: Pick<BlastRadius, "affectedCount" | "affectedGroups" | "regionGroups">, open: OpenRegions): GroupsToDraw {
  // The API answers the organisation groups only while they all fit in GROUP_LIMIT: none for an affected radius means more.
  const tooMany = b.affectedGroups.length === 0 && b.affectedCount > 0;
  if (!tooMany) return { organisations: b.affectedGroups, regions: [] };
  const organisations: AffectedGroup[] = [];
  const regions: RegionGroup[] = [];
  for (const g of b.regionGroups) {
    const key = regionKey(g.region, g.label);
    const shown = open.children[key] ?? [];
    organisations.push(...shown);
    const rest = g.count - shown.reduce((sum, x) => sum + x.count, 0);
    const failed = g.failed - shown.reduce((sum, x) => sum + x.failed, 0);
    if (rest > 0) regions.push({ ...g, count: rest, failed, further: shown.length > 0 });
  }
  return { organisations, regions };
}

/** How many organisation groups to ask for when a region group is opened (again). */
export const nextStep = (open: OpenRegions, key: string): number => (open.children[key]?.length ?? 0) + OPEN_STEP;

/** Shows a region group's largest organisation groups (of its kind, largest first, as the API gave them). */
export function openRegion(open: OpenRegions, key: string, largest: readonly AffectedGroup[]): OpenRegions {
  return { children: { ...open.children, [key]: largest } };
}
