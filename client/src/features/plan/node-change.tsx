import { useState } from "react";
import { NodeSearch } from "../../components/node-search.js";
import type { ModelChangeInput } from "../../gql/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { nodeInput, useStoredNode, type ChangeableLabel } from "./stored-node.js";

/** The values a candidate changes, by the node's label, in the Model page's words. */
const FIELDS: Record<ChangeableLabel, ReadonlyArray<[string, string]>> = {
  CareService: [
    ["impactToleranceHours", "Impact tolerance (hours)"],
    ["workaroundCapacity", "Workaround capacity (0 to 1)"],
    ["workaroundHours", "Workaround sustainable for (hours)"],
  ],
  System: [["recoveryHours", "Recovery hours"]],
  DataStore: [["recoveryHours", "Recovery hours"]],
  Supplier: [["recoveryHours", "Recovery hours"]],
};

/** The stored entry with the values typed: blanks left out, the workaround nested as the API takes it. */
function withValues(entry: Record<string, unknown>, values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...entry };
  const num = (k: string) => (values[k]?.trim() ? Number(values[k]) : undefined);
  for (const k of ["impactToleranceHours", "recoveryHours"]) if (k in values) out[k] = num(k);
  if ("workaroundCapacity" in values) {
    const capacity = num("workaroundCapacity");
    const sustainableHours = num("workaroundHours");
    out.workaround = capacity === undefined && sustainableHours === undefined ? undefined : { capacity, sustainableHours };
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * A change to one node's values (a tested restore's recovery hours, a care service's
 * workaround), the node chosen by name and starting from what is stored. Added to the
 * candidate, never applied from here; the server checks it when the candidate is saved.
 */
export function NodeChange({ onAdd }: { onAdd: (c: ModelChangeInput) => void }) {
  const [picked, setPicked] = useState<NodeRef | null>(null);
  const node = useStoredNode(picked?.id ?? null);
  const [values, setValues] = useState<Record<string, string>>({});
  if (!picked)
    return (
      <fieldset className="candidate-node-change">
        <legend>A node&apos;s values (a tested restore, a workaround)</legend>
        <NodeSearch label="Node to change" onChoose={setPicked} />
      </fieldset>
    );
  if (node === undefined) return <p aria-live="polite">Reading “{picked.name}”…</p>;
  if (node === null) return <p role="alert">“{picked.name}” is no longer in the model.</p>;
  const stored = (k: string): string => {
    const w = node.entry.workaround as { capacity: number; sustainableHours: number } | undefined;
    const v = k === "workaroundCapacity" ? w?.capacity : k === "workaroundHours" ? w?.sustainableHours : node.entry[k];
    return v === undefined ? "" : String(v as number);
  };
  const fields = FIELDS[node.label];
  const typed = Object.fromEntries(fields.map(([k]) => [k, values[k] ?? stored(k)]));
  const done = (add: boolean) => {
    if (add) onAdd({ op: "UPDATE", node: nodeInput(node.label, withValues(node.entry, typed)) });
    setPicked(null);
    setValues({});
  };
  return (
    <fieldset className="candidate-node-change">
      <legend>Change “{node.name}”</legend>
      {fields.map(([k, label]) => (
        <label key={k}>
          {label}{" "}
          <input inputMode="decimal" size={8} value={typed[k]} onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))} />
        </label>
      ))}{" "}
      <button type="button" onClick={() => done(true)}>
        Add this change
      </button>{" "}
      <button type="button" onClick={() => done(false)}>
        Choose another node
      </button>
    </fieldset>
  );
}
