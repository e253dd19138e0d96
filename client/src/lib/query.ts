import { hashKey, keepPreviousData, skipToken, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TypedDocumentString } from "../gql/graphql.js";
import { request } from "./graphql.js";

// Any document, whatever its answer and variables: what a write invalidates.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocument = TypedDocumentString<any, any>;

/** The reads a write changes: some documents, or every answer. */
export type Invalidates = readonly AnyDocument[] | "all";

/** A document's answers are cached under its text and its variables. */
export const graphqlKey = <R, V>(document: TypedDocumentString<R, V>, variables: V | null): [string, V | null] => [
  document.toString(),
  variables,
];

/**
 * A read through TanStack Query: the document's answer for these variables, fetched again when
 * they change; `skipToken` while there is nothing to ask yet. Leaving the page, or asking for
 * something else, aborts the request in flight (TanStack's AbortSignal goes into the fetch).
 */
export function useGraphQL<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V | typeof skipToken,
  token: string,
  options: { keepPrevious?: boolean } = {},
) {
  return useQuery({
    queryKey: graphqlKey(document, variables === skipToken ? null : variables),
    queryFn: variables === skipToken ? skipToken : ({ signal }) => request(document, variables, token, signal),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/** The same read outside rendering (a tap on the graph, a download), through the same cache. */
export function fetchGraphQL<R, V>(client: QueryClient, document: TypedDocumentString<R, V>, variables: V, token: string): Promise<R> {
  return client.fetchQuery({
    queryKey: graphqlKey(document, variables),
    queryFn: ({ signal }) => request(document, variables, token, signal),
  });
}

/**
 * A read the person asks for with a button (a plan, a verification, the past at a time): nothing
 * until asked; asked again with the same variables, it is read again. The last answer stays on
 * screen while the next is read; `answered` is what it was asked with.
 */
export function useAskedGraphQL<R, V>(document: TypedDocumentString<R, V>, token: string) {
  const [asked, setAsked] = useState<{ variables: V } | null>(null);
  const [answered, setAnswered] = useState<V | null>(null);
  const query = useGraphQL(document, asked ? asked.variables : skipToken, token, { keepPrevious: true });
  // Kept as the answer arrives (React's state adjusted while rendering, not in an effect).
  if (asked && query.isSuccess && !query.isPlaceholderData && answered !== asked.variables) setAnswered(asked.variables);
  const ask = (variables: V) => {
    if (asked && hashKey([variables]) === hashKey([asked.variables])) void query.refetch();
    else setAsked({ variables });
  };
  return { ...query, ask, answered };
}

/**
 * A write through TanStack Query. Once it succeeds, the reads it changes are fetched again
 * (those on screen now; any other is fetched when next shown), and the write counts as pending
 * until they are back, so a form shows its result read back from the server. "all": a change to
 * the graph moves every answer. A function chooses by the variables (a preview changes nothing).
 */
export function useGraphQLMutation<R, V>(
  document: TypedDocumentString<R, V>,
  token: string,
  invalidates: Invalidates | ((variables: V) => Invalidates),
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => request(document, variables, token),
    onSuccess: (_answer, variables) => {
      const which = typeof invalidates === "function" ? invalidates(variables) : invalidates;
      if (which !== "all" && which.length === 0) return;
      const texts = which === "all" ? null : new Set(which.map(String));
      return client.invalidateQueries({ predicate: (q) => texts === null || texts.has(String(q.queryKey[0])) });
    },
  });
}
