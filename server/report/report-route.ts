import { GraphQLError } from "graphql";
import type { AnalysisService } from "../analysis/analysis.js";
import type { RequestStateCache } from "../auth/request-state-cache.js";
import { authorize } from "../auth/roles.js";
import type { Database } from "../graph/database.js";
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
  const since = url.searchParams.get("since");
  if (since !== null && !isCalendarDate(since)) return error(400, "BAD_USER_INPUT", "since must be a date as YYYY-MM-DD.");
  try {
    const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
    const state = await d.states.get(m?.[1] ?? null);
    authorize(state.viewer, "ranking:read");
    authorize(state.viewer, "register:read");
    const r = await boardReport(d.db, d.analysis, d.register, state.graphVersion, since ? new Date(`${since}T00:00:00Z`) : null);
    if (url.pathname.endsWith(".json")) return Response.json(r);
    return new Response(Buffer.from(await boardReportPdf(r)), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="board-report-${r.generatedAt.slice(0, 10)}.pdf"` },
    });
  } catch (e) {
    if (e instanceof GraphQLError) {
      const code = String(e.extensions.code ?? "INTERNAL_SERVER_ERROR");
      const status = code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : code === "SERVICE_UNAVAILABLE" ? 503 : 400;
      return error(status, code, e.message);
    }
    console.error("report failed", e);
    return error(500, "INTERNAL_SERVER_ERROR", "Unexpected error.");
  }
}

/** YYYY-MM-DD naming a day that exists (not 2026-13-45, nor 2026-02-30). */
function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function error(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}
