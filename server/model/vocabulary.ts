/**
 * The model's ordered scales and labels as plain lists, with their level conversions. Free of
 * zod, so the engine's risk matrix and the client can import them without bundling a validator;
 * enums.ts builds the schemas from these.
 */

/** DCB0160 consequence categories, in ascending order: level = index + 1. */
export const SEVERITIES = ["MINOR", "SIGNIFICANT", "CONSIDERABLE", "MAJOR", "CATASTROPHIC"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A severity's DCB0160 level, 1..5. */
export const severityLevel = (s: Severity): number => SEVERITIES.indexOf(s) + 1;
/** Level 1..5 to its severity; 0 (no care lost) to null. */
export const severityOfLevel = (level: number): Severity | null => (level >= 1 ? SEVERITIES[level - 1]! : null);

export const LIKELIHOODS = ["VERY_LOW", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

/** Data sensitivity tiers of the scoring model (T1 demographics … T4 enables physical harm). */
export const SENSITIVITIES = ["T1", "T2", "T3", "T4"] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
/** A tier's level, 1..4. */
export const tierLevel = (t: Sensitivity): number => SENSITIVITIES.indexOf(t) + 1;

export const NODE_LABELS = ["Organisation", "CareService", "System", "DataStore", "Supplier"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
/** A node's label as a sentence reads it. */
export const LABEL_WORDS: Readonly<Record<NodeLabel, string>> = {
  System: "system",
  DataStore: "data store",
  Supplier: "supplier",
  CareService: "care service",
  Organisation: "organisation",
};

/** The risk register's threats and treatments (risk-model.ts builds the schemas from these). */
export const THREATS = ["RANSOMWARE", "SUPPLIER_OUTAGE", "DATA_EXFILTRATION", "INSIDER", "DEVICE_FAILURE", "OTHER"] as const;
export const TREATMENTS = ["TREAT", "TOLERATE", "TRANSFER", "TERMINATE"] as const;

/** What a system is. */
export const SYSTEM_KINDS = ["APPLICATION", "INFRASTRUCTURE", "NETWORK", "IDENTITY", "INTEGRATION", "DEVICE", "CLOUD_SERVICE"] as const;

/** Who runs a system its `supplier` provides (model section 10). */
export const HOSTINGS = ["SUPPLIER_HOSTED", "SUPPLIER_SUPPORTED", "LOCAL"] as const;

/** What an organisation is. */
export const ORGANISATION_TYPES = [
  "ACUTE_TRUST",
  "MENTAL_HEALTH_TRUST",
  "COMMUNITY_TRUST",
  "AMBULANCE_TRUST",
  "GP_PRACTICE",
  "CARE_HOME",
  "INTEGRATED_CARE_BOARD",
  "NATIONAL_SERVICE",
  "SUPPLIER",
  "OTHER",
] as const;
