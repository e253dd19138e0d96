import { useState, type FormEvent } from "react";
import { ApiError, request } from "../../lib/graphql.js";
import type { Session } from "../../lib/session.js";

/** Signing in is checking a token with the server and keeping it for the tab. */
export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { me } = await request<{ me: { name: string; role: Session["role"] } }>("{ me { name role } }", {}, token.trim());
      onSignedIn({ token: token.trim(), ...me });
    } catch (err) {
      setError(err instanceof ApiError && err.code === "UNAUTHENTICATED" ? "That token is not valid, or it has been revoked." : (err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <h1>Critical-systems impact map</h1>
      <p>Where disruption would cause the greatest harm to patients.</p>
      <form onSubmit={submit} aria-describedby="token-help">
        <label htmlFor="token">API token</label>
        <input id="token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
        <p id="token-help">Ask an administrator for a token (npm run token -- create --role …).</p>
        <button type="submit" disabled={busy || !token.trim()}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </main>
  );
}
