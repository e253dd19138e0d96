import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createToken, revokeToken } from "../../server/auth/tokens.js";
import { signIn } from "../support/browser.js";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

const ADMIN = { name: "e2e set-up", role: "ADMIN" } as const;
let e2e: E2e;
let page: Page;

beforeAll(async () => {
  e2e = await openE2e();
  // The accessibility audit injects axe-core as a script, which the product's Content-Security-Policy refuses.
  page = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
});

afterAll(async () => {
  await e2e?.close();
});

describe("a session whose token is revoked", () => {
  it("goes back to the sign-in page with the reason, and the next person signs in afresh", async () => {
    const revoked = await createToken(e2e.db, "RISK_MANAGER", "E2E session Sam Revoked", ADMIN);
    const next = await createToken(e2e.db, "BOARD", "E2E session Bea Board", ADMIN);
    await signIn(page, e2e.server.base, revoked.token);
    await page.getByText("E2E session Sam Revoked").waitFor();
    await page.getByRole("link", { name: "Risk register" }).click();
    await page.getByRole("button", { name: "Add to the register" }).waitFor();

    expect(await revokeToken(e2e.db, "E2E session Sam Revoked", ADMIN)).toBe(1);
    // The next read the page makes is refused (the server may serve the token's look-up from its cache for a moment),
    // so each try moves to the other page, which reads afresh.
    const pages = ["Protect first", "Risk register"];
    let tries = 0;
    await expect
      .poll(
        async () => {
          await page
            .getByRole("link", { name: pages[tries++ % 2] })
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
