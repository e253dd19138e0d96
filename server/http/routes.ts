/** What a route answers with, given the request's URL and the request. */
export type Handler = (url: URL, request: Request) => Promise<Response> | Response;

/** A route: one path, several paths, or every path under a prefix (ending in "/"). */
export interface Route {
  path: string | readonly string[];
  prefix?: boolean;
  handle: Handler;
}

const matches = (r: Route, pathname: string): boolean =>
  typeof r.path === "string" ? (r.prefix ? pathname.startsWith(r.path) : pathname === r.path) : r.path.includes(pathname);

/** The first route whose path matches answers; a request no route names goes to `otherwise`. */
export function routeTable(routes: readonly Route[], otherwise: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const route = routes.find((r) => matches(r, url.pathname));
    return (route?.handle ?? otherwise)(url, request);
  };
}
