import { useState } from "react";
import { NodeSearch } from "../../components/node-search.js";
import { graphql } from "../../gql/gql.js";
import type { DependencyInput, Effect, ModelChangeInput } from "../../gql/graphql.js";
import { ApiError, errorMessage } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { changed, type ModelChange } from "./api.js";
import { useDependencies, type Edge } from "./dependencies-query.js";
import type { Group } from "./dependency-groups.js";
import { DependencyRows } from "./dependency-rows.js";
import { GroupSharesForm } from "./group-shares-form.js";
import { PreviewView } from "./preview-view.js";

const SET = graphql(`
  mutation SetDependency($d: DependencyInput!, $preview: Boolean) {
    setDependency(dependency: $d, preview: $preview) {
      ...ModelChange
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveDependency($from: ID!, $to: ID!, $preview: Boolean) {
    removeDependency(from: $from, to: $to, preview: $preview) {
      ...ModelChange
    }
  }
`);
const BATCH = graphql(`
  mutation ApplyModelChanges($c: [ModelChangeInput!]!, $preview: Boolean) {
    applyModelChanges(changes: $c, preview: $preview) {
      ...ModelChange
    }
  }
`);
const EMPTY: { effect: Effect; capacity: string; group: string; share: string } = { effect: "FAILS", capacity: "", group: "", share: "" };

/** A change to preview, then apply exactly as previewed. */
type Change = { kind: "set"; d: DependencyInput } | { kind: "remove"; from: string; to: string } | { kind: "batch"; c: ModelChangeInput[] };

interface Props {
  token: string;
  id: string;
  canEdit: boolean;
  onOpen: (id: string) => void;
}

/**
 * What a node depends on, each redundancy group together, and what depends on it; risk managers
 * add, change and remove its dependencies, each previewed first. A refusal (a group left short)
 * shows the API's problems beside the form.
 */
export function DependencyTable({ token, id, canEdit, onOpen }: Props) {
  const { dependencies: edges, error: unread } = useDependencies(id, token);
  const setDependency = useGraphQLMutation(SET, token, changed);
  const removeDependency = useGraphQLMutation(REMOVE, token, changed);
  const applyChanges = useGraphQLMutation(BATCH, token, changed);
  const [pending, setPending] = useState<{ change: Change; answer: ModelChange } | null>(null);
  const [applied, setApplied] = useState<ModelChange | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; problems: string[] } | null>(null);
  const [to, setTo] = useState<NodeRef | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [shares, setShares] = useState<Group | null>(null);
  const fail = (e: unknown) =>
    setRefusal({ message: errorMessage(e), problems: e instanceof ApiError ? e.problems.map((p) => p.message) : [] });
  const error = refusal ?? (unread ? { message: errorMessage(unread), problems: [] } : null);

  const send = async (c: Change, preview: boolean): Promise<ModelChange> => {
    if (c.kind === "set") return (await setDependency.mutateAsync({ d: c.d, preview })).setDependency;
    if (c.kind === "remove") return (await removeDependency.mutateAsync({ from: c.from, to: c.to, preview })).removeDependency;
    return (await applyChanges.mutateAsync({ c: c.c, preview })).applyModelChanges;
  };
  const preview = async (change: Change) => {
    setRefusal(null);
    setApplied(null);
    try {
      setPending({ change, answer: await send(change, true) });
    } catch (e) {
      fail(e);
    }
  };
  // Applied, the page's reads (this table, the drawing, the data quality) have been read again.
  // The form is cleared when Apply is pressed, not when the page's reads are back: a change begun
  // meanwhile (the table is often read again first) is kept. A refused change gets its form back.
  const apply = async () => {
    if (!pending) return;
    const was = { pending, to, form, shares };
    setPending(null);
    setTo(null);
    setForm(EMPTY);
    setShares(null);
    try {
      setApplied(await send(was.pending.change, false));
    } catch (e) {
      setPending(was.pending);
      setTo(was.to);
      setForm(was.form);
      setShares(was.shares);
      fail(e);
    }
  };
  const dependency = (on: NodeRef): DependencyInput => {
    const d: DependencyInput = { from: id, to: on.id, effect: form.effect };
    if (form.capacity.trim()) d.capacity = Number(form.capacity);
    if (form.group.trim()) d.group = form.group.trim();
    if (form.share.trim()) d.share = Number(form.share);
    return d;
  };

  const change = (e: Edge) => {
    setTo({ id: e.node.id, name: e.node.name, label: e.node.label });
    setForm({
      effect: e.effect ?? "FAILS",
      capacity: e.capacity == null ? "" : String(e.capacity),
      group: e.group ?? "",
      share: e.share == null ? "" : String(e.share),
    });
  };

  if (!edges) return error ? <p role="alert">{error.message}</p> : <p>Loading dependencies…</p>;
  return (
    <section aria-labelledby="dependencies" className="dependencies">
      <h3 id="dependencies">Depends on ({edges.out.length})</h3>
      {edges.out.length === 0 ? (
        <p>Nothing: its loss reaches no further, and nothing else can stop it.</p>
      ) : (
        <DependencyRows
          out={edges.out}
          canEdit={canEdit}
          onOpen={onOpen}
          onChange={change}
          onShares={setShares}
          onRemove={(e) => void preview({ kind: "remove", from: id, to: e.node.id })}
        />
      )}
      <h3>Depended on by ({edges.in.length})</h3>
      {edges.in.length ? (
        <ul className="dependants">
          {edges.in.map((e) => (
            <li key={e.node.id}>
              <button type="button" className="link" onClick={() => onOpen(e.node.id)}>
                {e.node.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing depends on it.</p>
      )}
      {canEdit && shares && (
        <GroupSharesForm
          key={shares.name}
          from={id}
          group={shares}
          onCancel={() => setShares(null)}
          onPreview={(c) => void preview({ kind: "batch", c })}
        />
      )}
      {canEdit && (
        <fieldset className="add-dependency">
          <legend>Add or change a dependency</legend>
          {to ? (
            <p>
              On {to.name}{" "}
              <button type="button" onClick={() => setTo(null)}>
                change
              </button>
            </p>
          ) : (
            <NodeSearch token={token} label="Depends on" onChoose={setTo} />
          )}
          <label>
            If lost{" "}
            <select value={form.effect} onChange={(e) => setForm({ ...form, effect: e.target.value as Effect })}>
              <option value="FAILS">it fails</option>
              <option value="DEGRADES">it degrades</option>
            </select>
          </label>
          {form.effect === "DEGRADES" && (
            <label>
              Capacity kept (0–1){" "}
              <input type="number" step="any" value={form.capacity} onChange={(e) => setForm({ ...form, capacity: e.target.value })} />
            </label>
          )}
          <label>
            Redundancy group <input value={form.group} onChange={(e) => setForm({ ...form, group: e.target.value })} />
          </label>
          <label>
            Share of the need{" "}
            <input type="number" step="any" value={form.share} onChange={(e) => setForm({ ...form, share: e.target.value })} />
          </label>
          <button type="button" disabled={!to} onClick={() => to && void preview({ kind: "set", d: dependency(to) })}>
            Preview
          </button>
        </fieldset>
      )}
      {error && (
        <div role="alert" className="form-problems">
          <p>{error.message}</p>
          {error.problems.some((p) => p !== error.message) && (
            <ul>
              {error.problems.map((p, k) => (
                <li key={k}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {pending && (
        <div className="pending">
          <PreviewView token={token} answer={pending.answer} />
          <button type="button" onClick={() => void apply()}>
            Apply
          </button>{" "}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {applied && <PreviewView token={token} answer={applied} />}
    </section>
  );
}
