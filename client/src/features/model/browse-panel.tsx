import { useId, useMemo, useState } from "react";
import { NODE_LABELS, SYSTEM_KINDS, type NodeLabel } from "../../../../server/model/vocabulary.js";
import { graphql } from "../../gql/gql.js";
import type { BrowseQuery, SystemKind } from "../../gql/graphql.js";
import { errorMessage } from "../../lib/graphql.js";
import { kindWords } from "../../lib/node-ref.js";
import { useGraphQL } from "../../lib/query.js";
import type { Widen } from "../../lib/widen.js";

const ORGANISATIONS = graphql(`
  query Organisations {
    nodes(label: Organisation, first: 500) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const BROWSE = graphql(`
  query Browse($org: ID, $label: NodeLabel, $kind: SystemKind, $after: String, $first: Int!) {
    nodes(organisation: $org, label: $label, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          label
          ... on System {
            kind
            organisationName
          }
          ... on CareService {
            organisationName
          }
          ... on DataStore {
            organisationName
          }
        }
      }
    }
  }
`);
const PAGE_SIZE = 25;

const LABEL_WORDS: Record<NodeLabel, string> = {
  Organisation: "Organisations",
  CareService: "Care services",
  System: "Systems",
  DataStore: "Data stores",
  Supplier: "Suppliers",
};

/** A row, with its kind where it is a system and its organisation's name where its kind has one. */
type Row = Widen<BrowseQuery["nodes"]["edges"][number]["node"]>;

/** Every node of an organisation, a label or a kind of system, 25 at a time in id order; a name opens it. */
export function BrowsePanel({ token, onOpen }: { token: string; onOpen: (id: string) => void }) {
  const [filter, setFilter] = useState<{ org: string; label: NodeLabel | ""; kind: SystemKind | "" }>({ org: "", label: "", kind: "" });
  // The cursor of each page shown so far: the last is the page on screen.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  // Each select named by its label alone, not by the options it holds.
  const ids = useId();

  const listed = useGraphQL(ORGANISATIONS, {}, token);
  const organisations = useMemo(
    () => (listed.data?.nodes.edges ?? []).map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name)),
    [listed.data],
  );
  const after = cursors.at(-1) ?? null;
  // The page on screen stays until the next one is read, as it did before.
  const browsed = useGraphQL(
    BROWSE,
    { org: filter.org || null, label: filter.label || null, kind: filter.kind || null, after, first: PAGE_SIZE },
    token,
    { keepPrevious: true },
  );
  const page = browsed.data?.nodes ?? null;
  const failed = browsed.error ?? listed.error;
  const error = failed ? errorMessage(failed) : null;

  const choose = (next: Partial<typeof filter>) => {
    setFilter({ ...filter, ...next });
    setCursors([null]);
  };
  const from = (cursors.length - 1) * PAGE_SIZE + 1;
  return (
    <section aria-labelledby="model-browse" className="browse">
      <h3 id="model-browse">Browse</h3>
      <div className="browse-filters">
        <div className="field">
          <label htmlFor={`${ids}-org`}>Organisation</label>
          <select id={`${ids}-org`} value={filter.org} onChange={(e) => choose({ org: e.target.value })}>
            <option value="">All organisations</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-label`}>Label</label>
          <select
            id={`${ids}-label`}
            value={filter.label}
            onChange={(e) => choose({ label: e.target.value as NodeLabel | "", kind: e.target.value === "System" ? filter.kind : "" })}
          >
            <option value="">Every label</option>
            {NODE_LABELS.map((l) => (
              <option key={l} value={l}>
                {LABEL_WORDS[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Kind of system</label>
          <select
            id={`${ids}-kind`}
            value={filter.kind}
            onChange={(e) => choose({ kind: e.target.value as SystemKind | "", label: e.target.value ? "System" : filter.label })}
          >
            <option value="">Any kind</option>
            {SYSTEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindWords(k)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <p role="alert">{error}</p>}
      {page && page.totalCount === 0 && <p role="status">No node matches.</p>}
      {page && page.totalCount > 0 && (
        <table className="browse-table">
          <caption>
            Nodes {from}–{from + page.edges.length - 1} of {page.totalCount.toLocaleString("en-GB")}, by id
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Id</th>
              <th scope="col">Kind</th>
              <th scope="col">Organisation</th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node: n }: { node: Row }) => (
              <tr key={n.id}>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(n.id)}>
                    {n.name}
                  </button>
                </td>
                <td className="id">{n.id}</td>
                <td>
                  {kindWords(n.label)}
                  {n.kind ? `, ${kindWords(n.kind)}` : ""}
                </td>
                <td>{n.organisationName ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="pager">
        <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous page
        </button>{" "}
        <button
          type="button"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, page?.pageInfo.endCursor ?? null])}
        >
          Next page
        </button>
      </p>
    </section>
  );
}
