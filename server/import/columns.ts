import type { ListKey } from "../model-change/request.js";

export type CellType = "text" | "number" | "integer" | "boolean" | "list";

/** One column of a sheet: its heading (the document's field name), how it reads, an example. */
export interface Column {
  name: string;
  type: CellType;
  required: boolean;
  example: string;
  description: string;
}

export interface Kind {
  /** The file name (without .csv) or sheet name that holds it. */
  name: string;
  list: ListKey;
  columns: Column[];
}

const col = (name: string, type: CellType, required: boolean, example: string, description: string): Column => ({
  name,
  type,
  required,
  example,
  description,
});
const ID = "1-128 letters, digits, '.', '_', ':' or '-'";
const owner = col("owner", "text", false, "Head of clinical systems", "Who is accountable for it (optional)");
const recovery = (example: string, what: string): Column =>
  col(
    "recoveryHours",
    "number",
    false,
    example,
    `Hours to rebuild or restore ${what} once lost, above 0 (optional; the recovery plan needs it)`,
  );

/**
 * The sheets of a bulk import, one per kind, each column named as the interchange document
 * names the field (docs/model.md). The templates are made from this list, so they and the
 * reader cannot disagree.
 */
export const KINDS: readonly Kind[] = [
  {
    name: "organisations",
    list: "organisations",
    columns: [
      col("id", "text", true, "org-example", `Unique id (${ID})`),
      col("name", "text", true, "Example Hospitals NHS Trust", "Name"),
      col(
        "type",
        "text",
        true,
        "ACUTE_TRUST",
        "ACUTE_TRUST, MENTAL_HEALTH_TRUST, COMMUNITY_TRUST, AMBULANCE_TRUST, GP_PRACTICE, CARE_HOME, INTEGRATED_CARE_BOARD, NATIONAL_SERVICE, SUPPLIER or OTHER",
      ),
      col("region", "text", false, "North East and Yorkshire", "Region (optional)"),
    ],
  },
  {
    name: "services",
    list: "careServices",
    columns: [
      col("id", "text", true, "svc-example-ed", `Unique id (${ID})`),
      col("name", "text", true, "Emergency department", "Name"),
      col("organisation", "text", true, "org-example", "Id of the organisation that runs it"),
      col("severity", "text", true, "CATASTROPHIC", "Harm of its total loss: MINOR, SIGNIFICANT, CONSIDERABLE, MAJOR or CATASTROPHIC"),
      col("patientsPerDay", "number", true, "350", "Patients it serves a day"),
      col("impactToleranceHours", "number", false, "4", "Hours it can be disrupted before harm becomes intolerable (optional)"),
      col(
        "workaroundCapacity",
        "number",
        false,
        "0.3",
        "Share of the service a manual workaround keeps, 0 to 1 (optional; with workaroundSustainableHours)",
      ),
      col("workaroundSustainableHours", "number", false, "24", "Hours the workaround can be kept up (optional)"),
      owner,
    ],
  },
  {
    name: "systems",
    list: "systems",
    columns: [
      col("id", "text", true, "sys-example-epr", `Unique id (${ID})`),
      col("name", "text", true, "Electronic patient record", "Name"),
      col("organisation", "text", true, "org-example", "Id of the organisation that operates it"),
      col("kind", "text", true, "APPLICATION", "APPLICATION, INFRASTRUCTURE, NETWORK, IDENTITY, INTEGRATION, DEVICE or CLOUD_SERVICE"),
      col("supplier", "text", false, "sup-example", "Id of its supplier (optional)"),
      col(
        "hosting",
        "text",
        false,
        "SUPPLIER_HOSTED",
        "With a supplier: SUPPLIER_HOSTED (the supplier runs it), SUPPLIER_SUPPORTED (on premises, supplier has remote access) or LOCAL (run in-house)",
      ),
      col("internetFacing", "boolean", false, "false", "true or false (optional)"),
      owner,
      recovery("48", "it"),
    ],
  },
  {
    name: "data-stores",
    list: "dataStores",
    columns: [
      col("id", "text", true, "ds-example-epr", `Unique id (${ID})`),
      col("name", "text", true, "EPR database", "Name"),
      col("organisation", "text", true, "org-example", "Id of the organisation that holds it"),
      col("records", "integer", true, "600000", "Number of records (a whole number)"),
      col("sensitivity", "text", true, "T2", "T1 demographics, T2 health records, T3 specially protected, T4 enables physical harm"),
      owner,
      recovery("24", "it from backup"),
    ],
  },
  {
    name: "suppliers",
    list: "suppliers",
    columns: [
      col("id", "text", true, "sup-example", `Unique id (${ID})`),
      col("name", "text", true, "Example Health Software Ltd", "Name"),
      col("certifications", "list", false, "ISO 27001; Cyber Essentials Plus", "Certifications, separated by ';' (optional)"),
      recovery("72", "its service"),
    ],
  },
  {
    name: "dependencies",
    list: "dependencies",
    columns: [
      col("from", "text", true, "svc-example-ed", "Id of the care service, system or data store that depends"),
      col("to", "text", true, "sys-example-epr", "Id of the care service, system, data store or supplier it depends on"),
      col("effect", "text", false, "FAILS", "FAILS (default: it stops without it) or DEGRADES (it keeps capacity)"),
      col("capacity", "number", false, "", "With DEGRADES: the share of function kept, 0 to 1"),
      col("group", "text", false, "", "Redundancy group name: members of one group stand in for each other"),
      col("share", "number", false, "", "In a group: the share of the need this member can carry, 0 to 1"),
    ],
  },
  {
    name: "accesses",
    list: "accesses",
    columns: [
      col("system", "text", true, "sys-example-epr", "Id of the system"),
      col("dataStore", "text", true, "ds-example-epr", "Id of the data store it reads or writes"),
    ],
  },
  {
    name: "administers",
    list: "administers",
    columns: [
      col("from", "text", true, "sup-example", "Id of the system or supplier with administrative control"),
      col("to", "text", true, "sys-example-epr", "Id of the system it administers"),
    ],
  },
];

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, "");
const ALIASES = new Map<string, Kind>();
for (const k of KINDS) ALIASES.set(squash(k.name), k);
ALIASES.set("careservices", KINDS[1]!);
ALIASES.set("datastore", KINDS[3]!);

/** The kind a file or sheet name holds: "Data stores", "data_stores.csv" and "dataStores" all name one. */
export function kindNamed(name: string): Kind | undefined {
  const base = squash(name.replace(/\.(csv|xlsx)$/i, "").replace(/^.*[\\/]/, ""));
  return ALIASES.get(base) ?? ALIASES.get(base.replace(/s$/, "")) ?? ALIASES.get(`${base}s`);
}
