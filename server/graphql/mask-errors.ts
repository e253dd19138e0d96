import { GraphQLError } from "graphql";
import { shownError } from "../base/errors.js";
import { createLogger, maskError as yogaMaskError, type MaskError, type YogaLogger } from "graphql-yoga";

/**
 * Errors the product raised on purpose with a shown code (base/error-codes.ts) pass with their code, even when they wrap a driver
 * error (SERVICE_UNAVAILABLE keeps the Neo4j error as its cause): yoga's own masking would
 * hide those as INTERNAL_SERVER_ERROR. Anything else is masked as yoga does, and logged.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const located = error instanceof GraphQLError ? error : null;
  const expected = shownError(error);
  if (expected) return new GraphQLError(expected.message, { nodes: located?.nodes, path: located?.path, extensions: expected.extensions });
  const masked = yogaMaskError(error, message, isDev);
  if (masked !== error) console.error("[impact-map] unexpected error:", located?.originalError ?? error);
  return masked;
};

/**
 * Yoga's logger at "warn", except that a refusal the product meant (a FORBIDDEN, a
 * BAD_USER_INPUT: an answer, not a fault) is logged at debug, which that level leaves out:
 * the log keeps the stacks of unexpected errors only.
 */
export function quietLogger(): YogaLogger {
  const logger = createLogger("warn");
  return { ...logger, error: (...args: unknown[]) => (args.some((a) => shownError(a)) ? logger.debug(...args) : logger.error(...args)) };
}
