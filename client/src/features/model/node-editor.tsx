import { useRef, useState } from "react";
import { capital, labelWords } from "../../../../server/model/plain-words.js";
import { NODE_LABELS, type NodeLabel } from "../../../../server/model/vocabulary.js";
import { ProblemList } from "../../components/problem-list.js";
import { graphql } from "../../gql/gql.js";
import { byField, refusalOf, type Refusal } from "../../lib/problems.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { changed, type ModelChange } from "./api.js";
import { NodeField } from "./node-field.js";
import { NODE_FORMS, toNodeInput, type FormValues } from "./node-fields.js";
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
export function NodeEditor({
  token,
  start,
  onApplied,
}: {
  token: string;
  start: Editing;
  /** The node now open (null once removed) and what was saved, in words. */
  onApplied: (id: string | null, saved: string) => void;
}) {
  const [label, setLabel] = useState<NodeLabel>(start.label);
  const [values, setValues] = useState<FormValues>(start.values);
  const [cascade, setCascade] = useState(false);
  const [answer, setAnswer] = useState<{ kind: "save" | "delete"; result: ModelChange } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const form = useRef<HTMLElement>(null);
  const createNode = useGraphQLMutation(CREATE, token, changed);
  const updateNode = useGraphQLMutation(UPDATE, token, changed);
  const deleteNode = useGraphQLMutation(DELETE, token, changed);
  const busy = createNode.isPending || updateNode.isPending || deleteNode.isPending;
  // Fields changed since the last refusal: their problems no longer stand beside them.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const set = (key: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [key]: value }));
    setEdited((e) => new Set(e).add(key));
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
    setRefusal(null);
    setEdited(new Set());
    try {
      setAnswer({ kind, result: await send(kind, preview) });
      const what = `the ${labelWords(label)} “${String(values.name || values.id)}”`;
      const verb = kind === "delete" ? "removed" : start.existing ? "changed" : "added";
      if (!preview) onApplied(kind === "delete" ? null : String(values.id), `Saved: ${verb} ${what}.`);
    } catch (e) {
      // What was typed stays in the form; the problems show beside their fields and below.
      setRefusal(refusalOf(e));
    }
  };
  const fieldProblems = byField(
    refusal?.problems ?? [],
    NODE_FORMS[label].fields.map((f) => f.key).filter((k) => !edited.has(k)),
  );
  const previewed = answer && !answer.result.applied ? answer.kind : null;
  return (
    <section aria-labelledby="node-editor" className="node-editor" ref={form}>
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
                {capital(labelWords(l))}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="form-grid">
        {NODE_FORMS[label].fields.map((f) => (
          <NodeField
            key={f.key}
            token={token}
            spec={f}
            value={values[f.key]}
            locked={start.existing && f.key === "id"}
            problems={fieldProblems.get(f.key)}
            onChange={(v) => set(f.key, v)}
          />
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
      {refusal && <ProblemList refusal={refusal} form={form} />}
      {answer && <PreviewView token={token} answer={answer.result} />}
    </section>
  );
}
