import { useEffect, useId, useState } from "react";
import { errorMessage, request } from "../lib/graphql.js";
import { SEARCH, type NodeRef } from "../lib/node-ref.js";

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
  const [results, setResults] = useState<NodeRef[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // Callers pass a new array on every render; the search runs again only when its contents change.
  const labelKey = labels.join(",");

  useEffect(() => {
    if (text.trim().length < 2) {
      setResults([]);
      setFailure(null);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      request<{ searchNodes: NodeRef[] }>(SEARCH, { text: text.trim() }, token, abort.signal)
        .then((r) => {
          setFailure(null);
          const wanted = new Set(labelKey.split(","));
          setResults(r.searchNodes.filter((n) => wanted.has(n.label)));
        })
        .catch((e: unknown) => {
          if ((e as Error).name === "AbortError") return;
          setResults([]);
          setFailure(errorMessage(e, "The search failed."));
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text, token, labelKey]);

  return (
    <div className="node-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={text} placeholder="Name or id" onChange={(e) => setText(e.target.value)} aria-controls={`${id}-results`} />
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
                setResults([]);
              }}
            >
              {n.name} <span className="muted">{n.label} · {n.id}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
