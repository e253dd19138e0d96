import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import { NODE_DETAILS } from "./drill-api.js";
import { raiseRiskHash, scenarioHash } from "../../lib/scenario-url.js";
import { capital } from "../../../../server/model/plain-words.js";
import { kindWords } from "../../lib/node-ref.js";
import { NodeName } from "../../lib/node-name.js";
import { byRelation, FIELDS, scenarioWords, type Details, type InScenario } from "./node-facts.js";
import { NeighbourList } from "./neighbour-list.js";
import { usePerson } from "../../lib/session.js";
import { mayWriteRegister } from "../../lib/roles.js";

interface Props {
  id: string;
  hours: number;
  recovery: boolean;
  inScenario: InScenario;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** A chosen node: its details, its neighbours (each selectable), and links to its model page and its own blast radius. */
export function NodeDetails({ id, hours, recovery, inScenario, onSelect, onClose }: Props) {
  const read = useGraphQL(NODE_DETAILS, { id });
  const canRaise = mayWriteRegister(usePerson());
  const node: Details | null = read.data?.node ?? null;
  const error = read.error ? errorMessage(read.error) : read.data && !read.data.node ? "This node is no longer in the graph." : null;
  if (error)
    return (
      <section className="node-details" aria-label="Chosen node">
        <p role="alert">{error}</p>
      </section>
    );
  if (!node)
    return (
      <section className="node-details" aria-label="Chosen node">
        <p aria-live="polite">Loading the node…</p>
      </section>
    );
  const own = { lost: [node.id], compromised: node.label === "CareService" ? [] : [node.id], hours, recovery };
  return (
    <section className="node-details" aria-label="Chosen node">
      <h3>
        {node.name} <span className="muted">{capital(kindWords(node.label))}</span>
      </h3>
      <dl>
        {node.organisationName && (
          <>
            <dt>Organisation</dt>
            <dd>{node.organisationName}</dd>
          </>
        )}
        <dt>In this scenario</dt>
        <dd>{scenarioWords(inScenario)}</dd>
        {FIELDS.filter(([k]) => node[k] !== undefined && node[k] !== null).map(([k, title, show]) =>
          k === "supplier" ? (
            <DetailRow key={k} title={title} value={<NodeName id={String(node[k])} />} />
          ) : (
            <DetailRow key={k} title={title} value={show(node[k])} />
          ),
        )}
      </dl>
      <p>
        <a href={scenarioHash(own)}>Its own blast radius</a> ·{" "}
        {canRaise && node.label !== "Organisation" && (
          <>
            <a href={raiseRiskHash({ node, lost: true, compromised: own.compromised.length > 0, hours })}>Raise a risk from it</a> ·{" "}
          </>
        )}
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </p>
      {[...byRelation(node.neighbours)].map(([title, list]) => (
        <NeighbourList key={title} title={title} list={list} onSelect={onSelect} />
      ))}
    </section>
  );
}

function DetailRow({ title, value }: { title: string; value: React.ReactNode }) {
  return (
    <>
      <dt>{title}</dt>
      <dd>{value}</dd>
    </>
  );
}
