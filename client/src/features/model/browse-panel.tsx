import { useEffect, useId, useState } from "react";
import { NODE_LABELS, SYSTEM_KINDS, type NodeLabel } from "../../../../server/model/vocabulary.js";
import { errorMessage, request } from "../../lib/graphql.js";
import { KIND_WORDS } from "../../lib/node-ref.js";

const ORGANISATIONS = `{ nodes(label: Organisation, first: 500) { edges { node { id name } } } }`;
const BROWSE = `query($org: ID, $label: NodeLabel, $kind: SystemKind, $after: String) {
  nodes(organisation: $org, label: $label, kind: $kind, first: 25, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name label ... on System { kind organisationName } ... on CareService { organisationName } ... on DataStore { organisationName } } } } }`;

const LABEL_WORDS: Record<NodeLabel, string> = { Organisation: "Organisations", CareService: "Care services", System: "Systems", DataStore: "Data stores", Supplier: "Suppliers" };
const kindWords = (k: string): string => k.toLowerCase().replace("_", " ");

interface Row {
  id: string;
  name: string;
  label: NodeLabel;
  kind?: string;
  organisationName?: string;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Row }>;
}

/** Every node of an organisation, a label or a kind of system, 25 at a time in id order; a name opens it. */
export function BrowsePanel({ token, onOpen, version }: { token: string; onOpen: (id: string) => void; version: number }) {
  const [organisations, setOrganisations] = useState<Array<{ id: string; name: string }>>([]);
  const [filter, setFilter] = useState({ org: "", label: "", kind: "" });
  // The cursor of each page shown so far: the last is the page on screen.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each select named by its label alone, not by the options it holds.
  const ids = useId();

  useEffect(() => {
    const abort = new AbortController();
    request<{ nodes: { edges: Array<{ node: { id: string; name: string } }> } }>(ORGANISATIONS, {}, token, abort.signal)
      .then((r) => setOrganisations(r.nodes.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name))))
      .catch((e: unknown) => (e as Error).name !== "AbortError" && setError(errorMessage(e)));
    return () => abort.abort();
  }, [token, version]);

  const after = cursors.at(-1) ?? null;
  useEffect(() => {
    const abort = new AbortController();
    const vars = { org: filter.org || null, label: filter.label || null, kind: filter.kind || null, after };
    request<{ nodes: Page }>(BROWSE, vars, token, abort.signal)
      .then((r) => {
        setPage(r.nodes);
        setError(null);
      })
      .catch((e: unknown) => (e as Error).name !== "AbortError" && setError(errorMessage(e)));
    return () => abort.abort();
  }, [token, filter, after, version]);

  const choose = (next: Partial<typeof filter>) => {
    setFilter({ ...filter, ...next });
    setCursors([null]);
  };
  const from = (cursors.length - 1) * 25 + 1;
  return (
    <section aria-labelledby="model-browse" className="browse">
      <h3 id="model-browse">Browse</h3>
      <div className="browse-filters">
        <div className="field">
          <label htmlFor={`${ids}-org`}>Organisation</label>
          <select id={`${ids}-org`} value={filter.org} onChange={(e) => choose({ org: e.target.value })}>
            <option value="">All organisations</option>
            {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-label`}>Label</label>
          <select id={`${ids}-label`} value={filter.label} onChange={(e) => choose({ label: e.target.value, kind: e.target.value === "System" ? filter.kind : "" })}>
            <option value="">Every label</option>
            {NODE_LABELS.map((l) => <option key={l} value={l}>{LABEL_WORDS[l]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Kind of system</label>
          <select id={`${ids}-kind`} value={filter.kind} onChange={(e) => choose({ kind: e.target.value, label: e.target.value ? "System" : filter.label })}>
            <option value="">Any kind</option>
            {SYSTEM_KINDS.map((k) => <option key={k} value={k}>{kindWords(k)}</option>)}
          </select>
        </div>
      </div>
      {error && <p role="alert">{error}</p>}
      {page && page.totalCount === 0 && <p role="status">No node matches.</p>}
      {page && page.totalCount > 0 && (
        <table className="browse-table">
          <caption>Nodes {from}–{from + page.edges.length - 1} of {page.totalCount.toLocaleString("en-GB")}, by id</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Id</th><th scope="col">Kind</th><th scope="col">Organisation</th></tr>
          </thead>
          <tbody>
            {page.edges.map(({ node: n }) => (
              <tr key={n.id}>
                <td><button type="button" className="link" onClick={() => onOpen(n.id)}>{n.name}</button></td>
                <td>{n.id}</td>
                <td>{KIND_WORDS[n.label]}{n.kind ? `, ${kindWords(n.kind)}` : ""}</td>
                <td>{n.organisationName ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="pager">
        <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>Previous page</button>{" "}
        <button type="button" disabled={!page?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page?.pageInfo.endCursor ?? null])}>Next page</button>
      </p>
    </section>
  );
}
