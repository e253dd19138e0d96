import { SignIn } from "./features/auth/sign-in.js";
import { BlastRadiusPage } from "./features/blast-radius/blast-radius-page.js";
import { useSession } from "./lib/session.js";

/** The shell: sign in, then the explorer; the token's role decides what the API returns. */
export function App() {
  const [session, setSession] = useSession();
  if (!session) return <SignIn onSignedIn={setSession} />;
  return (
    <div className="app">
      <header>
        <h1>Critical-systems impact map</h1>
        <nav aria-label="Main">
          <a href="#explorer" aria-current="page">
            Blast radius
          </a>
        </nav>
        <p className="who">
          {session.name} ({session.role.replace("_", " ").toLowerCase()}){" "}
          <button type="button" onClick={() => setSession(null)}>
            Sign out
          </button>
        </p>
      </header>
      <main id="explorer">
        <BlastRadiusPage token={session.token} />
      </main>
    </div>
  );
}
