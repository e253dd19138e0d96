import { skipToken } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { graphql } from "../../gql/gql.js";
import { errorMessage } from "../../lib/graphql.js";
import { percent, whole, words } from "../../lib/format.js";
import { HORIZONS, hoursWords } from "../../lib/horizons.js";
import { kindWords, type NodeRef } from "../../lib/node-ref.js";
import { NodeSearch } from "../../components/node-search.js";
import { useGraphQL } from "../../lib/query.js";
import { scenarioHash } from "../../lib/scenario-url.js";

const SUPPLIERS = graphql(`
  query SupplierConcentration($hours: Float!) {
    supplierConcentration(hours: $hours, first: 1000) {
      supplier {
        ...NodeRef
      }
      harm
      availabilityHarm
      confidentialityHarm
      recordsExposed
      consequence
      organisations {
        id
        name
      }
      careServices {
        service {
          id
          name
          organisationName
        }
        capability
        harm
        consequence
      }
      exposedDataStores(first: 20) {
        id
        name
        organisationName
        sensitivity
        records
      }
    }
  }
`);
const SPOF = graphql(`
  query SinglePointsOfFailure($s: ID!) {
    singlePointsOfFailure(service: $s) {
      ...NodeRef
    }
  }
`);

const blastLink = (n: NodeRef, hours: number): string => scenarioHash({ lost: [n.id], compromised: [], hours });

/** Where single points of failure and supplier concentrations are. */
export function ResiliencePage({ token }: { token: string }) {
  const [service, setService] = useState<NodeRef | null>(null);
  const [hours, setHours] = useState(24);
  const [opened, setOpened] = useState<string | null>(null);
  const spof = useGraphQL(SPOF, service ? { s: service.id } : skipToken, token);
  const concentration = useGraphQL(SUPPLIERS, { hours }, token);
  const spofs: NodeRef[] | null = spof.data?.singlePointsOfFailure ?? null;
  const suppliers = concentration.data?.supplierConcentration ?? null;
  const error = concentration.error ?? spof.error;

  return (
    <div className="page">
      <h2>Single points of failure</h2>
      <p>A single point of failure is a system, data store or supplier whose loss alone stops the service: no alternative carries it.</p>
      <NodeSearch token={token} label="Care service" labels={["CareService"]} onChoose={setService} />
      {service && !spofs && <p aria-live="polite">Looking for single points of failure…</p>}
      {service && spofs && (
        <section aria-label="Single points of failure">
          <p>
            {spofs.length === 0
              ? `${service.name} has no single point of failure: every dependency it cannot do without has an alternative that carries it.`
              : `Losing any one of these ${spofs.length} stops ${service.name}:`}
          </p>
          <ul className="spofs">
            {spofs.map((n) => (
              <li key={n.id}>
                {n.name}{" "}
                <span className="muted">
                  {kindWords(n.label)}
                  {n.organisationName ? ` · ${n.organisationName}` : ""}
                </span>{" "}
                · <a href={blastLink(n, 24)}>its blast radius</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Supplier concentration</h2>
      <div className="filters">
        <label>
          Horizon{" "}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {hoursWords(h)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p role="alert">{errorMessage(error)}</p>}
      {!suppliers && !error && <p aria-live="polite">Working out each supplier's reach…</p>}
      {suppliers && suppliers.length === 0 && <p role="status">The graph holds no supplier, so there is no concentration to show.</p>}
      {suppliers && suppliers.length > 0 && (
        <table className="ranking suppliers">
          <caption>
            All {suppliers.length} suppliers by the harm of their loss over {hoursWords(hours)} and of their compromise, in weighted
            patients
          </caption>
          <thead>
            <tr>
              <th scope="col">Supplier</th>
              <th scope="col">Harm</th>
              <th scope="col">Its loss</th>
              <th scope="col">Its compromise</th>
              <th scope="col">Records exposed</th>
              <th scope="col">Consequence</th>
              <th scope="col">Organisations</th>
              <th scope="col">Care services</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {suppliers.map((s) => (
              <Fragment key={s.supplier.id}>
                <tr>
                  <td>{s.supplier.name}</td>
                  <td>{whole(s.harm)}</td>
                  <td>{whole(s.availabilityHarm)}</td>
                  <td>{whole(s.confidentialityHarm)}</td>
                  <td>{whole(s.recordsExposed)}</td>
                  <td>{s.consequence?.toLowerCase() ?? "none"}</td>
                  <td>{s.organisations.length}</td>
                  <td>{s.careServices.length}</td>
                  <td>
                    <button
                      type="button"
                      aria-expanded={opened === s.supplier.id}
                      aria-label={`Reach of ${s.supplier.name}`}
                      onClick={() => setOpened(opened === s.supplier.id ? null : s.supplier.id)}
                    >
                      Reach
                    </button>{" "}
                    <a href={blastLink(s.supplier, hours)}>Blast radius</a>
                  </td>
                </tr>
                {opened === s.supplier.id && (
                  <tr className="why">
                    <td colSpan={9}>
                      <p>
                        <strong>Organisations</strong>: {s.organisations.map((o) => o.name).join(", ") || "none"}
                      </p>
                      <ul>
                        {s.careServices.map((c) => (
                          <li key={c.service.id}>
                            {c.service.name} ({c.service.organisationName}):{" "}
                            {c.capability === 0 ? "stopped" : `${percent(c.capability)} capability`},{" "}
                            {c.consequence?.toLowerCase() ?? "no consequence"}, {whole(c.harm)} weighted patients
                          </li>
                        ))}
                      </ul>
                      {s.exposedDataStores.length > 0 && (
                        <>
                          <p>
                            <strong>Exposed by its compromise</strong>, through what it administers:
                          </p>
                          <ul>
                            {s.exposedDataStores.map((d) => (
                              <li key={d.id}>
                                {d.name} ({d.organisationName}): {whole(d.records)} records, {words(d.sensitivity)}
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
