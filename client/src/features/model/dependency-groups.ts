import { TOLERANCE } from "../../../../server/model/tolerance.js";
import type { Edge } from "./dependencies-query.js";

export interface Group {
  name: string;
  members: Edge[];
  /** The members' shares added up, each 1 where none is stored. */
  sum: number;
  /** Whether the group carries the whole need while every member stands (model section 7). */
  whole: boolean;
}

/** A node's dependencies: those in no group, then each redundancy group by name with its shares added up. */
export function groupDependencies(out: readonly Edge[]): { loose: Edge[]; groups: Group[] } {
  const byName = new Map<string, Edge[]>();
  const loose: Edge[] = [];
  for (const e of out) {
    if (!e.group) loose.push(e);
    else byName.set(e.group, [...(byName.get(e.group) ?? []), e]);
  }
  const groups = [...byName]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, members]) => {
      const sum = members.reduce((s, m) => s + (m.share ?? 1), 0);
      return { name, members, sum, whole: sum >= 1 - TOLERANCE };
    });
  return { loose, groups };
}

/** A sum of shares as people write it: up to two decimals, no trailing zeros. */
export const shareWords = (n: number): string => String(Math.round(n * 100) / 100);
