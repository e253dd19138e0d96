import { useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { ALL_SERVICES, type BlastRadius } from "./api.js";
import { CONSEQUENCE_COLOURS } from "./styles.js";
import { download, impactsCsv, type CsvSource } from "./export.js";
import { RecoveryCurve } from "../../components/recovery-curve.js";

const fmt = (n: number): string => n.toLocaleString("en-GB", { maximumFractionDigits: 0 });
const pct = (c: number): string => `${Math.round(c * 100)}%`;

const shown = (listed: number, all: number): string => (listed < all ? `the ${fmt(listed)} most harmed of ${fmt(all)}` : fmt(all));

type Scenario = { lost: string[]; compromised: string[]; hours: number; recovery: boolean };
const recovers = (at: number | null | undefined): string => (at === null || at === undefined ? "not within the horizon" : at < 48 ? `${+at.toFixed(1)} h` : `${+(at / 24).toFixed(1)} days`);

/** The side panel: totals, the affected services with their evidence, the exposed stores and the curve. */
export function ImpactPanel({ result, scenario, token }: { result: BlastRadius; scenario: Scenario; token: string }) {
  const maxHarm = Math.max(1, ...result.impactOverTime.map((p) => p.harm));
  const [csvState, setCsvState] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  // The CSV holds every affected service; a large radius lists only the most harmed, so the rest are fetched.
  const saveCsv = async () => {
    if (result.careServices.length >= result.careServiceCount) return download("impacts.csv", new Blob([impactsCsv(result)], { type: "text/csv" }));
    setCsvState(`Preparing ${fmt(result.careServiceCount)} services…`);
    setPreparing(true);
    try {
      const all = await request<{ blastRadius: Pick<CsvSource, "careServices"> }>(ALL_SERVICES, scenario, token);
      download("impacts.csv", new Blob([impactsCsv({ hours: result.hours, profile: result.profile, careServices: all.blastRadius.careServices })], { type: "text/csv" }));
      setCsvState(null);
    } catch (e) {
      setCsvState(errorMessage(e, "The CSV could not be made."));
    } finally {
      setPreparing(false);
    }
  };
  return (
    <aside className="impact-panel" aria-label="Impact">
      <p className="totals">
        Consequence <strong>{result.consequence ?? "none"}</strong> · harm <strong>{fmt(result.totalHarm)}</strong> weighted patients
        ({fmt(result.availabilityHarm)} care lost, {fmt(result.confidentialityHarm)} data exposed) · {fmt(result.affectedCount)} nodes affected
      </p>
      <h2>Care services ({shown(result.careServices.length, result.careServiceCount)})</h2>
      <button type="button" onClick={() => void saveCsv()} disabled={preparing}>
        Save impacts as CSV
      </button>
      {csvState && <span role="status"> {csvState}</span>}
      {result.careServices.length === 0 && <p>No care service is affected.</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Capability</th>
            <th scope="col">Consequence</th>
            <th scope="col">Harm</th>
            {scenario.recovery && <th scope="col">Recovers at</th>}
          </tr>
        </thead>
        <tbody>
          {result.careServices.map((s) => (
            <tr key={s.service.id} title={s.evidence.map((e) => e.node.name).join(" → ")}>
              <td>
                {s.service.name} <span className="muted">{s.service.organisation}</span>
              </td>
              <td>{s.status === "FAILED" ? "stopped" : pct(s.capability)}</td>
              <td>
                {s.consequence && <span className="swatch" style={{ background: CONSEQUENCE_COLOURS[s.consequence] }} aria-hidden="true" />} {s.consequence ?? "none"}
              </td>
              <td>{fmt(s.harm)}</td>
              {scenario.recovery && <td>{recovers(s.recoveredAt)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Capability is the share of normal function a service keeps: each dependency it needs passes on its loss, and the
        alternatives of a redundancy group add up, so three hosts that each carry half the load keep the service whole
        with one lost and at half with two.
      </p>
      <h2>Exposed data ({shown(result.exposedDataStores.length, result.exposedCount)})</h2>
      <ul>{result.exposedDataStores.map((d) => <li key={d.id}>{d.name}</li>)}</ul>
      <h2>Impact over time</h2>
      {scenario.recovery && (
        <RecoveryCurve points={result.recovery ?? []} hours={result.hours} label={`Care delivered and harm so far over ${result.hours} hours, as lost nodes come back`} />
      )}
      <svg className="curve" viewBox="0 0 300 110" role="img" aria-label="Harm at 1 hour, 4 hours, 1 day, 3 days, 7 days and 30 days">
        {result.impactOverTime.map((p, i) => {
          const h = (p.harm / maxHarm) * 80;
          return (
            <g key={p.hours}>
              <rect x={10 + i * 48} y={90 - h} width={36} height={h} fill={p.consequence ? CONSEQUENCE_COLOURS[p.consequence] : "#90a4ae"} />
              <text x={28 + i * 48} y={104} textAnchor="middle" fontSize="10">{p.hours < 24 ? `${p.hours} h` : `${p.hours / 24} d`}</text>
            </g>
          );
        })}
      </svg>
    </aside>
  );
}
