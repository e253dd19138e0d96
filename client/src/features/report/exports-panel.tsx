import { useState } from "react";
import { NodeSearch } from "../../components/node-search.js";
import { downloadFrom } from "../../lib/download.js";
import type { NodeRef } from "../../lib/node-ref.js";

/** The workbooks a trust is asked for: the register, and for one organisation its essential functions and DSPT evidence. */
export function ExportsPanel({ onError }: { onError: (message: string) => void }) {
  const [org, setOrg] = useState<NodeRef | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const save = (path: string, name: string) => downloadFrom(path, name).catch((e: unknown) => onError((e as Error).message));
  const of = org ? `organisation=${encodeURIComponent(org.id)}` : "";
  return (
    <section className="no-print exports" aria-labelledby="exports">
      <h3 id="exports">Exports a trust is asked for</h3>
      <p>
        <button type="button" onClick={() => void save("/exports/register.xlsx", `risk-register-${today}.xlsx`)}>
          Risk register (XLSX)
        </button>
      </p>
      <div className="essential-functions">
        {org ? (
          <>
            <p>
              For <strong>{org.name}</strong>:{" "}
              <button type="button" onClick={() => setOrg(null)}>
                Another organisation
              </button>
            </p>
            <ul>
              <li>
                Essential-function register: each care service with the systems, networks, data stores and suppliers it depends on.{" "}
                <button
                  type="button"
                  onClick={() => void save(`/exports/essential-functions.xlsx?${of}`, `essential-functions-${today}.xlsx`)}
                >
                  Download XLSX
                </button>
              </li>
              <li>
                Data Security and Protection Toolkit evidence: the asset register (A3.a), suppliers (A4), the order to restore each
                essential function (B5.a) and exercise scenarios (D1).{" "}
                <button type="button" onClick={() => void save(`/exports/dspt-evidence.xlsx?${of}`, `dspt-evidence-${today}.xlsx`)}>
                  Evidence workbook (XLSX)
                </button>{" "}
                <button type="button" onClick={() => void save(`/exports/dspt-evidence.pdf?${of}`, `dspt-evidence-${today}.pdf`)}>
                  Summary (PDF)
                </button>
              </li>
            </ul>
          </>
        ) : (
          <NodeSearch label="Exports of one organisation:" labels={["Organisation"]} onChoose={setOrg} />
        )}
      </div>
    </section>
  );
}
