import { emptyDocument, type DependencyDoc, type InterchangeDocument, type SystemDoc } from "../model/document.js";
import { SENSITIVITIES, SEVERITIES } from "../model/vocabulary.js";
import { DocumentIndex } from "./investment-reach.js";
import { IMPLIED } from "./hosting.js";
import { KIND, type Projection } from "./projection.js";

/**
 * Parts of a graph as interchange documents, read from the projection the engine already holds
 * rather than from Neo4j, for candidates to be replayed over (model section 13). The entries
 * carry what the engine reads and nothing else (names are the ids; a group of alternatives is
 * named after its slot), so a part projects to the same engine as the stored graph does. The
 * nodes a candidate touches come from `context` instead, as stored: a candidate's changes
 * name real groups and replace whole entries.
 */
export class ProjectionPart {
  private readonly context: DocumentIndex;
  private readonly contextIds: Set<string>;

  constructor(
    private readonly p: Projection,
    context: InterchangeDocument,
  ) {
    this.context = new DocumentIndex(context);
    this.contextIds = new Set([...context.careServices, ...context.systems, ...context.dataStores, ...context.suppliers].map((x) => x.id));
    for (const list of [context.dependencies, context.administers]) for (const e of list) this.contextIds.add(e.from);
    for (const e of context.accesses) this.contextIds.add(e.system);
  }

  /** Every node and relationship of the graph. */
  whole(): InterchangeDocument {
    const all = new Set(Array.from({ length: this.p.n }, (_, i) => this.p.idOf(i)));
    return this.local(all, all);
  }

  /** The nodes of `named`, with the relationships of those in `reach` (as DocumentIndex.local does for a stored document). */
  local(reach: ReadonlySet<string>, named: ReadonlySet<string>): InterchangeDocument {
    const fromContext = this.context.local(
      new Set([...reach].filter((id) => this.contextIds.has(id))),
      new Set([...named].filter((id) => this.contextIds.has(id))),
    );
    const out = emptyDocument();
    const orgs = new Set<number>();
    for (const id of named) {
      const i = this.p.indexOf.get(id);
      if (i === undefined || this.contextIds.has(id)) continue;
      this.addNode(out, i);
      if (this.p.organisation[i]! >= 0) orgs.add(this.p.organisation[i]!);
    }
    for (const id of reach) {
      const i = this.p.indexOf.get(id);
      if (i !== undefined && !this.contextIds.has(id)) this.addRelationships(out, i);
    }
    for (const e of [...fromContext.careServices, ...fromContext.systems, ...fromContext.dataStores])
      orgs.add(this.p.indexOf.get(e.organisation) ?? -1);
    for (const o of orgs) if (o >= 0) out.organisations.push(this.organisation(o));
    for (const key of ["careServices", "systems", "dataStores", "suppliers", "dependencies", "accesses", "administers"] as const)
      (out[key] as unknown[]).push(...fromContext[key]);
    return out;
  }

  private organisation(i: number): InterchangeDocument["organisations"][number] {
    const region = this.p.region[i]!;
    return { id: this.p.idOf(i), name: this.p.idOf(i), type: "ACUTE_TRUST", ...(region >= 0 ? { region: this.p.regions[region]! } : {}) };
  }

  private addNode(out: InterchangeDocument, i: number): void {
    const p = this.p;
    const id = p.idOf(i);
    const organisation = p.organisation[i]! >= 0 ? p.idOf(p.organisation[i]!) : "";
    const recovery = Number.isNaN(p.recoveryHours[i]!) ? {} : { recoveryHours: p.recoveryHours[i]! };
    switch (p.kind[i]) {
      case KIND.CareService:
        out.careServices.push({
          id,
          name: id,
          organisation,
          severity: SEVERITIES[Math.max(0, p.severity[i]! - 1)]!,
          patientsPerDay: p.patientsPerDay[i]!,
          ...(Number.isNaN(p.toleranceHours[i]!) ? {} : { impactToleranceHours: p.toleranceHours[i]! }),
          ...(Number.isNaN(p.workaroundCapacity[i]!)
            ? {}
            : { workaround: { capacity: p.workaroundCapacity[i]!, sustainableHours: p.workaroundHours[i]! } }),
        });
        break;
      case KIND.System:
        out.systems.push({ id, name: id, organisation, kind: "APPLICATION", ...this.hosting(i), ...recovery });
        break;
      case KIND.DataStore:
        out.dataStores.push({
          id,
          name: id,
          organisation,
          records: p.records[i]!,
          sensitivity: SENSITIVITIES[Math.max(0, p.tier[i]! - 1)]!,
          ...recovery,
        });
        break;
      case KIND.Supplier:
        out.suppliers.push({ id, name: id, ...recovery });
        break;
    }
  }

  /** A system's hosting, from the relationships it implies (explicit ones of the same pair are listed as they are). */
  private hosting(i: number): Pick<SystemDoc, "supplier" | "hosting"> {
    const s = this.p.hostSupplier[i]!;
    const bits = this.p.implied[i]!;
    if (s < 0 || bits === 0) return {};
    return { supplier: this.p.idOf(s), hosting: bits & IMPLIED.DEPENDS_ON ? "SUPPLIER_HOSTED" : "SUPPLIER_SUPPORTED" };
  }

  private addRelationships(out: InterchangeDocument, i: number): void {
    const p = this.p;
    const from = p.idOf(i);
    const impliedDependency = p.implied[i]! & IMPLIED.DEPENDS_ON ? p.hostSupplier[i]! : -1;
    for (let s = p.slotStart[i]!; s < p.slotStart[i + 1]!; s++) {
      const first = p.memberStart[s]!;
      const end = p.memberStart[s + 1]!;
      const fallback = p.slotFallback[s]!;
      const effect: Pick<DependencyDoc, "effect" | "capacity"> =
        fallback > 0 ? { effect: "DEGRADES", capacity: fallback } : { effect: "FAILS" };
      for (let m = first; m < end; m++) {
        const to = p.memberTarget[m]!;
        if (to === impliedDependency) continue;
        const group = end - first > 1 ? { group: `slot ${s}`, share: p.memberShare[m]! } : {};
        out.dependencies.push({ from, to: p.idOf(to), ...effect, ...group });
      }
    }
    for (let a = p.accessStart[i]!; a < p.accessStart[i + 1]!; a++)
      out.accesses.push({ system: from, dataStore: p.idOf(p.accessTarget[a]!) });
    for (let a = p.adminStart[i]!; a < p.adminStart[i + 1]!; a++) {
      const to = p.adminTarget[a]!;
      if (p.hostSupplier[to] === i && p.implied[to]! & IMPLIED.ADMINISTERS) continue;
      out.administers.push({ from, to: p.idOf(to) });
    }
  }
}
