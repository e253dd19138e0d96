import { z } from "zod";
import { HOSTINGS, LIKELIHOODS, ORGANISATION_TYPES, SENSITIVITIES, SEVERITIES, SYSTEM_KINDS } from "./vocabulary.js";

export { LIKELIHOODS, NODE_LABELS, SEVERITIES, severityLevel, severityOfLevel, tierLevel, type NodeLabel } from "./vocabulary.js";

export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const Likelihood = z.enum(LIKELIHOODS);
export type Likelihood = z.infer<typeof Likelihood>;

export const SystemKind = z.enum(SYSTEM_KINDS);
export type SystemKind = z.infer<typeof SystemKind>;

export const OrganisationType = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationType>;

export const Sensitivity = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const Effect = z.enum(["FAILS", "DEGRADES"]);
export type Effect = z.infer<typeof Effect>;

/** What a system's supplier does for it (model section 10): which relationships its `supplier` implies. */
export const Hosting = z.enum(HOSTINGS);
export type Hosting = z.infer<typeof Hosting>;
