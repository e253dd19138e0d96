import { covers, type Scope } from "../base/scope.js";
import type { AuditEvent } from "./audit-log.js";

function organisationIn(json: string | null): string | null | undefined {
  if (json === null) return undefined;
  const v = JSON.parse(json) as { organisation?: unknown } | null;
  if (!v || typeof v !== "object") return undefined;
  return typeof v.organisation === "string" ? v.organisation : null;
}

/**
 * Whether a reader of `scope` may see the event. A risk's events carry its title, owner, notes
 * and scenario, so they are shown only within the risk's organisation (a risk of none: to people
 * scoped to all); every other event is about the graph, which everyone may read.
 */
export function eventInScope(scope: Scope, e: Pick<AuditEvent, "action" | "before" | "after">): boolean {
  if (scope === "ALL" || !e.action.startsWith("risk.")) return true;
  const orgs = [organisationIn(e.before), organisationIn(e.after)].filter((o) => o !== undefined);
  return orgs.length > 0 && orgs.every((o) => covers(scope, o));
}
