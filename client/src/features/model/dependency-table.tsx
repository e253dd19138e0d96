import { useCallback, useEffect, useState } from "react";
import { NodeSearch } from "../../components/node-search.js";
import { ApiError, errorMessage, request } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { CHANGE_FIELDS, type ImportAnswer } from "./api.js";
import { loadDependencies, type Dependencies, type Edge } from "./dependencies-query.js";
import type { Group } from "./dependency-groups.js";
import { DependencyRows } from "./dependency-rows.js";
import { GroupSharesForm } from "./group-shares-form.js";
import { PreviewView } from "./preview-view.js";

const SET = `mutation($d: DependencyInput!, $preview: Boolean) { setDependency(dependency: $d, preview: $preview) { ${CHANGE_FIELDS} } }`;
const REMOVE = `mutation($from: ID!, $to: ID!, $preview: Boolean) { removeDependency(from: $from, to: $to, preview: $preview) { ${CHANGE_FIELDS} } }`;
const BATCH = `mutation($c: [ModelChangeInput!]!, $preview: Boolean) { applyModelChanges(changes: $c, preview: $preview) { ${CHANGE_FIELDS} } }`;
const EMPTY = { effect: "FAILS", capacity: "", group: "", share: "" };

/** A pending change, previewed and waiting to be applied. */
type Pending = { query: string; vars: Record<string, unknown>; field: "setDependency" | "removeDependency" | "applyModelChanges"; answer: ImportAnswer };

interface Props {
  token: string;
  id: string;
  canEdit: boolean;
  onApplied: () => void;
  onOpen: (id: string) => void;
}

/**
 * What a node depends on, each redundancy group together, and what depends on it; risk managers
 * add, change and remove its dependencies, each previewed first. A refusal (a group left short)
 * shows the API's problems beside the form.
 */
export function DependencyTable({ token, id, canEdit, onApplied, onOpen }: Props) {
  const [edges, setEdges] = useState<Dependencies | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [applied, setApplied] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const [to, setTo] = useState<NodeRef | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [shares, setShares] = useState<Group | null>(null);
  const fail = (e: unknown) => setError({ message: errorMessage(e), problems: e instanceof ApiError ? e.problems.map((p) => p.message) : [] });

  const load = useCallback(() => {
    loadDependencies(id, token).then(setEdges).catch(fail);
  }, [id, token]);
  useEffect(load, [load]);

  const preview = async (query: string, vars: Record<string, unknown>, field: Pending["field"]) => {
    setError(null);
    setApplied(null);
    try {
      const r = await request<Record<string, ImportAnswer>>(query, { ...vars, preview: true }, token);
      setPending({ query, vars, field, answer: r[field]! });
    } catch (e) {
      fail(e);
    }
  };
  const apply = async () => {
    if (!pending) return;
    try {
      const r = await request<Record<string, ImportAnswer>>(pending.query, { ...pending.vars, preview: false }, token);
      setApplied(r[pending.field]!);
      setPending(null);
      setTo(null);
      setForm(EMPTY);
      setShares(null);
      load();
      onApplied();
    } catch (e) {
      fail(e);
    }
  };
  const dependency = () => {
    const d: Record<string, unknown> = { from: id, to: to?.id, effect: form.effect };
    if (form.capacity.trim()) d.capacity = Number(form.capacity);
    if (form.group.trim()) d.group = form.group.trim();
    if (form.share.trim()) d.share = Number(form.share);
    return d;
  };

  const change = (e: Edge) => {
    setTo({ id: e.node.id, name: e.node.name, label: e.node.label as NodeRef["label"] });
    setForm({ effect: e.effect ?? "FAILS", capacity: e.capacity == null ? "" : String(e.capacity), group: e.group ?? "", share: e.share == null ? "" : String(e.share) });
  };

  if (!edges) return error ? <p role="alert">{error.message}</p> : <p>Loading dependencies…</p>;
  return (
    <section aria-labelledby="dependencies" className="dependencies">
      <h3 id="dependencies">Depends on ({edges.out.length})</h3>
      {edges.out.length === 0 ? (
        <p>Nothing: its loss reaches no further, and nothing else can stop it.</p>
      ) : (
        <DependencyRows out={edges.out} canEdit={canEdit} onOpen={onOpen} onChange={change} onShares={setShares} onRemove={(e) => void preview(REMOVE, { from: id, to: e.node.id }, "removeDependency")} />
      )}
      <h3>Depended on by ({edges.in.length})</h3>
      {edges.in.length ? (
        <ul className="dependants">
          {edges.in.map((e) => <li key={e.node.id}><button type="button" className="link" onClick={() => onOpen(e.node.id)}>{e.node.name}</button></li>)}
        </ul>
      ) : (
        <p>Nothing depends on it.</p>
      )}
      {canEdit && shares && (
        <GroupSharesForm key={shares.name} from={id} group={shares} onCancel={() => setShares(null)} onPreview={(c) => void preview(BATCH, { c }, "applyModelChanges")} />
      )}
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
      {error && (
        <div role="alert" className="form-problems">
          <p>{error.message}</p>
          {error.problems.some((p) => p !== error.message) && <ul>{error.problems.map((p, k) => <li key={k}>{p}</li>)}</ul>}
        </div>
      )}
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
