import { readFileSync } from "node:fs";
import { InterchangeDocument, type InterchangeInput } from "../../server/model/document.js";

export const loadJson = (path: string): InterchangeInput => JSON.parse(readFileSync(path, "utf8")) as InterchangeInput;

const key = (o: object): string => JSON.stringify(o);

/** A document in a form that compares: parsed (defaults applied) and every list sorted. */
export function canonical(doc: unknown): InterchangeDocument {
  const d = InterchangeDocument.parse(doc);
  const sorted = {} as Record<string, unknown[]>;
  for (const [k, list] of Object.entries(d)) {
    sorted[k] = [...(list as object[])].map(sortKeys).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return sorted as unknown as InterchangeDocument;
}

function sortKeys(o: object): object {
  return Object.fromEntries(
    Object.entries(o)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, v && typeof v === "object" && !Array.isArray(v) ? sortKeys(v as object) : v]),
  );
}

/** The same document with every id (and reference) prefixed, so a test owns its nodes. */
export function withPrefix(doc: InterchangeInput, prefix: string): InterchangeInput {
  const p = (id: string): string => `${prefix}${id}`;
  const map = <T extends object>(list: T[] | undefined, fields: Array<keyof T>): T[] =>
    (list ?? []).map((e) => {
      const out = { ...e };
      for (const f of fields) if (typeof out[f] === "string") (out[f] as unknown) = p(out[f] as string);
      return out;
    });
  return {
    organisations: map(doc.organisations, ["id"]),
    careServices: map(doc.careServices, ["id", "organisation"]),
    systems: map(doc.systems, ["id", "organisation", "supplier"]),
    dataStores: map(doc.dataStores, ["id", "organisation"]),
    suppliers: map(doc.suppliers, ["id"]),
    dependencies: map(doc.dependencies, ["from", "to"]),
    accesses: map(doc.accesses, ["system", "dataStore"]),
    administers: map(doc.administers, ["from", "to"]),
  };
}
