import type { Config } from "../../base/config.js";
import type { Database } from "../../graph/database.js";
import { resolve } from "node:path";
import { startDemoProvider } from "./demo-provider.js";
import { loadMapping } from "./mapping.js";
import { openIdSignIn, type SignIn } from "./sign-in.js";

const DEMO_MAPPING = resolve(import.meta.dirname, "../../../seed/demo-sign-in.jsonl");
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

/**
 * Sign-in as configured: with the OIDC settings, the issuer's metadata is discovered and the
 * mapping file checked now, so a bad file or an unreachable issuer stops start-up. Without them,
 * on loopback, the demo's own provider and people (DEMO_SIGN_IN); elsewhere bearer tokens only.
 */
export async function signInOf(c: Config, db: Database, log: (line: string) => void): Promise<SignIn | undefined> {
  const limits = { idleMs: c.SESSION_IDLE_MINUTES * 60_000, absoluteMs: c.SESSION_ABSOLUTE_HOURS * 3_600_000 };
  if (!c.OIDC_ISSUER || !c.OIDC_CLIENT_ID || !c.OIDC_CLIENT_SECRET || !c.OIDC_REDIRECT_URI || !c.OIDC_MAPPING_FILE) {
    if (!c.DEMO_SIGN_IN || !LOOPBACK.test(c.HOST)) return undefined;
    const redirectUri = new URL(`http://${c.HOST.includes(":") ? `[${c.HOST}]` : c.HOST}:${c.PORT}/auth/callback`);
    const demo = await startDemoProvider(c.HOST, redirectUri);
    log(`Sign-in: the demo identity provider at ${demo.issuer.origin} (its people are listed on its sign-in page); tokens work beside it.`);
    return openIdSignIn(db, {
      issuer: demo.issuer,
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
      redirectUri,
      mapping: loadMapping(DEMO_MAPPING),
      limits,
    });
  }
  return openIdSignIn(db, {
    issuer: new URL(c.OIDC_ISSUER),
    clientId: c.OIDC_CLIENT_ID,
    clientSecret: c.OIDC_CLIENT_SECRET,
    redirectUri: new URL(c.OIDC_REDIRECT_URI),
    mapping: loadMapping(c.OIDC_MAPPING_FILE),
    limits,
  });
}
