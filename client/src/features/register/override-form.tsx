import { useState, type FormEvent } from "react";
import type { Severity } from "../../gql/graphql.js";
import { FieldError, invalidIf } from "../../components/field-error.js";
import { SEVERITIES, words, type RiskDetail } from "./api.js";

/** Overrides the graph's consequence, or removes an override; either way a justification is kept. */
export function OverrideForm({
  risk,
  onSubmit,
  problems,
}: {
  risk: RiskDetail;
  /** `then` runs once saved: the justification is cleared only then. */
  onSubmit: (consequence: Severity | null, justification: string, then: () => void) => void;
  problems: readonly string[];
}) {
  const [consequence, setConsequence] = useState<Severity | "">(risk.override?.consequence ?? "");
  const [justification, setJustification] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(consequence || null, justification, () => setJustification(""));
  };
  return (
    <form className="override" onSubmit={submit} aria-label="Consequence override">
      <h4>Consequence</h4>
      <p>
        The graph gives <strong>{risk.computedConsequence ? words(risk.computedConsequence) : "no care service affected"}</strong>
        {risk.override ? (
          <>
            ; overridden to <strong>{words(risk.override.consequence)}</strong> by {risk.override.by}: {risk.override.justification}
          </>
        ) : (
          "."
        )}
      </p>
      <label>
        Use{" "}
        <select value={consequence} onChange={(e) => setConsequence(e.target.value as Severity | "")}>
          <option value="">the graph's consequence</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {words(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Justification (at least 20 characters){" "}
        <textarea
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          required
          minLength={20}
          maxLength={5000}
          rows={2}
          {...invalidIf("override-error", problems.length ? problems : undefined)}
        />
      </label>
      <FieldError id="override-error" problems={problems} />
      <button type="submit" disabled={justification.trim().length < 20 || (consequence === "" && !risk.override)}>
        {consequence === "" ? "Remove the override" : "Override the consequence"}
      </button>
    </form>
  );
}
