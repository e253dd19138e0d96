import { severityLevel, tierLevel } from "../engine/from-document.js";
import { KIND, type KindCode, type Projection } from "../engine/projection.js";
import { ProjectionBuilder } from "../engine/projection-builder.js";
import type { CareServiceDoc, DataStoreDoc, DependencyDoc, OrganisationDoc } from "../model/document.js";
import { relKey, type ChangeSet, type NodeEntry } from "./change-set.js";

const opt = (x: number): number | undefined => (Number.isNaN(x) ? undefined : x);

/**
 * The projection `p` with a change set applied in memory, for a preview: nodes are copied or
 * taken from the change, and the dependencies of every node whose dependencies change are
 * laid out afresh from `outgoing` (its whole list after the change); the others keep their
 * slots as they are.
 */
export function projectWithChange(p: Projection, changes: ChangeSet, outgoing: ReadonlyMap<string, DependencyDoc[]>): Projection {
  const b = new ProjectionBuilder();
  const changed = new Map<string, NodeEntry | null>(changes.nodes.map((n) => [n.id, n.after]));
  const labelOf = new Map(changes.nodes.map((n) => [n.id, n.label]));
  for (let i = 0; i < p.n; i++) {
    const id = p.ids[i]!;
    if (changed.has(id)) continue;
    const org = p.organisation[i]!;
    const j = b.addNode(id, p.kind[i] as KindCode, org >= 0 ? p.ids[org] : undefined);
    if (p.region[i]! >= 0) b.setRegion(j, p.regions[p.region[i]!]!);
    if (p.kind[i] === KIND.CareService) {
      b.setService(j, {
        patientsPerDay: p.patientsPerDay[i]!,
        severity: p.severity[i]!,
        toleranceHours: opt(p.toleranceHours[i]!),
        workaroundCapacity: opt(p.workaroundCapacity[i]!),
        workaroundHours: opt(p.workaroundHours[i]!),
      });
    } else if (p.kind[i] === KIND.DataStore) b.setDataStore(j, p.records[i]!, p.tier[i]!);
  }
  for (const [id, entry] of changed) if (entry) addEntry(b, labelOf.get(id)!, entry);

  const at = (i: number): number | undefined => b.index(p.ids[i]!);
  for (let i = 0; i < p.n; i++) {
    const from = at(i);
    if (from === undefined || outgoing.has(p.ids[i]!)) continue;
    for (let s = p.slotStart[i]!; s < p.slotStart[i + 1]!; s++) {
      for (let m = p.memberStart[s]!; m < p.memberStart[s + 1]!; m++) {
        const to = at(p.memberTarget[m]!);
        // Each slot keeps its members, fallback and shares under a group name of its own.
        if (to !== undefined) b.addDependency({ from, to, fallback: p.slotFallback[s]!, group: `\u0000${s}`, share: p.memberShare[m]! });
      }
    }
  }
  for (const [id, deps] of outgoing) {
    const from = b.index(id);
    if (from === undefined) continue;
    for (const d of deps) {
      const to = b.index(d.to);
      if (to !== undefined) b.addDependency({ from, to, fallback: d.effect === "DEGRADES" ? (d.capacity ?? 0) : 0, group: d.group === undefined ? undefined : `${id}\u0000${d.group}`, share: d.share });
    }
  }
  const gone = new Set(changes.relationships.filter((r) => r.after === null).map((r) => relKey(r.type, r.from, r.to)));
  const copy = (start: Int32Array, target: Int32Array, type: "ACCESSES" | "ADMINISTERS", add: (a: number, c: number) => void): void => {
    for (let i = 0; i < p.n; i++) {
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const a = at(i);
        const c = at(target[k]!);
        if (a !== undefined && c !== undefined && !gone.has(relKey(type, p.ids[i]!, p.ids[target[k]!]!))) add(a, c);
      }
    }
  };
  copy(p.accessStart, p.accessTarget, "ACCESSES", (a, c) => b.addAccess(a, c));
  copy(p.adminStart, p.adminTarget, "ADMINISTERS", (a, c) => b.addAdministers(a, c));
  for (const r of changes.relationships) {
    if (r.before !== null || r.after === null || r.type === "DEPENDS_ON") continue;
    const a = b.index(r.from);
    const c = b.index(r.to);
    if (a === undefined || c === undefined) continue;
    if (r.type === "ACCESSES") b.addAccess(a, c);
    else b.addAdministers(a, c);
  }
  return b.build();
}

function addEntry(b: ProjectionBuilder, label: keyof typeof KIND, entry: NodeEntry): void {
  const org = "organisation" in entry ? (entry as { organisation: string }).organisation : undefined;
  const i = b.addNode(entry.id, KIND[label], org);
  if (label === "Organisation" && (entry as OrganisationDoc).region !== undefined) b.setRegion(i, (entry as OrganisationDoc).region!);
  if (label === "CareService") {
    const s = entry as CareServiceDoc;
    b.setService(i, {
      patientsPerDay: s.patientsPerDay,
      severity: severityLevel(s.severity),
      toleranceHours: s.impactToleranceHours,
      workaroundCapacity: s.workaround?.capacity,
      workaroundHours: s.workaround?.sustainableHours,
    });
  }
  if (label === "DataStore") b.setDataStore(i, (entry as DataStoreDoc).records, tierLevel((entry as DataStoreDoc).sensitivity));
}
