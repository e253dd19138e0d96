import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { execFile } from "node:child_process";
import type { Database } from "../../server/graph/database.js";
import { openDatabase, idPrefix } from "../support/integration.js";

// `npm run audit` as an administrator runs it on the server's machine, with its key file.
let db: Database;
const P = idPrefix("a");

beforeAll(async () => {
  db = await openDatabase();
});
afterAll(async () => {
  await db.close();
});

function auditCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_PASSWORD: inject("neo4jPassword") };
    execFile("node_modules/.bin/tsx", ["server/cli/audit.ts", ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run audit", () => {
  it("reports a node added behind the trail's back, holds again once a baseline records it, and refuses a wrong password", async () => {
    // Other test files change the shared graph directly: start from a baseline.
    expect((await auditCommand("baseline")).code).toBe(0);
    await db.write((tx) => tx.run("CREATE (:Node:Supplier {id: $id, name: 'Unrecorded supplier'})", { id: `${P}sup` }));
    try {
      const broken = await auditCommand("verify");
      expect(broken.code).toBe(2);
      expect(broken.stdout).toMatch(
        new RegExp(
          `does not hold at event \\d+: the live state is not what the trail records: graph: the live graph has suppliers.*${P}sup`,
        ),
      );

      const baseline = await auditCommand("baseline");
      expect(baseline.stdout).toMatch(/Recorded event \d+: recorded the live graph \(\d+ nodes\) and register \(\d+ risks\) as they stand/);
      const held = await auditCommand("verify");
      expect(held).toMatchObject({ code: 0, stdout: expect.stringMatching(/The trail holds: \d+ events, head \d+ [0-9a-f]{64}/) });
    } finally {
      await db.write((tx) => tx.run("MATCH (n:Node {id: $id}) DETACH DELETE n", { id: `${P}sup` }));
    }
    const refused = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        "node_modules/.bin/tsx",
        ["server/cli/audit.ts", "verify"],
        { env: { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_PASSWORD: "wrong" } },
        (error, _o, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      ),
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/unauthori[sz]ed|authentication/i);
    await auditCommand("baseline");
  });
});
