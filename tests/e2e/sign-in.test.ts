import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser.js";
import { startServer, type ServerProcess } from "../support/server-process.js";

// The demo's own identity provider, as `npm start` runs it, and a person signing in through its pages.
const SHOTS = "tests/e2e/screenshots";
let server: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(inject("e2eNeo4jUri"), { seed: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A mutation sent from the page itself, as its own scripts would: the session cookie and the page's Origin go with it. */
const fromPage = (p: Page, query: string) =>
  p.evaluate(async (q) => {
    const r = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: q }),
    });
    return {
      status: r.status,
      body: (await r.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> },
    };
  }, query);

describe("signing in through the demo identity provider", () => {
  it("shows who is signed in, refuses what is out of scope, and ends the session at sign-out", async () => {
    await page.goto(server.base);
    await page.getByRole("link", { name: "Sign in with your organisation" }).click();
    await page.getByText("Demo identity provider").waitFor();
    await page.screenshot({ path: `${SHOTS}/sign-in-demo-provider.png` });
    await page.getByPlaceholder("Enter any login").fill("demo-rvr");
    await page.getByPlaceholder("and password").fill("any");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByText("Riya Patel").waitFor();
    // The scope by the organisation's name, not its id.
    await expect
      .poll(() => page.locator(".who").innerText(), { timeout: 30_000 })
      .toMatch(/Riya Patel \(risk manager,\s*Riverside Hospitals NHS Foundation Trust\)/);
    await page.screenshot({ path: `${SHOTS}/sign-in-signed-in.png` });
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === "him_session")!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict" });

    const mine = await fromPage(page, 'mutation { deleteNode(id: "sys-rvr-4g", cascade: true, preview: true) { applied } }');
    expect(mine.body.errors).toBeUndefined();
    const theirs = await fromPage(page, 'mutation { deleteNode(id: "sys-nmg-4g", cascade: true, preview: true) { applied } }');
    expect(theirs.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(theirs.body.errors?.[0]?.message).toContain("org-nmg");

    // GraphiQL, opened in the same tab, asks as the signed-in person with nothing pasted.
    const gq = page;
    await gq.goto(`${server.base}/graphql`);
    await gq.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    await gq.getByRole("button", { name: /Execute query/ }).click();
    const result = gq.getByRole("region", { name: "Result Window" });
    await expect
      .poll(async () => (await result.textContent())?.replace(/\u00a0/g, " "), { timeout: 30_000 })
      .toContain('"name": "Riya Patel"');
    // Back on the product's pages, the session resumes from its cookie.
    await page.goto(server.base);
    await page.getByText("Riya Patel").waitFor();

    // The same cookie from another origin changes nothing.
    const cross = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `him_session=${session.value}`, origin: "https://evil.example" },
      body: JSON.stringify({ query: 'mutation { deleteNode(id: "sys-rvr-4g", cascade: true, preview: true) { applied } }' }),
    });
    expect(cross.status).toBe(403);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in with your organisation" }).waitFor();
    await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === "him_session" && c.value)).toBe(false);
    const after = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `him_session=${session.value}`, origin: server.base },
      body: JSON.stringify({ query: "{ me { name } }" }),
    });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/session has ended/);
  });
});
