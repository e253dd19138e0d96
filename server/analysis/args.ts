import { z } from "zod";
import { badInput } from "../base/errors.js";
import { customProfile, DEFAULT_PROFILE, type ScoringProfile } from "../engine/profile.js";
import { KIND, KIND_LABELS, type Projection } from "../engine/projection.js";
import { kindOf, organisationIndex } from "../engine/query.js";
import { jsonPath, type Problem } from "../model/problems.js";

/** Parses arguments with zod; a refusal lists every problem by its path among the arguments. */
export function parseArgs<T extends z.ZodType>(schema: T, args: unknown): z.infer<T> {
  const r = schema.safeParse(args);
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
    throw badInput(problems.map((p) => `${p.path}: ${p.message}`).join("; "), problems);
  }
  return r.data;
}

/** Up to a year; the harm integral is exact at any horizon, but a bound keeps answers meaningful. */
export const Hours = z.number().finite().min(0, "hours must not be negative").max(8760, "hours must be at most 8760 (a year)");
const weight = z.number().finite().min(0, "weights must not be negative").max(1e9);

export const ProfileInput = z
  .object({
    severityWeights: z.array(weight).length(5, "severityWeights needs five numbers, for levels 1..5").nullish(),
    tierWeights: z.array(weight).length(4, "tierWeights needs four numbers, for T1..T4").nullish(),
    recordFactor: weight.nullish(),
    escalation: z.boolean().nullish(),
  })
  .nullish();

export function toProfile(input: z.infer<typeof ProfileInput>): ScoringProfile {
  if (!input) return DEFAULT_PROFILE;
  const d = DEFAULT_PROFILE;
  return customProfile({
    severityWeights: (input.severityWeights ?? d.severityWeights) as ScoringProfile["severityWeights"],
    tierWeights: (input.tierWeights ?? d.tierWeights) as ScoringProfile["tierWeights"],
    recordFactor: input.recordFactor ?? d.recordFactor,
    escalation: input.escalation ?? d.escalation,
    lapseHarmShare: d.lapseHarmShare,
  });
}

export const IdList = z.array(z.string().min(1).max(128)).max(1000, "at most 1000 ids");

type Allowed = ReadonlyArray<(typeof KIND)[keyof typeof KIND]>;

/** Resolves ids to the projection's indices, refusing unknown ids and labels a role does not allow. */
export function resolveIds(p: Projection, ids: readonly string[], field: string, allowed: Allowed, what: string): number[] {
  const problems: Problem[] = [];
  const out: number[] = [];
  ids.forEach((id, i) => {
    const x = p.indexOf.get(id);
    if (x === undefined) problems.push({ path: `$.${field}[${i}]`, message: `unknown id '${id}'` });
    else if (!allowed.includes(kindOf(p, x))) {
      problems.push({ path: `$.${field}[${i}]`, message: `'${id}' is a ${KIND_LABELS[kindOf(p, x)]}; ${what}` });
    } else out.push(x);
  });
  if (problems.length) throw badInput(problems.map((p) => p.message).join("; "), problems);
  return out;
}

export const LOSABLE: Allowed = [KIND.CareService, KIND.System, KIND.DataStore, KIND.Supplier];
export const COMPROMISABLE: Allowed = [KIND.System, KIND.DataStore, KIND.Supplier];

/** Lost nodes back at given hours (model section 9). */
export const RestoreList = z
  .array(z.object({ id: z.string().min(1).max(128), hours: Hours }))
  .max(1000, "at most 1000 restorations")
  .nullish();

/** Organisation `id`'s index; BAD_USER_INPUT where the graph holds no organisation by that id. */
export function requireOrganisation(p: Projection, id: string, message = `'${id}' is not an organisation in the graph.`): number {
  const org = organisationIndex(p, id);
  if (org === undefined) throw badInput(message);
  return org;
}
