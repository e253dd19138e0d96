import type { AnalysisService } from "../analysis/analysis.js";
import type { RequestStateCache } from "../auth/request-state-cache.js";
import { requireRoute } from "../auth/guard.js";
import { errorResponse, shownErrorResponse } from "../base/errors.js";
import { IsoDate } from "../model/iso-date.js";
import { withOperation, type Database } from "../graph/database.js";
import type { Register } from "../register/register.js";
import { boardReport } from "./board-report.js";
import { boardReportPdf } from "./pdf.js";

interface Deps {
  db: Database;
  analysis: AnalysisService;
  register: Register;
  states: RequestStateCache;
}

/** GET /report.json or /report.pdf[?since=YYYY-MM-DD], with the same bearer token as the API. */
export async function report(url: URL, request: Request, d: Deps): Promise<Response> {
  const since = IsoDate.nullable().safeParse(url.searchParams.get("since"));
  if (!since.success) return errorResponse("BAD_USER_INPUT", "since must be a date as YYYY-MM-DD.");
  try {
    const state = await d.states.of(request);
    const viewer = requireRoute(state.viewer, url.pathname === "/report.pdf" ? "/report.pdf" : "/report.json");
    const from = since.data ? new Date(`${since.data}T00:00:00Z`) : null;
    const r = await withOperation(`report ${url.pathname.slice(1)}`, () =>
      boardReport(d.db, d.analysis, d.register, state.graphVersion, from, viewer.scope),
    );
    if (url.pathname.endsWith(".json")) return Response.json(r);
    return new Response(Buffer.from(await boardReportPdf(r)), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="board-report-${r.generatedAt.slice(0, 10)}.pdf"`,
      },
    });
  } catch (e) {
    const answer = shownErrorResponse(e);
    if (answer) return answer;
    console.error("report failed", e);
    return errorResponse("INTERNAL_SERVER_ERROR", "Unexpected error.");
  }
}
