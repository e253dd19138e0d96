import { userInfo } from "node:os";
import type { Actor } from "./audit-log.js";

/** The product itself, for what it does unasked (loading the demo into an empty graph). */
export const SYSTEM_ACTOR: Actor = { name: "system", role: "SYSTEM" };

/** Whoever runs a command on this machine holds its files and so acts as ADMIN. */
export function commandLineActor(): Actor {
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
    // No user database entry (some containers): keep "unknown".
  }
  return { name: `command line (${user})`, role: "ADMIN" };
}
