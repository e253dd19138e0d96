import { Plain, capital, fieldWords, labelWords } from "../../../../server/model/plain-words.js";
import type { Editing } from "./use-node-edit.js";
import { NODE_FORMS } from "./node-fields.js";
import { NodeName } from "../../lib/node-name.js";

/** A node's properties for a role that only reads: each field by its name in words, each value in words. */
export function NodeReadOnly({ editing }: { editing: Editing }) {
  const fields = NODE_FORMS[editing.label].fields.filter((f) => editing.values[f.key] !== "" && editing.values[f.key] !== false);
  return (
    <section aria-labelledby="node-view">
      <h3 id="node-view">
        {String(editing.values.name)} <small>{capital(labelWords(editing.label))}</small>
      </h3>
      <dl className="node-properties">
        {fields.map((f) => {
          const v = editing.values[f.key]!;
          return (
            <div key={f.key}>
              <dt>{f.key === "id" ? "Id" : capital(f.label || fieldWords(f.key))}</dt>
              <dd className={f.key === "id" ? "id" : undefined}>
                {v === true ? "yes" : f.type === "pick" ? <NodeName id={String(v)} /> : f.type === "select" ? Plain(String(v)) : String(v)}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
