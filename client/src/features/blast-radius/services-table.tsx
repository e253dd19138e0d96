import { Fragment, useState } from "react";
import { percent, whole } from "../../lib/format.js";
import type { ServiceImpact } from "./api.js";
import { ServiceChain } from "./service-chain.js";
import { CONSEQUENCE_COLOURS } from "./styles.js";
import { ColumnHeads } from "../../components/column-heads.js";

const recovers = (at: number | null | undefined): string =>
  at === null || at === undefined ? "not within the horizon" : at < 48 ? `${+at.toFixed(1)} h` : `${+(at / 24).toFixed(1)} days`;

interface Props {
  services: readonly ServiceImpact[];
  hours: number;
  recovery: boolean;
  onHighlight: (ids: string[]) => void;
  onSelect: (id: string) => void;
}

/** The affected care services; each opens its chain of dependencies, marked on the graph. */
export function ServicesTable({ services, hours, recovery, onHighlight, onSelect }: Props) {
  const [openService, setOpenService] = useState<string | null>(null);
  const toggle = (id: string, chain: string[]) => {
    const opening = openService !== id;
    setOpenService(opening ? id : null);
    onHighlight(opening ? chain : []);
  };
  return (
    <table>
      <ColumnHeads columns={["Service (select for its chain)", "Capability", "Consequence", "Harm", recovery && "Recovers at"]} />
      <tbody>
        {services.map((s) => (
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
                {s.consequence && <span className="swatch" style={{ background: CONSEQUENCE_COLOURS[s.consequence] }} aria-hidden="true" />}{" "}
                {s.consequence?.toLowerCase() ?? "none"}
              </td>
              <td>{whole(s.harm)}</td>
              {recovery && <td>{recovers(s.recoveredAt)}</td>}
            </tr>
            {openService === s.service.id && (
              <tr className="why">
                <td colSpan={recovery ? 5 : 4}>
                  <ServiceChain service={s} hours={hours} onSelect={onSelect} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
