import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, openPage, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";
import { localInput } from "../../client/src/features/audit/times.js";

let e2e: E2e;
let manager: Page;
let auditor: Page;
let board: Page;
let admin: Page;
/** A risk manager whose role is held for one organisation only. */
let scoped: Page;
let managerToken = "";
let riskId = "";
/** A system the walk adds through the API, so the trail holds a change to the model to open. */
const WALK_SYSTEM = "sys-e2e-plain-walk";
const WALK_RISK = "E2E plain: pathology partner outage";

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

beforeAll(async () => {
  e2e = await openE2e();
  const signedIn = await e2e.signedIn("RISK_MANAGER", "Priya Plain");
  manager = signedIn.page;
  managerToken = signedIn.token;
  auditor = (await e2e.signedIn("AUDITOR", "Ash Auditor")).page;
  board = (await e2e.signedIn("BOARD", "Bo Board")).page;
  admin = (await e2e.signedIn("ADMIN", "Ade Admin")).page;
  scoped = (await e2e.signedIn("RISK_MANAGER", "Rhian Riverside", {}, ["org-rvr"])).page;
  // A change to the model (its event's before and after hold times) and a reviewed risk (its history holds dates).
  await api(managerToken, "mutation($n: NodeInput!) { createNode(node: $n) { applied } }", {
    n: { system: { id: WALK_SYSTEM, name: "E2E plain walk system", organisation: "org-rvr", kind: "CLOUD_SERVICE" } },
  });
  const input = {
    title: WALK_RISK,
    threat: "SUPPLIER_OUTAGE",
    scenario: { lost: ["sup-mpp"], compromised: [], hours: 72 },
    likelihood: "MEDIUM",
    owner: "Head of digital resilience",
    organisation: "org-rvr",
    treatment: "TREAT",
    nextReviewDate: "2027-03-01",
  };
  riskId = (
    await api<{ createRisk: { id: string } }>(managerToken, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", { i: input })
  ).createRisk.id;
  await api(
    managerToken,
    'mutation($id: ID!) { reviewRisk(id: $id, note: "Checked with the partner.", nextReviewDate: "2027-06-01") { id } }',
    {
      id: riskId,
    },
  );
}, 240_000);

afterAll(async () => {
  if (riskId) await api(managerToken, "mutation($id: ID!) { deleteRisk(id: $id) }", { id: riskId }).catch(() => undefined);
  if (managerToken)
    await api(managerToken, "mutation($id: ID!) { deleteNode(id: $id) { applied } }", { id: WALK_SYSTEM }).catch(() => undefined);
  await e2e?.close();
});

/**
 * Raw enum values (DEPENDS_ON), ids (sys-…) and ISO dates (2026-12-07) in what the page shows,
 * header and page alike: every visible text and every choice of a list, outside the columns that
 * are ids (class "id") and code.
 */
function leaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(".id, code, script, style, [aria-hidden=true]")) continue;
      if (!el.closest("option") && el.getClientRects().length === 0) continue;
      const text = n.textContent ?? "";
      for (const m of text.matchAll(/\b[A-Z]+_[A-Z]+\b|\b(?:sys|svc|ds|org|sup)-[a-z0-9]|\d{4}-\d{2}-\d{2}/g))
        found.push(`${m[0]} in “${text.slice(Math.max(0, m.index - 30), m.index + 30)}”`);
    }
    return found;
  });
}

/**
 * What still leaks once the page has settled: a name read after the page (a node's organisation
 * on its form) shows its id for a moment, so a leak must last ten seconds to count.
 */
async function settledLeaks(page: Page): Promise<string[]> {
  let found = await leaks(page);
  for (let tries = 0; tries < 20 && found.length > 0; tries++) {
    await page.waitForTimeout(500);
    found = await leaks(page);
  }
  return found;
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
  ["audit-model-change", "#audit"],
  ["history", "#history"],
  ["risk-history", "#register"],
  ["model-read-only", "#model?node=sys-rvr-epr"],
] as const;
const ADMIN_PAGES = [
  ["admin-audit", "#audit"],
  ["admin-model", `#model?node=${WALK_SYSTEM}`],
  ["admin-register", "#register"],
] as const;
/** A risk manager for one organisation: the header names it, the pages show only what the role may see. */
const SCOPED_PAGES = [
  ["scoped-register", "#register"],
  ["scoped-model", "#model?node=svc-rvr-ed"],
  ["scoped-recovery", "#recovery"],
] as const;
const BOARD_PAGES = [
  ["board-report", "#report"],
  ["board-register", "#register"],
  ["board-explorer", "#explorer?lost=&compromised=sys-rvr-ad&hours=24"],
] as const;

/**
 * The pages with what they show once used: an audit event opened and the chain verified; a
 * change to the model opened (its before and after); the ranking and register as they stand
 * now (after the demo was loaded); a risk's history.
 */
