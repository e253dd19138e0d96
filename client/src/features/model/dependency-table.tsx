import { useCallback, useEffect, useState } from "react";
import { NodeSearch } from "../../components/node-search.js";
import { errorMessage, request } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { CHANGE_FIELDS, type ImportAnswer } from "./api.js";
import { PreviewView } from "./preview-view.js";

const DEPENDENCIES = `query($id: ID!) { node(id: $id) {
  out: neighbours(direction: OUTGOING, first: 1000) { relationship effect capacity group share node { id name label } }
  in: neighbours(direction: INCOMING, first: 1000) { relationship effect node { id name label } } } }`;
const SET = `mutation($d: DependencyInput!, $preview: Boolean) { setDependency(dependency: $d, preview: $preview) { ${CHANGE_FIELDS} } }`;
const REMOVE = `mutation($from: ID!, $to: ID!, $preview: Boolean) { removeDependency(from: $from, to: $to, preview: $preview) { ${CHANGE_FIELDS} } }`;

interface Edge {
  relationship: string;
  effect: string | null;
  capacity?: number | null;
  group?: string | null;
  share?: number | null;
  node: { id: string; name: string; label: string };
}

/** A pending change, previewed and waiting to be applied. */
type Pending = { query: string; vars: Record<string, unknown>; field: "setDependency" | "removeDependency"; answer: ImportAnswer };

/** What a node depends on and what depends on it; risk managers add, change and remove its dependencies, each previewed first. */
export function DependencyTable({ token, id, canEdit, onApplied }: { token: string; id: string; canEdit: boolean; onApplied: () => void }) {
  const [edges, setEdges] = useState<{ out: Edge[]; in: Edge[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [applied, setApplied] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [to, setTo] = useState<NodeRef | null>(null);
  const [form, setForm] = useState({ effect: "FAILS", capacity: "", group: "", share: "" });

  const load = useCallback(() => {
    request<{ node: { out: Edge[]; in: Edge[] } | null }>(DEPENDENCIES, { id }, token)
      .then((r) => setEdges(r.node ? { out: r.node.out.filter((e) => e.relationship === "DEPENDS_ON"), in: r.node.in.filter((e) => e.relationship === "DEPENDS_ON") } : null))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [id, token]);
  useEffect(load, [load]);

  const preview = async (query: string, vars: Record<string, unknown>, field: Pending["field"]) => {
    setError(null);
    setApplied(null);
    try {
      const r = await request<Record<string, ImportAnswer>>(query, { ...vars, preview: true }, token);
      setPending({ query, vars, field, answer: r[field]! });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const apply = async () => {
    if (!pending) return;
    try {
      const r = await request<Record<string, ImportAnswer>>(pending.query, { ...pending.vars, preview: false }, token);
      setApplied(r[pending.field]!);
      setPending(null);
      setTo(null);
      setForm({ effect: "FAILS", capacity: "", group: "", share: "" });
      load();
      onApplied();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const dependency = () => {
    const d: Record<string, unknown> = { from: id, to: to?.id, effect: form.effect };
    if (form.capacity.trim()) d.capacity = Number(form.capacity);
    if (form.group.trim()) d.group = form.group.trim();
    if (form.share.trim()) d.share = Number(form.share);
    return d;
  };

  if (!edges) return error ? <p role="alert">{error}</p> : <p>Loading dependencies…</p>;
  return (
    <section aria-labelledby="dependencies" className="dependencies">
      <h3 id="dependencies">Depends on ({edges.out.length})</h3>
      {edges.out.length === 0 ? (
        <p>Nothing: its loss reaches no further, and nothing else can stop it.</p>
      ) : (
        <table className="dependency-table">
          <thead>
            <tr><th>Node</th><th>Kind</th><th>If lost</th><th>Redundancy group</th>{canEdit && <th><span className="visually-hidden">Actions</span></th>}</tr>
          </thead>
          <tbody>
            {edges.out.map((e) => (
              <tr key={e.node.id}>
                <td>{e.node.name} <small>{e.node.id}</small></td>
                <td>{e.node.label}</td>
                <td>{e.effect === "DEGRADES" ? `degrades, keeps ${Math.round((e.capacity ?? 0) * 100)}%` : "fails"}</td>
                <td>{e.group ? `${e.group} (share ${e.share ?? 1})` : "—"}</td>
                {canEdit && (
                  <td><button type="button" onClick={() => void preview(REMOVE, { from: id, to: e.node.id }, "removeDependency")}>Remove…</button></td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Depended on by ({edges.in.length})</h3>
      <p>{edges.in.length ? edges.in.map((e) => e.node.name).join(", ") : "Nothing depends on it."}</p>
      {canEdit && (
        <fieldset className="add-dependency">
          <legend>Add or change a dependency</legend>
          {to ? <p>On {to.name} <button type="button" onClick={() => setTo(null)}>change</button></p> : <NodeSearch token={token} label="Depends on" onChoose={setTo} />}
          <label>If lost <select value={form.effect} onChange={(e) => setForm({ ...form, effect: e.target.value })}><option value="FAILS">it fails</option><option value="DEGRADES">it degrades</option></select></label>
          {form.effect === "DEGRADES" && <label>Capacity kept (0–1) <input type="number" step="any" value={form.capacity} onChange={(e) => setForm({ ...form, capacity: e.target.value })} /></label>}
          <label>Redundancy group <input value={form.group} onChange={(e) => setForm({ ...form, group: e.target.value })} /></label>
          <label>Share of the need <input type="number" step="any" value={form.share} onChange={(e) => setForm({ ...form, share: e.target.value })} /></label>
          <button type="button" disabled={!to} onClick={() => void preview(SET, { d: dependency() }, "setDependency")}>Preview</button>
        </fieldset>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {pending && (
        <div className="pending">
          <PreviewView answer={pending.answer} />
          <button type="button" onClick={() => void apply()}>Apply</button> <button type="button" onClick={() => setPending(null)}>Cancel</button>
        </div>
      )}
      {applied && <PreviewView answer={applied} />}
    </section>
  );
}
