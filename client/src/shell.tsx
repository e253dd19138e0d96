import { useQueryClient } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { signOutAtServer } from "./lib/auth-headers.js";
import { NodeName } from "./lib/node-name.js";
import { mayReadAudit } from "./lib/roles.js";
import { plain } from "../../server/model/plain-words.js";
import { endSession, usePerson, type Person } from "./lib/session.js";
import { PAGES, PageRoutes } from "./pages.js";

/** Pages that read the audit trail are listed only for roles that may read it (the API refuses the others anyway). */
const shown = (p: (typeof PAGES)[number], role: Person["role"]): boolean => !("audit" in p) || mayReadAudit(role);

/** The organisations a role is held for, by name: "Riverside Hospitals NHS Foundation Trust", or all of them. */
function Scope({ organisations }: { organisations: Person["organisations"] }) {
  if (!organisations) return <>all organisations</>;
  return (
    <>
      {organisations.map((id, k) => (
        <span key={id}>
          {k > 0 && ", "}
          <NodeName id={id} />
        </span>
      ))}
    </>
  );
}

/** The signed-in shell: who is signed in, the pages' links, and the page the address names. */
export function Shell() {
  const person = usePerson();
  const queries = useQueryClient();
  const [location] = useLocation();
  // An address that names no page shows the explorer.
  const current = PAGES.find((p) => p.path === location)?.path ?? "/explorer";
  const signOut = () => {
    // The server's session ends first: the sign-in page then finds no cookie to resume.
    void signOutAtServer().then(() => {
      queries.clear();
      endSession(false);
    });
  };
  return (
    <div className="app">
      <header>
        <h1>Critical-systems impact map</h1>
        <nav aria-label="Main">
          {PAGES.filter((p) => shown(p, person.role)).map((p) => (
            <Link key={p.path} href={p.path} aria-current={current === p.path ? "page" : undefined}>
              {p.title}
            </Link>
          ))}
        </nav>
        <p className="who">
          {person.name} ({plain(person.role)}, <Scope organisations={person.organisations} />){" "}
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </p>
      </header>
      <main>
        <PageRoutes />
      </main>
    </div>
  );
}
