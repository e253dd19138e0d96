import { useMutation } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { graphql } from "../../gql/gql.js";
import { ApiError, request } from "../../lib/graphql.js";
import { startSession, useSessionState } from "../../lib/session.js";

const ME = graphql(`
  query Me {
    me {
      name
      role
      organisations
      permissions
    }
  }
`);

/** Signing in is checking a token with the server and keeping it for the tab. */
export function SignIn() {
  const { expired } = useSessionState();
  const [token, setToken] = useState("");
  // A check of the token the person submits, not a read kept in the cache.
  const check = useMutation({
    mutationFn: async (t: string) => ({ token: t, ...(await request(ME, {}, undefined, t)).me }),
    onSuccess: startSession,
  });
  // A person signed in through their organisation comes back here with the session cookie:
  // asked once, without a token, the server says who they are (or nobody, and this page stays).
  // Asked outside the answers' cache, whose "not signed in" would end a session begun meanwhile.
  useEffect(() => {
    const asked = new AbortController();
    request(ME, {}, asked.signal, "").then(
      ({ me }) => startSession({ token: "", ...me }),
      () => undefined,
    );
    return () => asked.abort();
  }, []);
  const error =
    check.error &&
    (check.error instanceof ApiError && check.error.code === "UNAUTHENTICATED"
      ? "That token is not valid, or it has been revoked."
      : check.error.message);

  function submit(e: FormEvent) {
    e.preventDefault();
    check.mutate(token.trim());
  }

  return (
    <main className="sign-in">
      <h1>Critical-systems impact map</h1>
      <p>Where disruption would cause the greatest harm to patients.</p>
      {expired && !check.isPending && !error && (
        <p role="alert">The server no longer accepts your token (it may have been revoked): sign in again.</p>
      )}
      <p>
        <a className="button" href="/auth/login">
          Sign in with your organisation
        </a>
      </p>
      <form onSubmit={submit} aria-describedby="token-help">
        <label htmlFor="token">API token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          required
        />
        <p id="token-help">Ask an administrator for a token (npm run token -- create --role …).</p>
        <button type="submit" disabled={check.isPending || !token.trim()}>
          {check.isPending ? "Signing in…" : "Sign in"}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </main>
  );
}
