import { raiseRiskHash } from "../../lib/scenario-url.js";
import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import type { Session } from "../../lib/session.js";
import { BrowsePanel } from "./browse-panel.js";
import { DataQualityList } from "./data-quality-list.js";
import { DependencyTable } from "./dependency-table.js";
import { NodeEditor, type Editing } from "./node-editor.js";
import { NodeReadOnly } from "./node-read-only.js";
import { useNode } from "./node-details.js";
import { ModelSearch } from "./model-search.js";
import { NeighbourhoodGraph } from "./neighbourhood-graph.js";
import { SavedNotice } from "./saved-notice.js";
import { UploadPanel } from "./upload-panel.js";
import { CandidatePreview } from "./candidate-preview.js";

/**
 * The model: find a node, browse an organisation's or a gap, open it to read (and, for risk managers, change) its
 * properties and dependencies, or add nodes one at a time or from files. Every change is
 * previewed before it is applied. Auditors and the board only read.
 */
export function ModelPage({ session }: { session: Session }) {
  const canEdit = session.role === "ADMIN" || session.role === "RISK_MANAGER";
  const [open, setOpen] = useState<string | null>(() => new URLSearchParams(window.location.hash.split("?")[1] ?? "").get("node"));
  // What the last applied change saved, in words, with the node it left open.
  const [saved, setSaved] = useState<{ words: string; id: string | null } | null>(null);
  // A new node being added, or null while a stored one is open.
  const [adding, setAdding] = useState<string | null>(null);
  // Bumped by every applied change to a node, so its form starts again from what is stored.
  const [version, setVersion] = useState(0);
  const node = useNode(open, session.token);
  const editing: (Editing & { key: string }) | null = open
    ? ((node.form && { ...node.form, existing: true, key: `${open}|${version}` }) ?? null)
    : adding
      ? { label: "System", values: {}, existing: false, key: adding }
      : null;
  const error = open && node.error ? errorMessage(node.error) : open && node.form === null ? `No node '${open}' in the model.` : null;

  // Every read the change moves has been read again by now (the write's invalidation).
  const applied = (id: string | null, words: string) => {
    setSaved({ words, id });
    setVersion((v) => v + 1);
    setOpen(id);
    setAdding(null);
  };
  const addNew = () => {
    setOpen(null);
    setAdding(`new|${Date.now()}`);
  };

  return (
    <div className="page model">
      <h2>Model</h2>
      {canEdit && <CandidatePreview token={session.token} onApplied={() => setVersion((v) => v + 1)} />}
      <div className="model-columns">
        <div>
          <ModelSearch token={session.token} onOpen={setOpen} />
          {canEdit && (
            <p>
              <button type="button" onClick={addNew}>
                Add a node…
              </button>
            </p>
          )}
          <BrowsePanel token={session.token} onOpen={setOpen} />
          <DataQualityList token={session.token} organisation={null} onOpen={setOpen} />
        </div>
        <div>
          {saved && <SavedNotice saved={saved} onOpen={setOpen} />}
          {error && <p role="alert">{error}</p>}
          {editing &&
            (canEdit ? (
              <NodeEditor key={editing.key} token={session.token} start={editing} onApplied={applied} />
            ) : (
              <NodeReadOnly token={session.token} editing={editing} />
            ))}
          {open && editing?.existing && editing.label !== "Organisation" && (
            <p>
              <a
                href={raiseRiskHash({
                  node: { id: open, name: String(editing.values.name ?? open), label: editing.label },
                  lost: true,
                  compromised: editing.label !== "CareService",
                  hours: 24,
                })}
              >
                Raise a risk from this node
              </a>
            </p>
          )}
          {open && node.form !== null && <NeighbourhoodGraph key={`graph|${open}`} token={session.token} id={open} onOpen={setOpen} />}
          {open && node.form !== null && (
            <DependencyTable key={`dependencies|${open}|${version}`} token={session.token} id={open} canEdit={canEdit} onOpen={setOpen} />
          )}
        </div>
      </div>
      {canEdit ? (
        <UploadPanel token={session.token} onApplied={() => setVersion((v) => v + 1)} />
      ) : (
        <p>The model is read-only for your role.</p>
      )}
    </div>
  );
}
