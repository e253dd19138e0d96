import { useId } from "react";
import { NODE_LABELS, SYSTEM_KINDS, type NodeLabel } from "../../../../server/model/vocabulary.js";
import type { SystemKind } from "../../gql/graphql.js";
import { kindWords } from "../../lib/node-ref.js";
import type { BrowseFilter } from "./use-browse.js";

const LABEL_WORDS: Record<NodeLabel, string> = {
  Organisation: "Organisations",
  CareService: "Care services",
  System: "Systems",
  DataStore: "Data stores",
  Supplier: "Suppliers",
};

interface Props {
  filter: BrowseFilter;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  choose: (next: Partial<BrowseFilter>) => void;
}

/** What to browse: an organisation, a label and a kind of system. */
export function BrowseFilters({ filter, organisations, choose }: Props) {
  // Each select named by its label alone, not by the options it holds.
  const ids = useId();
  return (
    <div className="browse-filters">
      <div className="field">
        <label htmlFor={`${ids}-org`}>Organisation</label>
        <select id={`${ids}-org`} value={filter.org} onChange={(e) => choose({ org: e.target.value })}>
          <option value="">All organisations</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-label`}>Label</label>
        <select
          id={`${ids}-label`}
          value={filter.label}
          onChange={(e) => choose({ label: e.target.value as NodeLabel | "", kind: e.target.value === "System" ? filter.kind : "" })}
        >
          <option value="">Every label</option>
          {NODE_LABELS.map((l) => (
            <option key={l} value={l}>
              {LABEL_WORDS[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-kind`}>Kind of system</label>
        <select
          id={`${ids}-kind`}
          value={filter.kind}
          onChange={(e) => choose({ kind: e.target.value as SystemKind | "", label: e.target.value ? "System" : filter.label })}
        >
          <option value="">Any kind</option>
          {SYSTEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindWords(k)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
