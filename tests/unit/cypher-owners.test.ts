import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

// Who may run Cypher (README, Layout): server/graph, the graph's own store layer, and above it one
// store module a folder (store.ts or *-store.ts), all through Database. Any other file is named here.
const SERVER = new URL("../../server/", import.meta.url).pathname;

/** A statement run, or Cypher's own text (a pattern with a label, an UNWIND of a parameter, a procedure). */
const RUNS_CYPHER = [
  /\btx\.run\(/,
  /\.run\(\s*[`"']/,
  /\.(readOnce|executeQuery|executeRead|executeWrite)\(/,
  /\b(MATCH|MERGE|CREATE)\s*\(\w*:\w/,
  /\bUNWIND\s+\$/,
  /\bCALL\s+db\./,
];

const runsCypher = (text: string): boolean => RUNS_CYPHER.some((re) => re.test(text));

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? serverFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const isStoreModule = (file: string): boolean => basename(file) === "store.ts" || basename(file).endsWith("-store.ts");

/** Files outside server/graph that run Cypher, relative to server/. */
const runners = serverFiles(SERVER)
  .map((f) => relative(SERVER, f))
  .filter((f) => !f.startsWith("graph/") && runsCypher(readFileSync(join(SERVER, f), "utf8")))
  .sort();

describe("who runs Cypher", () => {
  it("tells a statement run, or Cypher's text, from other code", () => {
    expect(runsCypher('await tx.run("RETURN 1")')).toBe(true);
    expect(runsCypher('db.readOnce("CALL db.info() YIELD id RETURN id", {}, f)')).toBe(true);
    expect(runsCypher("const Q = `MATCH (n:Node {id: $id}) RETURN n`;")).toBe(true);
    expect(runsCypher("const touched = runner.run(dedupe(lost));")).toBe(false);
    expect(runsCypher('if (mode === "MERGE") apply(doc);')).toBe(false);
  });

  it("finds the folders' store modules", () => {
    expect(runners).toContain("audit/store.ts");
    expect(runners).toContain("register/risk-store.ts");
  });

  it("runs Cypher outside server/graph only from a folder's store module", () => {
    expect(runners.filter((f) => !isStoreModule(f))).toEqual([]);
  });

  it("gives each folder one store module", () => {
    const folders = runners.map((f) => dirname(f));
    expect(folders.filter((d, i) => folders.indexOf(d) !== i)).toEqual([]);
  });
});
