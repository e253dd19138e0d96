import type { InterchangeDocument } from "./document.js";
import type { Effect } from "./enums.js";
import type { Problem } from "./problems.js";
import { TOLERANCE } from "./tolerance.js";

/** A grouped DEPENDS_ON edge as the graph holds it. */
export interface GroupMember {
  to: string;
  /** The stored share, 1 where none is stored. */
  share: number;
  effect: Effect;
  capacity: number | undefined;
}

/** The grouped edges a node already has in the graph, by group name. */
export type GroupsOf = (from: string) => ReadonlyMap<string, readonly GroupMember[]>;

interface Member extends GroupMember {
  /** Index in the document's dependencies; undefined for an edge already in the graph. */
  index: number | undefined;
}

/** A group as it will stand after a write, and the document's edges that take members out of it. */
interface GroupAfter {
  members: Member[];
  leaving: number[];
  /** Indices in `removed` of the graph's members a change deletes. */
  removing: number[];
}

/** A DEPENDS_ON edge a change deletes outright, by its ends. */
export interface RemovedEdge {
  from: string;
  to: string;
}

/**
 * The redundancy-group rules of model sections 2 and 7, on the groups as they will stand after
 * the document is written: the graph's members, less the edges the document declares again,
 * plus the document's. Members must agree on effect and capacity, and their shares must add up
 * to at least 1, so that a group carries the whole need while every member stands. A model
 * change may also delete edges (`removed`): a group they leave short is refused at the deletion,
 * `$.removals[k]`, as well as at the document's members of it.
 */
export function checkGroups(doc: InterchangeDocument, groupsOf: GroupsOf, removed: readonly RemovedEdge[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const [from, groups] of groupsAfterWrite(doc, groupsOf, removed)) {
    for (const [group, after] of groups) {
      checkAgreement(from, group, after.members, problems);
      checkShares(from, group, after, problems);
    }
  }
  return problems;
}

function groupsAfterWrite(
  doc: InterchangeDocument,
  groupsOf: GroupsOf,
  removed: readonly RemovedEdge[],
): Map<string, Map<string, GroupAfter>> {
  // The first declaration of each edge; a repeated one is a problem of its own elsewhere.
  const declared = new Map<string, Map<string, number>>();
  doc.dependencies.forEach((d, i) => {
    let tos = declared.get(d.from);
    if (!tos) declared.set(d.from, (tos = new Map()));
    if (!tos.has(d.to)) tos.set(d.to, i);
  });
  const out = new Map<string, Map<string, GroupAfter>>();
  const at = (from: string, group: string): GroupAfter => {
    let groups = out.get(from);
    if (!groups) out.set(from, (groups = new Map()));
    let after = groups.get(group);
    if (!after) groups.set(group, (after = { members: [], leaving: [], removing: [] }));
    return after;
  };
  const deleted = new Map<string, Map<string, number>>();
  removed.forEach((r, k) => {
    let tos = deleted.get(r.from);
    if (!tos) deleted.set(r.from, (tos = new Map()));
    tos.set(r.to, k);
  });
  const none = new Map<string, number>();
  for (const from of new Set([...declared.keys(), ...deleted.keys()])) {
    const tos = declared.get(from) ?? none;
    const gone = deleted.get(from) ?? none;
    for (const [group, members] of groupsOf(from)) {
      for (const m of members) {
        const i = tos.get(m.to);
        const k = gone.get(m.to);
        if (k !== undefined) at(from, group).removing.push(k);
        else if (i === undefined) at(from, group).members.push({ ...m, index: undefined });
        else if (doc.dependencies[i]!.group !== group) at(from, group).leaving.push(i);
      }
    }
  }
  doc.dependencies.forEach((d, i) => {
    if (d.group === undefined || declared.get(d.from)?.get(d.to) !== i) return;
    at(d.from, d.group).members.push({ to: d.to, share: d.share ?? 1, effect: d.effect, capacity: d.capacity, index: i });
  });
  return out;
}

function checkAgreement(from: string, group: string, members: readonly Member[], problems: Problem[]): void {
  const ref = members.find((m) => m.index === undefined) ?? members[0];
  if (!ref) return;
  for (const m of members) {
    if (m === ref || m.index === undefined || (m.effect === ref.effect && m.capacity === ref.capacity)) continue;
    const against = ref.index === undefined ? "the group in the graph" : `$.dependencies[${ref.index}]`;
    problems.push({
      path: `$.dependencies[${m.index}]`,
      message: `members of group '${group}' of '${from}' disagree on effect or capacity (against ${against})`,
    });
  }
}

function checkShares(from: string, group: string, after: GroupAfter, problems: Problem[]): void {
  // A group the document empties is gone, not short.
  if (!after.members.length) return;
  const sum = after.members.reduce((s, m) => s + m.share, 0);
  if (sum >= 1 - TOLERANCE) return;
  const inGraph = after.members.filter((m) => m.index === undefined).map((m) => `'${m.to}' (${fmt(m.share)})`);
  const held = inGraph.length ? `; ${inGraph.join(", ")} already in the graph` : "";
  const message =
    `group '${group}' of '${from}' must carry the whole need when every member stands, ` +
    `but its shares add up to ${fmt(sum)}, ${fmt(1 - sum)} short${held}: raise a share, or model the shortfall as DEGRADES`;
  for (const m of after.members) if (m.index !== undefined) problems.push({ path: `$.dependencies[${m.index}].share`, message });
  for (const i of after.leaving) problems.push({ path: `$.dependencies[${i}].group`, message: `${message} (this edge leaves the group)` });
  for (const k of after.removing) problems.push({ path: `$.removals[${k}]`, message: `${message} (this edge is removed from the group)` });
}

const fmt = (x: number): string => String(Math.round(x * 1e6) / 1e6);
