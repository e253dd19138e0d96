import { graphql } from "../../gql/gql.js";
import { whole } from "../../lib/format.js";
import { hoursWords } from "../../lib/horizons.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQL } from "../../lib/query.js";
import { RiskPeople } from "./risk-people.js";

const SCENARIO = graphql(`
  query RiskScenario($id: ID!) {
    risk(id: $id) {
      id
      scenario {
        lost
        compromised
        hours
      }
      harm
      residualHarm
      consequence
      computedConsequence
      unresolved
      override {
        consequence
        by
      }
    }
  }
`);
const NAMED = graphql(`
  query ScenarioNode($id: ID!) {
    node(id: $id) {
      ...NodeRef
    }
  }
`);

/** One node of the scenario by name and organisation; an id the graph no longer holds, as the id (marked as one). */
function Named({ id }: { id: string }) {
  const read = useGraphQL(NAMED, { id });
  const n = (read.data?.node ?? null) as NodeRef | null;
  if (!read.data) return <li aria-busy="true">Reading its name…</li>;
  if (!n)
    return (
      <li>
        <span className="id">{id}</span> (no longer in the graph)
      </li>
    );
  return (
    <li>
      {n.name}
      {n.organisationName ? ` — ${n.organisationName}` : ""}
    </li>
  );
}

/** What the risk is about: its lost and compromised nodes by name, the horizon, the harm, the people it reaches and where its consequence comes from. */
export function RiskScenario({ id }: { id: string }) {
  const read = useGraphQL(SCENARIO, { id });
  const r = read.data?.risk;
  if (!r) return null;
  const source = r.override
    ? `overridden by ${r.override.by}`
    : r.computedConsequence
      ? "computed from the graph"
      : "no care service affected: minor by default";
  return (
    <section className="risk-scenario" aria-label={`Scenario of ${id}`}>
      <h4>Scenario over {hoursWords(r.scenario.hours)}</h4>
      {r.scenario.lost.length > 0 && (
        <>
          <p>Lost:</p>
          <ul>
            {r.scenario.lost.map((x) => (
              <Named key={x} id={x} />
            ))}
          </ul>
        </>
      )}
      {r.scenario.compromised.length > 0 && (
        <>
          <p>Compromised:</p>
          <ul>
            {r.scenario.compromised.map((x) => (
              <Named key={x} id={x} />
            ))}
          </ul>
        </>
      )}
      <p>
        Harm {whole(r.harm)} weighted patients ({whole(r.residualHarm)} with controls). Consequence {r.consequence.toLowerCase()}, {source}.
      </p>
      <RiskPeople scenario={r.scenario} unresolved={r.unresolved} />
    </section>
  );
}
