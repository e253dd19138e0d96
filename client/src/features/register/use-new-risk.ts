import { useState, type FormEvent } from "react";
import { plain } from "../../../../server/model/plain-words.js";
import type { Likelihood, Threat, Treatment } from "../../gql/graphql.js";
import type { RaisedRisk } from "../../lib/scenario-url.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { CREATE, REGISTER_READS } from "./api.js";

export type Field = "title" | "owner" | "scenario" | "next";
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

/**
 * A new risk being written: its fields (a risk raised from a node starts with that node's
 * scenario), what is missing by field once submitted, and what was saved. After a save every
 * field starts again, none half-kept from the risk just saved.
 */
export function useNewRisk(raised: RaisedRisk | null) {
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
  const [next, setNext] = useState(inNinetyDays);
  const [shown, setShown] = useState<Partial<Record<Field, string>>>({});
  const create = useGraphQLMutation(CREATE, REGISTER_READS);

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
  const draft = { title, setTitle, description, setDescription, owner, setOwner, org, setOrg, threat, setThreat };
  const choices = {
    likelihood,
    setLikelihood,
    treatment,
    setTreatment,
    lost,
    setLost,
    compromised,
    setCompromised,
    hours,
    setHours,
    next,
    setNext,
  };
  return { ...draft, ...choices, saved, shown, create, submit };
}
