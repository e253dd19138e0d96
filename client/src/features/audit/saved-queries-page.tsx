import { useEffect, useState, type FormEvent } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { maySaveQueries } from "../../lib/roles.js";
import type { Session } from "../../lib/session.js";
import { RUN_SAVED, SAVE, SAVED, type SavedQuery } from "./api.js";
import { ResultView } from "./result-view.js";
import { readable } from "./times.js";

/** Saved queries: listed, run with the reader's own permissions, and (for roles that may) the current query saved under a name. */
export function SavedQueriesPage({ session }: { session: Session }) {
  const token = session.token;
  const [queries, setQueries] = useState<SavedQuery[] | null>(null);
  const [result, setResult] = useState<{ name: string; data: unknown } | null>(null);
  const [queryText, setQueryText] = useState("{ topRisks(first: 10) { title owner residualRating } }");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const list = () =>
    request<{ savedQueries: SavedQuery[] }>(SAVED, {}, token)
      .then((r) => setQueries(r.savedQueries))
      .catch((e: unknown) => setError(errorMessage(e)));
  useEffect(() => void list(), [token]);

  async function run(label: string, ask: () => Promise<unknown>) {
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult({ name: label, data: await ask() });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  const runSaved = (q: SavedQuery) => {
    setQueryText(q.document);
    void run(q.name, async () => (await request<{ runSavedQuery: unknown }>(RUN_SAVED, { id: q.id }, token)).runSavedQuery);
  };
  const runCurrent = () => void run("The current query", () => request<unknown>(queryText, {}, token));

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    if (!name.trim()) return setError("Give the query a name.");
    setError(null);
    try {
      await request(SAVE, { name: name.trim(), description, document: queryText }, token);
      setSaved(`Saved as "${name.trim()}".`);
      setName("");
      setDescription("");
      await list();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="page saved-queries">
      <h2>Saved queries</h2>
      <p>Anyone can run a saved query; it reads with the permissions of whoever runs it.</p>
      {!queries && !error && <p aria-live="polite">Reading the saved queries…</p>}
      {queries && queries.length === 0 && <p>No query has been saved yet.</p>}
      {queries && queries.length > 0 && (
        <table className="saved-list">
          <caption className="sr-only">Saved queries</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Description</th><th scope="col">Author</th><th scope="col">Saved</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {queries.map((q) => (
              <tr key={q.id}>
                <td>{q.name}</td><td>{q.description}</td><td>{q.author}</td><td>{readable(q.createdAt)}</td>
                <td><button type="button" aria-label={`Run ${q.name}`} disabled={busy} onClick={() => runSaved(q)}>Run</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="query-form" onSubmit={(e) => void save(e)}>
        <label className="field">
          Query <textarea rows={6} value={queryText} onChange={(e) => setQueryText(e.target.value)} spellCheck={false} />
        </label>
        <p><button type="button" disabled={busy} onClick={runCurrent}>Run the current query</button></p>
        {maySaveQueries(session.role) && (
          <fieldset>
            <legend>Save the current query</legend>
            <label className="field">Name <input value={name} onChange={(e) => setName(e.target.value)} /></label>
            <label className="field">Description <input value={description} onChange={(e) => setDescription(e.target.value)} /></label>
            <button type="submit">Save</button>
          </fieldset>
        )}
      </form>
      {saved && <p role="status" className="saved">{saved}</p>}
      {error && <p role="alert">{error}</p>}
      {busy && <p aria-live="polite">Running…</p>}
      {result && (
        <section aria-label="Result">
          <h3>Result of {result.name}</h3>
          <ResultView data={result.data} />
        </section>
      )}
    </div>
  );
}
