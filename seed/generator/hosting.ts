import type { Hosting, SystemKind } from "../../server/model/enums.js";
import type { PoolName } from "./supplier-pools.js";

/**
 * Who runs a generated system its supplier provides (model section 10). Cloud services are
 * the supplier's; networks are the organisation's own (a carrier's link names its carrier
 * explicitly where it matters); anything else on the organisation's servers has the
 * supplier's remote support.
 */
export function defaultHosting(kind: SystemKind): Hosting {
  if (kind === "CLOUD_SERVICE") return "SUPPLIER_HOSTED";
  if (kind === "NETWORK") return "LOCAL";
  return "SUPPLIER_SUPPORTED";
}

/**
 * Markets whose vendors run what they sell even where it sits in the trust's data centre:
 * remotely hosted and managed EPRs, PAS and laboratory systems, dispatch and urgent care.
 */
const VENDOR_RUN: ReadonlySet<PoolName> = new Set<PoolName>([
  "eprAcute",
  "eprMh",
  "eprCommunity",
  "lims",
  "urgent",
  "ambulanceEpr",
  "cad",
  "gp",
]);

/** The hosting of an application of pool `pool` placed on the organisation's own servers. */
export function onPremHosting(pool: PoolName): Hosting {
  return VENDOR_RUN.has(pool) ? "SUPPLIER_HOSTED" : "SUPPLIER_SUPPORTED";
}
