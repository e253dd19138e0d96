/**
 * The board report's sentences, one home for the PDF and the web page. Free of imports beyond
 * plain helpers, so the client bundles it as it is.
 */
import type { BreachRow, BreachSection } from "./sections/breaches.js";
import type { CompletenessRow } from "./sections/completeness.js";
import type { SinglePointRow } from "./sections/single-points.js";
import type { SupplierRow } from "./sections/suppliers.js";
import type { ChangeSection } from "./sections/changes.js";
import type { TopAsset } from "./sections/top-assets.js";
import { counted, enGb, hoursWords } from "./en-gb.js";
import { roughly } from "../model/people-words.js";

export function breachLead(b: BreachSection): string {
  if (!b.withTolerance) return "No care service covered has an impact tolerance, so no breach can be found.";
  if (!b.services)
    return `No single loss keeps any of the ${counted(b.withTolerance, "care service")} with an impact tolerance down beyond it.`;
  return `${counted(b.services, "care service")} of the ${b.withTolerance} with an impact tolerance would stay disrupted beyond it if one system, data store or supplier were lost. The worst ${Math.min(10, b.worst.length)}, most severe first:`;
}

/** The recovery time behind a breach, against the tolerance. */
export const breachBehind = (w: BreachRow): string =>
  `${w.through} takes ${w.recoveryHours === null ? "an unrecorded time" : hoursWords(w.recoveryHours)} to bring back; tolerance ${hoursWords(w.toleranceHours)}${w.assets > 1 ? `; the loss of any one of ${w.assets} systems, data stores or suppliers would breach it` : ""}`;

export const singlePointLine = (s: SinglePointRow): string =>
  s.points.length ? `${s.points.join(", ")}` : "none: no one system, data store or supplier stops it alone";

export const supplierLine = (s: SupplierRow): string =>
  `across the whole system, reaches ${counted(s.organisations, "organisation")} and ${counted(s.services, "care service")}; ${roughly(s.recordsExposed)} records exposed if compromised`;

export const completenessShare = (c: CompletenessRow): string =>
  c.of ? `${c.count.toLocaleString("en-GB")} of ${c.of.toLocaleString("en-GB")} (${Math.round((c.count / c.of) * 100)}%)` : "none to count";

export const changesHeading = (c: ChangeSection): string =>
  c.previous ? `What changed since the report kept on ${enGb(c.previous.madeAt)} (made by ${c.previous.madeBy})` : "What changed";

/** Says when the report is kept, so a reader knows what the next one compares with. */
export const KEPT_NOTE =
  "Each PDF made is kept: the next report of the same organisation, or of the whole system, says what changed since it.";

/** Who owns the asset and which risk the register holds on it, or that it holds none. */
export const heldBy = (a: TopAsset): string =>
  [
    a.owner ? `owner ${a.owner}` : "no owner named",
    a.risk ? `risk held: ${a.risk.title} (residual rating ${a.risk.residualRating}, owner ${a.risk.owner})` : "no risk held",
  ].join("; ");
