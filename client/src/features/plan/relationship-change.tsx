import { useState } from "react";
import { NodeSearch } from "../../components/node-search.js";
import type { ModelChangeInput } from "../../gql/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";

type Kind = "add-dependency" | "remove-dependency" | "remove-administers";
const KINDS: ReadonlyArray<[Kind, string]> = [
  ["add-dependency", "Add a dependency (a new alternative in a group, say)"],
  ["remove-dependency", "Remove a dependency"],
  ["remove-administers", "Remove administration (tiered administration, say)"],
];
const number = (t: string): number | null => (t.trim() !== "" && Number.isFinite(Number(t)) ? Number(t) : null);

/** A relationship added or removed, its two ends chosen by name; the server checks the rest when the candidate is saved. */
export function RelationshipChange({ onAdd }: { onAdd: (c: ModelChangeInput) => void }) {
  const [kind, setKind] = useState<Kind>("add-dependency");
  const [from, setFrom] = useState<NodeRef | null>(null);
  const [to, setTo] = useState<NodeRef | null>(null);
  const [degrades, setDegrades] = useState(false);
  const [capacity, setCapacity] = useState("0.5");
  const [group, setGroup] = useState("");
  const [share, setShare] = useState("");
  const add = () => {
    if (!from || !to) return;
    const ends = { from: from.id, to: to.id };
    if (kind === "remove-administers") return onAdd({ op: "DELETE", administers: ends });
    if (kind === "remove-dependency") return onAdd({ op: "DELETE", dependency: ends });
    const s = number(share);
    const c = number(capacity);
    onAdd({
      op: "UPSERT",
      dependency: {
        ...ends,
        effect: degrades ? "DEGRADES" : "FAILS",
        ...(degrades && c !== null ? { capacity: c } : {}),
        ...(group.trim() ? { group: group.trim() } : {}),
        ...(group.trim() && s !== null ? { share: s } : {}),
      },
    });
  };
  const end = (label: string, at: NodeRef | null, set: (n: NodeRef | null) => void) =>
    at ? (
      <p>
        {label}: <strong>{at.name}</strong>{" "}
        <button type="button" onClick={() => set(null)}>
          Choose again
        </button>
      </p>
    ) : (
      <NodeSearch label={label} onChoose={set} labels={["CareService", "System", "DataStore", "Supplier"]} />
    );
  return (
    <fieldset className="candidate-relationship-change">
      <legend>A relationship</legend>
      <label>
        What{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map(([k, words]) => (
            <option key={k} value={k}>
              {words}
            </option>
          ))}
        </select>
      </label>
      {end(kind === "remove-administers" ? "Administered by" : "The node that depends", from, setFrom)}
      {end(kind === "remove-administers" ? "The node administered" : "What it depends on", to, setTo)}
      {kind === "add-dependency" && (
        <div className="form-grid">
          <label>
            <input type="checkbox" checked={degrades} onChange={(e) => setDegrades(e.target.checked)} /> Only degrades without it, keeping{" "}
            <input aria-label="Share kept without it (0 to 1)" size={4} value={capacity} onChange={(e) => setCapacity(e.target.value)} />
          </label>
          <label>
            Group of alternatives <input value={group} onChange={(e) => setGroup(e.target.value)} />
          </label>
          <label>
            Share of the need it carries (0 to 1) <input size={4} value={share} onChange={(e) => setShare(e.target.value)} />
          </label>
        </div>
      )}
      <button type="button" disabled={!from || !to} onClick={add}>
        Add this change
      </button>
    </fieldset>
  );
}
