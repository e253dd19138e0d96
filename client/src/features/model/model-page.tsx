import type { Session } from "../../lib/session.js";
import { ModelSearch } from "./model-search.js";
import { UploadPanel } from "./upload-panel.js";

/** The model: search it; risk managers upload and preview changes, auditors and the board only read. */
export function ModelPage({ session }: { session: Session }) {
  const canEdit = session.role === "ADMIN" || session.role === "RISK_MANAGER";
  return (
    <div className="page model">
      <h2>Model</h2>
      <ModelSearch token={session.token} />
      {canEdit ? <UploadPanel token={session.token} /> : <p>The model is read-only for your role.</p>}
    </div>
  );
}
