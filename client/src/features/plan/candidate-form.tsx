import { useRef, useState } from "react";
import { ProblemList } from "../../components/problem-list.js";
import { byField, refusalOf, type Refusal } from "../../lib/problems.js";
import { problemWords } from "../../lib/problem-words.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { DELETE_CANDIDATE, SAVE_CANDIDATE, poundsTyped, type Draft } from "./candidate-api.js";
import { CandidateFields } from "./candidate-fields.js";
import { ChangeList } from "./change-list.js";
import { NodeChange } from "./node-change.js";
import { RelationshipChange } from "./relationship-change.js";

const OWN = ["name", "description", "oneOffCost", "annualCost"];

/** The problems a refusal found in the changes, by change; -1 for those about the list as a whole. */
function byChange(refusal: Refusal | null): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const p of refusal?.problems ?? []) {
    const at = /^\$\.changes(?:\[(\d+)\])?/.exec(p.path);
    const k = at?.[1] === undefined ? -1 : Number(at[1]);
    if (at) out.set(k, [...(out.get(k) ?? []), problemWords(p)]);
  }
  return out;
}

/**
 * A candidate, new or saved: its name, words, costs and model changes (the Model page's own
 * fields). Saving checks the changes as the model editor does, without applying them; a refusal
 * shows each problem beside its field or change, and everything typed stays.
 */
export function CandidateForm({ start, onDone }: { start: Draft; onDone: (words: string) => void }) {
  const [draft, setDraft] = useState(start);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [deleting, setDeleting] = useState(false);
  const form = useRef<HTMLElement>(null);
  const save = useGraphQLMutation(SAVE_CANDIDATE, "all");
  const remove = useGraphQLMutation(DELETE_CANDIDATE, "all");
  const own = byField(
    (refusal?.problems ?? []).filter((p) => !p.path.startsWith("$.changes")),
    OWN,
  );
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit() {
    setRefusal(null);
    const [oneOffCost, annualCost] = [poundsTyped(draft.oneOffCost), poundsTyped(draft.annualCost)];
    const typed = [
      ...(oneOffCost === null ? [{ path: "$.oneOffCost", message: "write the one-off cost in pounds, such as 120000" }] : []),
      ...(annualCost === null ? [{ path: "$.annualCost", message: "write the annual cost in pounds, such as 15000 (0 for none)" }] : []),
    ];
    if (oneOffCost === null || annualCost === null) return setRefusal({ summary: "The candidate was not saved:", problems: typed });
    try {
      const { id, name, description, changes } = draft;
      const r = await save.mutateAsync({ id, name, description, changes, oneOffCost, annualCost });
      const what = `${id ? "the changes to " : ""}the candidate “${r.saveCandidate.name}”`;
      onDone(`Saved ${what}. It changes nothing in the model until someone applies it.`);
    } catch (e) {
      const r = refusalOf(e);
      setRefusal(r.problems.length ? { ...r, summary: "The candidate was not saved:" } : r);
    }
  }
  async function drop() {
    try {
      await remove.mutateAsync({ id: draft.id! });
      onDone(`Deleted the candidate “${start.name}”.`);
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  return (
    <section aria-labelledby="candidate-form" className="candidate-form" ref={form}>
      <h3 id="candidate-form">{draft.id ? `Change the candidate “${start.name}”` : "A new candidate"}</h3>
      <CandidateFields draft={draft} problems={own} onChange={(key, value) => setDraft((d) => ({ ...d, [key]: value }))} />
      <h4>Its changes to the model</h4>
      <ChangeList
        changes={draft.changes}
        problems={byChange(refusal)}
        onRemove={(i) => set({ changes: draft.changes.filter((_, k) => k !== i) })}
      />
      <NodeChange onAdd={(c) => set({ changes: [...draft.changes, c] })} />
      <RelationshipChange onAdd={(c) => set({ changes: [...draft.changes, c] })} />
      <div className="actions">
        <button type="button" disabled={save.isPending} onClick={() => void submit()}>
          Save the candidate
        </button>{" "}
        <button type="button" onClick={() => onDone("")}>
          Cancel
        </button>{" "}
        {draft.id && !deleting && (
          <button type="button" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        )}
        {deleting && (
          <button type="button" disabled={remove.isPending} onClick={() => void drop()}>
            Delete “{start.name}” for good
          </button>
        )}
      </div>
      {refusal && <ProblemList refusal={refusal} form={form} />}
    </section>
  );
}
