import { mayReadAudit } from "../../lib/roles.js";
import { usePerson } from "../../lib/session.js";

/**
 * What the last applied change saved, with a link to the node, and to the audit trail's record
 * of it for those who may read the trail (administrators and auditors).
 */
export function SavedNotice({ saved, onOpen }: { saved: { words: string; id: string | null }; onOpen: (id: string) => void }) {
  const audit = mayReadAudit(usePerson().role);
  return (
    <p role="status" className="saved">
      {saved.words}{" "}
      {saved.id && (
        <a
          href={`#model?node=${encodeURIComponent(saved.id)}`}
          onClick={(e) => {
            e.preventDefault();
            onOpen(saved.id!);
          }}
        >
          Open it
        </a>
      )}
      {saved.id && audit && " · "}
      {audit && <a href="#audit">See it in the audit trail</a>}
    </p>
  );
}
