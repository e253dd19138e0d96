import { graphql } from "../../gql/gql.js";
import type { QualityIssue } from "../../gql/graphql.js";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import { kindWords } from "../../lib/node-ref.js";
import { NodeName } from "../../lib/node-name.js";

const QUALITY = graphql(`
  query DataQuality($org: ID) {
    dataQuality(organisation: $org, first: 25) {
      findings {
        issue
        count
        nodes {
          ...NodeRef
        }
      }
      shortGroups {
        node
        group
        shares
      }
    }
  }
`);

/** Each gap in words: what it is, and why it makes an answer wrong. */
export const MEANING: Record<QualityIssue, string> = {
  SERVICE_WITHOUT_DEPENDENCIES: "Care services with no dependencies: no loss can ever stop them, so they never show in a blast radius.",
  SYSTEM_NOTHING_DEPENDS_ON:
    "Systems nothing depends on: their loss harms no one, so only the data their compromise exposes can rank them.",
  STORE_NOT_ACCESSED: "Data stores no system accesses: no compromise exposes them.",
  SUPPLIER_WITHOUT_DEPENDANTS: "Suppliers nothing depends on and that host nothing: their outage reaches nothing.",
  NO_OWNER: "Services, systems and data stores without an owner: nobody to act on a risk.",
  SUPPLIER_WITHOUT_HOSTING:
    "Systems naming a supplier but not its hosting: who runs them is unknown, so their supplier's loss counts for nothing.",
};

/** The model's gaps, each linking to the node to fix it. */
export function DataQualityList({ organisation, onOpen }: { organisation: string | null; onOpen: (id: string) => void }) {
  const quality = useGraphQL(QUALITY, { org: organisation });
  const answer = quality.data?.dataQuality ?? null;
  if (quality.error) return <p role="alert">{errorMessage(quality.error)}</p>;
  if (!answer) return <p>Checking the model…</p>;
  const gaps = answer.findings.filter((f) => f.count > 0);
  return (
    <section aria-labelledby="data-quality" className="data-quality">
      <h3 id="data-quality">Data quality</h3>
      {gaps.length === 0 && answer.shortGroups.length === 0 && <p>No gaps found{organisation ? " in this organisation" : ""}.</p>}
      {gaps.map((f) => (
        <details key={f.issue}>
          <summary>
            {MEANING[f.issue] ?? f.issue} <strong>{f.count.toLocaleString("en-GB")}</strong>
          </summary>
          <ul>
            {f.nodes.map((n) => (
              <li key={n.id}>
                <button type="button" className="link" onClick={() => onOpen(n.id)}>
                  {n.name}
                </button>{" "}
                <small>
                  {kindWords(n.label)}
                  {"organisationName" in n && n.organisationName ? `, ${n.organisationName}` : ""}
                </small>
              </li>
            ))}
            {f.count > f.nodes.length && <li>and {(f.count - f.nodes.length).toLocaleString("en-GB")} more</li>}
          </ul>
        </details>
      ))}
      {answer.shortGroups.length > 0 && (
        <details>
          <summary>
            Redundancy groups that cannot carry the whole need <strong>{answer.shortGroups.length}</strong>
          </summary>
          <ul>
            {answer.shortGroups.map((g) => (
              <li key={`${g.node}|${g.group}`}>
                <button type="button" className="link" onClick={() => onOpen(g.node)}>
                  <NodeName id={g.node} />
                </button>
                : group {g.group}, shares add up to {g.shares.toFixed(2)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
