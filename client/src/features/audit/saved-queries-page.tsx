import { useState } from "react";
import { TypedDocumentString } from "../../gql/graphql.js";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL, useGraphQLRuns } from "../../lib/query.js";
import { maySaveQueries } from "../../lib/roles.js";
import { usePerson } from "../../lib/session.js";
import { RUN_SAVED, SAVED, type SavedQuery } from "./api.js";
import { ResultView } from "./result-view.js";
import { SavedList } from "./saved-list.js";
import { useSaveQuery } from "./use-save-query.js";

/** Saved queries: listed, run with the reader's own permissions, and (for roles that may) the current query saved under a name. */
export function SavedQueriesPage() {
  const { role } = usePerson();
  const [queryText, setQueryText] = useState("{ topRisks(first: 10) { title owner residualRating } }");
  const form = useSaveQuery(queryText);
  const list = useGraphQL(SAVED, {});
  const ran = useGraphQLRuns();
  const queries = list.data?.savedQueries ?? null;
  const busy = ran.isFetching;
  const failed = list.error ?? ran.error;
  const error = form.problem ?? (failed ? errorMessage(failed) : null);
  const result = ran.result;

  const runSaved = (q: SavedQuery) => {
    setQueryText(q.document);
    form.setProblem(null);
    ran.ask(q.name, RUN_SAVED, { id: q.id }, (a) => a.runSavedQuery);
  };
  // The text as typed: its answer has no type but JSON's.
  const runCurrent = () => {
    form.setProblem(null);
    ran.ask("The current query", new TypedDocumentString<unknown, Record<string, never>>(queryText), {});
  };

  return (
    <div className="page saved-queries">
      <h2>Saved queries</h2>
      <p>Anyone can run a saved query; it reads with the permissions of whoever runs it.</p>
      {!queries && !error && <p aria-live="polite">Reading the saved queries…</p>}
      {queries && queries.length === 0 && <p>No query has been saved yet.</p>}
      {queries && queries.length > 0 && <SavedList queries={queries} busy={busy} onRun={runSaved} />}
      <form className="query-form" onSubmit={form.submit}>
        <label className="field">
          Query <textarea rows={6} value={queryText} onChange={(e) => setQueryText(e.target.value)} spellCheck={false} />
        </label>
        <p>
          <button type="button" disabled={busy} onClick={runCurrent}>
            Run the current query
          </button>
        </p>
        {maySaveQueries(role) && (
          <fieldset>
            <legend>Save the current query</legend>
            <label className="field">
              Name <input value={form.name} onChange={(e) => form.setName(e.target.value)} />
            </label>
            <label className="field">
              Description <input value={form.description} onChange={(e) => form.setDescription(e.target.value)} />
            </label>
            <button type="submit">Save</button>
          </fieldset>
        )}
      </form>
      {form.saved && (
        <p role="status" className="saved">
          {form.saved}
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
