import { skipToken } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { HORIZONS, hoursWords } from "../../lib/horizons.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { NodeSearch } from "../../components/node-search.js";
import { useGraphQL } from "../../lib/query.js";
import { SPOF, SUPPLIERS } from "./resilience-api.js";
import { SinglePoints } from "./single-points.js";
import { SupplierTable } from "./supplier-table.js";

/** Where single points of failure and supplier concentrations are. */
export function ResiliencePage() {
  const [service, setService] = useState<NodeRef | null>(null);
  const [hours, setHours] = useState(24);
  const [opened, setOpened] = useState<string | null>(null);
  const spof = useGraphQL(SPOF, service ? { s: service.id } : skipToken);
  const concentration = useGraphQL(SUPPLIERS, { hours });
  const spofs: NodeRef[] | null = spof.data?.singlePointsOfFailure ?? null;
  const suppliers = concentration.data?.supplierConcentration ?? null;
  const error = concentration.error ?? spof.error;

  return (
    <div className="page">
      <h2>Single points of failure</h2>
      <p>A single point of failure is a system, data store or supplier whose loss alone stops the service: no alternative carries it.</p>
      <NodeSearch label="Care service" labels={["CareService"]} onChoose={setService} />
      {service && !spofs && <p aria-live="polite">Looking for single points of failure…</p>}
      {service && spofs && <SinglePoints service={service} spofs={spofs} />}
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
      {suppliers && suppliers.length > 0 && <SupplierTable suppliers={suppliers} hours={hours} opened={opened} onOpen={setOpened} />}
    </div>
  );
}
