import { useEffect, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { SEARCH_MODEL, type Hit } from "./api.js";

/** Finds nodes by name or id whatever the case, each with its organisation; a hit's name opens it. */
export function ModelSearch({ token, onOpen }: { token: string; onOpen: (id: string) => void }) {
  const [text, setText] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!text.trim()) return setHits(null);
    const abort = new AbortController();
    const t = setTimeout(() => {
      request<{ searchNodes: Hit[] }>(SEARCH_MODEL, { text: text.trim() }, token, abort.signal)
        .then((r) => setHits(r.searchNodes))
        .catch((e: unknown) => (e as Error).name !== "AbortError" && setError(errorMessage(e)));
    }, 200);
    return () => {
      clearTimeout(t);
      abort.abort();
    };
  }, [text, token]);
  return (
    <section aria-labelledby="model-search">
      <h3 id="model-search">Find a node</h3>
      <label>
        Name or id <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      {hits && hits.length === 0 && <p>No matches.</p>}
      {hits && hits.length > 0 && (
        <table>
          <thead>
            <tr><th>Name</th><th>Id</th><th>Label</th><th>Organisation</th></tr>
          </thead>
          <tbody>
            {hits.map((h) => (
              <tr key={h.id}><td><button type="button" className="link" onClick={() => onOpen(h.id)}>{h.name}</button></td><td>{h.id}</td><td>{h.label}</td><td>{h.organisationName ?? ""}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
