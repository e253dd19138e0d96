import { useRef } from "react";
import { ProblemList } from "../../components/problem-list.js";
import { SavedLink } from "../../components/saved-link.js";
import { useGraphQL } from "../../lib/query.js";
import { usePerson } from "../../lib/session.js";
import { mayDecide as mayDecideOn } from "../../lib/roles.js";
import { scenarioHash } from "../../lib/scenario-url.js";
import { ACCEPTANCES } from "./acceptance-api.js";
import { AcceptanceHistory } from "./acceptance-history.js";
import { DecideButtons, ProposeForm } from "./acceptance-forms.js";
import { useAcceptance } from "./use-acceptance.js";
import { proposalBlocked, standingNote } from "./proposal-rule.js";

/**
 * A risk's acceptance and its history: propose (register editors), accept, reject or revoke
 * (people holding risk:accept; the server also refuses the proposer). A save says what it saved
 * and links to it in the history; a refusal lists every reason the API gave, each also beside the
 * field it names, which takes the focus. What was typed stays after a refusal and is cleared after a save.
 * The propose form shows only when the server would take a proposal; otherwise one sentence says why not.
 */
export function AcceptancePanel({ id, canPropose }: { id: string; canPropose: boolean }) {
  const mayDecide = mayDecideOn(usePerson());
  const read = useGraphQL(ACCEPTANCES, { id });
  const risk = read.data?.risk;
  const panel = useRef<HTMLElement>(null);
  const { steps, draft, saved, refusal } = useAcceptance({ id, title: risk?.title ?? "" });
  if (!risk) return null;
  const latest = risk.acceptances.at(-1);
  const waiting = latest?.state === "PROPOSED";
  const standing = latest?.state === "ACCEPTED";
  const blocked = proposalBlocked(risk);
  const stands = standingNote(risk);

  return (
    <section className="acceptance" aria-label={`Acceptance of ${risk.title}`} ref={panel}>
      <p>
        <a href={scenarioHash(risk.scenario)}>Open its blast radius in the explorer</a>
      </p>
      <h4>Acceptance</h4>
      {risk.acceptances.length === 0 ? <p>Never proposed.</p> : <AcceptanceHistory acceptances={risk.acceptances} />}
      {canPropose && blocked && <p>{blocked}</p>}
      {canPropose && !blocked && stands && <p>{stands}</p>}
      {canPropose && !blocked && <ProposeForm steps={steps} draft={draft} />}
      {mayDecide && (waiting || standing) && latest && (
        <DecideButtons steps={steps} draft={draft} latest={latest} waiting={waiting} standing={standing} />
      )}
      {saved && <SavedLink words={saved.words} target={`acceptance-${saved.id}`} />}
      {refusal && <ProblemList refusal={refusal} form={panel} />}
    </section>
  );
}
