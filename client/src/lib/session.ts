import { useCallback, useState } from "react";

export interface Session {
  token: string;
  name: string;
  role: "ADMIN" | "RISK_MANAGER" | "AUDITOR" | "BOARD";
}

const KEY = "impact-map.session";

/** The signed-in session, kept for the browser tab only (sessionStorage), never in the URL. */
export function useSession(): [Session | null, (s: Session | null) => void] {
  const [session, setSession] = useState<Session | null>(() => {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  });
  const update = useCallback((s: Session | null) => {
    if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
    else sessionStorage.removeItem(KEY);
    setSession(s);
  }, []);
  return [session, update];
}
