import { percent, whole, words } from "../../lib/format.js";
import type { ExposurePath } from "./api.js";
import { ColumnHeads } from "../../components/column-heads.js";

/** The exposed data stores, each with the path that exposes it (selected, it is marked on the graph). */
export function ExposedTable(p: { paths: readonly ExposurePath[]; confidentialityHarm: number; onHighlight: (ids: string[]) => void }) {
  return (
    <table className="exposed">
      <ColumnHeads columns={["Store", "Tier", "Records", "Harm (share)"]} />
      <tbody>
        {p.paths.map((x) => (
          <tr key={x.store.id}>
            <td>
              <button
                type="button"
                className="link"
                title={x.path.map((n) => n.name).join(" → ")}
                onClick={() => p.onHighlight(x.path.map((n) => n.id))}
              >
                {x.store.name}
              </button>{" "}
              <span className="muted">{x.store.organisationName ?? x.store.organisation}</span>
              <div className="muted">
                via{" "}
                {x.path
                  .slice(0, -1)
                  .map((n) => n.name)
                  .join(" → ") || "its own compromise"}
              </div>
            </td>
            <td>{words(x.store.sensitivity)}</td>
            <td>{whole(x.store.records)}</td>
            <td>
              {whole(x.harm)} ({p.confidentialityHarm > 0 ? percent(x.harm / p.confidentialityHarm) : "0%"})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
