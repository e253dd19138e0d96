import { emptyDocument, type InterchangeDocument } from "../model/document.js";
import type { Problem } from "../model/problems.js";
import type { RelType } from "./change-set.js";

export type ListKey = keyof InterchangeDocument;
export const LIST_KEYS: readonly ListKey[] = [
  "organisations",
  "careServices",
  "systems",
  "dataStores",
  "suppliers",
  "dependencies",
  "accesses",
  "administers",
];

/**
 * Where an entry came from, so that its problems name the caller's words: a path among the
 * mutation's arguments, or a file, row and the column each field was read from.
 */
export interface Origin {
  path: string;
  file?: string;
  row?: number;
  /** Field name to column heading, for spreadsheet rows. */
  columns?: Readonly<Record<string, string>>;
}

/** Whether an entry must be new, must already exist, or may be either. */
export type Expectation = "CREATE" | "UPDATE" | "UPSERT";

export interface Removal {
  origin: Origin;
}
export interface NodeRemoval extends Removal {
  id: string;
}
export interface RelRemoval extends Removal {
  type: RelType;
  from: string;
  to: string;
}

/**
 * A proposed change to the model, from any source (edits, a JSON, CSV, XLSX or CMDB import):
 * entries to write, as raw input the document rules will check, and things to remove.
 */
export interface ChangeRequest {
  upserts: Record<ListKey, unknown[]>;
  /** Per upsert entry (`list[index]`): its origin and what it expects of the graph. */
  origins: Map<string, Origin & { expect: Expectation }>;
  removeNodes: NodeRemoval[];
  removeRelationships: RelRemoval[];
  /** Remove the relationships (and clear the supplier references) of removed nodes too. */
  cascade: boolean;
  /** Replace this organisation's part of the graph: what the request does not list is removed. */
  sync: string | null;
  /** Problems found while reading the input (a bad cell, an unknown CMDB class). */
  problems: Problem[];
  /** Names the request in the audit trail: "edit", "import of deps.csv". */
  source: string;
}

export function emptyRequest(source: string): ChangeRequest {
  return {
    upserts: emptyDocument(),
    origins: new Map(),
    removeNodes: [],
    removeRelationships: [],
    cascade: false,
    sync: null,
    problems: [],
    source,
  };
}

/** Adds an entry to write, noting where it came from. */
export function addUpsert(req: ChangeRequest, list: ListKey, entry: unknown, origin: Origin, expect: Expectation = "UPSERT"): void {
  const i = req.upserts[list].push(entry) - 1;
  req.origins.set(`${list}[${i}]`, { ...origin, expect });
}

/**
 * A problem of the document rules (`$.systems[3].organisation: …`) restated at the entry's
 * origin: the mutation argument, or the file, row and column.
 */
export function relocate(req: ChangeRequest, p: Problem): Problem {
  const m = /^\$\.(\w+)\[(\d+)\](?:\.(\w+))?(.*)$/.exec(p.path);
  const origin = m ? req.origins.get(`${m[1]}[${m[2]}]`) : undefined;
  if (!m || !origin) return p;
  return locate(origin, m[3], p.message, m[4]);
}

/** A problem at an origin, of one field (or of the whole entry). */
export function locate(origin: Origin, field: string | undefined, message: string, rest = ""): Problem {
  if (origin.file === undefined) return { path: `${origin.path}${field ? `.${field}` : ""}${rest}`, message };
  const column = field ? (origin.columns?.[field] ?? field) : undefined;
  const out: Problem = { path: `${origin.path}${column ? `:${column}` : ""}`, message, file: origin.file, row: origin.row };
  if (column) out.column = column;
  return out;
}
