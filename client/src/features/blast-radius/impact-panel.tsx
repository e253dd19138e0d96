import { RecoveryCurve } from "../../components/recovery-curve.js";
import type { BlastRadius } from "./api.js";
import { ExposedTable } from "./exposed-table.js";
import { ImpactChart } from "./impact-chart.js";
import { ServicesTable } from "./services-table.js";
import { shownOf, totalsText } from "./totals.js";
import { useImpactsCsv } from "./use-impacts-csv.js";
import type { ScenarioVars } from "./use-scenario.js";

export { totalsText };

/** The side panel: totals, the affected services with their chains, the exposed stores with their paths, and the curve. */
interface Props {
  result: BlastRadius;
  scenario: ScenarioVars;
  onHighlight: (ids: string[]) => void;
  onSelect: (id: string) => void;
}

export function ImpactPanel({ result, scenario, onHighlight, onSelect }: Props) {
  const csv = useImpactsCsv(result, scenario);
  return (
    <aside className="impact-panel" aria-label="Impact">
      <p className="totals">{totalsText(result)}</p>
      <button type="button" onClick={() => void csv.save()} disabled={csv.preparing}>
        Save impacts as CSV
      </button>
      {csv.state && <span role="status"> {csv.state}</span>}
      <h2>Impact over time</h2>
      {scenario.recovery && (
        <RecoveryCurve
          points={result.recovery ?? []}
          hours={result.hours}
          label={`Care delivered and harm so far over ${result.hours} hours, as lost nodes come back`}
        />
      )}
      <ImpactChart points={result.impactOverTime} horizon={result.hours} />
      <h2>Care services ({shownOf(result.careServices.length, result.careServiceCount)})</h2>
      {result.careServices.length === 0 ? (
        <p>
          No care service is affected
          {scenario.compromised.length && !scenario.lost.length ? ": a compromise alone exposes data but stops nothing." : "."}
        </p>
      ) : (
        <ServicesTable
          services={result.careServices}
          hours={result.hours}
          recovery={scenario.recovery}
          onHighlight={onHighlight}
          onSelect={onSelect}
        />
      )}
      {result.careServices.length > 0 && (
        <p className="muted">
          Capability is the share of normal function a service keeps: each dependency it needs passes on its loss, and the alternatives of a
          redundancy group add up, so three hosts that each carry half the load keep the service whole with one lost and at half with two.
        </p>
      )}
      <h2>Exposed data ({shownOf(Math.max(result.exposurePaths.length, result.exposedDataStores.length), result.exposedCount)})</h2>
      {result.exposedCount === 0 && <p>No data store is exposed{scenario.compromised.length ? "." : ": nothing was compromised."}</p>}
      {result.exposurePaths.length > 0 && (
        <ExposedTable paths={result.exposurePaths} confidentialityHarm={result.confidentialityHarm} onHighlight={onHighlight} />
      )}
    </aside>
  );
}
