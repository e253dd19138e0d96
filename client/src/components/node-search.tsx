import { useEffect, useId, useState } from "react";
import { errorMessage, request } from "../lib/graphql.js";
import { SEARCH, type NodeRef } from "../lib/node-ref.js";

const ASSETS_AND_SERVICES: ReadonlyArray<NodeRef["label"]> = ["CareService", "System", "DataStore", "Supplier"];

/** Type-ahead over the graph by name or id; choosing a result hands it to the caller. */
export function NodeSearch({
  token,
  label,
  onChoose,
  labels = ASSETS_AND_SERVICES,
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
          setResults(r.searchNodes.filter((n) => labels.includes(n.label)));
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
    // By value: callers pass a new array each render, and the search must not run again for that.
  }, [text, token, labels.join("|")]);

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
