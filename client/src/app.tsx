import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { SignIn } from "./features/auth/sign-in.js";
import { BlastRadiusPage } from "./features/blast-radius/blast-radius-page.js";
import { ProtectFirstPage } from "./features/protect-first/protect-first-page.js";
import { RegisterPage } from "./features/register/register-page.js";
import { ResiliencePage } from "./features/resilience/resilience-page.js";
import { ReportPage } from "./features/report/report-page.js";
import { RecoveryPage } from "./features/recovery/recovery-page.js";
import { ModelPage } from "./features/model/model-page.js";
import { PlanPage } from "./features/plan/plan-page.js";
import { AuditTrailPage } from "./features/audit/audit-page.js";
import { HistoryPage } from "./features/audit/history-page.js";
import { SavedQueriesPage } from "./features/audit/saved-queries-page.js";
import { makeQueryClient } from "./lib/query-client.js";
import { mayReadAudit } from "./lib/roles.js";
import { useSession, type Session } from "./lib/session.js";
import { signOutAtServer } from "./lib/auth-headers.js";

const PAGES = [
  { hash: "#explorer", title: "Blast radius" },
  { hash: "#protect", title: "Protect first" },
  { hash: "#resilience", title: "Single points & suppliers" },
  { hash: "#recovery", title: "Recovery" },
  { hash: "#register", title: "Risk register" },
  { hash: "#report", title: "Board report" },
  { hash: "#plan", title: "Plan" },
  { hash: "#model", title: "Model" },
  { hash: "#audit", title: "Audit trail", audit: true },
  { hash: "#history", title: "As at & changes", audit: true },
  { hash: "#queries", title: "Saved queries" },
] as const;
type PageHash = (typeof PAGES)[number]["hash"];

/**
 * The page is the hash up to any "?" (the rest is the page's own state, such as the explorer's
 * scenario). Each hashchange (a link followed, not the explorer's own replaceState) counts as a
 * visit, so a page opened from a link starts from what the link says.
 */
function usePage(): [PageHash, number] {
  const read = (): PageHash => PAGES.find((p) => p.hash === window.location.hash.split("?")[0])?.hash ?? "#explorer";
  const [page, setPage] = useState<PageHash>(read);
  const [visit, setVisit] = useState(0);
  useEffect(() => {
    const onHash = () => {
      setPage(read());
      setVisit((v) => v + 1);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return [page, visit];
}

/** Pages that read the audit trail are listed only for roles that may read it (the API refuses the others anyway). */
const shown = (p: (typeof PAGES)[number], role: Session["role"]): boolean => !("audit" in p) || mayReadAudit(role);

/**
 * The shell: sign in, then the pages; the token's role decides what the API returns. One cache
 * of answers serves every page; it is emptied when the session ends, so the next person to
 * sign in never sees the last one's answers.
 */
export function App() {
  const { session, expired, start, end } = useSession();
  const [queries] = useState(() => {
    const client = makeQueryClient(() => {
      client.clear();
      end(true);
    });
    return client;
  });
  return (
    <QueryClientProvider client={queries}>
      {session ? (
        <Shell
          session={session}
          onSignOut={() => {
            // The server's session ends first: the sign-in page then finds no cookie to resume.
            void signOutAtServer(session.token).then(() => {
              queries.clear();
              end(false);
            });
          }}
        />
      ) : (
        <SignIn onSignedIn={start} expired={expired} />
      )}
    </QueryClientProvider>
  );
}

function Shell({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const [page, visit] = usePage();
  return (
    <div className="app">
      <header>
        <h1>Critical-systems impact map</h1>
        <nav aria-label="Main">
          {PAGES.filter((p) => shown(p, session.role)).map((p) => (
            <a key={p.hash} href={p.hash} aria-current={page === p.hash ? "page" : undefined}>
              {p.title}
            </a>
          ))}
        </nav>
        <p className="who">
          {session.name} ({session.role.replace("_", " ").toLowerCase()},{" "}
          {session.organisations ? session.organisations.join(", ") : "all organisations"}){" "}
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </p>
      </header>
      <main>
        {page === "#explorer" && <BlastRadiusPage key={visit} token={session.token} />}
        {page === "#protect" && <ProtectFirstPage token={session.token} />}
        {page === "#resilience" && <ResiliencePage token={session.token} />}
        {page === "#recovery" && <RecoveryPage token={session.token} />}
        {page === "#register" && <RegisterPage session={session} />}
        {page === "#report" && <ReportPage token={session.token} />}
        {page === "#plan" && <PlanPage session={session} />}
        {page === "#model" && <ModelPage session={session} />}
        {page === "#audit" && <AuditTrailPage token={session.token} />}
        {page === "#history" && <HistoryPage token={session.token} />}
        {page === "#queries" && <SavedQueriesPage session={session} />}
      </main>
    </div>
  );
}
