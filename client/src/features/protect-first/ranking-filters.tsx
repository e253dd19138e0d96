import { HORIZONS, hoursWords } from "../../lib/horizons.js";
import { NodeSearch } from "../../components/node-search.js";
import type { Kind, RankingOrder } from "./api.js";
import type { RankingFilters as Filters } from "./use-ranking.js";

/** What to rank: the horizon, recovery, the kind of asset, the order and one organisation. */
export function RankingFilters({ f }: { f: Filters }) {
  const { hours, setHours, org, setOrg, kind, setKind, by, setBy, recovery, setRecovery, filter } = f;
  return (
    <div className="filters">
      <label>
        Horizon{" "}
        <select value={hours} onChange={(e) => filter(setHours)(Number(e.target.value))}>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {hoursWords(h)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={recovery} onChange={(e) => filter(setRecovery)(e.target.checked)} /> With recovery (each asset back
        at its recovery time)
      </label>
      <label>
        Kind{" "}
        <select value={kind} onChange={(e) => filter(setKind)(e.target.value as Kind)}>
          <option value="">Everything</option>
          <option value="System">Systems</option>
          <option value="DataStore">Data stores</option>
          <option value="Supplier">Suppliers</option>
        </select>
      </label>
      <label>
        Rank by{" "}
        <select value={by} onChange={(e) => filter(setBy)(e.target.value as RankingOrder)}>
          <option value="TOTAL">Score (both together)</option>
          <option value="AVAILABILITY">Care lost (availability)</option>
          <option value="CONFIDENTIALITY">Data exposed (confidentiality)</option>
        </select>
      </label>
      <NodeSearch label="Organisation" labels={["Organisation"]} onChoose={filter(setOrg)} />
      {org && (
        <p>
          {org.name}{" "}
          <button type="button" onClick={() => filter(setOrg)(null)}>
            All organisations
          </button>
        </p>
      )}
    </div>
  );
}
