import { GraphQLError } from "graphql";
import { MAX_PROBLEMS, type Problem } from "../model/problems.js";
import { httpStatus, isShown } from "./error-codes.js";

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

/** An answer outside GraphQL (the report, a refused body) in GraphQL's error shape. */
export function errorResponse(code: string, message: string, status = httpStatus(code)): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

/**
 * The error, or the first error it wraps, that the product raised on purpose with a code whose
 * message is shown (error-codes.ts); null for anything else, which is masked.
 */
export function shownError(error: unknown): GraphQLError | null {
  for (let e: unknown = error; e instanceof GraphQLError; e = e.originalError) {
    const code = e.extensions.code;
    if (typeof code === "string" && isShown(code)) return e;
  }
  return null;
}

/** A thrown error as an answer outside GraphQL, with its code's status and extensions; null when it is to be masked. */
export function shownErrorResponse(error: unknown): Response | null {
  const e = shownError(error);
  if (!e) return null;
  return Response.json({ errors: [{ message: e.message, extensions: e.extensions }] }, { status: httpStatus(String(e.extensions.code)) });
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
