import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { localInput } from "../../client/src/features/audit/times.js";
import { signIn } from "../support/browser.js";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

let e2e: E2e;
let page: Page;
let auditor = "";
let board = "";
let manager = "";
let riskId = "";
/** Before the risk manager's changes, and after them. */
let beforeChanges = new Date();
let afterChanges = new Date();

async function api<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${e2e.server.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  e2e = await openE2e();
  auditor = await e2e.token("AUDITOR", "Ada Auditor");
  board = await e2e.token("BOARD", "Bea Board");
  manager = await e2e.token("RISK_MANAGER", "Riley Register");
  // More events than one page of the trail holds, so "Older events" has something to fetch.
  for (let i = 0; i < 50; i++) await e2e.token("BOARD", `Board member ${i}`);
  // Times in the trail are to the millisecond and the form's to the second: keep a clear second either side.
  await wait(1100);
  beforeChanges = new Date();
  await wait(1100);
  const input = {
    title: "E2E audit: pathology partner outage",
    threat: "SUPPLIER_OUTAGE",
    scenario: { lost: ["sup-mpp"], compromised: [], hours: 72 },
    likelihood: "MEDIUM",
    owner: "Head of digital resilience",
    organisation: "org-rvr",
    treatment: "TREAT",
    nextReviewDate: "2027-03-01",
  };
  riskId = (await api<{ createRisk: { id: string } }>(manager, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", { i: input }))
    .createRisk.id;
  await api(manager, "mutation($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }", {
    id: riskId,
    i: { ...input, likelihood: "HIGH" },
  });
  await wait(1100);
  afterChanges = new Date();
  // The accessibility audit injects axe-core as a script, which the product's Content-Security-Policy refuses.
  page = await e2e.browser.newPage({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
});

afterAll(async () => {
  if (riskId) await api(manager, "mutation($id: ID!) { deleteRisk(id: $id) }", { id: riskId }).catch(() => undefined);
  await e2e?.close();
});

describe("the auditor's pages in a real browser", () => {
  it("shows the trail newest first, an event's differences and hashes, and verifies the chain", async () => {
    await signIn(page, e2e.server.base, auditor);
    await page.getByRole("link", { name: "Audit trail" }).click();
    const events = page.getByRole("list", { name: "Events, newest first" }).locator(":scope > li");
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(50);
    const newest = events.first().getByRole("button");
    expect(await newest.textContent()).toMatch(/changed a risk by Riley Register/i);
    expect(await events.nth(1).textContent()).toMatch(/added a risk by Riley Register/i);

    await newest.click();
    const details = events.first().locator(".event-details");
    await expect.poll(() => details.getByRole("table").count(), { timeout: 30_000 }).toBe(1);
    const likelihood = details.locator("tbody tr", { has: page.locator("td", { hasText: /^likelihood$/i }) });
    expect(await likelihood.textContent()).toMatch(/likelihood\s*changed\s*medium\s*→ high/i);
    // The target by the title its record holds, its id kept small and plain beside it, not as code.
    const by = details.locator("> p").first();
    expect(await by.textContent()).toBe(`By Riley Register (risk manager), on “E2E audit: pathology partner outage” (id ${riskId}).`);
    expect(await by.locator("code").count()).toBe(0);
    // The summary without its machine verb ("update:"), and every recorded time in words, none as 2026-12-07T….
    expect(await newest.textContent()).not.toMatch(/update:/);
    expect(await details.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await details.textContent()).toMatch(/Hash: [0-9a-f]{12}…/);
    expect(await details.textContent()).toMatch(/Previous hash: [0-9a-f]{12}…/);
    await details.getByText("Hash:", { exact: false }).first().click();
    const fullHash = (await details.locator(".hash-full").first().textContent())!;
    expect(fullHash).toMatch(/^[0-9a-f]{64}$/);

    await page.getByRole("button", { name: "Verify the chain" }).click();
    const verdict = page.locator(".verdict");
    await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toMatch(/The chain holds: all [\d,]+ events check out/);
    const seq = Number(/#(\d+)/.exec((await newest.textContent())!)![1]);
    await page.getByLabel("Event number").fill(String(seq));
    await page.getByLabel("Hash", { exact: true }).fill(fullHash);
    await page.getByRole("button", { name: "Verify the chain" }).click();
    await expect
      .poll(() => verdict.textContent(), { timeout: 30_000 })
      .toMatch(`The known head is still there: event ${seq} with the same hash.`);
    await page.screenshot({ path: `${SHOTS}/audit-trail.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Hash", { exact: true }).fill("0".repeat(64));
    await page.getByRole("button", { name: "Verify the chain" }).click();
    await expect
      .poll(() => verdict.textContent(), { timeout: 30_000 })
      .toMatch(`The known head is no longer present: the trail has no event ${seq} with that hash`);
    await page.getByLabel("Hash", { exact: true }).fill("not a hash");
    await page.getByRole("button", { name: "Verify the chain" }).click();
    expect(await page.locator(".field-error").textContent()).toBe("Give the known head's hash: 64 hexadecimal digits.");

    // Older events come after the newest 50, and the filters narrow the trail.
    await page.getByRole("button", { name: "Older events" }).click();
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBeGreaterThan(50);
    await page.getByRole("searchbox", { name: "Actor" }).fill("riley register");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(2);
    await page.getByRole("searchbox", { name: "Actor" }).fill("");
    await page.getByRole("combobox", { name: "Action" }).selectOption({ label: "Added a risk" });
    await page.getByRole("searchbox", { name: "Target" }).fill(riskId.slice(-6).toUpperCase());
    await page.getByRole("button", { name: "Filter" }).click();
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("button", { name: "Older events" }).count()).toBe(0);
  });

  it("shows the ranking and the register as they stood, and what changed between two times", async () => {
    await page.getByRole("link", { name: "As at & changes" }).click();
    await page.getByLabel("Date and time").fill(localInput(beforeChanges));
    await page.getByRole("button", { name: "Show as it stood" }).click();
    const ranking = page.locator(".as-at-result table").first();
    await expect.poll(() => ranking.locator("tbody tr").count(), { timeout: 60_000 }).toBe(20);
    expect(await ranking.locator("caption").textContent()).toMatch(/What to protect first at 24 hours as at .*: top 20 of/);
    expect(await page.locator(".as-at-result").textContent()).not.toContain("E2E audit: pathology partner outage");

    await page.getByLabel("Date and time").fill(localInput(afterChanges));
    await page.getByRole("button", { name: "Show as it stood" }).click();
    await expect
      .poll(() => page.locator(".as-at-result").textContent(), { timeout: 60_000 })
      .toContain("E2E audit: pathology partner outage");

    await page.getByLabel("From", { exact: true }).fill(localInput(beforeChanges));
    await page.getByLabel("To", { exact: true }).fill(localInput(afterChanges));
    await page.getByRole("button", { name: "Compare" }).click();
    const changes = page.locator(".changes");
    await expect.poll(() => changes.count(), { timeout: 60_000 }).toBe(1);
    const text = (await changes.textContent())!;
    expect(text).toMatch(/Recorded changes \(2\)/);
    expect(text).toMatch(/added a risk by Riley Register/i);
    expect(text).toMatch(/Nodes added \(0\)None\./);
    expect(text).toMatch(/Risks whose rating changed \(1\)E2E audit: pathology partner outage: added, rated \d/);
    await page.screenshot({ path: `${SHOTS}/audit-as-at-changes.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("saves a query, lists it and runs it as a table", async () => {
    await page.getByRole("link", { name: "Saved queries" }).click();
    await page.getByLabel("Query").fill("{ risks(first: 5) { title owner residualRating } }");
    await page.getByLabel("Name").fill("E2E five risks");
    await page.getByLabel("Description").fill("For the audit pack");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => page.getByRole("status").textContent(), { timeout: 30_000 }).toBe('Saved as "E2E five risks".');
    await page.getByRole("button", { name: "Run E2E five risks" }).click();
    const result = page.getByRole("region", { name: "Result" });
    await expect.poll(() => result.locator("caption").textContent(), { timeout: 30_000 }).toMatch(/^risks: \d+ rows?$/);
    expect(await result.locator("thead").textContent()).toBe("titleownerresidualRating");
    await page.screenshot({ path: `${SHOTS}/audit-saved-queries.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    // The whole of every new page fits the width of a projector.
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const link of ["Audit trail", "As at & changes", "Saved queries"]) {
      await page.getByRole("link", { name: link }).click();
      await wait(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), link).toBe(0);
    }
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it("lists no audit pages for the board", async () => {
    const boardPage = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    await signIn(boardPage, e2e.server.base, board);
    await boardPage.getByText("Bea Board").waitFor();
    const nav = boardPage.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Risk register" }).count()).toBe(1);
    expect(await nav.getByRole("link", { name: "Audit trail" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "As at & changes" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Saved queries" }).count()).toBe(1);
    await boardPage.close();
  });
});

describe("GraphiQL at /graphql", () => {
  it("loads under the page's own Content-Security-Policy, takes a pasted token and shows the schema's docs", async () => {
    // No bypassCSP here: this proves the policy GraphiQL's page is served with lets it run.
    const gq = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const refused: string[] = [];
    gq.on("console", (m) => m.type() === "error" && /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
    gq.on("pageerror", (e) => refused.push(e.message));
    const res = await gq.goto(`${e2e.server.base}/graphql`);
    expect(res!.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
    await gq.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });

    // Paste the token into the headers editor, as an auditor would.
    await gq.getByText("Headers", { exact: true }).click();
    const headers = gq.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor");
    await headers.click();
    await gq.keyboard.press("ControlOrMeta+A");
    await gq.keyboard.press("Delete");
    await gq.keyboard.insertText(JSON.stringify({ authorization: `Bearer ${auditor}` }));
    await gq.getByRole("button", { name: /Re-fetch GraphQL schema/ }).click();
    await gq.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = gq.getByRole("region", { name: "Documentation Explorer" });
    await expect.poll(() => docs.textContent(), { timeout: 30_000 }).toMatch(/Root Types.*query:\s*Query/);
    await gq.getByRole("button", { name: /Execute query/ }).click();
    const result = gq.getByRole("region", { name: "Result Window" });
    // The editor draws spaces as no-break spaces.
    await expect
      .poll(async () => (await result.textContent())?.replace(/\u00a0/g, " "), { timeout: 30_000 })
      .toContain('"name": "Ada Auditor"');
    await gq.screenshot({ path: `${SHOTS}/graphiql.png` });
    expect(refused).toEqual([]);
    await gq.close();
  });
});
