import type { AnalysisService } from "../analysis/analysis.js";
import type { RequestStateCache } from "../auth/request-state-cache.js";
import { requireRoute } from "../auth/guard.js";
import { errorResponse, shownErrorResponse } from "../base/errors.js";

/**
 * GET /admin/memory, with an ADMIN token: where the server's memory is, thread by thread, the
 * live graph's shared bytes and the process's peak (see AnalysisService.memory). For operators
 * and the benchmark; it names no data, only sizes.
 */
export async function memoryRoute(request: Request, d: { analysis: AnalysisService; states: RequestStateCache }): Promise<Response> {
  try {
    requireRoute((await d.states.of(request)).viewer, "/admin/memory");
    return Response.json(await d.analysis.memory(), { headers: { "cache-control": "no-store" } });
  } catch (e) {
    const answer = shownErrorResponse(e);
    if (answer) return answer;
    console.error("memory report failed", e);
    return errorResponse("INTERNAL_SERVER_ERROR", "Unexpected error.");
  }
}
