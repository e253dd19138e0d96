import { useEffect, useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import type { Session } from "../../lib/session.js";
import { BrowsePanel } from "./browse-panel.js";
import { DataQualityList } from "./data-quality-list.js";
import { DependencyTable } from "./dependency-table.js";
import { NodeEditor, type Editing } from "./node-editor.js";
import { loadNode } from "./node-details.js";
import { ModelSearch } from "./model-search.js";
import { NeighbourhoodGraph } from "./neighbourhood-graph.js";
import { UploadPanel } from "./upload-panel.js";

/**
 * The model: find a node, browse an organisation's or a gap, open it to read (and, for risk managers, change) its
 * properties and dependencies, or add nodes one at a time or from files. Every change is
 * previewed before it is applied. Auditors and the board only read.
 */
export function ModelPage({ session }: { session: Session }) {
  const canEdit = session.role === "ADMIN" || session.role === "RISK_MANAGER";
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<(Editing & { key: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped by every applied change, so the lists read the model again.
  const [version, setVersion] = useState(0);
  // Bumped by a dependency's change too, which leaves the open node's forms as they are.
  const [edits, setEdits] = useState(0);

  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    setError(null);
    loadNode(open, session.token, abort.signal)
      .then((n) => (n ? setEditing({ ...n, existing: true, key: `${open}|${version}` }) : setError(`No node '${open}' in the model.`)))
      .catch((e: unknown) => (e as Error).name !== "AbortError" && setError(errorMessage(e)));
    return () => abort.abort();
  }, [open, session.token, version]);

  const applied = (id: string | null) => {
    setVersion((v) => v + 1);
    setOpen(id);
    if (id === null) setEditing(null);
  };
  const addNew = () => {
    setOpen(null);
    setEditing({ label: "System", values: {}, existing: false, key: `new|${Date.now()}` });
  };

  return (
    <div className="page model">
      <h2>Model</h2>
      <div className="model-columns">
        <div>
          <ModelSearch token={session.token} onOpen={setOpen} />
          {canEdit && <p><button type="button" onClick={addNew}>Add a node…</button></p>}
          <BrowsePanel token={session.token} onOpen={setOpen} version={version} />
          <DataQualityList token={session.token} organisation={null} onOpen={setOpen} version={version + edits} />
        </div>
        <div>
          {error && <p role="alert">{error}</p>}
          {editing && (canEdit ? <NodeEditor key={editing.key} token={session.token} start={editing} onApplied={applied} /> : <NodeReadOnly editing={editing} />)}
          {open && editing?.existing && <NeighbourhoodGraph key={`graph|${open}|${version}|${edits}`} token={session.token} id={open} onOpen={setOpen} />}
          {open && editing?.existing && <DependencyTable key={`dependencies|${open}|${version}`} token={session.token} id={open} canEdit={canEdit} onApplied={() => setEdits((e) => e + 1)} onOpen={setOpen} />}
        </div>
      </div>
      {canEdit ? <UploadPanel token={session.token} onApplied={() => setVersion((v) => v + 1)} /> : <p>The model is read-only for your role.</p>}
    </div>
  );
}

function NodeReadOnly({ editing }: { editing: Editing }) {
  return (
    <section aria-labelledby="node-view">
      <h3 id="node-view">{String(editing.values.name)} <small>{editing.label}</small></h3>
      <dl className="node-properties">
        {Object.entries(editing.values).filter(([, v]) => v !== "" && v !== false).map(([k, v]) => (
          <div key={k}><dt>{k}</dt><dd>{v === true ? "yes" : String(v)}</dd></div>
        ))}
      </dl>
    </section>
  );
}
