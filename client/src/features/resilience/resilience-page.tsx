import { useEffect, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { whole } from "../../lib/format.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { NodeSearch } from "../../components/node-search.js";

interface SupplierRow {
  supplier: NodeRef;
  harm: number;
  consequence: string | null;
  organisations: Array<{ id: string; name: string }>;
  careServices: Array<{ service: { id: string } }>;
}

const SUPPLIERS = `{ supplierConcentration(first: 25) { supplier { id name label } harm consequence organisations { id name } careServices { service { id } } } }`;
const SPOF = `query($s: ID!) { singlePointsOfFailure(service: $s) { id name label } }`;

/** Where single points of failure and supplier concentrations are. */
export function ResiliencePage({ token }: { token: string }) {
  const [service, setService] = useState<NodeRef | null>(null);
  const [spofs, setSpofs] = useState<NodeRef[] | null>(null);
  const [suppliers, setSuppliers] = useState<SupplierRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(errorMessage(e));

  useEffect(() => {
    request<{ supplierConcentration: SupplierRow[] }>(SUPPLIERS, {}, token).then((r) => setSuppliers(r.supplierConcentration)).catch(fail);
  }, [token]);
  useEffect(() => {
    if (!service) return;
    setSpofs(null);
    request<{ singlePointsOfFailure: NodeRef[] }>(SPOF, { s: service.id }, token).then((r) => setSpofs(r.singlePointsOfFailure)).catch(fail);
  }, [service, token]);

  return (
    <div className="page">
      <h2>Single points of failure</h2>
      <NodeSearch token={token} label="Care service" labels={["CareService"]} onChoose={setService} />
      {service && !spofs && <p aria-live="polite">Looking for single points of failure…</p>}
      {service && spofs && (
        <section aria-label="Single points of failure">
          <p>
            {spofs.length === 0 ? `${service.name} has no single point of failure.` : `Losing any one of these ${spofs.length} stops ${service.name}:`}
          </p>
          <ul className="spofs">{spofs.map((n) => <li key={n.id}>{n.name} <span className="muted">{n.label} · {n.id}</span></li>)}</ul>
        </section>
      )}
      <h2>Supplier concentration</h2>
      {error && <p role="alert">{error}</p>}
      {!suppliers && !error && <p aria-live="polite">Working out each supplier's reach…</p>}
      {suppliers && (
        <table className="ranking suppliers">
          <caption>Suppliers by the harm of their loss over 24 hours</caption>
          <thead><tr><th scope="col">Supplier</th><th scope="col">Harm</th><th scope="col">Consequence</th><th scope="col">Organisations</th><th scope="col">Care services</th></tr></thead>
          <tbody>
            {suppliers.map((s) => (
              <tr key={s.supplier.id}>
                <td>{s.supplier.name}</td>
                <td>{whole(s.harm)}</td>
                <td>{s.consequence?.toLowerCase() ?? "none"}</td>
                <td title={s.organisations.map((o) => o.name).join(", ")}>{s.organisations.length}</td>
                <td>{s.careServices.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
