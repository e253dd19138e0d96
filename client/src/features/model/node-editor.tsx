import { useState } from "react";
import { NODE_LABELS, type NodeLabel } from "../../../../server/model/vocabulary.js";
import { graphql } from "../../gql/gql.js";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { changed, type ModelChange } from "./api.js";
import { NODE_FORMS, toNodeInput, type FieldSpec, type FormValues } from "./node-fields.js";
import { PreviewView } from "./preview-view.js";

const CREATE = graphql(`
  mutation CreateNode($node: NodeInput!, $preview: Boolean) {
    createNode(node: $node, preview: $preview) {
      ...ModelChange
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateNode($node: NodeInput!, $preview: Boolean) {
    updateNode(node: $node, preview: $preview) {
      ...ModelChange
    }
  }
`);
const DELETE = graphql(`
  mutation DeleteNode($id: ID!, $cascade: Boolean, $preview: Boolean) {
    deleteNode(id: $id, cascade: $cascade, preview: $preview) {
      ...ModelChange
    }
  }
`);

/** Where the editor starts: a new node of a kind, or an existing one's values. */
export interface Editing {
  label: NodeLabel;
  values: FormValues;
  existing: boolean;
}

/**
 * Add, change or remove one node. Every change is previewed first (what it changes, and its
 * effect on what to protect first, single points of failure and the register's risks); only
 * then can it be applied, exactly as previewed.
 */
export function NodeEditor({ token, start, onApplied }: { token: string; start: Editing; onApplied: (id: string | null) => void }) {
  const [label, setLabel] = useState<NodeLabel>(start.label);
  const [values, setValues] = useState<FormValues>(start.values);
  const [cascade, setCascade] = useState(false);
  const [answer, setAnswer] = useState<{ kind: "save" | "delete"; result: ModelChange } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const createNode = useGraphQLMutation(CREATE, token, changed);
  const updateNode = useGraphQLMutation(UPDATE, token, changed);
  const deleteNode = useGraphQLMutation(DELETE, token, changed);
  const busy = createNode.isPending || updateNode.isPending || deleteNode.isPending;
  const set = (key: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [key]: value }));
    setAnswer(null);
  };
  const send = async (kind: "save" | "delete", preview: boolean): Promise<ModelChange> => {
    if (kind === "delete") return (await deleteNode.mutateAsync({ id: String(values.id), cascade, preview })).deleteNode;
    const node = toNodeInput(label, values);
    return start.existing
      ? (await updateNode.mutateAsync({ node, preview })).updateNode
      : (await createNode.mutateAsync({ node, preview })).createNode;
  };
  const run = async (kind: "save" | "delete", preview: boolean) => {
    setError(null);
    try {
      setAnswer({ kind, result: await send(kind, preview) });
      if (!preview) onApplied(kind === "delete" ? null : String(values.id));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const previewed = answer && !answer.result.applied ? answer.kind : null;
  return (
    <section aria-labelledby="node-editor" className="node-editor">
      <h3 id="node-editor">{start.existing ? `Change ${String(start.values.name)}` : "Add a node"}</h3>
      {!start.existing && (
        <label>
          Kind of node{" "}
          <select
            value={label}
            onChange={(e) => {
              setLabel(e.target.value as NodeLabel);
              setAnswer(null);
            }}
          >
            {NODE_LABELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="form-grid">
        {NODE_FORMS[label].fields.map((f) => (
          <Field key={f.key} spec={f} value={values[f.key]} locked={start.existing && f.key === "id"} onChange={(v) => set(f.key, v)} />
        ))}
      </div>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void run("save", true)}>
          Preview {start.existing ? "the change" : "the new node"}
        </button>
        <button type="button" disabled={busy || previewed !== "save"} onClick={() => void run("save", false)}>
          Apply
        </button>
        {start.existing && (
          <>
            <label>
              <input
                type="checkbox"
                checked={cascade}
                onChange={(e) => {
                  setCascade(e.target.checked);
                  setAnswer(null);
                }}
              />{" "}
              and remove its relationships
            </label>
            <button type="button" disabled={busy} onClick={() => void run("delete", true)}>
              Preview removing it
            </button>
            <button type="button" disabled={busy || previewed !== "delete"} onClick={() => void run("delete", false)}>
              Remove
            </button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {answer && <PreviewView answer={answer.result} />}
    </section>
  );
}

function Field({
  spec,
  value,
  locked,
  onChange,
}: {
  spec: FieldSpec;
  value: string | boolean | undefined;
  locked: boolean;
  onChange: (v: string | boolean) => void;
}) {
  const id = `field-${spec.key}`;
  const hint = spec.hint ? `${id}-hint` : undefined;
  const text = typeof value === "string" ? value : "";
  return (
    <div className="field">
      <label htmlFor={id}>
        {spec.label}
        {spec.required ? " *" : ""}
      </label>
      {spec.type === "select" ? (
        <select id={id} value={text} required={spec.required} aria-describedby={hint} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {spec.options!.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : spec.type === "checkbox" ? (
        <input id={id} type="checkbox" checked={value === true} aria-describedby={hint} onChange={(e) => onChange(e.target.checked)} />
      ) : (
        <input
          id={id}
          type={spec.type === "number" ? "number" : "text"}
          step="any"
          value={text}
          readOnly={locked}
          required={spec.required}
          aria-describedby={hint}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {spec.hint && <small id={hint}>{spec.hint}</small>}
    </div>
  );
}
