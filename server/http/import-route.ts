import { readBody } from "./read-body.js";
import { shownErrorResponse } from "../base/errors.js";
import type { RequestStateCache } from "../auth/request-state-cache.js";
import { requireRoute } from "../auth/guard.js";
import type { Database } from "../graph/database.js";
import { importGraph } from "../import/import-graph.js";
import { DocumentBytes } from "../model-change/validate-off-thread.js";

interface Deps {
  db: Database;
  states: RequestStateCache;
  maxImportBytes: number;
}

/**
 * POST /import[?mode=MERGE|REPLACE][&confirmRemoval=N] with the interchange document itself as the body: for
 * documents past the GraphQL request limit. The body is read in chunks up to MAX_IMPORT_MB
 * and parsed and checked off the event loop; the answer is importGraph's.
 */
export async function importRoute(url: URL, request: Request, d: Deps): Promise<Response> {
  if (request.method !== "POST") return error(405, "BAD_USER_INPUT", "POST the interchange document to /import.");
  const mode = url.searchParams.get("mode") ?? "MERGE";
  if (mode !== "MERGE" && mode !== "REPLACE") return error(400, "BAD_USER_INPUT", "mode must be MERGE or REPLACE.");
  const confirm = url.searchParams.get("confirmRemoval");
  if (confirm !== null && !/^\d{1,9}$/.test(confirm))
    return error(400, "BAD_USER_INPUT", "confirmRemoval must be the number of nodes the REPLACE removes.");
  try {
    const viewer = requireRoute((await d.states.of(request)).viewer, "/import");
    const bytes = await readBody(request, d.maxImportBytes);
    if (!bytes) return error(413, "BAD_USER_INPUT", `The document is over ${d.maxImportBytes} bytes (MAX_IMPORT_MB).`);
    const counts = await importGraph(d.db, new DocumentBytes(bytes), mode, viewer, {
      confirmRemoval: confirm === null ? null : Number(confirm),
    });
    return Response.json({ data: { importGraph: counts } });
  } catch (e) {
    const answer = shownErrorResponse(e);
    if (!answer) throw e;
    return answer;
  }
}

function error(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}
