import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Router } from "wouter";
import { SignIn } from "./features/auth/sign-in.js";
import { makeQueryClient } from "./lib/query-client.js";
import { endSession, useSessionState } from "./lib/session.js";
import { toHash, useHashLocation, useHashSearch } from "./lib/hash-location.js";
import { Shell } from "./shell.js";

/**
 * Sign in, then the pages; the token's role decides what the API returns. One cache of answers
 * serves every page; it is emptied when the session ends, so the next person to sign in never
 * sees the last one's answers. The router reads the page from the address's hash.
 */
export function App() {
  const { session } = useSessionState();
  const [queries] = useState(() => {
    const client = makeQueryClient(() => {
      client.clear();
      endSession(true);
    });
    return client;
  });
  return (
    <QueryClientProvider client={queries}>
      <Router hook={useHashLocation} searchHook={useHashSearch} hrefs={toHash}>
        {session ? <Shell /> : <SignIn />}
      </Router>
    </QueryClientProvider>
  );
}
