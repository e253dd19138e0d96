import type { Problem } from "../model/problems.js";
import { addUpsert, type ChangeRequest, type Origin } from "../model-change/request.js";
import type { CmdbMapping } from "./cmdb-mapping.js";
import type { Hosting } from "../model/enums.js";
import type { Cell, Table } from "./tables.js";

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80) || "unnamed";

/** A table's rows as records by heading, with their spreadsheet row numbers. */
function records(t: Table, needed: readonly string[], problems: Problem[]): Array<{ row: number; get: (h: string) => string }> {
  const headings = (t.rows[0] ?? []).map((h) => text(h).toLowerCase());
  for (const h of needed) {
    if (!headings.includes(h))
      problems.push({ path: `${t.where}:1:${h}`, message: `the required column '${h}' is missing`, file: t.where, row: 1, column: h });
  }
  return t.rows.slice(1).map((cells, i) => ({ row: i + 2, get: (h: string) => text(cells[headings.indexOf(h)]) }));
}

/** A CI's hosting from its hosting column, by the mapping's values (any case); undefined where unknown. */
function hostingOf(mapping: CmdbMapping, value: string): Hosting | undefined {
  const v = value.toLowerCase();
  return v ? Object.entries(mapping.hostingValues).find(([k]) => k.toLowerCase() === v)?.[1] : undefined;
}

const at = (t: Table, row: number, column: string, message: string): Problem => ({
  path: `${t.where}:${row}:${column}`,
  message,
  file: t.where,
  row,
  column,
});

/**
 * A ServiceNow CMDB export (cmdb_ci and cmdb_rel_ci) as entries of the request, by the mapping:
 * each CI of a known class becomes a node operated by the mapping's organisation; each
 * relationship of a known type a dependency in the mapping's direction. CIs of an unknown class
 * and relationships of an unknown type are problems at their row, never guessed.
 */
export function addCmdb(req: ChangeRequest, ci: Table, rel: Table | null, mapping: CmdbMapping, organisation: string | null): void {
  const org = mapping.organisation ?? organisation;
  if (!org)
    req.problems.push({
      path: "mapping.organisation",
      message: "a CMDB import needs the organisation that operates its CIs (mapping.organisation, or the import's organisation)",
    });
  const skip = new Set(mapping.skipStatuses.map((s) => s.toLowerCase()));
  const imported = new Map<string, string>();
  const suppliers = new Map<string, string>();
  const cols = {
    name: "name",
    organisation: "sys_class_name",
    kind: "sys_class_name",
    owner: "support_group",
    supplier: "vendor",
    id: "sys_id",
  };
  for (const r of records(ci, ["sys_id", "name", "sys_class_name"], req.problems)) {
    const sysId = r.get("sys_id");
    if (!sysId) continue;
    const cls = r.get("sys_class_name");
    const m = mapping.classes[cls];
    if (!m) {
      req.problems.push(at(ci, r.row, "sys_class_name", `class '${cls}' is not in the mapping: add it (or map it to IGNORE)`));
      continue;
    }
    if (m.label === "IGNORE" || skip.has(r.get("operational_status").toLowerCase())) continue;
    const id = `${mapping.idPrefix}${sysId}`;
    imported.set(sysId, id);
    const origin: Origin = { path: `${ci.where}:${r.row}`, file: ci.where, row: r.row, columns: cols };
    const owner = r.get("support_group") || undefined;
    const name = r.get("name");
    if (m.label === "Supplier") addUpsert(req, "suppliers", { id, name }, origin);
    else if (m.label === "CareService")
      addUpsert(
        req,
        "careServices",
        { id, name, organisation: org ?? "", severity: m.severity, patientsPerDay: m.patientsPerDay, owner },
        origin,
      );
    else if (m.label === "DataStore")
      addUpsert(req, "dataStores", { id, name, organisation: org ?? "", records: m.records, sensitivity: m.sensitivity, owner }, origin);
    else {
      const vendor = r.get("vendor");
      let supplier: string | undefined;
      const hosting = hostingOf(mapping, r.get(mapping.hostingColumn.toLowerCase()));
      if (vendor && mapping.vendorsAsSuppliers) {
        supplier = `${mapping.idPrefix}vendor-${slug(vendor)}`;
        if (!suppliers.has(supplier)) {
          suppliers.set(supplier, vendor);
          addUpsert(req, "suppliers", { id: supplier, name: vendor }, { ...origin, columns: { ...cols, id: "vendor", name: "vendor" } });
        }
        if (!hosting)
          addUpsert(req, "dependencies", { from: id, to: supplier, effect: "FAILS" }, { ...origin, columns: { ...cols, to: "vendor" } });
      }
      const hosted = supplier && hosting ? { hosting } : {};
      addUpsert(
        req,
        "systems",
        { id, name, organisation: org ?? "", kind: m.kind, supplier, ...hosted, owner },
        { ...origin, columns: { ...cols, hosting: mapping.hostingColumn } },
      );
    }
  }
  if (!rel) return;
  const seen = new Set<string>();
  for (const r of records(rel, ["parent", "child", "type"], req.problems)) {
    const type = r.get("type");
    const direction = mapping.relationships[type];
    if (!direction) {
      req.problems.push(at(rel, r.row, "type", `relationship type '${type}' is not in the mapping: add it (or map it to IGNORE)`));
      continue;
    }
    const parent = imported.get(r.get("parent"));
    const child = imported.get(r.get("child"));
    // Relationships of CIs left out (ignored classes, retired) go with them.
    if (direction === "IGNORE" || !parent || !child) continue;
    const [from, to] = direction === "PARENT_DEPENDS_ON_CHILD" ? [parent, child] : [child, parent];
    // Two relationship types between the same CIs make one dependency.
    if (seen.has(`${from}\u0000${to}`)) continue;
    seen.add(`${from}\u0000${to}`);
    const columns = direction === "PARENT_DEPENDS_ON_CHILD" ? { from: "parent", to: "child" } : { from: "child", to: "parent" };
    addUpsert(req, "dependencies", { from, to, effect: "FAILS" }, { path: `${rel.where}:${r.row}`, file: rel.where, row: r.row, columns });
  }
}
