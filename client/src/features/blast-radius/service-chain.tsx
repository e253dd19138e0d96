import { percent, words } from "../../lib/format.js";
import type { ServiceImpact, Severity } from "./api.js";

const LEVELS: readonly Severity[] = ["MINOR", "SIGNIFICANT", "CONSIDERABLE", "MAJOR", "CATASTROPHIC"];
const KIND: Record<string, string> = {
  CareService: "care service",
  System: "system",
  DataStore: "data store",
  Supplier: "supplier",
  Organisation: "organisation",
};

/** Why a service's consequence is what it is: its own severity, escalated one level per impact tolerance elapsed. */
export function consequenceReason(s: ServiceImpact, hours: number): string | null {
  const own = s.service.severity;
  if (!own || !s.consequence) return null;
  const tol = s.service.impactToleranceHours;
  const steps = LEVELS.indexOf(s.consequence) - LEVELS.indexOf(own);
  if (!tol) return `Its own severity is ${words(own)}; it has no impact tolerance recorded, so it does not escalate.`;
  if (hours < tol) return `Its own severity is ${words(own)}; its impact tolerance of ${tol} h is not passed at ${hours} h.`;
  if (steps <= 0)
    return own === "CATASTROPHIC"
      ? `Its own severity is ${words(own)}, the highest level, so passing its impact tolerance of ${tol} h cannot raise it.`
      : `Its own severity is ${words(own)}; it was not disrupted for a full impact tolerance of ${tol} h, so it did not escalate.`;
  return `Its own severity is ${words(own)}; its impact tolerance is ${tol} h, so by ${hours} h it has escalated ${steps} level${steps === 1 ? "" : "s"} to ${words(s.consequence)}.`;
}

/** A service's dependency chain, from the service down to what was lost, each step with what it can still deliver and whether its hosting implies it. */
export function ServiceChain({ service, hours, onSelect }: { service: ServiceImpact; hours: number; onSelect: (id: string) => void }) {
  const reason = consequenceReason(service, hours);
  return (
    <div className="chain">
      <ol aria-label={`Dependency chain of ${service.service.name}`}>
        {service.evidence.map((e, i) => (
          <li key={`${e.node.id}-${i}`}>
            {i > 0 && <span aria-hidden="true">↳ depends on </span>}
            {i > 0 && service.edges[i - 1]?.implied && <span className="muted">(implied by its hosting) </span>}
            <button type="button" className="link" onClick={() => onSelect(e.node.id)} aria-label={`Details of ${e.node.name}`}>
              <strong>{e.node.name}</strong>
            </button>{" "}
            <span className="muted">
              {KIND[e.node.label] ?? e.node.label}
              {e.node.organisationName ? ` · ${e.node.organisationName}` : ""}
            </span>
            {": "}
            {e.status === "FAILED" ? "stopped" : `${percent(e.capability)} capability`}
          </li>
        ))}
      </ol>
      {reason && <p>{reason}</p>}
    </div>
  );
}
