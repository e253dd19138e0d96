import { Fragment } from "react";
import { whole } from "../../lib/format.js";
import { hoursWords } from "../../lib/horizons.js";
import { blastLink, type SupplierReach as Reach } from "./resilience-api.js";
import { SupplierReach } from "./supplier-reach.js";
import { ColumnHeads } from "../../components/column-heads.js";

/** Every supplier by the harm of its loss at the horizon and of its compromise; each opens its reach. */
export function SupplierTable(p: {
  suppliers: readonly Reach[];
  hours: number;
  opened: string | null;
  onOpen: (id: string | null) => void;
}) {
  const { suppliers, hours, opened } = p;
  return (
    <table className="ranking suppliers">
      <caption>
        All {suppliers.length} suppliers by the harm of their loss over {hoursWords(hours)} and of their compromise, in weighted patients
      </caption>
      <ColumnHeads
        columns={[
          "Supplier",
          "Harm",
          "Its loss",
          "Its compromise",
          "Records exposed",
          "Consequence",
          "Organisations",
          "Care services",
          { hidden: "Actions" },
        ]}
      />
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
                  onClick={() => p.onOpen(opened === s.supplier.id ? null : s.supplier.id)}
                >
                  Reach
                </button>{" "}
                <a href={blastLink(s.supplier, hours)}>Blast radius</a>
              </td>
            </tr>
            {opened === s.supplier.id && <SupplierReach s={s} />}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
