import { whole } from "../../lib/format.js";
import type { BlastRadius } from "./api.js";
import { peopleWords, type PeopleFigures } from "../../../../server/model/people-words.js";

const plural = (n: number, one: string, many: string): string => `${whole(n)} ${n === 1 ? one : many}`;

type Totals = Pick<
  BlastRadius,
  "careServiceCount" | "exposedCount" | "affectedCount" | "totalHarm" | "availabilityHarm" | "confidentialityHarm" | "consequence"
>;

/**
 * The totals in words, people first (how many patients a day lose care, how many records
 * leak), then the weighted patients that rank; compromise-only scenarios read as such
 * ("0 care services affected, 8 data stores exposed").
 */
export function totalsText(r: Totals & Partial<PeopleFigures>): string {
  const people =
    r.patientsDisruptedPerDay === undefined
      ? ""
      : `${peopleWords({ patientsDisruptedPerDay: r.patientsDisruptedPerDay, servicesStopped: r.servicesStopped ?? 0, servicesDegraded: r.servicesDegraded ?? 0, recordsExposed: r.recordsExposed ?? 0 })} `;
  const all = r.affectedCount > 0 ? `; ${plural(r.affectedCount, "node", "nodes")} lost or degraded in all` : "";
  const counts = `${plural(r.careServiceCount, "care service", "care services")} affected, ${plural(r.exposedCount, "data store", "data stores")} exposed${all}.`;
  const harm = `Harm ${whole(r.totalHarm)} weighted patients: ${whole(r.availabilityHarm)} from care lost, ${whole(r.confidentialityHarm)} from data exposed.`;
  const consequence = r.consequence
    ? `Consequence of the care lost: ${r.consequence.toLowerCase()}.`
    : "No care service is affected, so there is no clinical consequence.";
  return `${people}${counts} ${harm} ${consequence}`;
}

/** "the 100 most harmed of 2,345", or the count when all are listed. */
export const shownOf = (listed: number, all: number): string =>
  listed < all ? `the ${whole(listed)} most harmed of ${whole(all)}` : whole(all);
