import { useRef } from "react";
import { capital, labelWords } from "../../../../server/model/plain-words.js";
import { NODE_LABELS, type NodeLabel } from "../../../../server/model/vocabulary.js";
import { ProblemList } from "../../components/problem-list.js";
import { NodeField } from "./node-field.js";
import { NODE_FORMS } from "./node-fields.js";
import { PreviewView } from "./preview-view.js";
import { NodeEditorActions } from "./node-editor-actions.js";
import { useNodeEdit, type Editing } from "./use-node-edit.js";

/**
 * Add, change or remove one node. Every change is previewed first (what it changes, and its
 * effect on what to protect first, single points of failure and the register's risks); only
 * then can it be applied, exactly as previewed.
 */
export function NodeEditor({
  start,
  onApplied,
}: {
  start: Editing;
  /** The node now open (null once removed) and what was saved, in words. */
  onApplied: (id: string | null, saved: string) => void;
}) {
  const edit = useNodeEdit(start, onApplied);
  const { label, values, refusal, answer } = edit;
  const form = useRef<HTMLElement>(null);
  return (
    <section aria-labelledby="node-editor" className="node-editor" ref={form}>
      <h3 id="node-editor">{start.existing ? `Change ${String(start.values.name)}` : "Add a node"}</h3>
      {!start.existing && (
        <label>
          Kind of node{" "}
          <select value={label} onChange={(e) => edit.choose(e.target.value as NodeLabel)}>
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
            spec={f}
            value={values[f.key]}
            locked={start.existing && f.key === "id"}
            problems={edit.fieldProblems.get(f.key)}
            onChange={(v) => edit.set(f.key, v)}
          />
        ))}
      </div>
      <NodeEditorActions edit={edit} existing={start.existing} />
      {refusal && <ProblemList refusal={refusal} form={form} />}
      {answer && <PreviewView answer={answer.result} />}
    </section>
  );
}
