import { skipToken } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorMessage } from "../lib/graphql.js";
import { SEARCH, type NodeRef } from "../lib/node-ref.js";
import { useGraphQL } from "../lib/query.js";
import { useDebounced } from "../lib/use-debounced.js";

// What may be lost: the default choice of labels.
const LOSABLE: ReadonlyArray<NodeRef["label"]> = ["CareService", "System", "DataStore", "Supplier"];

/** Type-ahead over the graph by name or id; choosing a result hands it to the caller. */
export function NodeSearch({
  token,
  label,
  onChoose,
  labels = LOSABLE,
}: {
  token: string;
  label: string;
  onChoose: (n: NodeRef) => void;
  labels?: ReadonlyArray<NodeRef["label"]>;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const asked = useDebounced(text.trim(), 150);
  const typed = text.trim().length >= 2;
  // The last answer stays until the next one comes, as the list did before it was asked again.
  const search = useGraphQL(SEARCH, typed && asked.length >= 2 ? { text: asked } : skipToken, token, { keepPrevious: true });
  const results = typed && search.data ? search.data.searchNodes.filter((n) => labels.includes(n.label)) : [];
  const failure = typed && search.error ? errorMessage(search.error, "The search failed.") : null;

  return (
    <div className="node-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Name or id"
        onChange={(e) => setText(e.target.value)}
        aria-controls={`${id}-results`}
      />
      {failure && (
        <p role="alert" className="search-failure">
          {failure}
        </p>
      )}
      <ul id={`${id}-results`} aria-label={`${label}: results`}>
        {results.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              onClick={() => {
                onChoose(n);
                setText("");
              }}
            >
              {n.name}{" "}
              <span className="muted">
                {n.label} · {n.id}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
