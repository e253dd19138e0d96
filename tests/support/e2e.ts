import { mkdirSync } from "node:fs";
import { expect, inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Role } from "../../server/auth/roles.js";
import { createToken } from "../../server/auth/tokens.js";
import { Database } from "../../server/graph/database.js";
import { launchChromium, signIn } from "./browser.js";
import { startServer, type ServerProcess } from "./server-process.js";

/** Where the browser tests write their screenshots. */
export const SHOTS = "tests/e2e/screenshots";

const SET_UP = { name: "e2e set-up", role: "ADMIN" } as const;
type PageOptions = NonNullable<Parameters<Browser["newPage"]>[0]>;

/** What a browser test stands on: the product's server on the demo, a database handle for set-up, and Chromium. */
export interface E2e {
  server: ServerProcess;
  db: Database;
  browser: Browser;
  /** A token for a named person in a role, for all organisations or those of `scope`. */
  token(role: Role, name: string, scope?: readonly string[]): Promise<string>;
  /** A page signed in as that person, once their name shows (1400 by 1000 unless `options` say otherwise). */
  signedIn(role: Role, name: string, options?: PageOptions, scope?: readonly string[]): Promise<{ page: Page; token: string }>;
  close(): Promise<void>;
}

/** Starts the server (with the demo loaded) on the run's Neo4j, opens Chromium, and makes the screenshots' folder. */
export async function openE2e(o: { seed?: boolean } = {}): Promise<E2e> {
  mkdirSync(SHOTS, { recursive: true });
  const uri = inject("e2eNeo4jUri");
  const server = await startServer(uri, { seed: o.seed ?? true });
  const db = new Database({ uri, user: "neo4j", password: inject("e2eNeo4jPassword"), database: "neo4j" });
  const browser = await launchChromium();
  const token = async (role: Role, name: string, scope?: readonly string[]) =>
    (await createToken(db, role, name, SET_UP, scope ? { scope } : {})).token;
  return {
    server,
    db,
    browser,
    token,
    async signedIn(role, name, options = {}, scope) {
      const t = await token(role, name, scope);
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, bypassCSP: true, ...options });
      await signIn(page, server.base, t);
      await page.getByText(name).first().waitFor();
      return { page, token: t };
    },
    async close() {
      await browser.close();
      await db.close();
      await server.stop();
    },
  };
}

/** Opens a page of the product at `hash` and waits until it has read what it shows. */
export async function openPage(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect
    .poll(
      () => page.evaluate(() => /Loading|Reading|Checking the model|Working out/.test(document.querySelector("main")?.textContent ?? "")),
      { timeout: 60_000 },
    )
    .toBe(false);
}
