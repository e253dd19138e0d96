import {
  hashKey,
  keepPreviousData,
  skipToken,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";
import { useState } from "react";
import type { TypedDocumentString } from "../gql/graphql.js";
import { fetchFile } from "./download.js";
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
  options: { keepPrevious?: boolean } = {},
) {
  return useQuery({
    queryKey: graphqlKey(document, variables === skipToken ? null : variables),
    queryFn: variables === skipToken ? skipToken : ({ signal }) => request(document, variables, signal),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/** The same read outside rendering (a tap on the graph, a download), through the same cache. */
export function fetchGraphQL<R, V>(client: QueryClient, document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  return client.fetchQuery({
    queryKey: graphqlKey(document, variables),
    queryFn: ({ signal }) => request(document, variables, signal),
  });
}

/**
 * A read the person asks for with a button (a plan, a verification, the past at a time): nothing
 * until asked; asked again with the same variables, it is read again. The last answer stays on
 * screen while the next is read; `answered` is what it was asked with.
 */
export function useAskedGraphQL<R, V>(document: TypedDocumentString<R, V>) {
  const [asked, setAsked] = useState<{ variables: V } | null>(null);
  const [answered, setAnswered] = useState<V | null>(null);
  const query = useGraphQL(document, asked ? asked.variables : skipToken, { keepPrevious: true });
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
export function useGraphQLMutation<R, V>(document: TypedDocumentString<R, V>, invalidates: Invalidates | ((variables: V) => Invalidates)) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => request(document, variables),
    onSuccess: (_answer, variables) => {
      const which = typeof invalidates === "function" ? invalidates(variables) : invalidates;
      if (which !== "all" && which.length === 0) return;
      const texts = which === "all" ? null : new Set(which.map(String));
      return client.invalidateQueries({ predicate: (q) => texts === null || texts.has(String(q.queryKey[0])) });
    },
  });
}

/** A file the server makes as JSON (the board report), read through the same cache as the GraphQL answers. */
export function useJsonFile<R>(path: string, what: string) {
  return useQuery({
    queryKey: [path],
    queryFn: async ({ signal }) => (await (await fetchFile(path, what, signal)).json()) as R,
  });
}

/**
 * A read whose answer is kept together with what it answers (`keep` shapes it with the variables
 * asked): the last stays on screen while the next is read, and the two never mix.
 */
export function useGraphQLKept<R, V, T>(
  document: TypedDocumentString<R, V>,
  variables: V | typeof skipToken,
  keep: (answer: R, variables: V) => T,
) {
  return useQuery({
    queryKey: graphqlKey(document, variables === skipToken ? null : variables),
    queryFn: variables === skipToken ? skipToken : async ({ signal }) => keep(await request(document, variables, signal), variables),
    placeholderData: keepPreviousData,
  });
}

/** The same document read for each of some variables (a name for each id), each answer cached on its own. */
export function useGraphQLEach<R, V>(document: TypedDocumentString<R, V>, each: readonly V[]) {
  return useQueries({
    queries: each.map((variables) => ({
      queryKey: graphqlKey(document, variables),
      queryFn: ({ signal }: { signal: AbortSignal }) => request(document, variables, signal),
    })),
  });
}

/** A list read a page at a time: `before` asks for the page after the last one read, `next` says where that is. */
export function useGraphQLPages<R, V extends { before?: number | null }>(
  document: TypedDocumentString<R, V>,
  variables: Omit<V, "before">,
  next: (page: R) => number | null | undefined,
) {
  return useInfiniteQuery({
    queryKey: graphqlKey(document, variables as V),
    queryFn: ({ pageParam, signal }) => request(document, { ...variables, before: pageParam } as V, signal),
    initialPageParam: null as number | null,
    getNextPageParam: next,
  });
}

/** A run the person asks for: what it is called and how it reads; each run is numbered, so asking again reads again. */
interface Run {
  name: string;
  read: (signal: AbortSignal) => Promise<unknown>;
  n: number;
}

/** Reads asked for one at a time by name (a saved query, a query as typed); only the one on screen is kept, an answer can be large. */
export function useGraphQLRuns() {
  const [run, setRun] = useState<Run | null>(null);
  const ran = useQuery({
    queryKey: ["graphql-run", run?.n ?? 0],
    queryFn: run ? ({ signal }) => run.read(signal) : skipToken,
    gcTime: 0,
  });
  const ask = <R, V>(name: string, document: TypedDocumentString<R, V>, variables: V, pick: (answer: R) => unknown = (a) => a) =>
    setRun((last) => ({ name, read: async (signal) => pick(await request(document, variables, signal)), n: (last?.n ?? 0) + 1 }));
  return { ...ran, ask, result: run && ran.isSuccess ? { name: run.name, data: ran.data } : null };
}
