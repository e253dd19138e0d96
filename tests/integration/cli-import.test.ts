import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readKeptDocument, type KeptDocument } from "../../server/audit/kept-documents.js";
import type { Database } from "../../server/graph/database.js";
import { readGraphVersion } from "../../server/graph/graph-version.js";
import { canonical, loadJson } from "../support/documents.js";
import { appWithToken, gql, openDatabase } from "../support/integration.js";
import { runImportCommand } from "../support/import-command.js";

// Whole-graph tests: this file replaces the graph through `npm run import -- FILE --replace`.
const EXAMPLE = loadJson("seed/worked-example.json");
let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openDatabase();
  dir = mkdtempSync(join(tmpdir(), "cli-import-"));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

const importCommand = runImportCommand;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("REPLACE from the command line", () => {
  it("streams the file in, replaces the graph, and keeps the document in the trail", async () => {
    const estate = file("estate.json", JSON.stringify(EXAMPLE));
    // The preview says what the REPLACE removes, and how to confirm it when that is most of the graph.
    const preview = await importCommand(estate, "--replace", "--preview");
    expect(preview.stdout).toMatch(
      /Preview of .*estate\.json \(REPLACE\), nothing written: 14 nodes listed, \d+ of the graph's \d+ kept, \d+ removed\./,
    );
    const confirm = /--confirm-removal (\d+)/.exec(preview.stdout)?.[1];
    const run = await importCommand(estate, "--replace", ...(confirm ? ["--confirm-removal", confirm] : []));
    expect(run.stderr).toMatch(/Checked: \d+ entries, no problems/);
    expect(run.stdout).toMatch(/\(REPLACE\): 14 nodes, \d+ relationships in [\d.]+ s\./);
    expect(run.code).toBe(0);
    const { app, token } = await appWithToken(db, "AUDITOR");
    const exported = await gql<{ exportGraph: unknown }>(app, token, "{ exportGraph }");
    expect(canonical(exported.data!.exportGraph)).toEqual(canonical(EXAMPLE));
    const trail = await gql<{ auditTrail: { events: Array<{ after: { keptDocument: KeptDocument } }> } }>(
      app,
      token,
      `{ auditTrail(action: "graph.import", newestFirst: true, first: 1) { events { after } } }`,
    );
    const kept = await readKeptDocument(db, trail.data!.auditTrail.events[0]!.after.keptDocument);
    expect(canonical(kept)).toEqual(canonical(EXAMPLE));
  });

  it("refuses a file that is not JSON, or breaks the rules, with every problem's path, and writes nothing", async () => {
    const version = await db.read(readGraphVersion);
    const broken = await importCommand(file("broken.json", '{"systems": [{"id": "sys-x", '), "--replace");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not a JSON object/);

    const bad = {
      ...EXAMPLE,
      dependencies: [
        { from: "svc-nowhere", to: "sys-epr" },
        { from: "svc-ed", to: "sys-gone" },
      ],
    };
    const refused = await importCommand(file("bad.json", JSON.stringify(bad)), "--replace");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The document was refused: 2 problem\(s\); nothing was written/);
    expect(refused.stderr).toMatch(/\$\.dependencies\[0\]\.from: .*svc-nowhere/);
    expect(refused.stderr).toMatch(/\$\.dependencies\[1\]\.to: .*sys-gone/);
    expect(await db.read(readGraphVersion)).toBe(version);
  });
});
