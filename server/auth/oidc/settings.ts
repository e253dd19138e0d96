import type { Config } from "../../config.js";
import type { Database } from "../../graph/database.js";
import { loadMapping } from "./mapping.js";
import { openIdSignIn, type SignIn } from "./sign-in.js";

/**
 * Sign-in as configured: with the OIDC settings, the issuer's metadata is discovered and the
 * mapping file checked now, so a bad file or an unreachable issuer stops start-up; without
 * them, bearer tokens only.
 */
export async function signInOf(c: Config, db: Database): Promise<SignIn | undefined> {
  if (!c.OIDC_ISSUER || !c.OIDC_CLIENT_ID || !c.OIDC_CLIENT_SECRET || !c.OIDC_REDIRECT_URI || !c.OIDC_MAPPING_FILE) return undefined;
  return openIdSignIn(db, {
    issuer: new URL(c.OIDC_ISSUER),
    clientId: c.OIDC_CLIENT_ID,
    clientSecret: c.OIDC_CLIENT_SECRET,
    redirectUri: new URL(c.OIDC_REDIRECT_URI),
    mapping: loadMapping(c.OIDC_MAPPING_FILE),
    limits: { idleMs: c.SESSION_IDLE_MINUTES * 60_000, absoluteMs: c.SESSION_ABSOLUTE_HOURS * 3_600_000 },
  });
}
