import type { Database } from "../graph/database.js";
import { errorResponse } from "../base/errors.js";
import { todayUtc } from "../model/acceptance-model.js";
import { listRisks } from "../register/risk-store.js";
import { FEED_PREFIX, findFeed } from "./feed-store.js";
import { reviewCalendar } from "./review-calendar.js";

/**
 * GET /feeds/reviews/<secret>.ics: a calendar application holds no token, so the secret in the
 * address is the credential. Read-only: any other method is refused, and an unknown or revoked
 * secret answers 404 like an address that never existed.
 */
export async function feedRoute(url: URL, request: Request, db: Database): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD")
    return errorResponse("BAD_REQUEST", "The review calendar is read-only: use GET.", 405);
  const match = /^([A-Za-z0-9_-]+)\.ics$/.exec(url.pathname.slice(FEED_PREFIX.length));
  const feed = match ? await findFeed(db, match[1]!) : null;
  if (!feed) return errorResponse("NOT_FOUND", "No review calendar is at this address.");
  const body = reviewCalendar(feed.name, feed.scope, await listRisks(db), todayUtc());
  return new Response(request.method === "HEAD" ? null : body, {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store", "referrer-policy": "no-referrer" },
  });
}
