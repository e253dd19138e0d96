import { z } from "zod";
import { LIKELIHOODS, SENSITIVITIES, SEVERITIES } from "./vocabulary.js";

export { LIKELIHOODS, NODE_LABELS, SEVERITIES, severityLevel, severityOfLevel, tierLevel, type NodeLabel } from "./vocabulary.js";

export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

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

export const Sensitivity = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const Effect = z.enum(["FAILS", "DEGRADES"]);
export type Effect = z.infer<typeof Effect>;
