import { capital, labelWords, plain } from "../../../../server/model/plain-words.js";
import type { ModelChange } from "./api.js";

type Counts = ModelChange["changes"]["counts"];

const many = (n: number, one: string, more: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : more}`;

/** A change set's counts in words, zeros left out: "1 node added; 2 relationships removed". */
export function countWords(c: Counts): string {
  const parts = [
    c.nodesAdded && `${many(c.nodesAdded, "node", "nodes")} added`,
    c.nodesChanged && `${many(c.nodesChanged, "node", "nodes")} changed`,
    c.nodesRemoved && `${many(c.nodesRemoved, "node", "nodes")} removed`,
    c.relationshipsAdded && `${many(c.relationshipsAdded, "relationship", "relationships")} added`,
    c.relationshipsChanged && `${many(c.relationshipsChanged, "relationship", "relationships")} changed`,
    c.relationshipsRemoved && `${many(c.relationshipsRemoved, "relationship", "relationships")} removed`,
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "nothing changes";
}

/** The names the change set itself gives (before or after), by id. */
export function namesIn(changes: ModelChange["changes"]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of [...changes.nodesAdded, ...changes.nodesChanged, ...changes.nodesRemoved]) {
    const v = (n.after ?? n.before) as { name?: unknown } | null;
    if (typeof v?.name === "string") out.set(n.id, v.name);
  }
  return out;
}

/** "Add the system “Patient portal”". */
export const nodeLine = (verb: string, label: string, name: string): string => `${verb} the ${labelWords(label)} “${name}”`;

/** "“Ward round” depends on “EPR”". */
export const relationshipLine = (verb: string, type: string, from: string, to: string): string =>
  `${capital(verb)}: “${from}” ${plain(type)} “${to}”`;
