import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { plain } from "../../../../server/model/plain-words.js";
import { ProblemList } from "../../components/problem-list.js";
import { refusalOf } from "../../lib/problems.js";
import type { Likelihood, Threat, Treatment } from "../../gql/graphql.js";
import type { RaisedRisk } from "../../lib/scenario-url.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { NodeSearch } from "../../components/node-search.js";
import { HORIZONS, hoursWords } from "../../lib/horizons.js";
import { CREATE, LIKELIHOODS, REGISTER_READS, THREATS, TREATMENTS, phrase } from "./api.js";
import { NodeChips } from "../../components/node-chips.js";
import { riskFieldProblems, type RiskField as Field } from "./risk-field-problems.js";

const inNinetyDays = (): string => new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10);

/** What is missing, in the words a person uses, by field. */
function problems(v: {
  title: string;
  owner: string;
  lost: NodeRef[];
  compromised: NodeRef[];
  next: string;
}): Partial<Record<Field, string>> {
  const p: Partial<Record<Field, string>> = {};
  if (!v.title.trim()) p.title = "Give the risk a title.";
  if (!v.owner.trim()) p.owner = "Name the person who owns the risk.";
  if (!v.lost.length && !v.compromised.length)
    p.scenario = "Choose at least one thing that is lost or compromised, so the graph can rate the risk.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.next)) p.next = "Choose the date of the next review.";
  return p;
}

/** A new risk: its whole scenario is chosen from the graph, so its consequence comes from the graph. */
export function NewRiskForm({
  token,
  raised,
  onOpen,
}: {
  token: string;
  raised: RaisedRisk | null;
  /** Opens a saved risk in the register above. */
  onOpen: (id: string) => void;
}) {
  const from = raised ? [raised.node as NodeRef] : [];
  const [title, setTitle] = useState(raised ? `Loss${raised.compromised ? " or compromise" : ""} of ${raised.node.name}` : "");
  const [description, setDescription] = useState("");
  const [owner, setOwner] = useState("");
  const [org, setOrg] = useState<NodeRef | null>(null);
  const [threat, setThreat] = useState<Threat>("RANSOMWARE");
  const [likelihood, setLikelihood] = useState<Likelihood>("MEDIUM");
  const [treatment, setTreatment] = useState<Treatment>("TREAT");
  const [lost, setLost] = useState<NodeRef[]>(raised?.lost ? from : []);
  const [compromised, setCompromised] = useState<NodeRef[]>(raised?.compromised ? from : []);
  const [hours, setHours] = useState(raised?.hours ?? 24);
  const [saved, setSaved] = useState<{ id: string; words: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const [next, setNext] = useState(inNinetyDays);
  const [shown, setShown] = useState<Partial<Record<Field, string>>>({});
  const create = useGraphQLMutation(CREATE, token, REGISTER_READS);
  // The API's refusal, kept as one value while it stands (so it takes the focus once), its problems beside their fields too.
  const refusal = useMemo(() => (create.error ? refusalOf(create.error) : null), [create.error]);
  const marked = { ...riskFieldProblems(refusal), ...shown };
  // A refused submit moves the focus to the first field it names.
  useEffect(() => form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(), [shown]);
  const add = (list: NodeRef[], set: (l: NodeRef[]) => void) => (n: NodeRef) => !list.some((x) => x.id === n.id) && set([...list, n]);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.reset();
    setSaved(null);
    const found = problems({ title, owner, lost, compromised, next });
    setShown(found);
    if (Object.keys(found).length) return;
    const scenario = { lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours };
    const i = { title, description, owner, organisation: org?.id ?? null, threat, likelihood, treatment, nextReviewDate: next, scenario };
    create.mutate(
      { i },
      {
        onSuccess: (r) => {
          setSaved({
            id: r.createRisk.id,
            words: `Saved “${r.createRisk.title}” to the register: residual rating ${r.createRisk.residualRating}, inherent ${r.createRisk.inherentRating} (consequence ${plain(r.createRisk.consequence)}).`,
          });
          // Every field starts again, none half-kept from the risk just saved.
          setTitle("");
          setDescription("");
          setOwner("");
          setOrg(null);
          setThreat("RANSOMWARE");
          setLikelihood("MEDIUM");
          setTreatment("TREAT");
          setLost([]);
          setCompromised([]);
          setHours(24);
          setNext(inNinetyDays());
        },
      },
    );
  }
  const note = (f: Field) =>
    marked[f] && (
      <span id={`new-risk-${f}-error`} className="field-error">
        {marked[f]}
      </span>
    );
  const described = (f: Field) => (marked[f] ? { "aria-invalid": true, "aria-describedby": `new-risk-${f}-error` } : {});

  return (
    <form className="new-risk" onSubmit={submit} aria-label="New risk" noValidate ref={form}>
      <h3>New risk</h3>
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} {...described("title")} />
      </label>
      {note("title")}
      <label>
        Description <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} maxLength={5000} />
      </label>
      <label>
        Owner <input value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} {...described("owner")} />
      </label>
      {note("owner")}
      <NodeSearch token={token} label="Organisation (optional)" labels={["Organisation"]} onChoose={setOrg} />
      {org && (
        <p>
          Organisation: {org.name}{" "}
          <button type="button" onClick={() => setOrg(null)}>
            Remove
          </button>
        </p>
      )}
      <Select label="Threat" value={threat} options={THREATS} onChange={setThreat} />
      <Select label="Likelihood" value={likelihood} options={LIKELIHOODS} onChange={setLikelihood} />
      <Select label="Treatment" value={treatment} options={TREATMENTS} onChange={setTreatment} />
      <fieldset className="scenario-fields" {...described("scenario")}>
        <legend>Scenario</legend>
        <NodeSearch token={token} label="What is lost" onChoose={add(lost, setLost)} />
        <NodeChips title="Lost" items={lost} onRemove={(id) => setLost(lost.filter((n) => n.id !== id))} />
        <NodeSearch
          token={token}
          label="What is compromised"
          labels={["System", "DataStore", "Supplier"]}
          onChoose={add(compromised, setCompromised)}
        />
        <NodeChips title="Compromised" items={compromised} onRemove={(id) => setCompromised(compromised.filter((n) => n.id !== id))} />
        <label>
          Over{" "}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {hoursWords(h)}
              </option>
            ))}
          </select>
        </label>
        {note("scenario")}
      </fieldset>
      <label>
        Next review <input type="date" value={next} onChange={(e) => setNext(e.target.value)} {...described("next")} />
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

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (v: T) => void;
}) {
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {phrase(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
