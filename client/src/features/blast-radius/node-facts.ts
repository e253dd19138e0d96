import type { ChosenNodeQuery } from "../../gql/graphql.js";
import { percent, whole } from "../../lib/format.js";
import type { NodeRef } from "./api.js";
import { plain } from "../../../../server/model/plain-words.js";

export type Neighbour = Omit<NonNullable<ChosenNodeQuery["node"]>["neighbours"][number], "node"> & { node: NodeRef };
export type Details = NodeRef & Record<string, unknown> & { neighbours: Neighbour[] };

/** What the node is to this scenario, from the drawn element's data. */
export interface InScenario {
  capability?: number;
  status?: string;
  lost?: boolean;
  compromised?: boolean;
  exposed?: boolean;
  controlled?: boolean;
}

const RELATION: Record<string, [string, string]> = {
  DEPENDS_ON: ["Depends on", "Depended on by"],
  ACCESSES: ["Accesses", "Accessed by"],
  ADMINISTERS: ["Administers", "Administered by"],
  OPERATED_BY: ["Operated by", "Operates"],
};
export const FIELDS: Array<[string, string, (v: unknown) => string]> = [
  ["severity", "Severity", (v) => plain(String(v))],
  ["patientsPerDay", "Patients a day", (v) => whole(Number(v))],
  ["impactToleranceHours", "Impact tolerance", (v) => `${String(v)} h`],
  ["kind", "Kind", (v) => plain(String(v))],
  ["supplier", "Supplier", String],
  ["hosting", "Who runs it", (v) => plain(String(v))],
  ["internetFacing", "Reachable from the internet", (v) => (v ? "yes" : "no")],
  ["sensitivity", "Sensitivity", (v) => plain(String(v))],
  ["records", "Records", (v) => whole(Number(v))],
  ["owner", "Owner", String],
];

/** The node's part in the scenario, in words. */
export function scenarioWords(s: InScenario): string {
  const parts: string[] = [];
  if (s.lost) parts.push("lost (chosen)");
  if (s.compromised) parts.push("compromised (chosen)");
  if (s.controlled) parts.push("administered by the attacker");
  if (s.exposed) parts.push("exposed");
  if (!s.lost && s.status) parts.push(s.status === "FAILED" ? "stopped" : `degraded to ${percent(s.capability ?? 0)}`);
  return parts.length ? parts.join(", ") : "not affected";
}

/** The neighbours under their relation's title ("Depends on", "Depended on by", …). */
export function byRelation(neighbours: readonly Neighbour[]): Map<string, Neighbour[]> {
  const grouped = new Map<string, Neighbour[]>();
  for (const n of neighbours) {
    const title = RELATION[n.relationship]![n.direction === "OUTGOING" ? 0 : 1];
    grouped.set(title, [...(grouped.get(title) ?? []), n]);
  }
  return grouped;
}
