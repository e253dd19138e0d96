import type { ChosenNodeQuery } from "../../gql/graphql.js";
import { errorMessage } from "../../lib/graphql.js";
import { percent, whole } from "../../lib/format.js";
import { useGraphQL } from "../../lib/query.js";
import type { NodeRef } from "./api.js";
import { NODE_DETAILS } from "./drill-api.js";
import { raiseRiskHash, scenarioHash } from "../../lib/scenario-url.js";
import { capital, plain } from "../../../../server/model/plain-words.js";
import { kindWords } from "../../lib/node-ref.js";
import { NodeName } from "../../lib/node-name.js";

type Neighbour = Omit<NonNullable<ChosenNodeQuery["node"]>["neighbours"][number], "node"> & { node: NodeRef };
type Details = NodeRef & Record<string, unknown> & { neighbours: Neighbour[] };

/** What the node is to this scenario, from the drawn element's data. */
export interface InScenario {
  capability?: number;
  status?: string;
  lost?: boolean;
  compromised?: boolean;
  exposed?: boolean;
  controlled?: boolean;
}

const RELATION: Record<string, [string, string]> = {
  DEPENDS_ON: ["Depends on", "Depended on by"],
  ACCESSES: ["Accesses", "Accessed by"],
  ADMINISTERS: ["Administers", "Administered by"],
  OPERATED_BY: ["Operated by", "Operates"],
};
const FIELDS: Array<[string, string, (v: unknown) => string]> = [
  ["severity", "Severity", (v) => plain(String(v))],
  ["patientsPerDay", "Patients a day", (v) => whole(Number(v))],
  ["impactToleranceHours", "Impact tolerance", (v) => `${String(v)} h`],
  ["kind", "Kind", (v) => plain(String(v))],
  ["supplier", "Supplier", String],
  ["hosting", "Who runs it", (v) => plain(String(v))],
  ["internetFacing", "Reachable from the internet", (v) => (v ? "yes" : "no")],
  ["sensitivity", "Sensitivity", (v) => plain(String(v))],
  ["records", "Records", (v) => whole(Number(v))],
  ["owner", "Owner", String],
];

function scenarioWords(s: InScenario): string {
  const parts: string[] = [];
  if (s.lost) parts.push("lost (chosen)");
  if (s.compromised) parts.push("compromised (chosen)");
  if (s.controlled) parts.push("administered by the attacker");
  if (s.exposed) parts.push("exposed");
  if (!s.lost && s.status) parts.push(s.status === "FAILED" ? "stopped" : `degraded to ${percent(s.capability ?? 0)}`);
  return parts.length ? parts.join(", ") : "not affected";
}

/** A chosen node: its details, its neighbours (each selectable), and links to its model page and its own blast radius. */
export function NodeDetails({
  id,
  token,
  hours,
  recovery,
  inScenario,
  onSelect,
  onClose,
}: {
  id: string;
  token: string;
  hours: number;
  recovery: boolean;
  inScenario: InScenario;
  onSelect: (id: string) => void;
  onClose: () => void;
}) {
  const read = useGraphQL(NODE_DETAILS, { id }, token);
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
  const byRelation = new Map<string, Neighbour[]>();
  for (const n of node.neighbours) {
    const title = RELATION[n.relationship]![n.direction === "OUTGOING" ? 0 : 1];
    byRelation.set(title, [...(byRelation.get(title) ?? []), n]);
  }
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
            <DetailRow key={k} title={title} value={<NodeName token={token} id={String(node[k])} />} />
          ) : (
            <DetailRow key={k} title={title} value={show(node[k])} />
          ),
        )}
      </dl>
      <p>
        <a href={scenarioHash(own)}>Its own blast radius</a> ·{" "}
        {node.label !== "Organisation" && (
          <>
            <a href={raiseRiskHash({ node, lost: true, compromised: own.compromised.length > 0, hours })}>Raise a risk from it</a> ·{" "}
          </>
        )}
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </p>
      {[...byRelation].map(([title, list]) => (
        <div key={title}>
          <h4>
            {title} ({list.length})
          </h4>
          <ul className="neighbours">
            {list.map((n, i) => (
              <li key={`${n.node.id}-${i}`}>
                <button type="button" className="link" onClick={() => onSelect(n.node.id)}>
                  {n.node.name}
                </button>{" "}
                <span className="muted">
                  {kindWords(n.node.label)}
                  {n.node.organisationName ? ` · ${n.node.organisationName}` : ""}
                  {n.relationship === "DEPENDS_ON" && n.effect
                    ? ` · ${n.effect === "DEGRADES" ? `degraded to ${percent(n.capacity ?? 0)}` : "stops"}`
                    : ""}
                  {n.group ? ` · alternative in “${n.group}”${n.share !== null ? `, share ${percent(n.share)}` : ""}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
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
