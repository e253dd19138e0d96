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

/** The HTTP status of each expected failure's code; anything else is the server's fault. */
const HTTP_STATUS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

export const httpStatus = (code: string): number => HTTP_STATUS[code] ?? 500;

/** An answer outside GraphQL (the report, a refused body) in GraphQL's error shape. */
export function errorResponse(code: string, message: string, status = httpStatus(code)): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
}
