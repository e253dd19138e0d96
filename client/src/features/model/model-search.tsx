import { skipToken } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import { useDebounced } from "../../lib/use-debounced.js";
import { SEARCH_MODEL, type Hit } from "./api.js";
import { kindWords } from "../../lib/node-ref.js";

/** Finds nodes by name or id whatever the case, each with its organisation; a hit's name opens it. */
export function ModelSearch({ onOpen }: { onOpen: (id: string) => void }) {
  const [text, setText] = useState("");
  const asked = useDebounced(text.trim(), 200);
  // The last hits stay until the next come, as they did before the search was asked again.
  const search = useGraphQL(SEARCH_MODEL, text.trim() && asked ? { text: asked } : skipToken, { keepPrevious: true });
  const hits: Hit[] | null = text.trim() ? (search.data?.searchNodes ?? null) : null;
  const error = search.error ? errorMessage(search.error) : null;
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
            <tr>
              <th>Name</th>
              <th>Id</th>
              <th>Kind</th>
              <th>Organisation</th>
            </tr>
          </thead>
          <tbody>
            {hits.map((h) => (
              <tr key={h.id}>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(h.id)}>
                    {h.name}
                  </button>
                </td>
                <td className="id">{h.id}</td>
                <td>{kindWords(h.label)}</td>
                <td>{h.organisationName ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
