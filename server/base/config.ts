import { availableParallelism } from "node:os";
import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");
const port = z.coerce.number().int().min(1).max(65535);

/** Every environment variable the product reads, with its default. docs/operations.md lists them. */
const Env = z
  .object({
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port.default(4000),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// address")
      .optional(),
    NEO4J_USER: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().default(""),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    NEO4J_BOLT_PORT: port.default(7688),
    NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
    NEO4J_HEAP_MB: z.coerce.number().int().min(256).max(65536).default(2048),
    NEO4J_PAGECACHE_MB: z.coerce.number().int().min(64).max(65536).default(1024),
    // The audit trail's key, outside Neo4j; its verified heads are kept in the same folder.
    AUDIT_KEY_FILE: z
      .string()
      .min(1)
      .default(".data/audit/audit.key")
      .refine((p) => !p.endsWith("/") && !p.endsWith("\\"), "must name a file, not a folder"),
    SEED_ON_EMPTY: bool.default(true),
    MAX_REQUEST_MB: z.coerce.number().positive().max(1024).default(64),
    // A JSON text past 512 MiB cannot be held as one string by Node.
    MAX_IMPORT_MB: z.coerce.number().positive().max(512).default(512),
    // A national REPLACE from the command line is one transaction of many minutes.
    IMPORT_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(120),
    // What one import's CSV and XLSX files may hold (server/import/upload-limits.ts).
    UPLOAD_MAX_UNZIPPED_MB: z.coerce.number().int().min(1).max(4096).default(256),
    UPLOAD_MAX_ZIP_ENTRIES: z.coerce.number().int().min(10).max(100_000).default(1000),
    UPLOAD_MAX_ROWS: z.coerce.number().int().min(1).max(10_000_000).default(200_000),
    UPLOAD_MAX_CELLS: z.coerce.number().int().min(1).max(200_000_000).default(2_000_000),
    UPLOAD_HEAP_MB: z.coerce.number().int().min(64).max(16_384).default(512),
    UPLOAD_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
    AUTH_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(250),
    // One core is left to the event loop (and, on a small machine, to Neo4j).
    ANALYSIS_WORKERS: z.coerce
      .number()
      .int()
      .min(0)
      .max(64)
      .default(Math.max(1, Math.min(4, availableParallelism() - 1))),
    // The register's scoring profile: how far (in %) an accepted risk's harm may rise before its acceptance lapses (model section 12).
    REGISTER_LAPSE_HARM_PERCENT: z.coerce.number().min(0).max(1000).default(25),
    ANALYSIS_MAX_JOBS: z.coerce.number().int().min(1).max(1000).default(8),
    NEO4J_POOL_SIZE: z.coerce.number().int().min(2).max(1000).default(50),
    NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    REQUEST_MAX_SESSIONS: z.coerce.number().int().min(1).max(1000).default(8),
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be comma-separated http(s) origins" }))),
    // OpenID Connect sign-in: all four, and the mapping file, or none (bearer tokens only).
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URI: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_MAPPING_FILE: z.string().min(1).optional(),
    // Without OIDC settings, on loopback: the demo's own identity provider and people.
    DEMO_SIGN_IN: bool.default(true),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(12),
  })
  .readonly()
  .superRefine((c, ctx) => {
    const oidc = [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET, c.OIDC_REDIRECT_URI, c.OIDC_MAPPING_FILE];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI and OIDC_MAPPING_FILE go together: set all or none",
      });
    }
    if (c.OIDC_REDIRECT_URI && new URL(c.OIDC_REDIRECT_URI).pathname !== "/auth/callback") {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_REDIRECT_URI"],
        message: "must be the product's public address followed by /auth/callback",
      });
    }
  });

export type Config = z.infer<typeof Env>;

export class ConfigError extends Error {}

/** Parses the environment once; a bad variable stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
