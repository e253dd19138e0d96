import type { InterchangeDocument } from "../model/document.js";
import { severityLevel, tierLevel } from "../model/enums.js";
import { KIND, type Projection } from "./projection.js";
import { ProjectionBuilder } from "./projection-builder.js";
import { HEAP_COLUMNS, type ColumnAlloc } from "./typed-arrays.js";

/** A projection straight from a validated interchange document (tests, fixtures, small imports). */
export function projectDocument(doc: InterchangeDocument, alloc: ColumnAlloc = HEAP_COLUMNS): Projection {
  const b = new ProjectionBuilder();
  for (const o of doc.organisations) {
    const i = b.addNode(o.id, KIND.Organisation);
    if (o.region !== undefined) b.setRegion(i, o.region);
  }
  const recovers = (i: number, hours: number | undefined): void => {
    if (hours !== undefined) b.setRecoveryHours(i, hours);
  };
  for (const s of doc.suppliers) recovers(b.addNode(s.id, KIND.Supplier), s.recoveryHours);
  for (const s of doc.careServices) {
    const i = b.addNode(s.id, KIND.CareService, s.organisation);
    b.setService(i, {
      patientsPerDay: s.patientsPerDay,
      severity: severityLevel(s.severity),
      toleranceHours: s.impactToleranceHours,
      workaroundCapacity: s.workaround?.capacity,
      workaroundHours: s.workaround?.sustainableHours,
    });
  }
  for (const s of doc.systems) {
    const i = b.addNode(s.id, KIND.System, s.organisation);
    recovers(i, s.recoveryHours);
    if (s.supplier !== undefined && s.hosting !== undefined) b.setHosting(i, { supplier: s.supplier, hosting: s.hosting });
  }
  for (const d of doc.dataStores) {
    const i = b.addNode(d.id, KIND.DataStore, d.organisation);
    b.setDataStore(i, d.records, tierLevel(d.sensitivity));
    recovers(i, d.recoveryHours);
  }
  const at = (id: string): number => {
    const i = b.index(id);
    if (i === undefined) throw new Error(`unknown id ${id}`);
    return i;
  };
  for (const d of doc.dependencies) {
    b.addDependency({
      from: at(d.from),
      to: at(d.to),
      fallback: d.effect === "DEGRADES" ? (d.capacity ?? 0) : 0,
      group: d.group,
      share: d.share,
    });
  }
  for (const a of doc.accesses) b.addAccess(at(a.system), at(a.dataStore));
  for (const a of doc.administers) b.addAdministers(at(a.from), at(a.to));
  return b.build(alloc);
}
