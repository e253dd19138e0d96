import { z } from "zod";
import { Hosting, Sensitivity, Severity, SystemKind } from "../model/enums.js";

const ClassMapping = z.union([
  z.strictObject({ label: z.literal("System"), kind: SystemKind }),
  z.strictObject({ label: z.literal("DataStore"), sensitivity: Sensitivity, records: z.number().int().min(0).default(0) }),
  z.strictObject({ label: z.literal("CareService"), severity: Severity, patientsPerDay: z.number().min(0).default(0) }),
  z.strictObject({ label: z.literal("Supplier") }),
  z.strictObject({ label: z.literal("IGNORE") }),
]);

/**
 * How a ServiceNow CMDB export becomes part of the model. Editable: pass a mapping of the same
 * shape (docs/modelling.md) to override any part; classes and relationship types it does not
 * name are listed as problems, never guessed.
 */
export const CmdbMapping = z.strictObject({
  /** The organisation that operates every imported CI (else the import's organisation). */
  organisation: z.string().min(1).max(128).optional(),
  /** Prefixed to each sys_id to make the node's id. */
  idPrefix: z.string().max(40).default("snow-"),
  /** sys_class_name → what the CI becomes. */
  classes: z.record(z.string(), ClassMapping),
  /**
   * Relationship type → which end depends on which: PARENT_DEPENDS_ON_CHILD,
   * CHILD_DEPENDS_ON_PARENT, or IGNORE.
   */
  relationships: z.record(z.string(), z.enum(["PARENT_DEPENDS_ON_CHILD", "CHILD_DEPENDS_ON_PARENT", "IGNORE"])),
  /** operational_status values (display value or number) whose CIs are left out. */
  skipStatuses: z.array(z.string()).default(["Retired", "Non-Operational", "2", "6"]),
  /** Make each distinct vendor a supplier, the system's supplier, and a dependency of the system on it. */
  vendorsAsSuppliers: z.boolean().default(true),
  /**
   * The CI column that says who runs it, and its values (any case) as hosting (model section
   * 10). A vendor's CI with a known hosting gets no explicit dependency on the vendor: hosting
   * implies what the vendor's loss and compromise do. Without one the dependency stays, and
   * data quality lists the system until its hosting is set.
   */
  hostingColumn: z.string().min(1).max(80).default("u_hosting"),
  hostingValues: z.record(z.string(), Hosting).default({}),
});
export type CmdbMapping = z.infer<typeof CmdbMapping>;

export const DEFAULT_CMDB_MAPPING: z.input<typeof CmdbMapping> = {
  idPrefix: "snow-",
  classes: {
    cmdb_ci_service: { label: "CareService", severity: "MAJOR", patientsPerDay: 0 },
    cmdb_ci_service_business: { label: "CareService", severity: "MAJOR", patientsPerDay: 0 },
    cmdb_ci_business_app: { label: "System", kind: "APPLICATION" },
    cmdb_ci_appl: { label: "System", kind: "APPLICATION" },
    cmdb_ci_service_technical: { label: "System", kind: "APPLICATION" },
    cmdb_ci_server: { label: "System", kind: "INFRASTRUCTURE" },
    cmdb_ci_linux_server: { label: "System", kind: "INFRASTRUCTURE" },
    cmdb_ci_win_server: { label: "System", kind: "INFRASTRUCTURE" },
    cmdb_ci_vm_instance: { label: "System", kind: "INFRASTRUCTURE" },
    cmdb_ci_storage_device: { label: "System", kind: "INFRASTRUCTURE" },
    cmdb_ci_netgear: { label: "System", kind: "NETWORK" },
    cmdb_ci_ip_router: { label: "System", kind: "NETWORK" },
    cmdb_ci_ip_switch: { label: "System", kind: "NETWORK" },
    cmdb_ci_ip_firewall: { label: "System", kind: "NETWORK" },
    cmdb_ci_directory_service: { label: "System", kind: "IDENTITY" },
    cmdb_ci_integration: { label: "System", kind: "INTEGRATION" },
    cmdb_ci_medical_device: { label: "System", kind: "DEVICE" },
    cmdb_ci_cloud_service_account: { label: "System", kind: "CLOUD_SERVICE" },
    cmdb_ci_database: { label: "DataStore", sensitivity: "T2", records: 0 },
    cmdb_ci_db_instance: { label: "DataStore", sensitivity: "T2", records: 0 },
    cmdb_ci_db_mssql_instance: { label: "DataStore", sensitivity: "T2", records: 0 },
    cmdb_ci_db_ora_instance: { label: "DataStore", sensitivity: "T2", records: 0 },
    cmdb_ci_computer: { label: "IGNORE" },
  },
  relationships: {
    "Depends on::Used by": "PARENT_DEPENDS_ON_CHILD",
    "Runs on::Runs": "PARENT_DEPENDS_ON_CHILD",
    "Hosted on::Hosts": "PARENT_DEPENDS_ON_CHILD",
    "Uses::Used by": "PARENT_DEPENDS_ON_CHILD",
    "Connected by::Connects": "PARENT_DEPENDS_ON_CHILD",
    "Contains::Contained by": "CHILD_DEPENDS_ON_PARENT",
    "Members::Member of": "IGNORE",
  },
  hostingValues: {
    "supplier hosted": "SUPPLIER_HOSTED",
    "vendor hosted": "SUPPLIER_HOSTED",
    saas: "SUPPLIER_HOSTED",
    cloud: "SUPPLIER_HOSTED",
    "supplier supported": "SUPPLIER_SUPPORTED",
    "vendor supported": "SUPPLIER_SUPPORTED",
    "on premises": "SUPPLIER_SUPPORTED",
    local: "LOCAL",
    "in house": "LOCAL",
    "in-house": "LOCAL",
  },
};

/** The default mapping with `override`'s classes and types added over it, and its other settings taking precedence. */
export function cmdbMapping(
  override: unknown,
): { ok: true; mapping: CmdbMapping } | { ok: false; problems: Array<{ path: string; message: string }> } {
  const o = (override && typeof override === "object" ? override : {}) as Record<string, unknown>;
  const merged = {
    ...DEFAULT_CMDB_MAPPING,
    ...o,
    classes: { ...DEFAULT_CMDB_MAPPING.classes, ...(o.classes as object | undefined) },
    relationships: { ...DEFAULT_CMDB_MAPPING.relationships, ...(o.relationships as object | undefined) },
    hostingValues: { ...DEFAULT_CMDB_MAPPING.hostingValues, ...(o.hostingValues as object | undefined) },
  };
  const r = CmdbMapping.safeParse(merged);
  if (r.success) return { ok: true, mapping: r.data };
  return { ok: false, problems: r.error.issues.map((i) => ({ path: `mapping.${i.path.join(".")}`, message: i.message })) };
}
