import { GraphQLError } from "graphql";

/** The organisations a role is held for: all of them, or a list of organisation ids. */
export type Scope = "ALL" | readonly string[];

export const ALL: Scope = "ALL";

/** Scope as stored and recorded: null for all, else the organisation ids. */
export const scopeList = (scope: Scope): readonly string[] | null => (scope === "ALL" ? null : scope);
export const scopeOf = (list: readonly string[] | null | undefined): Scope => (list == null ? ALL : [...list]);

/**
 * Whether `scope` reaches what belongs to `organisation`. Something that belongs to no
 * organisation (a supplier, an organisation itself, a risk with none) is for people scoped to all.
 */
export function covers(scope: Scope, organisation: string | null | undefined): boolean {
  if (scope === "ALL") return true;
  return organisation != null && scope.includes(organisation);
}

/** FORBIDDEN naming the organisation out of scope, or saying that only people scoped to all may do it. */
export function outOfScope(organisation: string | null | undefined, what: string): GraphQLError {
  const message =
    organisation == null
      ? `Only people scoped to all organisations may ${what}.`
      : `Organisation '${organisation}' is out of your scope: you may not ${what}.`;
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", organisation: organisation ?? null } });
}

/** Throws FORBIDDEN for the first organisation `scope` does not reach. */
export function requireScope(scope: Scope, organisations: Iterable<string | null | undefined>, what: string): void {
  for (const org of organisations) if (!covers(scope, org)) throw outOfScope(org, what);
}
