import { useRef } from "react";
import { OutcomeView } from "./outcome.js";
import { LIKELIHOODS, TREATMENTS, words } from "./api.js";
import { describe, Rating, Select } from "./risk-fields.js";
import { NewControl } from "./new-control.js";
import { OverrideForm } from "./override-form.js";
import { useRiskEdit } from "./use-risk-edit.js";

/**
 * For risk managers: a risk's likelihood, treatment, status and controls, and an override of
 * the graph's consequence with its justification. Each change is one mutation, audited by the
 * server; the ratings shown are read back from it afterwards. A refusal lists every problem, each
 * also beside the field it names, which takes the focus.
 */
export function RiskEditor({ id }: { id: string }) {
  const { risk, error, busy, outcome, problems, update, override } = useRiskEdit(id);
  const section = useRef<HTMLElement>(null);

  if (risk === undefined) return <p aria-live="polite">{error ?? "Loading the risk…"}</p>;
  if (risk === null) return <p role="alert">This risk is no longer in the register.</p>;
  return (
    <section className="risk-editor" aria-label={`Edit ${risk.title}`} ref={section}>
      <h3>Edit: {risk.title}</h3>
      <p id={`risk-ratings-${id}`} tabIndex={-1}>
        Inherent <Rating n={risk.inherentRating} /> ({words(risk.likelihood)} × {words(risk.consequence)}) · residual{" "}
        <Rating n={risk.residualRating} /> ({words(risk.residualLikelihood)} × {words(risk.residualConsequence)})
      </p>
      <fieldset className="editor-fields" disabled={busy} aria-busy={busy}>
        <legend className="sr-only">Changes to {risk.title}</legend>
        <div className="editor-grid">
          <Select
            label="Likelihood"
            value={risk.likelihood}
            options={LIKELIHOODS}
            onChange={(v) => update(`likelihood ${words(v)}.`, { likelihood: v })}
            problems={problems.get("likelihood")}
          />
          <Select
            label="Treatment"
            value={risk.treatment}
            options={TREATMENTS}
            onChange={(v) => update(`treatment ${words(v)}.`, { treatment: v })}
            problems={problems.get("treatment")}
          />
          <Select
            label="Status"
            value={risk.status}
            options={["OPEN", "CLOSED"] as const}
            onChange={(v) => update(`status ${words(v)}.`, { status: v })}
            problems={problems.get("status")}
          />
        </div>
        <h4>Controls</h4>
        {risk.controls.length === 0 ? (
          <p>None: the residual rating equals the inherent one.</p>
        ) : (
          <ul className="controls-list">
            {risk.controls.map((c, i) => (
              <li key={`${c.name}-${i}`}>
                {describe(c)}{" "}
                <button
                  type="button"
                  onClick={() => update(`control “${c.name}” removed.`, { controls: risk.controls.filter((_, k) => k !== i) })}
                  aria-label={`Remove control ${c.name}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <NewControl
          onAdd={(c, then) => update(`control “${c.name}” added.`, { controls: [...risk.controls, c] }, then)}
          problems={problems.get("name")}
        />
        <OverrideForm
          risk={risk}
          onSubmit={override}
          problems={[...(problems.get("consequence") ?? []), ...(problems.get("justification") ?? [])]}
        />
      </fieldset>
      <div aria-live="polite">
        {error && <p role="alert">{error}</p>}
        <OutcomeView outcome={outcome} form={section} savedAt={`risk-ratings-${id}`} />
      </div>
    </section>
  );
}
