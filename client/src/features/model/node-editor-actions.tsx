import type { NodeEdit } from "./use-node-edit.js";

/** Preview, then apply; an existing node can also be removed (with its relationships, if asked), previewed first too. */
export function NodeEditorActions({ edit, existing }: { edit: NodeEdit; existing: boolean }) {
  return (
    <div className="actions">
      <button type="button" disabled={edit.busy} onClick={() => void edit.run("save", true)}>
        Preview {existing ? "the change" : "the new node"}
      </button>
      <button type="button" disabled={edit.busy || edit.previewed !== "save"} onClick={() => void edit.run("save", false)}>
        Apply
      </button>
      {existing && (
        <>
          <label>
            <input type="checkbox" checked={edit.cascade} onChange={(e) => edit.chooseCascade(e.target.checked)} /> and remove its
            relationships
          </label>
          <button type="button" disabled={edit.busy} onClick={() => void edit.run("delete", true)}>
            Preview removing it
          </button>
          <button type="button" disabled={edit.busy || edit.previewed !== "delete"} onClick={() => void edit.run("delete", false)}>
            Remove
          </button>
        </>
      )}
    </div>
  );
}
