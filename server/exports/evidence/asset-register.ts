import { KIND } from "../../engine/projection.js";
import { directDependencies, isKind } from "../../engine/query.js";
import { lines, type Estate } from "./estate.js";

/** What a system's kind, or a data store, is called in the register. */
const TYPE: Record<string, string> = {
  APPLICATION: "Application",
  INFRASTRUCTURE: "Infrastructure",
  NETWORK: "Network",
  IDENTITY: "Identity service",
  INTEGRATION: "Integration engine",
  DEVICE: "Device fleet",
  CLOUD_SERVICE: "Cloud service",
};

export const HOSTING_WORDS: Record<string, string> = {
  SUPPLIER_HOSTED: "hosted by the supplier",
  SUPPLIER_SUPPORTED: "run here, supported remotely by the supplier",
  LOCAL: "run here without the supplier's access",
};

export const A3A_COLUMNS = [
  "Asset",
  "Type",
  "Owner",
  "Essential functions it supports",
  "Depends on",
  "Supplier",
  "Hosting",
  "Records held",
  "Priority (rank to protect first)",
  "Harm if lost or compromised (weighted patients, 24 hours)",
  "Risk held on the register",
] as const;

/** The open risk naming the asset with the highest residual rating, or that none is held. */
function riskOn(e: Estate, id: string): string {
  const held = e.risks.find(({ risk }) => risk.scenario.lost.includes(id) || risk.scenario.compromised.includes(id));
  return held ? `${held.risk.title} (residual rating ${held.assessment.residualRating}, owner ${held.risk.owner})` : "no risk held";
}

/**
 * A3.a, the asset register: each of the organisation's systems, data stores and device fleets,
 * highest priority first (its rank in what to protect first across the whole system).
 */
export function assetRegister(e: Estate): Array<Array<string | number | null>> {
  const p = e.graph.projection;
  const rows = e.assets.map((a) => {
    const props = e.node(a)?.props ?? {};
    const supplier = typeof props.supplier === "string" ? props.supplier : null;
    const supplierAt = supplier === null ? undefined : p.indexOf.get(supplier);
    const ranked = e.rank.get(p.idOf(a));
    return [
      e.name(a),
      isKind(p, a, KIND.DataStore) ? "Data store" : (TYPE[String(props.kind)] ?? "System"),
      typeof props.owner === "string" ? props.owner : "no owner named",
      lines((e.supports.get(a) ?? []).map(e.nameOf)) || "none",
      lines(directDependencies(p, a).map(e.nameOf)) || "nothing",
      supplierAt === undefined ? (supplier ?? "") : e.name(supplierAt),
      typeof props.hosting === "string" ? HOSTING_WORDS[props.hosting]! : supplier ? "not recorded" : "",
      isKind(p, a, KIND.DataStore) ? Number(props.records ?? 0) : null,
      ranked?.rank ?? null,
      ranked ? Math.round(ranked.score) : null,
      riskOn(e, p.idOf(a)),
    ];
  });
  return rows.sort((x, y) => Number(x[8] ?? Infinity) - Number(y[8] ?? Infinity) || String(x[0]).localeCompare(String(y[0])));
}
