import { createYoga } from "graphql-yoga";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { bearerToken } from "./auth/bearer.js";
import { guardSchema } from "./auth/guard.js";
import { cookieViewer } from "./auth/oidc/cookie-session.js";
import { sessionCookie } from "./auth/oidc/cookies.js";
import type { SignIn } from "./auth/oidc/sign-in.js";
import { RequestStateCache } from "./auth/request-state-cache.js";
import type { RequestState } from "./auth/tokens.js";
import { AnalysisService, type ShortGroupView } from "./analysis/analysis.js";
import { Register } from "./register/register.js";
import { LapseWatch } from "./register/lapse-watch.js";
import { feedRoute } from "./feeds/feed-route.js";
import { FEED_PREFIX } from "./feeds/feed-store.js";
import { graphOfRequest, nodeLoader, type Context } from "./context.js";
import type { Database } from "./graph/database.js";
import { healthSummary } from "./graph/health-summary.js";
import { resolvers } from "./resolvers/index.js";
import { staticFiles } from "./static-files.js";
import { hardening } from "./hardening.js";
import { plainRequestErrors } from "./request-errors.js";
import { SignInFailures } from "./auth/sign-in-failures.js";
import { chargeWholeLists } from "./whole-lists.js";
import { operationNames } from "./operation-names.js";
import { errorResponse } from "./errors.js";
import { exportsRoute } from "./exports/exports-route.js";
import { report } from "./report/report-route.js";
import { importRoute } from "./import-route.js";
import { recordHeadsAfterWrites } from "./audit/head-recorder.js";
import { maskError, quietLogger } from "./mask-errors.js";
import { RequestBudget } from "./graph/request-budget.js";
import { withSecurityHeaders } from "./security-headers.js";
import { readBody } from "./read-body.js";
import { templateRoute } from "./import/templates.js";
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from "./import/upload-limits.js";
import { GRAPHIQL_CSP, graphiqlFile, graphiqlPage } from "./graphiql.js";

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
  /** What an import's CSV and XLSX files may hold (UPLOAD_* variables); the defaults otherwise. */
  uploadLimits?: UploadLimits;
  /** OpenID Connect sign-in and browser sessions; bearer tokens only without it. */
  signIn?: SignIn;
}

/** /health answers within this, whatever the database does. */
const HEALTH_BUDGET_MS = 900;

/** What the HTTP server tells of a request besides the request itself: who sent it. */
export interface ServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

