import { useEffect, useMemo, useRef } from "react";
import { ProblemList } from "../../components/problem-list.js";
import { refusalOf } from "../../lib/problems.js";
import type { RaisedRisk } from "../../lib/scenario-url.js";
import { NodeSearch } from "../../components/node-search.js";
import { LIKELIHOODS, THREATS, TREATMENTS } from "./api.js";
import { Select } from "./phrase-select.js";
import { NewRiskScenario } from "./new-risk-scenario.js";
import { useNewRisk, type Field } from "./use-new-risk.js";
import { riskFieldProblems } from "./risk-field-problems.js";

/** A new risk: its whole scenario is chosen from the graph, so its consequence comes from the graph. */
export function NewRiskForm({
  raised,
  onOpen,
}: {
  raised: RaisedRisk | null;
  /** Opens a saved risk in the register above. */
  onOpen: (id: string) => void;
}) {
  const r = useNewRisk(raised);
  const { saved } = r;
  const form = useRef<HTMLFormElement>(null);
  // A refused submit moves the focus to the first field it names.
  useEffect(() => form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(), [r.shown]);
  // The API's refusal, kept as one value while it stands (so it takes the focus once), its problems beside their fields too.
  const refusal = useMemo(() => (r.create.error ? refusalOf(r.create.error) : null), [r.create.error]);
  const marked = { ...riskFieldProblems(refusal), ...r.shown };
  const note = (f: Field) =>
    marked[f] && (
      <span id={`new-risk-${f}-error`} className="field-error">
        {marked[f]}
      </span>
    );
  const described = (f: Field) => (marked[f] ? { "aria-invalid": true, "aria-describedby": `new-risk-${f}-error` } : {});

  return (
    <form className="new-risk" onSubmit={r.submit} aria-label="New risk" noValidate ref={form}>
      <h3>New risk</h3>
      <label>
        Title <input value={r.title} onChange={(e) => r.setTitle(e.target.value)} maxLength={200} {...described("title")} />
      </label>
      {note("title")}
      <label>
        Description <textarea value={r.description} onChange={(e) => r.setDescription(e.target.value)} rows={2} maxLength={5000} />
      </label>
      <label>
        Owner <input value={r.owner} onChange={(e) => r.setOwner(e.target.value)} maxLength={200} {...described("owner")} />
      </label>
      {note("owner")}
      <NodeSearch label="Organisation (optional)" labels={["Organisation"]} onChoose={r.setOrg} />
      {r.org && (
        <p>
          Organisation: {r.org.name}{" "}
          <button type="button" onClick={() => r.setOrg(null)}>
            Remove
          </button>
        </p>
      )}
      <Select label="Threat" value={r.threat} options={THREATS} onChange={r.setThreat} />
      <Select label="Likelihood" value={r.likelihood} options={LIKELIHOODS} onChange={r.setLikelihood} />
      <Select label="Treatment" value={r.treatment} options={TREATMENTS} onChange={r.setTreatment} />
      <NewRiskScenario r={r} invalid={described("scenario")}>
        {note("scenario")}
      </NewRiskScenario>
      <label>
        Next review <input type="date" value={r.next} onChange={(e) => r.setNext(e.target.value)} {...described("next")} />
      </label>
      {note("next")}
      <button type="submit">Add to the register</button>
      {saved && (
        <p role="status" className="saved">
          {saved.words}{" "}
          <button type="button" className="link" onClick={() => onOpen(saved.id)}>
            Open it
          </button>
        </p>
      )}
      {refusal && <ProblemList refusal={refusal} form={form} />}
    </form>
  );
}
