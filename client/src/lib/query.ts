import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import type { TypedDocumentString } from "../gql/graphql.js";
import { request } from "./graphql.js";

/** A document's answers are cached under its text and its variables. */
const keyOf = <R, V>(document: TypedDocumentString<R, V>, variables: V | null): [string, V | null] => [document.toString(), variables];

/**
 * A read through TanStack Query: the document's answer for these variables, fetched again when
 * they change; `skipToken` while there is nothing to ask yet. Leaving the page, or asking for
 * something else, aborts the request in flight (TanStack's AbortSignal goes into the fetch).
 */
export function useGraphQL<R, V>(document: TypedDocumentString<R, V>, variables: V | typeof skipToken, token: string, options: { keepPrevious?: boolean } = {}) {
  return useQuery({
    queryKey: keyOf(document, variables === skipToken ? null : variables),
    queryFn: variables === skipToken ? skipToken : ({ signal }) => request(document, variables, token, signal),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}
