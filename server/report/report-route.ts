import { z } from "zod";
import type { AnalysisService } from "../analysis/analysis.js";
import type { RequestStateCache } from "../auth/request-state-cache.js";
import { requireRoute } from "../auth/guard.js";
import { requireScope } from "../base/scope.js";
import { errorResponse, shownErrorResponse } from "../base/errors.js";
import { withOperation, type Database } from "../graph/database.js";
import type { Register } from "../register/register.js";
import { boardReport, figuresOf, MARKINGS } from "./board-report.js";
import { keepReport } from "./store.js";
import { boardReportPdf } from "./pdf.js";

interface Deps {
  db: Database;
  analysis: AnalysisService;
  register: Register;
  states: RequestStateCache;
}

const Query = z.object({
  organisation: z.string().min(1, "organisation must name one, or be left out for the whole system").max(128).nullable(),
  marking: z.enum(MARKINGS, { message: `marking must be one of ${MARKINGS.join(", ")}` }).nullable(),
  budget: z
    .string()
    .regex(/^\d{1,13}(\.\d+)?$/, "budget must be a number of pounds, not below zero, such as 400000")
    .transform(Number)
    .nullable(),
});

/**
 * GET /report.json or /report.pdf[?organisation=ID][&marking=OFFICIAL][&budget=400000], with the API's bearer
 * token: the whole system's report, or one organisation's. The PDF is the report made for the
 * board, so it is kept: the next report of the same coverage says what changed since it.
 */
export async function report(url: URL, request: Request, d: Deps): Promise<Response> {
  const q = Query.safeParse({
    organisation: url.searchParams.get("organisation"),
    marking: url.searchParams.get("marking"),
    budget: url.searchParams.get("budget"),
  });
  if (!q.success) return errorResponse("BAD_USER_INPUT", q.error.issues[0]!.message);
  try {
    const state = await d.states.of(request);
    const pdf = url.pathname === "/report.pdf";
    const viewer = requireRoute(state.viewer, pdf ? "/report.pdf" : "/report.json");
    if (q.data.organisation) requireScope(viewer.scope, [q.data.organisation], "read this organisation's board report");
    const { report: r, input } = await withOperation(`report ${url.pathname.slice(1)}`, () =>
      boardReport(d.db, d.analysis, d.register, state.graphVersion, {
        organisation: q.data.organisation,
        marking: q.data.marking ?? MARKINGS[0],
        scope: viewer.scope,
        budget: q.data.budget,
      }),
    );
    if (!pdf) return Response.json(r);
    const body = await boardReportPdf(r);
    await keepReport(
      d.db,
      viewer,
      {
        coverage: r.coverage.organisation ?? "ALL",
        madeAt: r.generatedAt,
        madeBy: viewer.name,
        graphVersion: r.graphVersion,
        figures: figuresOf(r, input),
      },
      r.coverage.name,
    );
    const of = (r.coverage.organisation ?? "whole-system").replace(/[^A-Za-z0-9_-]/g, "-");
    return new Response(Buffer.from(body), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="board-report-${of}-${r.generatedAt.slice(0, 10)}.pdf"`,
      },
    });
  } catch (e) {
    const answer = shownErrorResponse(e);
    if (answer) return answer;
    console.error("report failed", e);
    return errorResponse("INTERNAL_SERVER_ERROR", "Unexpected error.");
  }
}
