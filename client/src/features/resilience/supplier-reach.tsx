import { percent, whole, words } from "../../lib/format.js";
import type { SupplierReach as Reach } from "./resilience-api.js";

/** What a supplier reaches: its organisations, the care services its loss harms and the stores its compromise exposes. */
export function SupplierReach({ s }: { s: Reach }) {
  return (
    <tr className="why">
      <td colSpan={9}>
        <p>
          <strong>Organisations</strong>: {s.organisations.map((o) => o.name).join(", ") || "none"}
        </p>
        <ul>
          {s.careServices.map((c) => (
            <li key={c.service.id}>
              {c.service.name} ({c.service.organisationName}): {c.capability === 0 ? "stopped" : `${percent(c.capability)} capability`},{" "}
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
  );
}
