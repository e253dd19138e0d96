import { KIND } from "../../engine/projection.js";
import { countOfKind, isKind } from "../../engine/query.js";
import { DEFAULT_PROFILE } from "../../engine/profile.js";
import { lines, type Estate } from "./estate.js";
import { HOSTING_WORDS } from "./asset-register.js";

export const A4_COLUMNS = [
  "Supplier",
  "Certifications",
  "Supplies (systems it provides, and how they are run)",
  "Hosts",
  "Essential functions that depend on it",
  "Organisations its loss or compromise reaches",
  "Care lost if it is lost (weighted patients, 24 hours)",
  "Data exposed if it is compromised (weighted patients)",
  "Records exposed if it is compromised",
  "Concentration rank among the system's suppliers",
] as const;

/**
 * A4, suppliers: each supplier of the organisation (one its systems name, or one its care
 * services depend on), with what it supplies and hosts here, the organisation's services that
 * depend on it, and its concentration across the whole system (supplier concentration, model
 * section 10).
 */
export async function supplierSheet(e: Estate): Promise<Array<Array<string | number>>> {
  const p = e.graph.projection;
  const mine = new Set<number>();
  const supplied = new Map<number, number[]>();
  for (const a of e.assets) {
    const s = e.node(a)?.props.supplier;
    const at = typeof s === "string" ? p.indexOf.get(s) : undefined;
    if (at === undefined) continue;
    mine.add(at);
    supplied.set(at, [...(supplied.get(at) ?? []), a]);
  }
  for (const s of e.services) for (const d of e.needs.get(s)!) if (isKind(p, d, KIND.Supplier)) mine.add(d);
  const all = countOfKind(p, KIND.Supplier);
  const concentration = all ? await e.analysis.supplierConcentration(e.graph, 24, DEFAULT_PROFILE, all) : [];
  const byId = new Map(concentration.map((c, k) => [c.supplier, { ...c, rank: k + 1 }]));
  const rows = [...mine].map((s) => {
    const c = byId.get(p.idOf(s));
    const systems = supplied.get(s) ?? [];
    const how = (a: number): string => {
      const h = e.node(a)?.props.hosting;
      return `${e.name(a)}: ${typeof h === "string" ? HOSTING_WORDS[h] : "how it is run is not recorded"}`;
    };
    const certs = e.node(s)?.props.certifications;
    return {
      rank: c?.rank ?? Infinity,
      row: [
        e.name(s),
        Array.isArray(certs) ? certs.join(", ") : "none recorded",
        lines(systems.map(how)) || "nothing named here",
        lines(systems.filter((a) => e.node(a)?.props.hosting === "SUPPLIER_HOSTED").map(e.name)) || "nothing here",
        lines(e.services.filter((x) => e.needs.get(x)!.includes(s)).map(e.name)) || "none",
        c ? `${c.organisations.length}: ${lines(c.organisations.map((o) => e.name(p.indexOf.get(o)!))).replace(/\n/g, ", ")}` : "0",
        Math.round(c?.availabilityHarm ?? 0),
        Math.round(c?.confidentialityHarm ?? 0),
        Math.round(c?.recordsExposed ?? 0),
        c?.rank ?? "",
      ] as Array<string | number>,
    };
  });
  return rows.sort((x, y) => x.rank - y.rank || String(x.row[0]).localeCompare(String(y.row[0]))).map((r) => r.row);
}
