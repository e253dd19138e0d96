import { Route, Switch } from "wouter";
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
import { useVisit } from "./lib/hash-location.js";

/** The pages in the order of the main menu; each is at `#<path>` (`#explorer`, `#register?…`). */
export const PAGES = [
  { path: "/explorer", title: "Blast radius" },
  { path: "/protect", title: "Protect first" },
  { path: "/resilience", title: "Single points & suppliers" },
  { path: "/recovery", title: "Recovery" },
  { path: "/register", title: "Risk register" },
  { path: "/report", title: "Board report" },
  { path: "/plan", title: "Plan" },
  { path: "/model", title: "Model" },
  { path: "/audit", title: "Audit trail", audit: true },
  { path: "/history", title: "As at & changes", audit: true },
  { path: "/queries", title: "Saved queries" },
] as const;

/** Each link followed to the explorer starts it again from what the link says (its own address updates do not). */
function Explorer() {
  return <BlastRadiusPage key={useVisit()} />;
}

/** The page the address names; any other address shows the explorer. */
export function PageRoutes() {
  return (
    <Switch>
      <Route path="/protect" component={ProtectFirstPage} />
      <Route path="/resilience" component={ResiliencePage} />
      <Route path="/recovery" component={RecoveryPage} />
      <Route path="/register" component={RegisterPage} />
      <Route path="/report" component={ReportPage} />
      <Route path="/plan" component={PlanPage} />
      <Route path="/model" component={ModelPage} />
      <Route path="/audit" component={AuditTrailPage} />
      <Route path="/history" component={HistoryPage} />
      <Route path="/queries" component={SavedQueriesPage} />
      <Route component={Explorer} />
    </Switch>
  );
}
