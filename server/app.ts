import { createYoga } from "graphql-yoga";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { RequestStateCache } from "./auth/request-state-cache.js";
import { Analysis } from "./analysis/analysis.js";
import { nodeLoader, type Context } from "./context.js";
import type { Database } from "./graph/database.js";
import { getSummary } from "./graph/nodes.js";
import { resolvers } from "./resolvers/index.js";
import { staticFiles } from "./static-files.js";

export interface AppOptions {
  db: Database;
  maxRequestBytes: number;
  clientDir?: string;
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
  const states = new RequestStateCache(o.db);
  o.db.onWrite(() => states.invalidate());
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    maskedErrors: true,
    logging: "warn",
    context: async ({ request }) => {
      const state = await states.get(bearer(request));
      return { db: o.db, analysis, ...state, nodes: nodeLoader(o.db, analysis.nodeCache(state.graphVersion)) };
    },
  });
  const client = staticFiles(o.clientDir ?? resolve(import.meta.dirname, "../client/dist"));

  return {
    analysis,
    fetch: async (request) => {
      const url = new URL(request.url);
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > o.maxRequestBytes) {
        return Response.json(
          { errors: [{ message: `Request body over ${o.maxRequestBytes} bytes.`, extensions: { code: "BAD_USER_INPUT" } }] },
          { status: 413 },
        );
      }
      if (url.pathname === "/graphql") return yoga.fetch(request);
      if (url.pathname === "/health") return health(o.db);
      return client(url.pathname);
    },
  };
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
