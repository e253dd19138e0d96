import { GROUP_LIMIT, type AffectedGroup, type BlastRadius } from "./api.js";

/**
 * How the undrawn part of a large blast radius is grouped. Up to GROUP_LIMIT groups, one per
 * organisation and kind; beyond that (a national-scale radius), one per region and kind, each
 * opened on demand into its largest organisation groups, a step at a time.
 */
export const OPEN_STEP = 40;

export interface OpenRegions {
  /** The organisation groups of each opened region group (its kind only), largest first. */
  readonly children: Readonly<Record<string, readonly AffectedGroup[]>>;
  /** How many of them are shown. */
  readonly shown: Readonly<Record<string, number>>;
}

export const NO_REGIONS_OPEN: OpenRegions = { children: {}, shown: {} };

export interface RegionGroup extends AffectedGroup {
  /** Whether some of its organisations are already shown, so `count` is what is left. */
  further: boolean;
}

export interface GroupsToDraw {
  organisations: AffectedGroup[];
  regions: RegionGroup[];
}

export const regionKey = (region: string | null, label: string): string => `region|${region ?? ""}|${label}`;

export function groupsToDraw(b: Pick<BlastRadius, "affectedGroups" | "regionGroups">, open: OpenRegions): GroupsToDraw {
  if (b.affectedGroups.length <= GROUP_LIMIT) return { organisations: b.affectedGroups, regions: [] };
  const organisations: AffectedGroup[] = [];
  const regions: RegionGroup[] = [];
  for (const g of b.regionGroups) {
    const key = regionKey(g.region, g.label);
    const shown = (open.children[key] ?? []).slice(0, open.shown[key] ?? 0);
    organisations.push(...shown);
    const rest = g.count - shown.reduce((sum, x) => sum + x.count, 0);
    const failed = g.failed - shown.reduce((sum, x) => sum + x.failed, 0);
    if (rest > 0) regions.push({ ...g, count: rest, failed, further: shown.length > 0 });
  }
  return { organisations, regions };
}

/** Opens a region group one step further, given its organisation groups (of its kind, largest first). */
export function openRegion(open: OpenRegions, key: string, regionGroups: readonly AffectedGroup[]): OpenRegions {
  const children = open.children[key] ?? regionGroups;
  return { children: { ...open.children, [key]: children }, shown: { ...open.shown, [key]: (open.shown[key] ?? 0) + OPEN_STEP } };
}
