import { downloadFrom } from "../../lib/download.js";
import type { RegisterFilters, Sort } from "./use-register.js";

/** The register's filters and order, and the whole register saved as CSV or XLSX. */
export function RegisterFilterBar({ f, onRefused }: { f: RegisterFilters; onRefused: (e: unknown) => void }) {
  return (
    <div className="filters">
      <label>
        Status{" "}
        <select value={f.status} onChange={(e) => f.setStatus(e.target.value as "OPEN" | "CLOSED")}>
          <option value="OPEN">Open</option>
          <option value="CLOSED">Closed</option>
        </select>
      </label>
      <label>
        Residual rating at least{" "}
        <select value={f.min} onChange={(e) => f.setMin(Number(e.target.value))}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <label>
        Owner contains <input value={f.owner} onChange={(e) => f.setOwner(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={f.dueOnly} onChange={(e) => f.setDueOnly(e.target.checked)} /> Review overdue only
      </label>
      <label>
        Sort by{" "}
        <select value={f.sort} onChange={(e) => f.setSort(e.target.value as Sort)}>
          <option value="residual">Residual rating</option>
          <option value="inherent">Inherent rating</option>
          <option value="review">Next review</option>
          <option value="owner">Owner</option>
          <option value="title">Title</option>
        </select>
      </label>
      {(["csv", "xlsx"] as const).map((ext) => (
        <button
          key={ext}
          type="button"
          title="Every risk, open and closed, with its ratings, scenario by name, controls and review dates; the CSV has the XLSX's columns"
          onClick={() =>
            downloadFrom(`/exports/register.${ext}`, `risk-register-${new Date().toISOString().slice(0, 10)}.${ext}`).catch(onRefused)
          }
        >
          Save the whole register as {ext.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
