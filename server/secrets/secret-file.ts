import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * A secret kept in a file only this user can read (mode 0600, in a folder of 0700 when this
 * creates it): made at first use from `bytes` random bytes, then read back. Two processes
 * starting at once both end up with the one that was written first ("wx" refuses a second).
 */
export function ensureSecretFile(path: string, bytes: number): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, `${randomBytes(bytes).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  // A copy or restore may have widened the mode: others must not read it.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < 16) throw new Error(`The secret in ${path} is too short or empty; remove the file to have a new one made.`);
  return secret;
}