export interface App {
  fetch: (request: Request, server?: ServerContext) => Promise<Response>;
  analysis: AnalysisService;
  /** Lapses accepted risks when the graph moves, after writes. */
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
  const register = new Register(o.db, analysis);
  const lapses = new LapseWatch(o.db, analysis);
  o.db.onWrite(() => lapses.nudge());
  const states = new RequestStateCache(o.db, o.authCacheMs ?? 0, o.signIn ? cookieViewer(o.db, o.signIn) : null);
  const signInFailures = new SignInFailures();
  o.db.onWrite(() => states.invalidate());
  const headsRecorded = recordHeadsAfterWrites(o.db);
  // Who is asking is settled before yoga parses anything, so validation rules can depend on it.
  const yoga = createYoga<{ state: RequestState }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    maskedErrors: { maskError },
    // The documented limit is the real one: yoga's own default (25,000,000 bytes) would apply first.
    maxRequestBodySize: o.maxRequestBytes,
    cors: o.corsOrigins?.length ? { origin: [...o.corsOrigins], credentials: false } : false,
    plugins: [...hardening(), operationNames(), plainRequestErrors()],
    logging: quietLogger(),
    context: ({ state }) => {
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
        nodes: nodeLoader(db, analysis.nodeCache(state.graphVersion)),
      };
    },
  });
  const client = staticFiles(o.clientDir ?? resolve(import.meta.dirname, "../client/dist"));

  const route = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.pathname === "/health") return health(o.db, analysis);
    if (url.pathname.startsWith("/auth/")) {
      const answer = await o.signIn?.route(url, request);
      if (answer) return answer;
      return Response.json(
        {
          errors: [
            { message: "Sign-in through an identity provider is not configured here: use a token.", extensions: { code: "NOT_FOUND" } },
          ],
        },
        { status: 404 },
      );
    }
    if (url.pathname === "/report.json" || url.pathname === "/report.pdf") {
      return report(url, request, { db: o.db, analysis, register, states });
    }
    if (url.pathname === "/import")
      return importRoute(url, request, { db: o.db, states, maxImportBytes: o.maxImportBytes ?? 512 * 1024 * 1024 });
    if (url.pathname.startsWith(FEED_PREFIX)) return feedRoute(url, request, o.db);
    if (url.pathname.startsWith("/templates/")) return templateRoute(url.pathname);
    if (url.pathname.startsWith("/exports/")) return exportsRoute(url, request, { db: o.db, analysis, register, states });
    if (url.pathname.startsWith("/graphiql/")) return graphiqlFile(url.pathname);
    if (url.pathname !== "/graphql") return client(url.pathname);
    // A browser's GET (Accept: text/html) is GraphiQL's page, which holds no data and needs no
    // token; yoga's own GraphiQL stays off, so every query still needs a valid token.
    const graphiql = graphiqlPage(request);
    if (graphiql) return graphiql;
    // A CORS preflight carries no token: yoga answers it from CORS_ORIGINS alone.
    if (request.method === "OPTIONS") return yoga.fetch(request, { state: { viewer: null, graphVersion: 0 } });
    // Who is asking is settled from the headers alone, before a byte of the body is read.
    let state: RequestState;
    try {
      state = await states.of(request);
    } catch (e) {
      return unavailable(e);
    }
    // Without a valid token nothing is checked against the schema: the same answer whatever was
    // asked, so no field, argument, input rule or enum value is described to such a caller.
    if (!state.viewer) return unauthenticated(!bearerToken(request) && sessionCookie(request) !== null);
    const limited = await withBodyLimit(request, o.maxRequestBytes);
    if (!limited) {
      return Response.json(
        { errors: [{ message: `Request body over ${o.maxRequestBytes} bytes.`, extensions: { code: "BAD_USER_INPUT" } }] },
        { status: 413 },
      );
    }
    return yoga.fetch(limited, { state });
  };
  return {
    analysis,
    signInFailures,
    lapses,
    close: async () => {
      await lapses.idle();
      await analysis.close();
      await headsRecorded();
    },
    fetch: async (request, server) => {
      try {
        // An address that sent too many refused tokens waits, and is not looked up meanwhile.
        const address = server?.req?.socket?.remoteAddress ?? "unknown";
        const wait = request.headers.has("authorization") ? signInFailures.retryAfter(address) : 0;
        if (wait > 0) return withSecurityHeaders(throttled(wait));
        const response = await route(request);
        if (response.status === 401 && request.headers.has("authorization")) signInFailures.record(address, "a token");
        return withSecurityHeaders(response, response.headers.get("content-security-policy") === GRAPHIQL_CSP);
      } catch (e) {
        // Nothing internal (a stack, a path) reaches the client.
        console.error("[impact-map] request failed:", e);
        return withSecurityHeaders(
          Response.json({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }, { status: 500 }),
        );
      }
    },
  };
}

function throttled(seconds: number): Response {
  const message = `Too many refused sign-ins from this address; try again in ${seconds} s.`;
  return Response.json(
    { errors: [{ message, extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds: seconds } }] },
    { status: 429, headers: { "retry-after": String(seconds) } },
  );
}

function unauthenticated(sessionEnded: boolean): Response {
  const message = sessionEnded
    ? "Your session has ended (signed out, idle too long or past its limit): sign in again."
    : "A valid token is required: send Authorization: Bearer <token>.";
  return Response.json(
    { errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] },
    { status: 401, headers: { "www-authenticate": "Bearer" } },
  );
}

/** The database could not say who is asking: answer as GraphQL would, with the error's code. */
function unavailable(e: unknown): Response {
  const code = (e as { extensions?: { code?: string } }).extensions?.code ?? "INTERNAL_SERVER_ERROR";
  const message = code === "SERVICE_UNAVAILABLE" || code === "FORBIDDEN" ? (e as Error).message : "Unexpected error.";
  return errorResponse(code, message);
}

/**
 * The request with its body read, or null when the body is over `max` bytes: a declared
 * length is refused before reading, a chunked body as soon as it passes the limit.
 */
async function withBodyLimit(request: Request, max: number): Promise<Request | null> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return null;
  if (!request.body) return request;
  const body = await readBody(request, max);
  return body && new Request(request.url, { method: request.method, headers: request.headers, body });
}

/** Groups that cannot carry the whole need, named once the engine has loaded the graph (at most 20 listed). */
function integrity(analysis: AnalysisService): { shortGroups?: { count: number; first: ShortGroupView[] } } {
  const short = analysis.shortGroups();
  return short?.length ? { shortGroups: { count: short.length, first: short.slice(0, 20) } } : {};
}

/**
 * Answers within HEALTH_BUDGET_MS: one statement, not retried (a refused connection answers at
 * once), and a summary not back in time counts as the database being down.
 */
async function health(db: Database, analysis: AnalysisService): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), HEALTH_BUDGET_MS)));
  try {
    const s = await Promise.race([healthSummary(db), late]);
    if (!s) return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
    const nodes = s.counts.reduce((n, c) => n + c.count, 0);
    const graph = { version: s.version, nodes, relationships: s.relationships, ...integrity(analysis) };
    return Response.json({ status: "ok", database: "up", graph });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
  } finally {
    clearTimeout(timer);
  }
}
