import { z } from "zod";
import type { AnalysisService } from "../analysis/analysis.js";
import type { RequestStateCache } from "../auth/request-state-cache.js";
import { requireRoute } from "../auth/guard.js";
import { covers, requireScope } from "../base/scope.js";
import { errorResponse, shownErrorResponse } from "../base/errors.js";
import { withOperation, type Database } from "../graph/database.js";
import type { Register } from "../register/register.js";
import { essentialFunctionsXlsx } from "../exports/essential-functions.js";
import { registerCsv } from "../exports/register-csv.js";
import { registerXlsx } from "../exports/register-workbook.js";
import { XLSX_TYPE } from "../exports/workbook.js";
import { readEstate } from "../exports/evidence/estate.js";
import { evidenceSheets, evidenceXlsx } from "../exports/evidence/workbook.js";
import { evidenceSummaryPdf } from "../exports/evidence/summary-pdf.js";

interface Deps {
  db: Database;
  analysis: AnalysisService;
  register: Register;
  states: RequestStateCache;
}

const Organisation = z.string().min(1, "organisation is required: the register covers one organisation's services").max(128);

/**
 * GET /exports/register.xlsx, /exports/register.csv (the same columns),
 * /exports/essential-functions.xlsx?organisation=ID and
 * /exports/dspt-evidence.xlsx or .pdf?organisation=ID, with the API's bearer token.
 */
export async function exportsRoute(url: URL, request: Request, d: Deps): Promise<Response> {
  const at = new Date();
  const stamp = at.toISOString().slice(0, 10);
  try {
    const state = await d.states.of(request);
    if (url.pathname === "/exports/register.xlsx" || url.pathname === "/exports/register.csv") {
      const { scope } = requireRoute(state.viewer, url.pathname);
      // The file holds only the risks the reader may read.
      const all = await withOperation("export register", () => d.register.all(state.graphVersion));
      const risks = all.filter((r) => covers(scope, r.risk.organisation));
      if (url.pathname === "/exports/register.csv")
        return new Response(await registerCsv(d.db, risks), {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": `attachment; filename="risk-register-${stamp}.csv"`,
          },
        });
      return xlsx(await registerXlsx(d.db, risks, at), `risk-register-${stamp}.xlsx`);
    }
    if (url.pathname === "/exports/essential-functions.xlsx") {
      requireRoute(state.viewer, "/exports/essential-functions.xlsx");
      const org = Organisation.safeParse(url.searchParams.get("organisation") ?? "");
      if (!org.success) return errorResponse("BAD_USER_INPUT", org.error.issues[0]!.message);
      const graph = await d.analysis.graphs.live(state.graphVersion);
      return xlsx(
        await withOperation("export essential functions", () => essentialFunctionsXlsx(d.db, graph, org.data, at)),
        `essential-functions-${org.data.replace(/[^A-Za-z0-9_-]/g, "-")}-${stamp}.xlsx`,
      );
    }
    if (url.pathname === "/exports/dspt-evidence.xlsx" || url.pathname === "/exports/dspt-evidence.pdf") {
      const { scope } = requireRoute(state.viewer, url.pathname);
      const org = Organisation.safeParse(url.searchParams.get("organisation") ?? "");
      if (!org.success) return errorResponse("BAD_USER_INPUT", org.error.issues[0]!.message);
      requireScope(scope, [org.data], "export this organisation's evidence");
      const graph = await d.analysis.graphs.live(state.graphVersion);
      const risks = (await d.register.all(state.graphVersion)).filter((r) => covers(scope, r.risk.organisation));
      const sheets = await withOperation("export DSPT evidence", async () =>
        evidenceSheets(await readEstate(d.db, d.analysis, graph, org.data, risks)),
      );
      const name = `dspt-evidence-${org.data.replace(/[^A-Za-z0-9_-]/g, "-")}-${stamp}`;
      if (url.pathname.endsWith(".xlsx")) return xlsx(await evidenceXlsx(sheets, at), `${name}.xlsx`);
      const orgName = sheets[0]!.title.replace(/^[^:]*: /, "");
      return new Response(Buffer.from(await evidenceSummaryPdf(orgName, sheets, at)), {
        headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}.pdf"` },
      });
    }
    return new Response(
      "No such export. Try /exports/register.xlsx, /exports/register.csv, /exports/essential-functions.xlsx?organisation=… or /exports/dspt-evidence.xlsx?organisation=…",
      { status: 404 },
    );
  } catch (e) {
    const answer = shownErrorResponse(e);
    if (answer) return answer;
    console.error("export failed", e);
    return errorResponse("INTERNAL_SERVER_ERROR", "Unexpected error.");
  }
}

const xlsx = (b: Buffer, filename: string): Response =>
  new Response(new Uint8Array(b), { headers: { "content-type": XLSX_TYPE, "content-disposition": `attachment; filename="${filename}"` } });
