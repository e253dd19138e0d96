import { useState } from "react";
import type { ModelChangeInput } from "../../gql/graphql.js";
import { CANDIDATES } from "../../lib/investment.js";
import { useGraphQL } from "../../lib/query.js";
import { pounds } from "../../lib/investment.js";
import { NEW_DRAFT, type Draft } from "./candidate-api.js";
import { CandidateForm } from "./candidate-form.js";

/** For those who may write the graph: every candidate to change or delete, and a new one to add; what was saved, in words. */
export function CandidateEditing() {
  const list = useGraphQL(CANDIDATES, {});
  const [open, setOpen] = useState<Draft | null>(null);
  const [saved, setSaved] = useState("");
  const edit = (d: Draft) => {
    setSaved("");
    setOpen(d);
  };
  const done = (words: string) => {
    setOpen(null);
    setSaved(words);
  };
  return (
    <section aria-labelledby="candidate-editing" className="candidate-editing">
      <h3 id="candidate-editing">Candidates: add, change or delete</h3>
      <p role="status">{saved}</p>
      {open ? (
        <CandidateForm key={open.id ?? "new"} start={open} onDone={done} />
      ) : (
        <>
          <ul>
            {(list.data?.candidates ?? []).map((c) => (
              <li key={c.id}>
                {c.name} ({pounds(c.oneOffCost)} once, {pounds(c.annualCost)} a year){c.stale ? ", no longer fits the model" : ""}{" "}
                <button
                  type="button"
                  aria-label={`Change “${c.name}”`}
                  onClick={() =>
                    edit({
                      id: c.id,
                      name: c.name,
                      description: c.description,
                      oneOffCost: String(c.oneOffCost),
                      annualCost: String(c.annualCost),
                      changes: c.changes as ModelChangeInput[],
                    })
                  }
                >
                  Change…
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => edit(NEW_DRAFT)}>
            Add a candidate…
          </button>
        </>
      )}
    </section>
  );
}
