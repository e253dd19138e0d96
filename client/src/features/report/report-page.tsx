import { useState } from "react";
import type { BoardReport } from "../../../../server/report/board-report.js";
import { downloadFrom } from "../../lib/download.js";
import { useJsonFile } from "../../lib/query.js";
import { ReportBody } from "./report-body.js";
import { ReportChoices, type Choice } from "./report-choices.js";
import { ExportsPanel } from "./exports-panel.js";
import { BudgetSection } from "./budget-section.js";

const query = (c: Choice): string =>
  new URLSearchParams({ ...(c.organisation ? { organisation: c.organisation.id } : {}), marking: c.marking }).toString();

/** The board report of the whole system or one organisation: printable as it is, or as a PDF the server makes and keeps. */
export function ReportPage() {
  const [choice, setChoice] = useState<Choice>({ organisation: null, marking: "OFFICIAL-SENSITIVE" });
  const [failed, setError] = useState<string | null>(null);
  const [budget, setBudget] = useState(400_000);
  const read = useJsonFile<BoardReport>(`/report.json?${query(choice)}`, "The report");
  const report = read.data ?? null;
  const error = read.error?.message ?? failed;

  async function download() {
    setError(null);
    try {
      // The PDF prints what the budget given below buys, as the page shows it.
      await downloadFrom(
        `/report.pdf?${query(choice)}&budget=${budget}`,
        `board-report-${new Date().toISOString().slice(0, 10)}.pdf`,
        "The PDF",
      );
    } catch (e) {
      return setError((e as Error).message);
    }
    // The PDF is kept: the page now compares with it.
    void read.refetch();
  }

  return (
    <div className="page report">
      <h2>Board report: critical systems and patient harm</h2>
      <ReportChoices choice={choice} onChange={setChoice} onDownload={() => void download()} />
      {error && <p role="alert">{error}</p>}
      {!report && !error && <p aria-live="polite">Preparing the report…</p>}
      {report && <ReportBody report={report} />}
      {report && <BudgetSection budget={budget} onBudget={setBudget} />}
      <ExportsPanel onError={setError} />
    </div>
  );
}
