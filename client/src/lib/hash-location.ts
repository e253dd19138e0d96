import { useSyncExternalStore } from "react";

/*
 * The address as the pages have always written it, read by the router (wouter): in
 * `#explorer?lost=a,b&hours=24` the page is `/explorer` and its own state `lost=a,b&hours=24`.
 * No slash after the "#" (a `#/explorer` address opens the same page), and the page's state
 * inside the hash, so the links and bookmarks made before keep working. Following a link (a
 * hashchange) is a visit: the explorer starts again from what the link says; a page writing its
 * own state into the address (a replace) is not.
 */
let visits = 0;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const onHashChange = () => {
  visits++;
  notify();
};
const subscribe = (listener: () => void) => {
  if (listeners.size === 0) addEventListener("hashchange", onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) removeEventListener("hashchange", onHashChange);
  };
};

const hash = (): string => window.location.hash.replace(/^#\/?/, "");
const path = (): string => `/${hash().split("?")[0]}`;
const search = (): string => hash().split("?").slice(1).join("?");

/** A router path as the address writes it: "/explorer?hours=24" is "#explorer?hours=24". */
export const toHash = (to: string): string => `#${to.replace(/^#?\/?/, "")}`;

/** Goes to a path: a visit, or with `replace` the page's own state written in place, with no history entry. */
function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const next = toHash(to);
  if (next === window.location.hash) return;
  if (!replace) {
    window.location.hash = next;
    return;
  }
  window.history.replaceState(window.history.state, "", next);
  notify();
}

/** The router's location: the page's path, and how to go elsewhere. */
export const useHashLocation = (): [string, typeof navigate] => [useSyncExternalStore(subscribe, path), navigate];

/** The page's own state: what follows the "?" in the hash. */
export const useHashSearch = (): string => useSyncExternalStore(subscribe, search);

/** How many links have been followed (hashchanges) in this tab: a key that starts a page again. */
export const useVisit = (): number => useSyncExternalStore(subscribe, () => visits);
