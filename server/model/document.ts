import { z } from "zod";
import { Effect, Hosting, OrganisationType, Sensitivity, Severity, SystemKind } from "./enums.js";

/**
 * The interchange document: one JSON document describes a whole graph. These schemas check
 * the shape of each entry; the rules between entries (references, duplicates, groups, label
 * pairs) are in document-rules.ts.
 */
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, "must be 1-128 letters, digits, '.', '_', ':' or '-'");
const name = z.string().trim().min(1, "must not be empty").max(300);
const owner = z.string().trim().min(1).max(200).optional();
/** How long the node takes to come back after it is lost (model section 9): its tested recovery time. */
const recoveryHours = z.number().gt(0, "must be above 0").max(1e6).optional();
const fraction = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");

export const OrganisationDoc = z.strictObject({
  id,
  name,
  type: OrganisationType,
  region: z.string().trim().min(1).max(200).optional(),
});

export const Workaround = z.strictObject({
  capacity: fraction,
  sustainableHours: z.number().min(0, "must not be negative").max(1e6),
});

export const CareServiceDoc = z.strictObject({
  id,
  name,
  organisation: id,
  severity: Severity,
  patientsPerDay: z.number().min(0, "must not be negative").max(1e7),
  impactToleranceHours: z.number().gt(0, "must be above 0").max(1e6).optional(),
  workaround: Workaround.optional(),
  owner,
});

export const SystemDoc = z.strictObject({
  id,
  name,
  organisation: id,
  kind: SystemKind,
  supplier: id.optional(),
  /** What the supplier's loss or compromise does to the system (model section 10); the engine derives edges from it. */
  hosting: Hosting.optional(),
  internetFacing: z.boolean().optional(),
  owner,
  recoveryHours,
});

export const DataStoreDoc = z.strictObject({
  id,
  name,
  organisation: id,
  records: z.number().int("must be a whole number").min(0, "must not be negative").max(1e12),
  sensitivity: Sensitivity,
  owner,
  recoveryHours,
});

export const SupplierDoc = z.strictObject({
  id,
  name,
  certifications: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  recoveryHours,
});

export const DependencyDoc = z.strictObject({
  from: id,
  to: id,
  effect: Effect.default("FAILS"),
  capacity: fraction.optional(),
  group: z.string().trim().min(1).max(100).optional(),
  share: fraction.optional(),
});

export const AccessDoc = z.strictObject({ system: id, dataStore: id });
export const AdministersDoc = z.strictObject({ from: id, to: id });

const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const InterchangeDocument = z.strictObject({
  organisations: list(OrganisationDoc),
  careServices: list(CareServiceDoc),
  systems: list(SystemDoc),
  dataStores: list(DataStoreDoc),
  suppliers: list(SupplierDoc),
  dependencies: list(DependencyDoc),
  accesses: list(AccessDoc),
  administers: list(AdministersDoc),
});

export type OrganisationDoc = z.infer<typeof OrganisationDoc>;
export type CareServiceDoc = z.infer<typeof CareServiceDoc>;
export type SystemDoc = z.infer<typeof SystemDoc>;
export type DataStoreDoc = z.infer<typeof DataStoreDoc>;
export type SupplierDoc = z.infer<typeof SupplierDoc>;
export type DependencyDoc = z.infer<typeof DependencyDoc>;
export type AccessDoc = z.infer<typeof AccessDoc>;
export type AdministersDoc = z.infer<typeof AdministersDoc>;
/** A parsed document: every list present, every dependency with its effect. */
export type InterchangeDocument = z.infer<typeof InterchangeDocument>;
/** A document as written by hand: lists and defaults may be omitted. */
export type InterchangeInput = z.input<typeof InterchangeDocument>;

/** A document with every list empty, the lists in their order. */
export const emptyDocument = (): InterchangeDocument => ({
  organisations: [],
  careServices: [],
  systems: [],
  dataStores: [],
  suppliers: [],
  dependencies: [],
  accesses: [],
  administers: [],
});
