import type { Effect } from "../../gql/graphql.js";
import { NodeSearch } from "../../components/node-search.js";
import type { DependencyChanges } from "./use-dependency-changes.js";

/** Adding or changing one dependency: on what, what its loss does, its redundancy group and share; previewed first. */
export function DependencyForm({ c }: { c: DependencyChanges }) {
  const { to, setTo, form, setForm } = c;
  return (
    <fieldset className="add-dependency">
      <legend>Add or change a dependency</legend>
      {to ? (
        <p>
          On {to.name}{" "}
          <button type="button" onClick={() => setTo(null)}>
            change
          </button>
        </p>
      ) : (
        <NodeSearch label="Depends on" onChoose={setTo} />
      )}
      <label>
        If lost{" "}
        <select value={form.effect} onChange={(e) => setForm({ ...form, effect: e.target.value as Effect })}>
          <option value="FAILS">it fails</option>
          <option value="DEGRADES">it degrades</option>
        </select>
      </label>
      {form.effect === "DEGRADES" && (
        <label>
          Capacity kept (0–1){" "}
          <input type="number" step="any" value={form.capacity} onChange={(e) => setForm({ ...form, capacity: e.target.value })} />
        </label>
      )}
      <label>
        Redundancy group <input value={form.group} onChange={(e) => setForm({ ...form, group: e.target.value })} />
      </label>
      <label>
        Share of the need{" "}
        <input type="number" step="any" value={form.share} onChange={(e) => setForm({ ...form, share: e.target.value })} />
      </label>
      <button type="button" disabled={!to} onClick={() => to && void c.preview({ kind: "set", d: c.dependency(to) })}>
        Preview
      </button>
    </fieldset>
  );
}
