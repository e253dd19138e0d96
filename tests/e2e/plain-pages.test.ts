import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";
import { localInput } from "../../client/src/features/audit/times.js";

let e2e: E2e;
let manager: Page;
let auditor: Page;
let board: Page;

beforeAll(async () => {
  e2e = await openE2e();
  manager = (await e2e.signedIn("RISK_MANAGER", "Priya Plain")).page;
  auditor = (await e2e.signedIn("AUDITOR", "Ash Auditor")).page;
  board = (await e2e.signedIn("BOARD", "Bo Board")).page;
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

/** Opens a page of the product and waits until it has read what it shows. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${e2e.server.base}/${hash}`);
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
  ["plan", "#plan"],
  ["model", "#model?node=svc-rvr-ed"],
  ["queries", "#queries"],
] as const;
const AUDITOR_PAGES = [
  ["audit", "#audit"],
  ["history", "#history"],
  ["model-read-only", "#model?node=sys-rvr-epr"],
] as const;
const BOARD_PAGES = [
  ["board-report", "#report"],
  ["board-register", "#register"],
  ["board-explorer", "#explorer?lost=&compromised=sys-rvr-ad&hours=24"],
] as const;

/**
 * The auditor's pages with what they show once used: an audit event opened and the chain
 * verified; the ranking and register as they stood a minute ago.
 */
async function use(page: Page, name: string): Promise<void> {
  if (name === "audit") {
    await page.locator(".event-summary").first().click();
    await page.getByRole("button", { name: "Verify the chain" }).click();
    await expect.poll(() => page.locator(".verdict").textContent(), { timeout: 60_000 }).toMatch(/The chain holds/);
  }
  if (name === "history") {
    await page.getByLabel("Date and time").fill(localInput(new Date(Date.now() - 60_000)));
    await page.getByRole("button", { name: "Show as it stood" }).click();
    await expect.poll(() => page.locator(".as-at-result table").count(), { timeout: 60_000 }).toBeGreaterThan(0);
  }
  await page.waitForLoadState("networkidle");
}

/** The accessibility audit's serious and critical findings on the page as it stands. */
const serious = async (page: Page): Promise<string[]> =>
  (await accessibilityViolations(page))
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.targets.join(", ")}`);

/** Each role's pages, with the page signed in as that role. */
const ROLES = () =>
  [
    [manager, MANAGER_PAGES],
    [auditor, AUDITOR_PAGES],
    [board, BOARD_PAGES],
  ] as const;

describe("pages that speak plainly", () => {
  it("shows no raw enum value and no id where a name belongs, and no serious accessibility finding, on every page of each role", async () => {
    const all: Record<string, string[]> = {};
    const audit: Record<string, string[]> = {};
    for (const [page, pages] of ROLES()) {
      for (const [name, hash] of pages) {
        await open(page, hash);
        // As a person uses it: an audit event opened (its before and after in words), a time chosen.
        await use(page, name);
        all[name] = await leaks(page);
        audit[name] = await serious(page);
        await page.screenshot({ path: `${SHOTS}/plain-${name}.png`, fullPage: true });
      }
    }
    expect(Object.keys(all).length).toBe(MANAGER_PAGES.length + AUDITOR_PAGES.length + BOARD_PAGES.length);
    expect(Object.fromEntries(Object.entries(all).filter(([, v]) => v.length))).toEqual({});
    expect(Object.fromEntries(Object.entries(audit).filter(([, v]) => v.length))).toEqual({});
  }, 900_000);

  it("is usable at 800 px without sideways scrolling in each role, the register's Review and Delete in view", async () => {
    const wide: Record<string, string> = {};
    let measured = 0;
    for (const [page, pages] of ROLES()) {
      await page.setViewportSize({ width: 800, height: 900 });
      for (const [name, hash] of pages) {
        await open(page, hash);
        await use(page, name);
        // The page's whole width fits the window: document.scrollWidth <= innerWidth.
        const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        if (!fits) wide[name] = await sideways(page);
        measured++;
        await page.screenshot({ path: `${SHOTS}/narrow-${name}.png`, fullPage: true });
      }
      if (page !== manager) await page.setViewportSize({ width: 1400, height: 1000 });
    }
    expect(measured).toBe(MANAGER_PAGES.length + AUDITOR_PAGES.length + BOARD_PAGES.length);
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
    await manager.goto(`${e2e.server.base}/graphql`);
    await manager.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    await manager.getByRole("button", { name: /Execute query/ }).click();
    const result = manager.getByRole("region", { name: "Result Window" });
    await expect
      .poll(async () => (await result.textContent())?.replace(/\u00a0/g, " "), { timeout: 30_000 })
      .toContain('"name": "Priya Plain"');
    await manager.screenshot({ path: `${SHOTS}/plain-graphiql.png` });
  }, 120_000);
});
