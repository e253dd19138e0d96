import { makeExecutableSchema } from "@graphql-tools/schema";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { guardSchema } from "./auth/guard.js";
import { cookieViewer } from "./auth/oidc/cookie-session.js";
import type { SignIn } from "./auth/oidc/sign-in.js";
import { RequestStateCache } from "./auth/request-state-cache.js";
import { AnalysisService } from "./analysis/analysis.js";
import { Register, registerProfile } from "./register/register.js";
import { LapseWatch } from "./register/lapse-watch.js";
import { feedRoute } from "./feeds/feed-route.js";
import { FEED_PREFIX } from "./feeds/feed-store.js";
import { graphOfRequest, nodeLoader, type Context } from "./graphql/context.js";
import type { Database } from "./graph/database.js";
import { resolvers } from "./resolvers/index.js";
import { staticFiles } from "./http/static-files.js";
import { SignInFailures } from "./auth/sign-in-failures.js";
import { chargeWholeLists } from "./graphql/whole-lists.js";
import { errorResponse } from "./base/errors.js";
import { exportsRoute } from "./http/exports-route.js";
import { report } from "./report/report-route.js";
import { importRoute } from "./http/import-route.js";
import { recordHeadsAfterWrites } from "./audit/head-recorder.js";
import { RequestBudget } from "./graph/request-budget.js";
import { templateRoute } from "./import/templates.js";
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from "./import/upload-limits.js";
import { graphiqlFile } from "./http/graphiql.js";
import { graphqlServer } from "./graphql/yoga.js";
import { graphqlEndpoint } from "./http/graphql-endpoint.js";
import { frontDoor, type ServerContext } from "./http/front-door.js";
import { health } from "./http/health.js";
import { memoryRoute } from "./http/memory-route.js";
import { routeTable } from "./http/routes.js";

export type { ServerContext };
export interface AppOptions {
  db: Database;
  maxRequestBytes: number;
  /** Largest document POST /import accepts (512 MiB by default). */
  maxImportBytes?: number;
  clientDir?: string;
  /** How long a token's look-up (viewer and graph version) serves later requests; 0 by default. */
  authCacheMs?: number;
  /** One request's reads start within this many ms of its arrival (60 s by default). */
  requestTimeoutMs?: number;
  /** Sessions one request may hold at once (8 by default): its share of the connection pool. */
  requestMaxSessions?: number;
  /** Other origins a browser may call the API from; none by default (same origin only). */
  corsOrigins?: readonly string[];
  /** Worker threads for the engine's heavy work; 0 (the default) runs it on the main thread. */
  analysisWorkers?: number;
  /** Most heavy analyses running or waiting at once; beyond it, SERVICE_BUSY. */
  analysisMaxJobs?: number;
  /** The register's profile's lapse threshold: the share by which harm may rise before an acceptance lapses (0.25 by default). */
  lapseHarmShare?: number;
  /** What an import's CSV and XLSX files may hold (UPLOAD_* variables); the defaults otherwise. */
  uploadLimits?: UploadLimits;
  /** OpenID Connect sign-in and browser sessions; bearer tokens only without it. */
  signIn?: SignIn;
}

export interface App {
  fetch: (request: Request, server?: ServerContext) => Promise<Response>;
  analysis: AnalysisService;
  /** Lapses accepted risks when the graph moves: after writes, and when a newer graph version is seen. */
  lapses: LapseWatch;
  /** Stops the analysis workers. */
  close: () => Promise<void>;
  /** Refused sign-ins and tokens, by address. */
  signInFailures: SignInFailures;
}

const typeDefs = readFileSync(resolve(import.meta.dirname, "../schema.graphql"), "utf8");

/** Builds the product's request handler (GraphQL, /health, the client) and listens nowhere. */
export function createApp(o: AppOptions): App {
  const schema = guardSchema(makeExecutableSchema<Context>({ typeDefs, resolvers }));
  chargeWholeLists(schema, (context) => (context as Context).cost);
  const analysis = new AnalysisService(o.db, { threads: o.analysisWorkers ?? 0, maxJobs: o.analysisMaxJobs ?? 8 });
  const register = new Register(o.db, analysis, registerProfile(o.lapseHarmShare));
  const lapses = new LapseWatch(o.db, analysis, register.profile);
  o.db.onWrite(() => lapses.nudge());
  const states = new RequestStateCache(o.db, o.authCacheMs ?? 0, o.signIn ? cookieViewer(o.db, o.signIn) : null);
  // A graph changed by another process (npm run import, another server) is checked once this server sees its version.
  states.onVersion((version) => lapses.seen(version));
  analysis.graphs.onLoad((version) => lapses.seen(version));
  const signInFailures = new SignInFailures();
  o.db.onWrite(() => states.invalidate());
  const headsRecorded = recordHeadsAfterWrites(o.db);
  const yoga = graphqlServer(schema, {
    maxRequestBytes: o.maxRequestBytes,
    corsOrigins: o.corsOrigins,
    context: (state) => {
      const db = o.db.withBudget(new RequestBudget(o.requestTimeoutMs ?? 60_000, o.requestMaxSessions ?? 8));
      return {
        db,
        analysis,
        close: () => analysis.close(),
        register,
        signInFailures,
        uploadLimits: o.uploadLimits ?? DEFAULT_UPLOAD_LIMITS,
        ...state,
        graph: graphOfRequest(analysis, state.graphVersion),
        nodes: nodeLoader(db, analysis.graphs.nodeCache(state.graphVersion)),
      };
    },
  });
  const client = staticFiles(o.clientDir ?? resolve(import.meta.dirname, "../client/dist"));
  const services = { db: o.db, analysis, register, states };
  const graphql = graphqlEndpoint(yoga, states, o.maxRequestBytes);

  // Every path the server answers, first match first; anything else is the client's.
  const route = routeTable(
    [
      { path: "/health", handle: () => health(o.db, analysis) },
      { path: "/admin/memory", handle: (_url, request) => memoryRoute(request, { analysis, states }) },
      { path: "/auth/", prefix: true, handle: async (url, request) => (await o.signIn?.route(url, request)) ?? signInNotConfigured() },
      { path: ["/report.json", "/report.pdf"], handle: (url, request) => report(url, request, services) },
      {
        path: "/import",
        handle: (url, request) => importRoute(url, request, { db: o.db, states, maxImportBytes: o.maxImportBytes ?? 512 * 1024 * 1024 }),
      },
      { path: FEED_PREFIX, prefix: true, handle: (url, request) => feedRoute(url, request, o.db) },
      { path: "/templates/", prefix: true, handle: (url) => templateRoute(url.pathname) },
      { path: "/exports/", prefix: true, handle: (url, request) => exportsRoute(url, request, services) },
      { path: "/graphiql/", prefix: true, handle: (url) => graphiqlFile(url.pathname) },
      { path: "/graphql", handle: (_url, request) => graphql(request) },
    ],
    (url) => client(url.pathname),
  );
  return {
    analysis,
    signInFailures,
    lapses,
    close: async () => {
      await lapses.idle();
      await analysis.close();
      await headsRecorded();
    },
    fetch: frontDoor(route, signInFailures),
  };
}

function signInNotConfigured(): Response {
  return errorResponse("NOT_FOUND", "Sign-in through an identity provider is not configured here: use a token.");
}
