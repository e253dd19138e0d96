import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createServerAdapter } from "@whatwg-node/server";
import type { AnalysisService } from "./analysis/analysis.js";
import { loadDemoCandidates } from "./planning/demo-candidates.js";
import { loadDemoRegister } from "./import/demo-register.js";
import { registerProfile } from "./register/register.js";
import type { InterchangeDocument } from "./model/document.js";
import { createApp, type ServerContext } from "./app.js";
import { SYSTEM_ACTOR } from "./audit/actors.js";
import { useAuditKeyFile } from "./audit/audit-key.js";
import { ensureFirstAdmin } from "./auth/tokens.js";
import { ConfigError, loadConfig } from "./base/config.js";
import { uploadLimitsOf } from "./import/upload-limits.js";
import { signInOf } from "./auth/oidc/settings.js";
import { importGraph } from "./import/import-graph.js";
import { healthSummary } from "./graph/health-summary.js";
import { getSummary } from "./graph/nodes.js";
import { ensureSchema } from "./graph/schema-setup.js";
import { connect } from "./neo4j/connect.js";
import { ToolchainError } from "./neo4j/toolchain.js";

const DEMO = resolve(import.meta.dirname, "../seed/demo-ics.json");
const DEMO_CANDIDATES = resolve(import.meta.dirname, "../seed/demo-candidates.json");
const DEMO_REGISTER = resolve(import.meta.dirname, "../seed/demo-register.json");
const log = (line: string): void => console.log(`[impact-map] ${line}`);

/**
 * Loads the engine while the server already answers, so the first analysis does not wait for it,
 * and says which redundancy groups of the stored graph cannot carry the whole need.
 */
async function warmUp(analysis: AnalysisService): Promise<void> {
  try {
    await analysis.graphs.live();
    const short = analysis.graphs.shortGroups() ?? [];
    if (short.length) {
      const named = short
        .slice(0, 5)
        .map((g) => `${g.node}/${g.group} (${g.shares})`)
        .join(", ");
      log(
        `${short.length} redundancy group(s) add up to less than 1 and are read as carrying the whole need: ${named}${short.length > 5 ? ", …" : ""}. See /health.`,
      );
    }
  } catch (e) {
    log(`The engine could not load the graph yet: ${(e as Error).message}`);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Made at first start, before anything is written: every event is keyed with it.
  useAuditKeyFile(config.AUDIT_KEY_FILE);
  const conn = await connect(config, log);
  await ensureSchema(conn.db);

  const summary = await getSummary(conn.db);
  const seeding = config.SEED_ON_EMPTY && summary.counts.every((c) => c.count === 0);
  if (seeding) {
    const counts = await importGraph(conn.db, JSON.parse(readFileSync(DEMO, "utf8")), "MERGE", SYSTEM_ACTOR);
    log(`The graph was empty: loaded the demo integrated care system (${counts.nodes} nodes, ${counts.relationships} relationships).`);
  }
  const firstToken = await ensureFirstAdmin(conn.db);
  if (firstToken) {
    log("Created the first ADMIN token. It is shown once; keep it safe:");
    console.log(firstToken);
  }

  const app = createApp({
    db: conn.db,
    maxRequestBytes: config.MAX_REQUEST_MB * 1024 * 1024,
    maxImportBytes: config.MAX_IMPORT_MB * 1024 * 1024,
    authCacheMs: config.AUTH_CACHE_MS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    requestMaxSessions: config.REQUEST_MAX_SESSIONS,
    corsOrigins: config.CORS_ORIGINS,
    analysisWorkers: config.ANALYSIS_WORKERS,
    analysisMaxJobs: config.ANALYSIS_MAX_JOBS,
    lapseHarmShare: config.REGISTER_LAPSE_HARM_PERCENT / 100,
    uploadLimits: uploadLimitsOf(config),
    signIn: await signInOf(config, conn.db, log),
  });
  if (seeding) {
    const risks = await loadDemoRegister(
      conn.db,
      app.analysis,
      DEMO_REGISTER,
      JSON.parse(readFileSync(DEMO, "utf8")) as InterchangeDocument,
      () => app.lapses.idle(),
      registerProfile(config.REGISTER_LAPSE_HARM_PERCENT / 100),
    );
    log(`Loaded the demo risk register (${risks} risks).`);
    log(`Loaded the demo's candidate changes (${await loadDemoCandidates(conn.db, DEMO_CANDIDATES)}).`);
  }
  // /health's statement is planned now, not on its first call, which may come while heavy queries hold both cores.
  await healthSummary(conn.db);
  const server = createServer(createServerAdapter<ServerContext>(app.fetch));
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(config.PORT, config.HOST, ok);
  });
  log(
    `Serving http://${config.HOST}:${config.PORT}/ (GraphQL at /graphql, health at /health); Neo4j at ${conn.where}; Node.js ${process.version}.`,
  );
  void warmUp(app.analysis);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await app.close();
    await conn.db.close();
    await conn.owned?.stop();
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof ToolchainError) console.error(e.message);
  else console.error("Start-up failed:", e);
  process.exit(1);
});
