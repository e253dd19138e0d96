import type { ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { errorResponse } from "../base/errors.js";

/** A parameter of a GET that must be a JSON object when given. */
const JSON_PARAMS = ["variables", "extensions"] as const;

function isJsonObject(text: string): boolean {
  try {
    const v = JSON.parse(text) as unknown;
    return v !== null && typeof v === "object" && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * Every refusal answers in the product's words with a code: a GET whose `variables` is not
 * JSON is 400, not a parser's exception; a limit refused while validating (depth, aliases,
 * directives) carries GRAPHQL_VALIDATION_FAILED; and no parser's own text (`originalError`)
 * reaches the answer.
 */
export function plainRequestErrors(): Plugin {
  return {
    onRequestParse({ request, url, endResponse }) {
      if (request.method !== "GET") return;
      for (const name of JSON_PARAMS) {
        const text = url.searchParams.get(name);
        if (text && !isJsonObject(text))
          return endResponse(errorResponse("BAD_USER_INPUT", `The ${name} parameter must be a JSON object.`, 400));
      }
    },
    onResultProcess({ result }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      for (const e of (result as ExecutionResult).errors ?? []) plain(e);
    },
  };
}

function plain(e: GraphQLError): void {
  // Mutated in place: yoga reads the HTTP status from the errors it made, as they are.
  const extensions = e.extensions as Record<string, unknown>;
  delete extensions.originalError;
  if (typeof extensions.code !== "string") extensions.code = "GRAPHQL_VALIDATION_FAILED";
}
