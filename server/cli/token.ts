import { commandLineActor } from "../audit/actors.js";
import { ROLES, type Role } from "../auth/roles.js";
import { createToken, listTokens, revokeToken } from "../auth/tokens.js";
import { commandLine, exitWithUsage } from "./command-line.js";
import { reportFailure, withDatabase } from "./with-database.js";

const USAGE = `usage:
  npm run token -- create --role ${ROLES.join("|")} --name NAME   prints the new token as the last line
  npm run token -- list                                          lists tokens (never their secrets)
  npm run token -- revoke ID_OR_NAME`;

async function main(): Promise<void> {
  const { values, positionals } = commandLine(USAGE, { options: { role: { type: "string" }, name: { type: "string" } }, allowPositionals: true });
  const [command, ...rest] = positionals;
  if (command === "create") {
    const role = values.role?.toUpperCase();
    const name = values.name;
    if (!role || !(ROLES as readonly string[]).includes(role) || !name || rest.length) {
      exitWithUsage(`create needs --role (${ROLES.join(", ")}) and --name\n${USAGE}`);
    }
    const { token, info } = await withDatabase((db) => createToken(db, role as Role, name, commandLineActor()));
    console.log(`Created a ${info.role} token for ${info.name} (id ${info.id}). It is shown once:`);
    console.log(token);
  } else if (command === "list") {
    const tokens = await withDatabase(listTokens);
    for (const t of tokens) console.log(`${t.id}  ${t.role.padEnd(12)} ${t.name}  created ${t.createdAt}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ""}`);
    if (!tokens.length) console.log("No tokens.");
  } else if (command === "revoke" && rest.length === 1) {
    const n = await withDatabase((db) => revokeToken(db, rest[0] as string, commandLineActor()));
    console.log(n ? `Revoked ${n} token(s).` : `No active token has id or name '${rest[0]}'.`);
    if (!n) process.exitCode = 1;
  } else {
    exitWithUsage(USAGE);
  }
}

main().catch(reportFailure);
