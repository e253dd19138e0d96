import { useState } from "react";
import { ApiError, errorMessage, type Problem } from "../../lib/graphql.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { changed, IMPORT_MODEL, toImportFile, type ModelChange } from "./api.js";
import { PreviewView } from "./preview-view.js";
import { PickField } from "./pick-field.js";
import { ImportProblems } from "./import-problems.js";

/** Upload JSON, CSV, XLSX or a CMDB export: the problems by file, row and column, or the preview, then Apply. */
export function UploadPanel({ onApplied, onOpen }: { onApplied: () => void; onOpen: (id: string) => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [sync, setSync] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [answer, setAnswer] = useState<ModelChange | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const importModel = useGraphQLMutation(IMPORT_MODEL, changed);
  const busy = reading || importModel.isPending;

  async function send(preview: boolean) {
    setError(null);
    setProblems([]);
    try {
      setReading(true);
      const f = await Promise.all(files.map(toImportFile)).finally(() => setReading(false));
      setAnswer((await importModel.mutateAsync({ f, preview, mode: sync ? "SYNC" : "MERGE", org: sync || null })).importModel);
      // Applied, the browse list, the data quality and the open node have read the model again; its form starts afresh.
      if (!preview) onApplied();
    } catch (e) {
      setAnswer(null);
      if (e instanceof ApiError && e.problems.length) setProblems(e.problems);
      setError(errorMessage(e));
    }
  }

  return (
    <section aria-labelledby="model-upload">
      <h3 id="model-upload">Upload</h3>
      <p>
        JSON documents, CSV files named after their kind, XLSX workbooks or a CMDB export (cmdb_ci.csv with cmdb_rel_ci.csv). Templates:{" "}
        <a href="/templates/model.xlsx">model.xlsx</a>, <a href="/templates/systems.csv">systems.csv</a>,{" "}
        <a href="/templates/dependencies.csv">dependencies.csv</a>.
      </p>
      <label>
        Files{" "}
        <input
          type="file"
          multiple
          accept=".json,.csv,.xlsx"
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            setAnswer(null);
          }}
        />
      </label>
      <div className="field">
        <PickField
          id="upload-sync"
          label="Sync organisation (optional): what the upload no longer lists of it is removed"
          picks="Organisation"
          value={sync}
          onChange={setSync}
          invalid={false}
          describedBy={undefined}
          required={false}
        />
      </div>
      <button type="button" disabled={!files.length || busy} onClick={() => void send(true)}>
        Preview
      </button>
      {error && <p role="alert">{error}</p>}
      {problems.length > 0 && <ImportProblems problems={problems} />}
      {answer && <PreviewView answer={answer} onOpen={onOpen} />}
      {answer && !answer.applied && (
        <button type="button" disabled={busy} onClick={() => void send(false)}>
          Apply
        </button>
      )}
    </section>
  );
}
