/**
 * The one table of the codes the product answers with on purpose (docs/api.md, Errors): each
 * code's HTTP status where the answer is not GraphQL's (a GraphQL answer keeps its status and
 * carries the code in `errors[].extensions`), and whether its message is shown. Every path
 * reads it: the GraphQL masking, the routes outside GraphQL and the import route. Any other
 * error is masked as INTERNAL_SERVER_ERROR, "Unexpected error.", status 500.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 400, shown: true },
  UNAUTHENTICATED: { status: 401, shown: true },
  FORBIDDEN: { status: 403, shown: true },
  NOT_FOUND: { status: 404, shown: true },
  AUDIT_TRAIL_TAMPERED: { status: 409, shown: true },
  TRANSACTION_TOO_LARGE: { status: 413, shown: true },
  TOO_MANY_REQUESTS: { status: 429, shown: true },
  SERVICE_UNAVAILABLE: { status: 503, shown: true },
  SERVICE_BUSY: { status: 503, shown: true },
  REQUEST_TIMEOUT: { status: 503, shown: true },
  INTERNAL_SERVER_ERROR: { status: 500, shown: false },
} as const satisfies Record<string, { status: number; shown: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;

const entry = (code: string): { status: number; shown: boolean } | undefined =>
  Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code as ErrorCode] : undefined;

/** The HTTP status of a code; an unknown code is the server's fault. */
export const httpStatus = (code: string): number => entry(code)?.status ?? 500;

/** Whether a code's message reaches the client as it was written. */
export const isShown = (code: string): boolean => entry(code)?.shown ?? false;
