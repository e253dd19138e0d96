import { useCallback, useState } from "react";
import type { Role } from "../gql/graphql.js";
import { TAB_SESSION_KEY } from "../../../server/auth/tab-session.js";

export interface Session {
  token: string;
  name: string;
  role: Role;
  /** The organisations the role is held for; null: all (absent from a session kept before scopes). */
  organisations?: readonly string[] | null;
}

const KEY = TAB_SESSION_KEY;

const read = (): Session | null => {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
};

/**
 * The signed-in session, kept for the browser tab only (sessionStorage), never in the URL; and
 * whether the last one ended because the server stopped accepting its token.
 */
export function useSession(): { session: Session | null; expired: boolean; start: (s: Session) => void; end: (expired: boolean) => void } {
  const [state, setState] = useState(() => ({ session: read(), expired: false }));
  const start = useCallback((session: Session) => {
    sessionStorage.setItem(KEY, JSON.stringify(session));
    setState({ session, expired: false });
  }, []);
  const end = useCallback((expired: boolean) => {
    sessionStorage.removeItem(KEY);
    // Only a session that was open can expire: a refused sign-in is not one.
    setState((s) => (s.session ? { session: null, expired } : s));
  }, []);
  return { ...state, start, end };
}
