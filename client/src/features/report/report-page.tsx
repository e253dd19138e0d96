import { authHeaders } from "../../lib/auth-headers.js";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { NodeSearch } from "../../components/node-search.js";
import { downloadFrom } from "../../lib/download.js";
import type { NodeRef } from "../../lib/node-ref.js";
import type { BoardReport } from "../../../../server/report/board-report.js";
import { ReportBody } from "./report-body.js";
import { BudgetSection } from "./budget-section.js";

/** What a refused report request says, in the server's words where it gave them. */
async function failure(r: Response, what: string): Promise<string> {
  const body = (await r.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
  return `${what} could not be made: ${body?.errors?.[0]?.message ?? `the server answered ${r.status}`}`;
}

/** The board report in plain language: printable as it is, or as a PDF the server makes. */
export function ReportPage({ token }: { token: string }) {
  const [since, setSince] = useState(new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10));
  const [failed, setError] = useState<string | null>(null);
  const [budget, setBudget] = useState(400_000);
  const auth = authHeaders(token);
  const [org, setOrg] = useState<NodeRef | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const save = (path: string, name: string) => downloadFrom(path, token, name).catch((e: unknown) => setError((e as Error).message));

  const read = useQuery({
    queryKey: ["/report.json", since],
    queryFn: async ({ signal }) => {
      const r = await fetch(`/report.json?since=${since}`, { headers: auth, signal }).catch((e: unknown) => {
        throw (e as Error).name === "AbortError" ? e : new Error("The server could not be reached.");
      });
      if (!r.ok) throw new Error(await failure(r, "The report"));
      return (await r.json()) as BoardReport;
    },
  });
  const report = read.data ?? null;
  const error = read.error?.message ?? failed;

  async function download() {
    const r = await fetch(`/report.pdf?since=${since}`, { headers: auth }).catch(() => null);
    if (!r) return setError("The server could not be reached.");
    if (!r.ok) return setError(await failure(r, "The PDF"));
    const url = URL.createObjectURL(await r.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = `board-report-${new Date().toISOString().slice(0, 10)}.pdf`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="page report">
      <h2>Board report: critical systems and patient harm</h2>
      <div className="filters no-print">
        <label>
          What moved since <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <label>
          Budget (£){" "}
          <input type="number" min={0} step={10000} value={budget} onChange={(e) => setBudget(Math.max(0, Number(e.target.value)))} />
        </label>
        <button type="button" onClick={() => void download()}>
          Download PDF
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {!report && !error && <p aria-live="polite">Preparing the report…</p>}
      {report && <ReportBody report={report} />}
      {report && <BudgetSection token={token} budget={budget} />}
      <section className="no-print exports" aria-labelledby="exports">
        <h3 id="exports">Exports a trust is asked for</h3>
        <p>
          <button type="button" onClick={() => void save("/exports/register.xlsx", `risk-register-${today}.xlsx`)}>
            Risk register (XLSX)
          </button>
        </p>
        <div className="essential-functions">
          {org ? (
            <p>
              Essential-function register of <strong>{org.name}</strong>: each care service with the systems, networks, data stores and
              suppliers it depends on.{" "}
              <button
                type="button"
                onClick={() =>
                  void save(
                    `/exports/essential-functions.xlsx?organisation=${encodeURIComponent(org.id)}`,
                    `essential-functions-${today}.xlsx`,
                  )
                }
              >
                Download XLSX
              </button>{" "}
              <button type="button" onClick={() => setOrg(null)}>
                Another organisation
              </button>
            </p>
          ) : (
            <NodeSearch token={token} label="Essential-function register of" labels={["Organisation"]} onChoose={setOrg} />
          )}
        </div>
      </section>
    </div>
  );
}
