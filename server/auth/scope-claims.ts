import { GraphQLError } from "graphql";
import type { Problem } from "../model/problems.js";
import { covers, type Scope } from "../base/scope.js";

/** One row of a change and the organisation it writes for (null: a supplier, an organisation, the whole graph). */
export interface ScopeClaim {
  organisation: string | null;
  /** What the row writes, as the refusal says it: "system 'sys-epr'". */
  what: string;
  /** Where the row came from, as a problem names it (file, row and column, or argument path). */
  problem: (message: string) => Problem;
}

/**
 * Checks every row of a change against the writer's scope and refuses the whole change when any
 * row is out of it: FORBIDDEN, naming the first organisation out of scope, with every refused
 * row as a problem. Nothing is written, whatever else the change holds.
 */
export function checkClaims(scope: Scope, claims: Iterable<ScopeClaim>): void {
  if (scope === "ALL") return;
  const problems: Problem[] = [];
  let first: string | null | undefined;
  for (const c of claims) {
    if (covers(scope, c.organisation)) continue;
    if (first === undefined) first = c.organisation;
    problems.push(
      c.problem(
        c.organisation === null
          ? `${c.what} may be written only by people scoped to all organisations`
          : `${c.what} belongs to organisation '${c.organisation}', which is out of your scope`,
      ),
    );
  }
  if (first === undefined) return;
  const message =
    first === null
      ? `Only people scoped to all organisations may write this: ${problems.length} row(s) refused; nothing was written.`
      : `Organisation '${first}' is out of your scope: ${problems.length} row(s) refused; nothing was written.`;
  throw new GraphQLError(message, { extensions: { code: "FORBIDDEN", organisation: first, problems: problems.slice(0, 100) } });
}
