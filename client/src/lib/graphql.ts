import type { TypedDocumentString } from "../gql/graphql.js";
import { authHeaders } from "./auth-headers.js";
import { sessionToken } from "./session.js";
import { refusalLine, type Problem } from "./problem-words.js";

export type { Problem };

/** An error the API answered with, carrying its code (BAD_USER_INPUT, FORBIDDEN, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** A refusal's problems, each at its path (and file, row and column for an import). */
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; problems?: Problem[] } }>;
}

/**
 * The one way the client talks to the server: POST /graphql with the session's token (another
 * only when signing in checks one). The document's types (generated from schema.graphql by
 * `npm run codegen`) type the variables and the answer.
 */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  signal?: AbortSignal,
  token: string = sessionToken(),
): Promise<R> {
  let res: Response;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...authHeaders(token) },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError("The server could not be reached.", "NETWORK");
  }
  const body = (await res.json().catch(() => ({}))) as GraphQLResponse<R>;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? "INTERNAL_SERVER_ERROR", first.extensions?.problems ?? []);
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data.`, "INTERNAL_SERVER_ERROR");
  return body.data;
}

/** What to tell the user about a failure: the API's own words, with every problem it gave, or the fallback. */
export function errorMessage(e: unknown, fallback = "Something went wrong."): string {
  return e instanceof ApiError ? refusalLine(e.message, e.problems) : fallback;
}
