import { KIND } from "../../engine/projection.js";
import { countOfKind } from "../../engine/query.js";
import { DEFAULT_PROFILE } from "../../engine/profile.js";
import { getNodes } from "../../graph/nodes.js";
import { nameOf, type SectionInput } from "./input.js";

export interface SupplierRow {
  name: string;
  /** Organisations its loss or compromise reaches (of the whole system). */
  organisations: number;
  /** Care services its loss disrupts (of the whole system). */
  services: number;
  availabilityHarm: number;
  confidentialityHarm: number;
  recordsExposed: number;
}

const SHOWN = 5;

/**
 * The suppliers on whom most harm is concentrated, by loss and compromise over 24 hours; for an
 * organisation's report, those that reach it.
 */
export async function supplierConcentrations(input: SectionInput): Promise<SupplierRow[]> {
  const p = input.graph.projection;
  const suppliers = countOfKind(p, KIND.Supplier);
  if (!suppliers) return [];
  const all = await input.analysis.supplierConcentration(input.graph, 24, DEFAULT_PROFILE, suppliers);
  const reaching = all
    .filter((s) => input.organisation === null || s.organisations.includes(input.organisation))
    .filter((s) => s.availabilityHarm + s.confidentialityHarm > 0)
    .slice(0, SHOWN);
  const nodes = await getNodes(
    input.db,
    reaching.map((s) => s.supplier),
  );
  return reaching.map((s) => ({
    name: nameOf(nodes, s.supplier),
    organisations: s.organisations.length,
    services: s.services.length,
    availabilityHarm: s.availabilityHarm,
    confidentialityHarm: s.confidentialityHarm,
    recordsExposed: s.recordsExposed,
  }));
}
