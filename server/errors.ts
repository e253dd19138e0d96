import { GraphQLError } from "graphql";
import type { Problem } from "./model/problems.js";

const MAX_PROBLEMS = 1000;

/** A refused request: BAD_USER_INPUT, with every problem located by its JSON path. */
export function badInput(message: string, problems: Problem[] = []): GraphQLError {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) {
    shown.push({ path: "$", message: `… and ${problems.length - MAX_PROBLEMS} more problems` });
  }
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
