import { kindWords, type NodeRef } from "../../lib/node-ref.js";
import { blastLink } from "./resilience-api.js";

/** A service's single points of failure, each linked to its blast radius. */
export function SinglePoints({ service, spofs }: { service: NodeRef; spofs: readonly NodeRef[] }) {
  return (
    <section aria-label="Single points of failure">
      <p>
        {spofs.length === 0
          ? `${service.name} has no single point of failure: every dependency it cannot do without has an alternative that carries it.`
          : `Losing any one of these ${spofs.length} stops ${service.name}:`}
      </p>
      <ul className="spofs">
        {spofs.map((n) => (
          <li key={n.id}>
            {n.name}{" "}
            <span className="muted">
              {kindWords(n.label)}
              {n.organisationName ? ` · ${n.organisationName}` : ""}
            </span>{" "}
            · <a href={blastLink(n, 24)}>its blast radius</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
