import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { badInput } from "../base/errors.js";
import { addUpsert, emptyRequest, LIST_KEYS, type ChangeRequest } from "../model-change/request.js";
import { addCmdb } from "./cmdb.js";
import { cmdbMapping } from "./cmdb-mapping.js";
import { kindNamed } from "./columns.js";
import { addRows } from "./rows-to-entries.js";
import type { SheetFile } from "./read-files.js";
import { readTables } from "./read-tables.js";
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from "./upload-limits.js";

export const ImportFile = z.object({
  name: z.string().trim().min(1).max(300),
  content: z.string(),
  format: z.enum(["JSON", "CSV", "XLSX"]).nullish(),
  kind: z.string().max(50).nullish(),
});
export type ImportFile = z.infer<typeof ImportFile>;

const ImportArgs = z.object({
  files: z.array(ImportFile).min(1, "give at least one file").max(50),
  mode: z.enum(["MERGE", "SYNC"]).nullish(),
  organisation: z.string().min(1).max(128).nullish(),
  cascade: z.boolean().nullish(),
  mapping: z.unknown().nullish(),
});

const formatOf = (f: ImportFile): "JSON" | "CSV" | "XLSX" | null =>
  f.format ?? (/\.json$/i.test(f.name) ? "JSON" : /\.csv$/i.test(f.name) ? "CSV" : /\.xlsx$/i.test(f.name) ? "XLSX" : null);
const isCmdb = (name: string): "ci" | "rel" | null => {
  const base = name
    .replace(/^.*[\\/]/, "")
    .replace(/\.(csv)$/i, "")
    .toLowerCase();
  return base === "cmdb_ci" ? "ci" : base === "cmdb_rel_ci" ? "rel" : null;
};

/**
 * Files of an import as one change request: JSON interchange documents, CSV files and XLSX
 * workbooks of the template's kinds, and a ServiceNow CMDB export, in any mix. Every problem
 * names its file (and sheet), row and column. CSV and XLSX files are read within `limits`
 * (read-tables.ts); past one the import is refused whole.
 */
export async function importRequest(args: unknown, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): Promise<ChangeRequest> {
  const a = parseArgs(ImportArgs, args);
  const req = emptyRequest(`import of ${a.files.map((f) => f.name).join(", ")}`);
  req.cascade = a.cascade ?? false;
  if (a.mode === "SYNC") {
    if (!a.organisation)
      throw badInput("A SYNC names the organisation whose part it replaces.", [
        { path: "$.organisation", message: "is required for SYNC" },
      ]);
    req.sync = a.organisation;
  }
  const sheets: Array<SheetFile & { kind: string | null }> = [];
  for (const f of a.files) {
    const format = formatOf(f);
    if (format === "CSV" || format === "XLSX") sheets.push({ name: f.name, format, content: f.content, kind: f.kind ?? null });
    else if (format === "JSON") addJson(req, f);
    else
      req.problems.push({
        path: f.name,
        message: "cannot tell the format: name the file .json, .csv or .xlsx, or give its format",
        file: f.name,
      });
  }
  const read = await readTables(sheets, limits);
  for (const { file, message } of read.unreadable) {
    const f = sheets[file]!;
    req.problems.push({ path: f.name, message: `cannot read it as ${f.format}: ${message}`, file: f.name });
  }
  const tables = read.tables.map(({ file, table }) => ({ table, kind: sheets[file]!.format === "CSV" ? sheets[file]!.kind : null }));
  const ci = tables.find((t) => isCmdb(t.table.name) === "ci");
  const rel = tables.find((t) => isCmdb(t.table.name) === "rel");
  if (ci || rel) {
    const m = cmdbMapping(a.mapping);
    if (!m.ok) req.problems.push(...m.problems);
    else if (!ci) req.problems.push({ path: rel!.table.where, message: "cmdb_rel_ci needs its cmdb_ci alongside", file: rel!.table.where });
    else addCmdb(req, ci.table, rel?.table ?? null, m.mapping, a.organisation ?? null);
  }
  for (const { table, kind } of tables) {
    if (isCmdb(table.name)) continue;
    const k = kindNamed(kind ?? table.name);
    if (!k)
      req.problems.push({
        path: table.where,
        message: `cannot tell what '${table.name}' holds: name it after a kind (organisations, services, systems, data-stores, suppliers, dependencies, accesses, administers)`,
        file: table.where,
      });
    else addRows(req, table, k);
  }
  return req;
}

/** An interchange document as entries, each located by its file and JSON path. */
function addJson(req: ChangeRequest, f: ImportFile): void {
  const unreadable = (message: string): void =>
    void req.problems.push({ path: f.name, message: `cannot read it as JSON: ${message}`, file: f.name });
  let doc: unknown;
  try {
    doc = JSON.parse(f.content);
  } catch (e) {
    // The parser's own words vary by Node version; its position is what helps.
    const at = /position (\d+)/.exec(String(e))?.[1];
    return unreadable(`it is not valid JSON${at ? ` (at character ${at})` : ""}`);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return unreadable("an interchange document is a JSON object");
  for (const [key, list] of Object.entries(doc)) {
    const k = LIST_KEYS.find((x) => x === key);
    if (!k || !Array.isArray(list)) {
      req.problems.push({
        path: `${f.name}:$.${key}`,
        message: k ? "must be a list" : "is not a list of the interchange document",
        file: f.name,
      });
      continue;
    }
    list.forEach((entry: unknown, i: number) => addUpsert(req, k, entry, { path: `${f.name}:$.${key}[${i}]` }));
  }
}
