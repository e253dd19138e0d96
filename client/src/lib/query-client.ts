import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./graphql.js";

/**
 * The app's one cache of answers. A failure shows at once, in words, as it did before the
 * cache (no retries, no refetch on refocusing the window: a national ranking is not asked for
 * twice by accident). An answer that the token is no longer accepted ends the session, so the
 * sign-in page shows again.
 */
export function makeQueryClient(onUnauthenticated: () => void): QueryClient {
  const onError = (e: unknown) => {
    if (e instanceof ApiError && e.code === "UNAUTHENTICATED") onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
}