async function use(page: Page, name: string): Promise<void> {
  if (name === "audit" || name === "admin-audit") {
    await page.locator(".event-summary").first().click();
    await page.getByRole("button", { name: "Verify the chain" }).click();
    await expect.poll(() => page.locator(".verdict").textContent(), { timeout: 60_000 }).toMatch(/The chain holds/);
  }
  if (name === "audit-model-change") {
    await page.getByRole("combobox", { name: "Action" }).selectOption({ label: "Changed the model" });
    await page.getByRole("button", { name: "Filter" }).click();
    const change = page.locator(".event-summary", { hasText: "Changed the model" }).first();
    await change.click();
    await expect.poll(() => page.locator("table.differences").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator("table.differences").textContent()).toContain("E2E plain walk system");
    // The node it changed by name and organisation, linked to its page on the model; its id small and plain, not as code.
    const by = page.locator(".event-details > p").first();
    await expect
      .poll(() => by.textContent(), { timeout: 30_000 })
      .toMatch(`on E2E plain walk system, Riverside Hospitals NHS Foundation Trust (id ${WALK_SYSTEM}).`);
    expect(await by.getByRole("link", { name: "E2E plain walk system" }).getAttribute("href")).toBe(`#model?node=${WALK_SYSTEM}`);
    expect(await by.locator("code").count()).toBe(0);
  }
  if (name === "history") {
    await page.getByLabel("Date and time").fill(localInput(new Date()));
    await page.getByRole("button", { name: "Show as it stood" }).click();
    const caption = page.locator(".as-at-result table caption").first();
    await expect.poll(() => caption.textContent(), { timeout: 60_000 }).toMatch(/top 20 of [\d,]+/);
  }
  if (name === "risk-history") {
    await page.getByRole("button", { name: WALK_RISK, exact: true }).click({ timeout: 20_000 });
    const history = page.getByRole("region", { name: `History of ${WALK_RISK}` });
    await expect.poll(() => history.textContent(), { timeout: 30_000 }).toContain("Checked with the partner.");
    await expect.poll(() => page.locator("section.risk-scenario").textContent(), { timeout: 30_000 }).toContain("Meridian Pathology");
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
    [admin, ADMIN_PAGES],
    [scoped, SCOPED_PAGES],
  ] as const;

const PAGE_COUNT = MANAGER_PAGES.length + AUDITOR_PAGES.length + BOARD_PAGES.length + ADMIN_PAGES.length + SCOPED_PAGES.length;

describe("pages that speak plainly", () => {
  it("shows no raw enum value and no id where a name belongs, and no serious accessibility finding, on every page of each role", async () => {
    const all: Record<string, string[]> = {};
    const audit: Record<string, string[]> = {};
    for (const [page, pages] of ROLES()) {
      for (const [name, hash] of pages) {
        await openPage(page, e2e.server.base, hash);
        // As a person uses it: an audit event opened (its before and after in words), a time chosen.
        await use(page, name);
        all[name] = await settledLeaks(page);
        audit[name] = await serious(page);
        await page.screenshot({ path: `${SHOTS}/plain-${name}.png`, fullPage: true });
      }
    }
    expect(Object.keys(all).length).toBe(PAGE_COUNT);
    // The header names the organisation a role is held for, and the role in words.
    expect(await scoped.locator(".who").innerText()).toMatch(/Rhian Riverside \(risk manager, Riverside Hospitals NHS Foundation Trust\)/);
    expect(await admin.locator(".who").innerText()).toMatch(/Ade Admin \(administrator, all organisations\)/);
    expect(Object.fromEntries(Object.entries(all).filter(([, v]) => v.length))).toEqual({});
    expect(Object.fromEntries(Object.entries(audit).filter(([, v]) => v.length))).toEqual({});
  }, 900_000);

  it("is usable at 800 px without sideways scrolling in each role, the register's Review and Delete in view", async () => {
    const wide: Record<string, string> = {};
    let measured = 0;
    for (const [page, pages] of ROLES()) {
      await page.setViewportSize({ width: 800, height: 900 });
      for (const [name, hash] of pages) {
        await openPage(page, e2e.server.base, hash);
        await use(page, name);
        // The page's whole width fits the window: document.scrollWidth <= innerWidth.
        const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        if (!fits) wide[name] = await sideways(page);
        measured++;
        await page.screenshot({ path: `${SHOTS}/narrow-${name}.png`, fullPage: true });
      }
      if (page !== manager) await page.setViewportSize({ width: 1400, height: 1000 });
    }
    expect(measured).toBe(PAGE_COUNT);
    expect(wide).toEqual({});
    await openPage(manager, e2e.server.base, "#register");
    const review = manager.getByRole("button", { name: /^Review / }).first();
    const remove = manager.getByRole("button", { name: /^Delete / }).first();
    for (const b of [review, remove]) {
      const box = (await b.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(800);
    }
    await manager.setViewportSize({ width: 1400, height: 1000 });
  }, 600_000);

  it("runs the node form from the keyboard: a refusal shows each problem beside its field and takes the focus there; the organisation is picked by name", async () => {
    await openPage(manager, e2e.server.base, "#model");
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
    // Signed in by the tab's session, with nothing of the token on the screen: the Headers pane stays empty.
    await manager.getByText("Headers", { exact: true }).first().click();
    const shown = (await manager.locator(".graphiql-container").first().innerText()).replace(/\u00a0/g, " ");
    expect(shown).not.toMatch(/him_/);
    expect(shown).toMatch(/Headers\s*1\s*\{\}/);
    expect(shown).not.toContain(managerToken);
    await manager.screenshot({ path: `${SHOTS}/plain-graphiql.png` });
  }, 120_000);
});
