import { skipToken, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { TypedDocumentString } from "../../gql/graphql.js";
import { errorMessage, request } from "../../lib/graphql.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import { maySaveQueries } from "../../lib/roles.js";
import type { Session } from "../../lib/session.js";
import { RUN_SAVED, SAVE, SAVED, type SavedQuery } from "./api.js";
import { ResultView } from "./result-view.js";
import { readable } from "./times.js";

/** A run the person asked for: what it is called and how it reads; each run is numbered, so asking again reads again. */
interface Run {
  name: string;
  read: (signal: AbortSignal) => Promise<unknown>;
  n: number;
}

/** Saved queries: listed, run with the reader's own permissions, and (for roles that may) the current query saved under a name. */
export function SavedQueriesPage({ session }: { session: Session }) {
  const token = session.token;
  const [queryText, setQueryText] = useState("{ topRisks(first: 10) { title owner residualRating } }");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const list = useGraphQL(SAVED, {}, token);
  const save = useGraphQLMutation(SAVE, token, [SAVED]);
  // Only the run on screen is kept: an answer can be large, and asking again reads again.
  const ran = useQuery({
    queryKey: ["saved-query-run", run?.n ?? 0],
    queryFn: run ? ({ signal }) => run.read(signal) : skipToken,
    gcTime: 0,
  });
  const queries = list.data?.savedQueries ?? null;
  const busy = ran.isFetching;
  const failed = list.error ?? ran.error;
  const error = problem ?? (failed ? errorMessage(failed) : null);
  const result = run && ran.isSuccess ? { name: run.name, data: ran.data } : null;

  const ask = (name: string, read: Run["read"]) => {
    setProblem(null);
    setRun({ name, read, n: (run?.n ?? 0) + 1 });
  };
  const runSaved = (q: SavedQuery) => {
    setQueryText(q.document);
    ask(q.name, async (signal) => (await request(RUN_SAVED, { id: q.id }, token, signal)).runSavedQuery);
  };
  // The text as typed: its answer has no type but JSON's.
  const runCurrent = () =>
    ask("The current query", (signal) => request(new TypedDocumentString<unknown, Record<string, never>>(queryText), {}, token, signal));

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    if (!name.trim()) return setProblem("Give the query a name.");
    setProblem(null);
    save.mutate(
      { name: name.trim(), description, document: queryText },
      {
        onSuccess: () => {
          setSaved(`Saved as "${name.trim()}".`);
          setName("");
          setDescription("");
        },
        onError: (err) => setProblem(errorMessage(err)),
      },
    );
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
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Description</th>
              <th scope="col">Author</th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queries.map((q) => (
              <tr key={q.id}>
                <td>{q.name}</td>
                <td>{q.description}</td>
                <td>{q.author}</td>
                <td>{readable(q.createdAt)}</td>
                <td>
                  <button type="button" aria-label={`Run ${q.name}`} disabled={busy} onClick={() => runSaved(q)}>
                    Run
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="query-form" onSubmit={submit}>
        <label className="field">
          Query <textarea rows={6} value={queryText} onChange={(e) => setQueryText(e.target.value)} spellCheck={false} />
        </label>
        <p>
          <button type="button" disabled={busy} onClick={runCurrent}>
            Run the current query
          </button>
        </p>
        {maySaveQueries(session.role) && (
          <fieldset>
            <legend>Save the current query</legend>
            <label className="field">
              Name <input value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <label className="field">
              Description <input value={description} onChange={(e) => setDescription(e.target.value)} />
            </label>
            <button type="submit">Save</button>
          </fieldset>
        )}
      </form>
      {saved && (
        <p role="status" className="saved">
          {saved}
        </p>
      )}
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
