import { useRef, useState, type FormEvent } from "react";
import { FieldError, invalidIf } from "../../components/field-error.js";
import { byField } from "../../lib/problems.js";
import type { ControlKind, Severity } from "../../gql/graphql.js";
import { errorMessage } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import { NodeSearch } from "../../components/node-search.js";
import { OutcomeView, refusalIn, refusedBy, savedAs, type Outcome } from "./outcome.js";
import {
  LIKELIHOODS,
  OVERRIDE,
  RATING_COLOURS,
  REGISTER_READS,
  RISK_DETAIL,
  riskInput,
  SEVERITIES,
  TREATMENTS,
  UPDATE,
  words,
  type Control,
  type RiskDetail,
} from "./api.js";

/**
 * For risk managers: a risk's likelihood, treatment, status and controls, and an override of
 * the graph's consequence with its justification. Each change is one mutation, audited by the
 * server; the ratings shown are read back from it afterwards. A refusal lists every problem, each
 * also beside the field it names, which takes the focus.
 */
export function RiskEditor({ id, token }: { id: string; token: string }) {
  const detail = useGraphQL(RISK_DETAIL, { id }, token);
  const updateRisk = useGraphQLMutation(UPDATE, token, REGISTER_READS);
  const overrideConsequence = useGraphQLMutation(OVERRIDE, token, REGISTER_READS);
  // What the last change did, in words: saved, or every reason the server gave for refusing it.
  const [outcome, setOutcome] = useState<Outcome>(null);
  const section = useRef<HTMLElement>(null);
  const problems = byField(refusalIn(outcome)?.problems ?? [], [
    "likelihood",
    "treatment",
    "status",
    "name",
    "justification",
    "consequence",
  ]);
  // One change at a time: each is built from the risk as last read, so the editor waits for the read-back.
  const busy = updateRisk.isPending || overrideConsequence.isPending;
  const risk = detail.data?.risk;
  const error = detail.error ? errorMessage(detail.error) : null;

  const done = (what: string, then?: () => void) => ({
    onSuccess: () => {
      setOutcome(savedAs(`Saved: ${what}`));
      then?.();
    },
    onError: (e: unknown) => setOutcome(refusedBy(e)),
  });
  // `then` runs once saved: a form is cleared only then, and keeps what was typed when refused.
  const update = (what: string, changes: Parameters<typeof riskInput>[1], then?: () => void) => {
    if (!risk) return;
    setOutcome(null);
    updateRisk.mutate({ id, i: riskInput(risk, changes) }, done(what, then));
  };
  const override = (consequence: Severity | null, justification: string, then: () => void) => {
    setOutcome(null);
    overrideConsequence.mutate(
      { id, c: consequence, j: justification },
      done(
        consequence ? `consequence overridden to ${words(consequence)}.` : "override removed; the consequence is the graph's again.",
        then,
      ),
    );
  };

  if (risk === undefined) return <p aria-live="polite">{error ?? "Loading the risk…"}</p>;
  if (risk === null) return <p role="alert">This risk is no longer in the register.</p>;
  return (
    <section className="risk-editor" aria-label={`Edit ${risk.title}`} ref={section}>
      <h3>Edit: {risk.title}</h3>
      <p>
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
          token={token}
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
        <OutcomeView outcome={outcome} form={section} />
      </div>
    </section>
  );
}

function Rating({ n }: { n: number }) {
  return (
    <span className="rating" style={{ background: RATING_COLOURS[n] }}>
      {n}
    </span>
  );
}

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  problems,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (v: T) => void;
  problems: readonly string[] | undefined;
}) {
  const error = `risk-${label.toLowerCase()}-error`;
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} {...invalidIf(error, problems)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
      <FieldError id={error} problems={problems} />
    </label>
  );
}

function describe(c: Control): string {
  if (c.kind === "LIKELIHOOD_DOWN") return `${c.name}: likelihood down ${c.levels} level${c.levels === 1 ? "" : "s"}`;
  if (c.kind === "REDUNDANCY") return `${c.name}: ${c.from} → ${c.to} made redundant`;
  return `${c.name}: workaround for ${c.service} at ${Math.round((c.capacity ?? 0) * 100)}% for ${c.sustainableHours} h`;
}

/** A new control: its fields follow its kind; graph nodes are chosen by search. */
function NewControl({
  token,
  onAdd,
  problems,
}: {
  token: string;
  onAdd: (c: Control, then: () => void) => void;
  problems: readonly string[] | undefined;
}) {
  const [kind, setKind] = useState<ControlKind>("LIKELIHOOD_DOWN");
  const [name, setName] = useState("");
  const [levels, setLevels] = useState(1);
  const [from, setFrom] = useState<NodeRef | null>(null);
  const [to, setTo] = useState<NodeRef | null>(null);
  const [service, setService] = useState<NodeRef | null>(null);
  const [capacity, setCapacity] = useState(50);
  const [hours, setHours] = useState(72);
  const ready = name.trim() !== "" && (kind === "LIKELIHOOD_DOWN" || (kind === "REDUNDANCY" ? from && to : service));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const clear = () => setName("");
    if (kind === "LIKELIHOOD_DOWN") onAdd({ kind, name, levels }, clear);
    else if (kind === "REDUNDANCY") onAdd({ kind, name, from: from!.id, to: to!.id }, clear);
    else onAdd({ kind, name, service: service!.id, capacity: capacity / 100, sustainableHours: hours }, clear);
  };
  return (
    <form className="new-control" onSubmit={submit} aria-label="New control">
      <label>
        Kind{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value as ControlKind)}>
          <option value="LIKELIHOOD_DOWN">Lowers the likelihood</option>
          <option value="REDUNDANCY">Makes a dependency redundant</option>
          <option value="WORKAROUND">Gives a service a workaround</option>
        </select>
      </label>
      <label>
        Control name{" "}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
          {...invalidIf("control-name-error", problems)}
        />
      </label>
      <FieldError id="control-name-error" problems={problems} />
      {kind === "LIKELIHOOD_DOWN" && (
        <label>
          Levels down <input type="number" min={1} max={4} value={levels} onChange={(e) => setLevels(Number(e.target.value))} />
        </label>
      )}
      {kind === "REDUNDANCY" && (
        <>
          <NodeSearch token={token} label="Dependent (from)" onChoose={setFrom} labels={["CareService", "System"]} />
          {from && <p>From: {from.name}</p>}
          <NodeSearch token={token} label="Dependency (to)" onChoose={setTo} labels={["System", "DataStore", "Supplier"]} />
          {to && <p>To: {to.name}</p>}
        </>
      )}
      {kind === "WORKAROUND" && (
        <>
          <NodeSearch token={token} label="Care service" onChoose={setService} labels={["CareService"]} />
          {service && <p>Service: {service.name}</p>}
          <label>
            Capacity (%) <input type="number" min={0} max={100} value={capacity} onChange={(e) => setCapacity(Number(e.target.value))} />
          </label>
          <label>
            Sustainable for (hours) <input type="number" min={0} value={hours} onChange={(e) => setHours(Number(e.target.value))} />
          </label>
        </>
      )}
      <button type="submit" disabled={!ready}>
        Add control
      </button>
    </form>
  );
}

/** Overrides the graph's consequence, or removes an override; either way a justification is kept. */
function OverrideForm({
  risk,
  onSubmit,
  problems,
}: {
  risk: RiskDetail;
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
