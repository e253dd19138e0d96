import { capital, labelWords, plain } from "../../../../server/model/plain-words.js";
import type { ModelChangeInput } from "../../gql/graphql.js";

const LABELS: Readonly<Record<string, string>> = {
  organisation: "Organisation",
  careService: "CareService",
  system: "System",
  dataStore: "DataStore",
  supplier: "Supplier",
};
const RELATIONSHIPS = [
  ["dependency", "DEPENDS_ON", "from", "to"],
  ["access", "ACCESSES", "system", "dataStore"],
  ["administers", "ADMINISTERS", "from", "to"],
] as const;

/** One change of a candidate in words: "Change the system “EPR” (recovery hours 12)"; "Remove: “A” depends on “B”". */
export function changeWords(c: ModelChangeInput): string {
  if (c.op === "DELETE" && c.id) return `Remove the node “${c.id}”`;
  if (c.node) {
    const [key, entry] = Object.entries(c.node).find(([, v]) => v) ?? ["system", {}];
    const e = entry as Record<string, unknown>;
    const verb = c.op === "CREATE" ? "Add" : "Change";
    const w = e.workaround as { capacity: number; sustainableHours: number } | undefined;
    const detail = [
      typeof e.recoveryHours === "number" ? `recovery in ${e.recoveryHours} hours` : "",
      w ? `a workaround at ${Math.round(100 * w.capacity)}% for ${w.sustainableHours} hours` : "",
    ].filter(Boolean);
    return `${verb} the ${labelWords(LABELS[key] ?? key)} “${String(e.name ?? e.id)}”${detail.length ? ` (${detail.join(", ")})` : ""}`;
  }
  for (const [key, type, a, b] of RELATIONSHIPS) {
    const r = c[key] as Record<string, unknown> | null | undefined;
    if (!r) continue;
    const line = `“${String(r[a])}” ${plain(type)} “${String(r[b])}”`;
    if (c.op === "DELETE") return `Remove: ${line}`;
    const group = typeof r.group === "string" ? `, one of the alternatives “${r.group}”` : "";
    const degrades = r.effect === "DEGRADES" ? `, which keeps ${Math.round(100 * Number(r.capacity ?? 0))}% without it` : "";
    return `${capital(c.op === "CREATE" ? "add" : "add or change")}: ${line}${group}${degrades}`;
  }
  return capital(plain(c.op));
}
