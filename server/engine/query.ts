import type { ServiceTerms } from "./harm.js";
import { KIND, type KindCode, type Projection } from "./projection.js";

/**
 * The questions the rest of the server asks of the graph in memory. Outside server/engine
 * nothing reads a projection's typed-array columns (the lint refuses it): it asks here, so a
 * column's layout and each rule read from it (a store's harm, a breached tolerance, a node's
 * dependencies) are written once. Nodes are the projection's indices.
 */

export const kindOf = (p: Projection, i: number): KindCode => p.kind[i] as KindCode;

export const isKind = (p: Projection, i: number, kind: KindCode): boolean => p.kind[i] === kind;

/** The index of node i's operating organisation, -1 for none. */
export const organisationOf = (p: Projection, i: number): number => p.organisation[i]!;

/** A node's region: its own for an organisation, its operating organisation's otherwise; -1 for none. */
export function regionOf(p: Projection, node: number): number {
  if (p.kind[node] === KIND.Organisation) return p.region[node]!;
  const org = p.organisation[node]!;
  return org >= 0 ? p.region[org]! : -1;
}

/** The index of organisation `id`; undefined where the graph holds no organisation by that id. */
export function organisationIndex(p: Projection, id: string): number | undefined {
  const i = p.indexOf.get(id);
  return i !== undefined && p.kind[i] === KIND.Organisation ? i : undefined;
}

/** Every node of one kind, ascending. */
export function nodesOfKind(p: Projection, kind: KindCode): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.n; i++) if (p.kind[i] === kind) out.push(i);
  return out;
}

export function countOfKind(p: Projection, kind: KindCode): number {
  let count = 0;
  for (let i = 0; i < p.n; i++) if (p.kind[i] === kind) count++;
  return count;
}

/** The care services organisation `org` operates, ascending. */
export function servicesOf(p: Projection, org: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.n; i++) if (p.organisation[i] === org && p.kind[i] === KIND.CareService) out.push(i);
  return out;
}

/** The systems and data stores organisation `org` operates, ascending. */
export function assetsOf(p: Projection, org: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.n; i++) if (p.organisation[i] === org && (p.kind[i] === KIND.System || p.kind[i] === KIND.DataStore)) out.push(i);
  return out;
}

/** What the harm of care service s is worked out from (model section 3). */
export function serviceTerms(p: Projection, s: number): ServiceTerms {
  return {
    patientsPerDay: p.patientsPerDay[s]!,
    severity: p.severity[s]!,
    toleranceHours: p.toleranceHours[s]!,
    workaroundCapacity: p.workaroundCapacity[s]!,
    workaroundHours: p.workaroundHours[s]!,
  };
}

/** A care service's DCB0160 severity, 1..5. */
export const severityOf = (p: Projection, s: number): number => p.severity[s]!;

export const patientsPerDayOf = (p: Projection, s: number): number => p.patientsPerDay[s]!;

/** A care service's impact tolerance in hours; null where none is set. */
export const toleranceHoursOf = (p: Projection, s: number): number | null => orNull(p.toleranceHours[s]!);

/** Hours to bring a system, data store or supplier back after its loss; null where none is recorded. */
export const recoveryHoursOf = (p: Projection, x: number): number | null => orNull(p.recoveryHours[x]!);

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * Whether asset x, lost, cannot be back within care service s's impact tolerance (model
 * section 9): s has a tolerance and x's recovery time exceeds it, or x has none recorded.
 */
export function breachesTolerance(p: Projection, s: number, x: number): boolean {
  const tol = p.toleranceHours[s]!;
  const back = p.recoveryHours[x]!;
  return !Number.isNaN(tol) && (Number.isNaN(back) || back > tol);
}

/** Data stores, most sensitive tier first, then most records, then by index. */
export function storesBySensitivity(p: Projection, stores: ArrayLike<number>): number[] {
  return Array.from(stores).sort((a, b) => p.tier[b]! - p.tier[a]! || p.records[b]! - p.records[a]! || a - b);
}

/** The nodes node x depends on directly (DEPENDS_ON, every slot and member, implied by hosting too), each once, in slot order. */
export function directDependencies(p: Projection, x: number): number[] {
  const out: number[] = [];
  for (let m = p.memberStart[p.slotStart[x]!]!, end = p.memberStart[p.slotStart[x + 1]!]!; m < end; m++) {
    const t = p.memberTarget[m]!;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

/** Every node node `from` depends on, directly or not, nearest first. */
export function dependenciesOf(p: Projection, from: number): number[] {
  // A set, not a mark per node: the evidence pack asks this of every care service of the graph.
  const seen = new Set<number>([from]);
  const queue = [from];
  for (let k = 0; k < queue.length; k++) {
    const x = queue[k]!;
    for (let m = p.memberStart[p.slotStart[x]!]!, end = p.memberStart[p.slotStart[x + 1]!]!; m < end; m++) {
      const y = p.memberTarget[m]!;
      if (!seen.has(y)) {
        seen.add(y);
        queue.push(y);
      }
    }
  }
  return queue.slice(1);
}

/** The care services that depend, directly or not, on any of `nodes` (or are one of them). */
export function servicesReaching(p: Projection, nodes: readonly number[]): Int32Array {
  const seen = new Uint8Array(p.n);
  const stack = nodes.filter((i) => !seen[i] && (seen[i] = 1));
  const out: number[] = [];
  while (stack.length) {
    const i = stack.pop()!;
    if (p.kind[i] === KIND.CareService) out.push(i);
    for (let k = p.dependentStart[i]!; k < p.dependentStart[i + 1]!; k++) {
      const d = p.dependent[k]!;
      if (!seen[d]) {
        seen[d] = 1;
        stack.push(d);
      }
    }
  }
  return Int32Array.from(out);
}

/** The slot of node `from` that names `to` among its members, -1 for none. */
export function slotOf(p: Projection, from: number, to: number): number {
  for (let s = p.slotStart[from]!; s < p.slotStart[from + 1]!; s++) {
    for (let m = p.memberStart[s]!; m < p.memberStart[s + 1]!; m++) if (p.memberTarget[m] === to) return s;
  }
  return -1;
}

/** The nodes node x ADMINISTERS (a view: read it before the projection goes). */
export const administered = (p: Projection, x: number): Int32Array => p.adminTarget.subarray(p.adminStart[x]!, p.adminStart[x + 1]!);

/** The data stores system x ACCESSES (a view). */
export const accessed = (p: Projection, x: number): Int32Array => p.accessTarget.subarray(p.accessStart[x]!, p.accessStart[x + 1]!);
