import { commandLineActor } from "../audit/actors.js";
import { ROLES, type Role } from "../auth/roles.js";
import { createToken, revokeToken } from "../auth/tokens.js";
import { listTokens } from "../auth/store.js";
import { ALL } from "../base/scope.js";
import { commandLine, exitWithUsage } from "./command-line.js";
import { reportFailure, withDatabase } from "./with-database.js";

const USAGE = `usage:
  npm run token -- create --role ${ROLES.join("|")} [--organisations ID,ID] --name NAME
                                       prints the new token as the last line; without
                                       --organisations the role holds for all organisations
                                       (an ADMIN token so made is the break-glass)
  npm run token -- list                                          lists tokens (never their secrets)
  npm run token -- revoke ID_OR_NAME`;

async function main(): Promise<void> {
  const { values, positionals } = commandLine(USAGE, {
    options: { role: { type: "string" }, name: { type: "string" }, organisations: { type: "string" } },
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  if (command === "create") {
    const role = values.role?.toUpperCase();
    const name = values.name;
    if (!role || !(ROLES as readonly string[]).includes(role) || !name || rest.length) {
      exitWithUsage(`create needs --role (${ROLES.join(", ")}) and --name\n${USAGE}`);
    }
    const organisations = values.organisations
      ?.split(",")
      .map((o) => o.trim())
      .filter(Boolean);
    if (values.organisations !== undefined && !organisations?.length)
      exitWithUsage(`--organisations needs at least one organisation id\n${USAGE}`);
    const scope = organisations ? organisations : ALL;
    // Made on this machine's command line for all organisations, an ADMIN token is the break-glass.
    const breakGlass = role === "ADMIN" && scope === ALL;
    const { token, info } = await withDatabase((db) => createToken(db, role as Role, name, commandLineActor(), { scope, breakGlass }));
    const where = info.organisations ? `for ${info.organisations.join(", ")}` : "for all organisations";
    console.log(
      `Created a ${info.role} token ${where} for ${info.name} (id ${info.id})${info.breakGlass ? ", the break-glass: its every change is marked in the audit trail" : ""}. It is shown once:`,
    );
    console.log(token);
  } else if (command === "list") {
    const tokens = await withDatabase(listTokens);
    for (const t of tokens) {
      const scope = t.organisations ? t.organisations.join(",") : "all";
      console.log(
        `${t.id}  ${t.role.padEnd(12)} ${scope.padEnd(20)} ${t.name}${t.breakGlass ? "  BREAK-GLASS" : ""}  created ${t.createdAt}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ""}`,
      );
    }
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
