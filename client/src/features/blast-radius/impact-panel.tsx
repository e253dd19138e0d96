import { useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { fetchGraphQL } from "../../lib/query.js";
import { percent, whole, words } from "../../lib/format.js";
import type { BlastRadius } from "./api.js";
import { ALL_EXPOSED, ALL_SERVICES } from "./drill-api.js";
import { download } from "../../lib/download.js";
import { impactsCsv } from "./export.js";
import { RecoveryCurve } from "../../components/recovery-curve.js";
import { ImpactChart } from "./impact-chart.js";
import { ServiceChain } from "./service-chain.js";
import { CONSEQUENCE_COLOURS } from "./styles.js";
import { peopleWords, type PeopleFigures } from "../../../../server/model/people-words.js";

const shown = (listed: number, all: number): string => (listed < all ? `the ${whole(listed)} most harmed of ${whole(all)}` : whole(all));
const plural = (n: number, one: string, many: string): string => `${whole(n)} ${n === 1 ? one : many}`;

type Scenario = { lost: string[]; compromised: string[]; hours: number; recovery: boolean };
const recovers = (at: number | null | undefined): string =>
  at === null || at === undefined ? "not within the horizon" : at < 48 ? `${+at.toFixed(1)} h` : `${+(at / 24).toFixed(1)} days`;

type Totals = Pick<
  BlastRadius,
  "careServiceCount" | "exposedCount" | "affectedCount" | "totalHarm" | "availabilityHarm" | "confidentialityHarm" | "consequence"
>;

/**
 * The totals in words, people first (how many patients a day lose care, how many records
 * leak), then the weighted patients that rank; compromise-only scenarios read as such
 * ("0 care services affected, 8 data stores exposed").
 */
export function totalsText(r: Totals & Partial<PeopleFigures>): string {
  const people =
    r.patientsDisruptedPerDay === undefined
      ? ""
      : `${peopleWords({ patientsDisruptedPerDay: r.patientsDisruptedPerDay, servicesStopped: r.servicesStopped ?? 0, servicesDegraded: r.servicesDegraded ?? 0, recordsExposed: r.recordsExposed ?? 0 })} `;
  const all = r.affectedCount > 0 ? `; ${plural(r.affectedCount, "node", "nodes")} lost or degraded in all` : "";
  const counts = `${plural(r.careServiceCount, "care service", "care services")} affected, ${plural(r.exposedCount, "data store", "data stores")} exposed${all}.`;
  const harm = `Harm ${whole(r.totalHarm)} weighted patients: ${whole(r.availabilityHarm)} from care lost, ${whole(r.confidentialityHarm)} from data exposed.`;
  const consequence = r.consequence
    ? `Consequence of the care lost: ${r.consequence.toLowerCase()}.`
    : "No care service is affected, so there is no clinical consequence.";
  return `${people}${counts} ${harm} ${consequence}`;
}

/** The side panel: totals, the affected services with their chains, the exposed stores with their paths, and the curve. */
interface Props {
  result: BlastRadius;
  scenario: Scenario;
  token: string;
  onHighlight: (ids: string[]) => void;
  onSelect: (id: string) => void;
}

export function ImpactPanel({ result, scenario, token, onHighlight, onSelect }: Props) {
  const [csvState, setCsvState] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [openService, setOpenService] = useState<string | null>(null);
  const client = useQueryClient();
  const file = `blast-radius-${new Date().toISOString().slice(0, 10)}.csv`;
  // The CSV holds every affected service and exposed store; a large radius lists only the most harmed, so the rest are fetched.
  const saveCsv = async () => {
    const complete = result.careServices.length >= result.careServiceCount && result.exposurePaths.length >= result.exposedCount;
    if (complete) return download(file, new Blob([impactsCsv(result)], { type: "text/csv" }));
    setCsvState(`Preparing ${whole(result.careServiceCount)} services and ${whole(result.exposedCount)} stores…`);
    setPreparing(true);
    try {
      const [s, x] = await Promise.all([
        fetchGraphQL(client, ALL_SERVICES, scenario, token),
        fetchGraphQL(client, ALL_EXPOSED, scenario, token),
      ]);
      download(
        file,
        new Blob(
          [
            impactsCsv({
              hours: result.hours,
              profile: result.profile,
              careServices: s.blastRadius.careServices,
              exposurePaths: x.blastRadius.exposurePaths,
            }),
          ],
          { type: "text/csv" },
        ),
      );
      setCsvState(null);
    } catch (e) {
      setCsvState(errorMessage(e, "The CSV could not be made."));
    } finally {
      setPreparing(false);
    }
  };
  const toggle = (id: string, chain: string[]) => {
    const opening = openService !== id;
    setOpenService(opening ? id : null);
    onHighlight(opening ? chain : []);
  };
  return (
    <aside className="impact-panel" aria-label="Impact">
      <p className="totals">{totalsText(result)}</p>
      <button type="button" onClick={() => void saveCsv()} disabled={preparing}>
        Save impacts as CSV
      </button>
      {csvState && <span role="status"> {csvState}</span>}
      <h2>Impact over time</h2>
      {scenario.recovery && (
        <RecoveryCurve
          points={result.recovery ?? []}
          hours={result.hours}
          label={`Care delivered and harm so far over ${result.hours} hours, as lost nodes come back`}
        />
      )}
      <ImpactChart points={result.impactOverTime} horizon={result.hours} />
      <h2>Care services ({shown(result.careServices.length, result.careServiceCount)})</h2>
      {result.careServices.length === 0 ? (
        <p>
          No care service is affected
          {scenario.compromised.length && !scenario.lost.length ? ": a compromise alone exposes data but stops nothing." : "."}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Service (select for its chain)</th>
              <th scope="col">Capability</th>
              <th scope="col">Consequence</th>
              <th scope="col">Harm</th>
              {scenario.recovery && <th scope="col">Recovers at</th>}
            </tr>
          </thead>
          <tbody>
            {result.careServices.map((s) => (
              <Fragment key={s.service.id}>
                <tr>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={openService === s.service.id}
                      onClick={() =>
                        toggle(
                          s.service.id,
                          s.evidence.map((e) => e.node.id),
                        )
                      }
                    >
                      {s.service.name}
                    </button>{" "}
                    <span className="muted">{s.service.organisationName ?? s.service.organisation}</span>
                  </td>
                  <td>{s.status === "FAILED" ? "stopped" : percent(s.capability)}</td>
                  <td>
                    {s.consequence && (
                      <span className="swatch" style={{ background: CONSEQUENCE_COLOURS[s.consequence] }} aria-hidden="true" />
                    )}{" "}
                    {s.consequence?.toLowerCase() ?? "none"}
                  </td>
                  <td>{whole(s.harm)}</td>
                  {scenario.recovery && <td>{recovers(s.recoveredAt)}</td>}
                </tr>
                {openService === s.service.id && (
                  <tr className="why">
                    <td colSpan={scenario.recovery ? 5 : 4}>
                      <ServiceChain service={s} hours={result.hours} onSelect={onSelect} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {result.careServices.length > 0 && (
        <p className="muted">
          Capability is the share of normal function a service keeps: each dependency it needs passes on its loss, and the alternatives of a
          redundancy group add up, so three hosts that each carry half the load keep the service whole with one lost and at half with two.
        </p>
      )}
      <h2>Exposed data ({shown(Math.max(result.exposurePaths.length, result.exposedDataStores.length), result.exposedCount)})</h2>
      {result.exposedCount === 0 && <p>No data store is exposed{scenario.compromised.length ? "." : ": nothing was compromised."}</p>}
      {result.exposurePaths.length > 0 && (
        <table className="exposed">
          <thead>
            <tr>
              <th scope="col">Store</th>
              <th scope="col">Tier</th>
              <th scope="col">Records</th>
              <th scope="col">Harm (share)</th>
            </tr>
          </thead>
          <tbody>
            {result.exposurePaths.map((x) => (
              <tr key={x.store.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    title={x.path.map((n) => n.name).join(" → ")}
                    onClick={() => onHighlight(x.path.map((n) => n.id))}
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
                  {whole(x.harm)} ({result.confidentialityHarm > 0 ? percent(x.harm / result.confidentialityHarm) : "0%"})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
