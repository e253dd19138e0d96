import { z } from "zod";

/** DCB0160 consequence categories, in ascending order: level = index + 1. */
export const SEVERITIES = ["MINOR", "SIGNIFICANT", "CONSIDERABLE", "MAJOR", "CATASTROPHIC"] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** A severity's DCB0160 level, 1..5. */
export const severityLevel = (s: Severity): number => SEVERITIES.indexOf(s) + 1;
/** Level 1..5 to its severity; 0 (no care lost) to null. */
export const severityOfLevel = (level: number): Severity | null => (level >= 1 ? SEVERITIES[level - 1]! : null);

export const LIKELIHOODS = ["VERY_LOW", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"] as const;
export const Likelihood = z.enum(LIKELIHOODS);
export type Likelihood = z.infer<typeof Likelihood>;

export const SystemKind = z.enum([
  "APPLICATION",
  "INFRASTRUCTURE",
  "NETWORK",
  "IDENTITY",
  "INTEGRATION",
  "DEVICE",
  "CLOUD_SERVICE",
]);
export type SystemKind = z.infer<typeof SystemKind>;

export const OrganisationType = z.enum([
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
]);
export type OrganisationType = z.infer<typeof OrganisationType>;

/** Data sensitivity tiers of the scoring model (T1 demographics … T4 enables physical harm). */
export const SENSITIVITIES = ["T1", "T2", "T3", "T4"] as const;
export const Sensitivity = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof Sensitivity>;
/** A tier's level, 1..4. */
export const tierLevel = (t: Sensitivity): number => SENSITIVITIES.indexOf(t) + 1;

export const Effect = z.enum(["FAILS", "DEGRADES"]);
export type Effect = z.infer<typeof Effect>;

export const NODE_LABELS = ["Organisation", "CareService", "System", "DataStore", "Supplier"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
