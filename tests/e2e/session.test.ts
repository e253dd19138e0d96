import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { createToken, revokeToken } from "../../server/auth/tokens.js";
import { Database } from "../../server/graph/database.js";
import { launchChromium, signIn } from "../support/browser.js";
import { startServer, type ServerProcess } from "../support/server-process.js";
import { accessibilityViolations } from "./support/accessibility.js";

const SHOTS = "tests/e2e/screenshots";
const ADMIN = { name: "e2e set-up", role: "ADMIN" } as const;
let server: ServerProcess;
let db: Database;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(inject("e2eNeo4jUri"), { seed: true });
  db = new Database({ uri: inject("e2eNeo4jUri"), user: "neo4j", password: inject("e2eNeo4jPassword"), database: "neo4j" });
  browser = await launchChromium();
  // The accessibility audit injects axe-core as a script, which the product's Content-Security-Policy refuses.
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

describe("a session whose token is revoked", () => {
  it("goes back to the sign-in page with the reason, and the next person signs in afresh", async () => {
    const revoked = await createToken(db, "RISK_MANAGER", "E2E session Sam Revoked", ADMIN);
    const next = await createToken(db, "BOARD", "E2E session Bea Board", ADMIN);
    await signIn(page, server.base, revoked.token);
    await page.getByText("E2E session Sam Revoked").waitFor();
    await page.getByRole("link", { name: "Risk register" }).click();
    await page.getByRole("button", { name: "Add to the register" }).waitFor();

    expect(await revokeToken(db, "E2E session Sam Revoked", ADMIN)).toBe(1);
    // The next read the page makes is refused (the server may serve the token's look-up from its cache for a moment).
    await expect
      .poll(
        async () => {
          await page
            .getByRole("link", { name: "Protect first" })
            .click({ timeout: 1000 })
            .catch(() => undefined);
          return page.getByRole("alert").allTextContents();
        },
        { timeout: 20_000 },
      )
      .toContainEqual(expect.stringMatching(/no longer accepts your token/));
    expect(await page.getByLabel("API token").isVisible()).toBe(true);
    expect(await page.getByText("E2E session Sam Revoked").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/session-expired.png` });

    await page.getByLabel("API token").fill(next.token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("E2E session Bea Board").waitFor();
    expect(await page.getByText(/no longer accepts your token/).count()).toBe(0);
  });
});
