import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { createToken } from "../../server/auth/tokens.js";
import { Database } from "../../server/graph/database.js";
import { launchChromium, signIn } from "../support/browser.js";
import { startServer, type ServerProcess } from "../support/server-process.js";
import { accessibilityViolations } from "./support/accessibility.js";

const SHOTS = "tests/e2e/screenshots";
let server: ServerProcess;
let browser: Browser;
let manager: Page;
let auditor: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(inject("e2eNeo4jUri"), { seed: true });
  const db = new Database({ uri: inject("e2eNeo4jUri"), user: "neo4j", password: inject("e2eNeo4jPassword"), database: "neo4j" });
  const by = { name: "e2e set-up", role: "ADMIN" } as const;
  const m = await createToken(db, "RISK_MANAGER", "Priya Plain", by);
  const a = await createToken(db, "AUDITOR", "Ash Auditor", by);
  await db.close();
  browser = await launchChromium();
  manager = await browser.newPage({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
  await signIn(manager, server.base, m.token);
  await manager.getByText("Priya Plain").waitFor();
  auditor = await browser.newPage({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
  await signIn(auditor, server.base, a.token);
  await auditor.getByText("Ash Auditor").waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page of the product and waits until it has read what it shows. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${server.base}/${hash}`);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect
    .poll(
      () => page.evaluate(() => /Loading|Reading|Checking the model|Working out/.test(document.querySelector("main")?.textContent ?? "")),
      {
        timeout: 60_000,
      },
    )
    .toBe(false);
}

/**
 * Raw enum values (DEPENDS_ON) and ids (sys-…) in what the page shows: every visible text and
 * every choice of a list, outside the columns that are ids (class "id") and code.
 */
function leaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(".id, code, script, style, [aria-hidden=true]")) continue;
      if (!el.closest("option") && el.getClientRects().length === 0) continue;
      const text = n.textContent ?? "";
      for (const m of text.matchAll(/\b[A-Z]+_[A-Z]+\b|\b(?:sys|svc|ds|org|sup)-[a-z0-9]/g))
        found.push(`${m[0]} in “${text.slice(Math.max(0, m.index - 30), m.index + 30)}”`);
    }
    return found;
  });
}

/** How far the page scrolls sideways, and the elements that first pass the window's right edge. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const over = document.documentElement.scrollWidth - window.innerWidth;
    const past = (e: Element | null) => !!e && e.getBoundingClientRect().right > window.innerWidth + 1;
    const first = [...document.body.querySelectorAll("*")].filter((e) => past(e) && !past(e.parentElement));
    return over > 0
      ? `${over} px: ${first
          .slice(0, 6)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
          .join(", ")}`
      : "";
  });

const MANAGER_PAGES = [
  ["explorer", "#explorer?lost=sup-mpp&compromised=&hours=24"],
  ["protect", "#protect"],
  ["resilience", "#resilience"],
  ["recovery", "#recovery"],
  ["register", "#register"],
  ["report", "#report"],
  ["model", "#model?node=svc-rvr-ed"],
  ["queries", "#queries"],
] as const;
const AUDITOR_PAGES = [
  ["audit", "#audit"],
  ["history", "#history"],
  ["model-read-only", "#model?node=sys-rvr-epr"],
] as const;

describe("pages that speak plainly", () => {
  it("shows no raw enum value and no id where a name belongs, on every page of each role", async () => {
    const all: Record<string, string[]> = {};
    for (const [name, hash] of MANAGER_PAGES) {
      await open(manager, hash);
      all[name] = await leaks(manager);
      await manager.screenshot({ path: `${SHOTS}/plain-${name}.png`, fullPage: true });
    }
    for (const [name, hash] of AUDITOR_PAGES) {
      await open(auditor, hash);
      // An audit event opened shows its before and after in words.
      if (name === "audit") await auditor.locator(".event-summary").first().click();
      await auditor.waitForLoadState("networkidle");
      all[name] = await leaks(auditor);
      await auditor.screenshot({ path: `${SHOTS}/plain-${name}.png`, fullPage: true });
    }
    expect(Object.fromEntries(Object.entries(all).filter(([, v]) => v.length))).toEqual({});
  }, 600_000);

  it("is usable at 800 px without sideways scrolling, the register's Review and Delete in view", async () => {
    await manager.setViewportSize({ width: 800, height: 900 });
    const wide: Record<string, string> = {};
    for (const [name, hash] of MANAGER_PAGES) {
      await open(manager, hash);
      const over = await sideways(manager);
      if (over) wide[name] = over;
      await manager.screenshot({ path: `${SHOTS}/narrow-${name}.png`, fullPage: true });
    }
    expect(wide).toEqual({});
    await open(manager, "#register");
    const review = manager.getByRole("button", { name: /^Review / }).first();
    const remove = manager.getByRole("button", { name: /^Delete / }).first();
    for (const b of [review, remove]) {
      const box = (await b.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(800);
    }
    await manager.setViewportSize({ width: 1400, height: 1000 });
  }, 600_000);

  it("runs the node form from the keyboard: a refusal shows each problem beside its field and takes the focus there; the organisation is picked by name", async () => {
    await open(manager, "#model");
    const add = manager.getByRole("button", { name: "Add a node…" });
    await add.focus();
    await manager.keyboard.press("Enter");
    const id = manager.locator("#field-id");
    await id.focus();
    await manager.keyboard.type("sys-e2e-plain");
    await manager.keyboard.press("Tab");
    await manager.keyboard.type("E2E plain system");
    await manager.keyboard.press("Tab");
    // A mistyped organisation, not picked: the API refuses it and says why.
    await manager.keyboard.type("org-riverside");
    await manager.keyboard.press("Escape");
    await manager.keyboard.press("Tab");
    await manager.keyboard.press("ArrowDown"); // the kind: Application
    const preview = manager.getByRole("button", { name: "Preview the new node" });
    await preview.focus();
    await manager.keyboard.press("Enter");
    const alert = manager.locator(".node-editor .problem-list");
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    const said = (await alert.textContent()) ?? "";
    expect(said).toMatch(/1 problem;/);
    expect(said).toMatch(/organisation/i);
    expect(said).toMatch(/org-riverside/);
    expect(await manager.locator("#field-organisation-error").textContent()).toMatch(/org-riverside/);
    // The focus is on the field the refusal names; what was typed is kept.
    expect(await manager.evaluate(() => document.activeElement?.id)).toBe("field-organisation");
    expect(await manager.locator("#field-organisation").inputValue()).toBe("org-riverside");
    expect(await id.inputValue()).toBe("sys-e2e-plain");
    await manager.screenshot({ path: `${SHOTS}/plain-node-refused.png`, fullPage: true });

    // Pick the organisation by name with the arrow keys and Enter; Enter does not send the form.
    await manager.keyboard.press("ControlOrMeta+A");
    await manager.keyboard.type("Riverside");
    const choices = manager.locator(".node-editor .combo-box [role=option]");
    const option = choices.filter({ hasText: "Riverside Hospitals NHS Foundation Trust" });
    await option.waitFor();
    await manager.keyboard.press("ArrowDown");
    await manager.keyboard.press("Enter");
    expect(await manager.locator("#field-organisation").inputValue()).toBe("Riverside Hospitals NHS Foundation Trust");
    expect(await manager.evaluate(() => document.activeElement?.id)).toBe("field-organisation");
    expect(await choices.count()).toBe(0);
    // The field's problem goes once it is changed; the refusal's list stays until the next send.
    expect(await manager.locator("#field-organisation-error").count()).toBe(0);
    expect(await alert.count()).toBe(1);
    await manager.screenshot({ path: `${SHOTS}/plain-node-picked.png`, fullPage: true });
    expect(await accessibilityViolations(manager)).toEqual([]);

    await preview.focus();
    await manager.keyboard.press("Enter");
    const shown = manager.locator(".node-editor [aria-label=Preview]");
    await expect.poll(() => shown.textContent(), { timeout: 30_000 }).toMatch(/Preview, nothing written yet: 1 node added\./);
    expect(await shown.textContent()).toContain("Add the system “E2E plain system”");
  }, 300_000);

  it("opens GraphiQL signed in for a person signed in on the pages in that tab", async () => {
    await manager.goto(`${server.base}/graphql`);
    await manager.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    await manager.getByRole("button", { name: /Execute query/ }).click();
    const result = manager.getByRole("region", { name: "Result Window" });
    await expect
      .poll(async () => (await result.textContent())?.replace(/\u00a0/g, " "), { timeout: 30_000 })
      .toContain('"name": "Priya Plain"');
    await manager.screenshot({ path: `${SHOTS}/plain-graphiql.png` });
  }, 120_000);
});
