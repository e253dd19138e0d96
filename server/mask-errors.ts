import { GraphQLError } from "graphql";
import { maskError as yogaMaskError, type MaskError } from "graphql-yoga";

/** The codes the product answers with on purpose (docs/api.md, Errors). */
const PRODUCT_CODES: ReadonlySet<string> = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "SERVICE_UNAVAILABLE",
  "REQUEST_TIMEOUT",
  "AUDIT_TRAIL_TAMPERED",
]);

/**
 * Errors the product raised on purpose pass with their code, even when they wrap a driver
 * error (SERVICE_UNAVAILABLE keeps the Neo4j error as its cause): yoga's own masking would
 * hide those as INTERNAL_SERVER_ERROR. Anything else is masked as yoga does, and logged.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const located = error instanceof GraphQLError ? error : null;
  for (let e: unknown = error; e instanceof GraphQLError; e = e.originalError) {
    const code = e.extensions.code;
    if (typeof code === "string" && PRODUCT_CODES.has(code)) {
      return new GraphQLError(e.message, { nodes: located?.nodes, path: located?.path, extensions: e.extensions });
    }
  }
  const masked = yogaMaskError(error, message, isDev);
  if (masked !== error) console.error("[impact-map] unexpected error:", located?.originalError ?? error);
  return masked;
};
