import { useSyncExternalStore } from "react";
import type { Role } from "../gql/graphql.js";
import { TAB_SESSION_KEY } from "../../../server/auth/tab-session.js";

export interface Session {
  token: string;
  name: string;
  role: Role;
  /** The organisations the role is held for; null: all (absent from a session kept before scopes). */
  organisations?: readonly string[] | null;
  /** What the server says this person may do (Viewer.permissions); absent from a session kept before it was listed. */
  permissions?: readonly string[];
}

/** Who is signed in, as the pages see them: the token stays with the fetchers. */
export type Person = Omit<Session, "token">;

const KEY = TAB_SESSION_KEY;

const read = (): Session | null => {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
};

/**
 * The signed-in session, kept for the browser tab only (sessionStorage), never in the URL; and
 * whether the last one ended because the server stopped accepting its token. This module is the
 * one place that holds it: the fetchers read the token here, the pages read who is signed in.
 */
type State = { session: Session | null; expired: boolean };
// Read from the tab's storage when first asked (not on import: a module may be loaded where there is no tab).
let state: State | undefined;
const current = (): State => (state ??= { session: read(), expired: false });
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const set = (next: State) => {
  state = next;
  for (const listener of listeners) listener();
};

export function startSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  set({ session, expired: false });
}

export function endSession(expired: boolean): void {
  sessionStorage.removeItem(KEY);
  // Only a session that was open can expire: a refused sign-in is not one.
  if (current().session) set({ session: null, expired });
}

/** The token the requests carry ("" for a person signed in through their organisation: the cookie goes instead). */
export const sessionToken = (): string => current().session?.token ?? "";

/** The session and whether the last one expired, kept up to date. */
export const useSessionState = () => useSyncExternalStore(subscribe, current);

/** Who is signed in; only the pages shown after signing in ask. */
export function usePerson(): Person {
  const { session } = useSessionState();
  if (!session) throw new Error("Nobody is signed in.");
  return session;
}
