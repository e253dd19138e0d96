import { FieldError, invalidIf } from "../../components/field-error.js";
import type { AcceptanceDraft, AcceptanceSteps } from "./use-acceptance.js";

/** Proposing that a risk be accepted: why, and until when. */
export function ProposeForm({ steps, draft }: { steps: AcceptanceSteps; draft: AcceptanceDraft }) {
  const { justification, setJustification, expires, setExpires, problems } = draft;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void steps.propose(justification, expires);
      }}
    >
      <label>
        Justification{" "}
        <textarea
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          {...invalidIf("acceptance-justification-error", problems.get("justification"))}
        />
      </label>
      <FieldError id="acceptance-justification-error" problems={problems.get("justification")} />
      <label>
        Expires{" "}
        <input
          type="date"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          {...invalidIf("acceptance-expires-error", problems.get("expires"))}
        />
      </label>
      <FieldError id="acceptance-expires-error" problems={problems.get("expires")} />
      <button type="submit">Propose acceptance</button>
    </form>
  );
}

interface DecideProps {
  steps: AcceptanceSteps;
  draft: AcceptanceDraft;
  latest: { id: string; expires: string };
  waiting: boolean;
  standing: boolean;
}

/** Deciding on the latest acceptance with a note: accept or reject one waiting, revoke one standing. */
export function DecideButtons({ steps, draft, latest, waiting, standing }: DecideProps) {
  const { note, setNote, problems } = draft;
  return (
    <div className="decide">
      <label>
        Note <input value={note} onChange={(e) => setNote(e.target.value)} {...invalidIf("acceptance-note-error", problems.get("note"))} />
      </label>
      <FieldError id="acceptance-note-error" problems={problems.get("note")} />
      {waiting && (
        <button type="button" onClick={() => void steps.accept(latest, note)}>
          Accept
        </button>
      )}
      {waiting && (
        <button type="button" onClick={() => void steps.reject(latest, note)}>
          Reject
        </button>
      )}
      {standing && (
        <button type="button" onClick={() => void steps.revoke(latest, note)}>
          Revoke
        </button>
      )}
    </div>
  );
}
