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

/** The HTTP status of each expected failure's code; anything else is the server's fault. */
const HTTP_STATUS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  AUDIT_TRAIL_TAMPERED: 409,
};

export const httpStatus = (code: string): number => HTTP_STATUS[code] ?? 500;

/** An answer outside GraphQL (the report, a refused body) in GraphQL's error shape. */
export function errorResponse(code: string, message: string, status = httpStatus(code)): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
}

/** The trail cannot answer because part of it was changed behind the product's back. */
export function trailTampered(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "AUDIT_TRAIL_TAMPERED" } });
}

/** Too much heavy work under way: retryable, with a hint of when to try again. */
export function serviceBusy(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`The server is busy with other analyses; try again in ${retryAfterSeconds} s.`, {
    extensions: { code: "SERVICE_BUSY", retryAfterSeconds },
  });
}
