import { GraphQLError } from "graphql";
import { MAX_PROBLEMS, type Problem } from "./model/problems.js";

/**
 * A refused request: BAD_USER_INPUT, with every problem located by its JSON path, up to
 * MAX_PROBLEMS of them, then a last line saying what is left unsaid (`rest`, or a count).
 */
export function badInput(message: string, problems: Problem[] = [], rest: string | null = null): GraphQLError {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = rest ?? (problems.length > MAX_PROBLEMS ? `… and ${problems.length - MAX_PROBLEMS} more problems` : null);
  if (more) shown.push({ path: "$", message: more });
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", problems: shown } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
}

/** Too much heavy work under way: retryable, with a hint of when to try again. */
export function serviceBusy(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`The server is busy with other analyses; try again in ${retryAfterSeconds} s.`, {
    extensions: { code: "SERVICE_BUSY", retryAfterSeconds },
  });
}
