import { raiseRiskHash } from "../../lib/scenario-url.js";
import { usePerson } from "../../lib/session.js";
import { mayEdit, mayWriteRegister } from "../../lib/roles.js";
import { BrowsePanel } from "./browse-panel.js";
import { DataQualityList } from "./data-quality-list.js";
import { DependencyTable } from "./dependency-table.js";
import { NodeEditor } from "./node-editor.js";
import { NodeReadOnly } from "./node-read-only.js";
import { useOpenNode } from "./use-open-node.js";
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
export function ModelPage() {
  const person = usePerson();
  const canEdit = mayEdit(person.role);
  const canRaise = mayWriteRegister(person);
  const { open, setOpen, saved, node, editing, error, version, bump, applied, addNew } = useOpenNode();
  return (
    <div className="page model">
      <h2>Model</h2>
      {canEdit && <CandidatePreview onApplied={bump} onOpen={setOpen} />}
      <div className="model-columns">
        <div>
          <ModelSearch onOpen={setOpen} />
          {canEdit && (
            <p>
              <button type="button" onClick={addNew}>
                Add a node…
              </button>
            </p>
          )}
          <BrowsePanel onOpen={setOpen} />
          <DataQualityList organisation={null} onOpen={setOpen} />
        </div>
        <div>
          {saved && <SavedNotice saved={saved} onOpen={setOpen} />}
          {error && <p role="alert">{error}</p>}
          {editing && (canEdit ? <NodeEditor key={editing.key} start={editing} onApplied={applied} /> : <NodeReadOnly editing={editing} />)}
          {canRaise && open && editing?.existing && editing.label !== "Organisation" && (
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
          {open && node.form !== null && <NeighbourhoodGraph key={`graph|${open}`} id={open} onOpen={setOpen} />}
          {open && node.form !== null && (
            <DependencyTable key={`dependencies|${open}|${version}`} id={open} canEdit={canEdit} onOpen={setOpen} />
          )}
        </div>
      </div>
      {canEdit ? <UploadPanel onApplied={bump} onOpen={setOpen} /> : <p>The model is read-only for your role.</p>}
    </div>
  );
}
