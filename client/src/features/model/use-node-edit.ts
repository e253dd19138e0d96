import { useState } from "react";
import { labelWords } from "../../../../server/model/plain-words.js";
import type { NodeLabel } from "../../../../server/model/vocabulary.js";
import { graphql } from "../../gql/gql.js";
import { byField, refusalOf, type Refusal } from "../../lib/problems.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { changed, type ModelChange } from "./api.js";
import { NODE_FORMS, toNodeInput, type FormValues } from "./node-fields.js";

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
 * One node being added, changed or removed: its values, each change previewed then applied
 * exactly as previewed; a refusal's problems stand beside their fields until those are edited.
 */
export function useNodeEdit(start: Editing, onApplied: (id: string | null, saved: string) => void) {
  const [label, setLabel] = useState<NodeLabel>(start.label);
  const [values, setValues] = useState<FormValues>(start.values);
  const [cascade, setCascade] = useState(false);
  const [answer, setAnswer] = useState<{ kind: "save" | "delete"; result: ModelChange } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const createNode = useGraphQLMutation(CREATE, changed);
  const updateNode = useGraphQLMutation(UPDATE, changed);
  const deleteNode = useGraphQLMutation(DELETE, changed);
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
  const choose = (l: NodeLabel) => {
    setLabel(l);
    setAnswer(null);
  };
  const chooseCascade = (c: boolean) => {
    setCascade(c);
    setAnswer(null);
  };
  return { label, choose, values, set, cascade, chooseCascade, answer, refusal, busy, run, fieldProblems, previewed };
}

export type NodeEdit = ReturnType<typeof useNodeEdit>;
