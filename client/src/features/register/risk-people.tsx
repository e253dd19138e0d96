import { graphql } from "../../gql/gql.js";
import { useGraphQL } from "../../lib/query.js";
import { peopleWords } from "../../../../server/model/people-words.js";

const PEOPLE = graphql(`
  query RiskPeople($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!) {
    blastRadius(lost: $lost, compromised: $compromised, hours: $hours) {
      patientsDisruptedPerDay
      servicesStopped
      servicesDegraded
      recordsExposed
    }
  }
`);

interface Scenario {
  lost: readonly string[];
  compromised: readonly string[];
  hours: number;
}

/** A risk's scenario in people (model section 11): patients a day who lose their care, services stopped and degraded, records exposed. */
export function RiskPeople({ scenario, unresolved }: { scenario: Scenario; unresolved: readonly string[] }) {
  // Nodes the graph no longer holds are left out: the rest of the scenario still counts.
  const held = (ids: readonly string[]) => ids.filter((x) => !unresolved.includes(x));
  const read = useGraphQL(PEOPLE, { lost: held(scenario.lost), compromised: held(scenario.compromised), hours: scenario.hours });
  if (read.isError) return <p>People counts could not be read: {(read.error as Error).message}</p>;
  const r = read.data?.blastRadius;
  if (!r) return <p aria-live="polite">Counting the people…</p>;
  return <p className="risk-people">In people: {peopleWords(r)}</p>;
}
