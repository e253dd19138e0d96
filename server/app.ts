import { createYoga } from "graphql-yoga";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { RequestStateCache } from "./auth/request-state-cache.js";
import type { RequestState } from "./auth/tokens.js";
import { Analysis } from "./analysis/analysis.js";
import { Register } from "./register/register.js";
import { nodeLoader, type Context } from "./context.js";
import type { Database } from "./graph/database.js";
import { getSummary } from "./graph/nodes.js";
import { resolvers } from "./resolvers/index.js";
import { staticFiles } from "./static-files.js";
import { hardening } from "./hardening.js";
import { report } from "./report/report-route.js";
import { templateRoute } from "./import/templates.js";

export interface AppOptions {
  db: Database;
  maxRequestBytes: number;
  clientDir?: string;
  /** How long a token's look-up (viewer and graph version) serves later requests; 0 by default. */
  authCacheMs?: number;
}

export interface App {
  fetch: (request: Request) => Promise<Response>;
  analysis: Analysis;
}

const typeDefs = readFileSync(resolve(import.meta.dirname, "../schema.graphql"), "utf8");

/** Builds the product's request handler (GraphQL, /health, the client) and listens nowhere. */
export function createApp(o: AppOptions): App {
  const schema = makeExecutableSchema<Context>({ typeDefs, resolvers });
  const analysis = new Analysis(o.db);
  const register = new Register(o.db, analysis);
  const states = new RequestStateCache(o.db, o.authCacheMs ?? 0);
  o.db.onWrite(() => states.invalidate());
  // Who is asking is settled before yoga parses anything, so validation rules can depend on it.
  const yoga = createYoga<{ state: RequestState }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    maskedErrors: true,
    plugins: hardening(),
    logging: "warn",
    context: ({ state }) => ({ db: o.db, analysis, register, ...state, nodes: nodeLoader(o.db, analysis.nodeCache(state.graphVersion)) }),
  });
  const client = staticFiles(o.clientDir ?? resolve(import.meta.dirname, "../client/dist"));

  return {
    analysis,
    fetch: async (request) => {
      const url = new URL(request.url);
      if (url.pathname === "/health") return health(o.db);
      if (url.pathname === "/report.json" || url.pathname === "/report.pdf") {
        return report(url, request, { db: o.db, analysis, register, states });
      }
      if (url.pathname.startsWith("/templates/")) return templateRoute(url.pathname);
      if (url.pathname !== "/graphql") return client(url.pathname);
      const limited = await withBodyLimit(request, o.maxRequestBytes);
      if (!limited) {
        return Response.json(
          { errors: [{ message: `Request body over ${o.maxRequestBytes} bytes.`, extensions: { code: "BAD_USER_INPUT" } }] },
          { status: 413 },
        );
      }
      let state: RequestState;
      try {
        state = await states.get(bearer(limited));
      } catch (e) {
        return unavailable(e);
      }
      return yoga.fetch(limited, { state });
    },
  };
}

/** The database could not say who is asking: answer as GraphQL would, with the error's code. */
function unavailable(e: unknown): Response {
  const code = (e as { extensions?: { code?: string } }).extensions?.code ?? "INTERNAL_SERVER_ERROR";
  const message = code === "SERVICE_UNAVAILABLE" ? (e as Error).message : "Unexpected error.";
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status: 503 });
}

/**
 * The request with its body read, or null when the body is over `max` bytes: a declared
 * length is refused before reading, a chunked body as soon as it passes the limit.
 */
async function withBodyLimit(request: Request, max: number): Promise<Request | null> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return null;
  if (!request.body) return request;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
}

function bearer(request: Request): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return m?.[1] ?? null;
}

async function health(db: Database): Promise<Response> {
  try {
    const s = await getSummary(db);
    const nodes = s.counts.reduce((n, c) => n + c.count, 0);
    return Response.json({ status: "ok", database: "up", graph: { version: s.version, nodes, relationships: s.relationships } });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
  }
}
