import { shouldRenderGraphiQL } from "graphql-yoga";
import { TAB_SESSION_KEY } from "../auth/tab-session.js";

/**
 * GraphiQL at /graphql for a browser, self-hosted: `@graphql-yoga/render-graphiql` carries
 * yoga's GraphiQL whole (scripts, styles, editor workers), so nothing is fetched from a CDN.
 * Its own renderer inlines all of it into one page, which a CSP without 'unsafe-inline'
 * scripts would block; here the same pieces are served as files from /graphiql/, so the page
 * runs under `script-src 'self'`. A person signed in on the pages (by their organisation's
 * sign-in, the session cookie; or by a token in this tab) is signed in here too; a script's user
 * pastes a token into its headers. Every query goes through the same checks as any other request.
 */

/** The page's own policy: the product's, plus the fonts GraphiQL's stylesheet embeds as data: URLs and its editor's workers from this origin. */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const OPTIONS = {
  endpoint: "/graphql",
  title: "Impact map API (GraphiQL)",
  // Not kept in the browser's storage: a token belongs to the tab it was pasted into.
  shouldPersistHeaders: false,
  // Empty: a person signed in on the product's pages is known by the session cookie, which the
  // browser sends; a script's user puts {"authorization": "Bearer <token>"} here instead.
  headers: "{}",
  defaultQuery:
    '# Signed in on the product\'s pages in this tab? Run this as it is.\n# Otherwise put {"authorization": "Bearer <token>"} into Headers below.\n{\n  me { name role organisations }\n}\n',
};

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${OPTIONS.title}</title><link rel="stylesheet" href="/graphiql/graphiql.css"></head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script src="/graphiql/graphiql.js"></script>
</body>
</html>`;

const WORKERS = { editorWorkerService: "editor.worker.js", json: "json.worker.js", graphql: "graphql.worker.js" } as const;

let files: Promise<Map<string, { body: string; type: string }>> | null = null;

/** The files, built once on first use: about 9 MB the server holds only if GraphiQL is opened. */
function graphiqlFiles(): Promise<Map<string, { body: string; type: string }>> {
  files ??= import("@graphql-yoga/render-graphiql/graphiql").then((b) => {
    const js = "text/javascript; charset=utf-8";
    // The editor asks for each worker by label; they are files of this origin, not blob: URLs.
    const environment = `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_id, label) { return "/graphiql/" + (${JSON.stringify(WORKERS)}[label] || "${WORKERS.editorWorkerService}"); } };`;
    // A person signed in with a token on the product's pages in this tab is signed in here too:
    // the tab's session (sessionStorage, this origin only) gives GraphiQL its bearer header.
    const session = `var s = null; try { s = JSON.parse(sessionStorage.getItem(${JSON.stringify(TAB_SESSION_KEY)}) || "null"); } catch (e) {}`;
    // The header goes with every request (additionalHeaders) but is not shown in the Headers pane,
    // so the token is not on the screen or in a screenshot of it.
    const start = `${session}\nvar o = ${JSON.stringify(OPTIONS)};\nif (s && s.token) o.additionalHeaders = { authorization: "Bearer " + s.token };\nYogaGraphiQL.renderYogaGraphiQL(document.querySelector("#root"), o);`;
    return new Map([
      ["graphiql.js", { body: `${environment}\n${b.js};\n${start}\n`, type: js }],
      ["graphiql.css", { body: b.css, type: "text/css; charset=utf-8" }],
      [WORKERS.editorWorkerService, { body: b.editorWorkerService, type: js }],
      [WORKERS.json, { body: b.jsonWorker, type: js }],
      [WORKERS.graphql, { body: b.graphqlWorker, type: js }],
    ]);
  });
  return files;
}

/** GraphiQL's page for a browser's GET of /graphql (it asks for text/html); null for anything else. */
export function graphiqlPage(request: Request): Response | null {
  if (!shouldRenderGraphiQL(request)) return null;
  return new Response(PAGE, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache", "content-security-policy": GRAPHIQL_CSP },
  });
}

/** One of GraphiQL's files under /graphiql/, or 404. */
export async function graphiqlFile(pathname: string): Promise<Response> {
  const file = (await graphiqlFiles()).get(pathname.slice("/graphiql/".length));
  if (!file) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(file.body, { headers: { "content-type": file.type, "cache-control": "public, max-age=3600" } });
}
