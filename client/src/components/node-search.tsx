import { skipToken } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorMessage } from "../lib/graphql.js";
import { SEARCH, nodeDetail, type NodeRef } from "../lib/node-ref.js";
import { useGraphQL } from "../lib/query.js";
import { useDebounced } from "../lib/use-debounced.js";
import { ComboBox } from "./combo-box.js";

// What may be lost: the default choice of labels.
const LOSABLE: ReadonlyArray<NodeRef["label"]> = ["CareService", "System", "DataStore", "Supplier"];

/** The graph's nodes of some labels whose name or id starts with the words typed (two letters or more). */
export function useNodeChoices(text: string, labels: ReadonlyArray<NodeRef["label"]>) {
  const asked = useDebounced(text.trim(), 150);
  const typed = text.trim().length >= 2;
  // The last answer stays until the next one comes, as the list did before it was asked again.
  const search = useGraphQL(SEARCH, typed && asked.length >= 2 ? { text: asked } : skipToken, { keepPrevious: true });
  // Choices are offered only for the words now in the field: an answer to earlier words (kept on
  // screen while the next is read) could otherwise be picked by an Enter pressed as it arrives.
  const current = asked === text.trim() && !search.isPlaceholderData;
  const nodes = typed && current && search.data ? search.data.searchNodes.filter((n) => labels.includes(n.label)) : [];
  const failure = typed && search.error ? errorMessage(search.error, "The search failed.") : null;
  const status = !typed ? "Type two letters or more of its name" : !current || search.isFetching ? "Searching…" : "Nothing of that name";
  return { nodes, failure, status };
}

/** Type-ahead over the graph by name or id; choosing a result hands it to the caller and clears the field. */
export function NodeSearch({
  label,
  onChoose,
  labels = LOSABLE,
}: {
  label: string;
  onChoose: (n: NodeRef) => void;
  labels?: ReadonlyArray<NodeRef["label"]>;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const { nodes, failure, status } = useNodeChoices(text, labels);
  return (
    <div className="node-search">
      <ComboBox
        id={id}
        label={label}
        clearOnPick
        onText={setText}
        status={status}
        choices={nodes.map((n) => ({ id: n.id, name: n.name, detail: nodeDetail(n) }))}
        onPick={(c) => {
          const n = nodes.find((x) => x.id === c.id);
          if (n) onChoose(n);
          setText("");
        }}
      />
      {failure && (
        <p role="alert" className="search-failure">
          {failure}
        </p>
      )}
    </div>
  );
}
