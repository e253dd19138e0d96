import { authHeaders } from "../../lib/auth-headers.js";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { BoardReport } from "../../../../server/report/board-report.js";
import { ReportBody } from "./report-body.js";
import { ReportChoices, type Choice } from "./report-choices.js";
import { ExportsPanel } from "./exports-panel.js";
import { BudgetSection } from "./budget-section.js";

/** What a refused report request says, in the server's words where it gave them. */
async function failure(r: Response, what: string): Promise<string> {
  const body = (await r.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
  return `${what} could not be made: ${body?.errors?.[0]?.message ?? `the server answered ${r.status}`}`;
}

const query = (c: Choice): string =>
  new URLSearchParams({ ...(c.organisation ? { organisation: c.organisation.id } : {}), marking: c.marking }).toString();

/** The board report of the whole system or one organisation: printable as it is, or as a PDF the server makes and keeps. */
export function ReportPage({ token }: { token: string }) {
  const [choice, setChoice] = useState<Choice>({ organisation: null, marking: "OFFICIAL-SENSITIVE" });
  const [failed, setError] = useState<string | null>(null);
  const [budget, setBudget] = useState(400_000);
  const auth = authHeaders(token);

  const read = useQuery({
    queryKey: ["/report.json", choice.organisation?.id ?? null, choice.marking],
    queryFn: async ({ signal }) => {
      const r = await fetch(`/report.json?${query(choice)}`, { headers: auth, signal }).catch((e: unknown) => {
        throw (e as Error).name === "AbortError" ? e : new Error("The server could not be reached.");
      });
      if (!r.ok) throw new Error(await failure(r, "The report"));
      return (await r.json()) as BoardReport;
    },
  });
  const report = read.data ?? null;
  const error = read.error?.message ?? failed;

  async function download() {
    setError(null);
    // The PDF prints what the budget given below buys, as the page shows it.
    const r = await fetch(`/report.pdf?${query(choice)}&budget=${budget}`, { headers: auth }).catch(() => null);
    if (!r) return setError("The server could not be reached.");
    if (!r.ok) return setError(await failure(r, "The PDF"));
    const url = URL.createObjectURL(await r.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = `board-report-${new Date().toISOString().slice(0, 10)}.pdf`;
    a.click();
    URL.revokeObjectURL(url);
    // The PDF is kept: the page now compares with it.
    void read.refetch();
  }

  return (
    <div className="page report">
      <h2>Board report: critical systems and patient harm</h2>
      <ReportChoices token={token} choice={choice} onChange={setChoice} onDownload={() => void download()} />
      {error && <p role="alert">{error}</p>}
      {!report && !error && <p aria-live="polite">Preparing the report…</p>}
      {report && <ReportBody report={report} />}
      {report && <BudgetSection token={token} budget={budget} onBudget={setBudget} />}
      <ExportsPanel token={token} onError={setError} />
    </div>
  );
}
