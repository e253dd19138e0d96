import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";

const TITLE = `Loss of the blood bank system ${Date.now()}`;
let e2e: E2e;
let page: Page;
let manager = "";
let board = "";
let auditor = "";
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function signIn(token: string, name: string): Promise<void> {
  if (await page.getByRole("button", { name: "Sign out" }).count()) await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByLabel("API token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.screenshot({ path: `${SHOTS}/acceptance-sign-in-${name.replace(/ /g, "-")}.png` });
  await expect.poll(() => page.getByText(name).count(), { timeout: 30_000 }).toBeGreaterThan(0);
}
async function openRisk(): Promise<void> {
  await page.getByRole("link", { name: "Risk register" }).click();
  await page.getByRole("button", { name: TITLE, exact: true }).click({ timeout: 20_000 });
}

beforeAll(async () => {
  e2e = await openE2e();
  manager = await e2e.token("RISK_MANAGER", "Rowan Manager");
  board = await e2e.token("BOARD", "Blake Board");
  auditor = await e2e.token("AUDITOR", "Avery Auditor");
  page = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(e2e.server.base);
});
afterAll(async () => {
  await e2e?.close();
});

describe("a risk raised from the explorer, accepted by another person, on the board report", () => {
  it("raises a risk from a node in the explorer with its scenario filled in, and says what it saved", async () => {
    await signIn(manager, "Rowan Manager");
    await page.goto(`${e2e.server.base}/#explorer?lost=sup-mpp&compromised=&hours=24`);
    await page.getByRole("button", { name: "Blood transfusion" }).first().click({ timeout: 30_000 });
    const chain = page.getByRole("list", { name: /Dependency chain of Blood transfusion/ });
    await expect.poll(() => chain.textContent(), { timeout: 20_000 }).toMatch(/depends on/);
    await chain.getByRole("button").last().click();
    const details = page.getByRole("region", { name: "Chosen node" });
    await details.getByRole("link", { name: "Raise a risk from it" }).click({ timeout: 20_000 });
    const form = page.getByRole("form", { name: "New risk" });
    await expect.poll(() => form.getByLabel("Title").inputValue(), { timeout: 20_000 }).toMatch(/^Loss/);
    expect(await form.getByRole("list", { name: "Lost", exact: true }).getByRole("listitem").count()).toBe(1);
    await form.getByLabel("Title").fill(TITLE);
    await form.getByLabel("Owner").fill("Transfusion laboratory manager");
    await form.getByRole("button", { name: "Add to the register" }).click();
    await expect
      .poll(() => form.getByRole("status").textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`Saved “${TITLE}” to the register: residual rating \\d, inherent \\d`));
    await page.screenshot({ path: `${SHOTS}/acceptance-raised.png`, fullPage: true });
  });

  it("shows its scenario by name, harm, people and consequence's source; proposes its acceptance, shows every reason of a refusal, and the board sees it waiting", async () => {
    await openRisk();
    const scenario = page.locator("section.risk-scenario");
    await expect.poll(() => scenario.textContent(), { timeout: 20_000 }).toMatch(/Lost:Meridian Pathology Partnership/);
    await expect
      .poll(() => scenario.textContent(), { timeout: 20_000 })
      .toMatch(/In people: (About [\d,]+ patients a day lose their care|No )/);
    expect(await scenario.textContent()).toMatch(
      /Harm [\d,]+ weighted patients .*Consequence \w+, (computed from the graph|no care service affected)/,
    );
    const link = page.getByRole("link", { name: "Open its blast radius in the explorer" });
    expect(await link.getAttribute("href")).toMatch(/^#explorer\?lost=[^&]+&compromised=[^&]*&hours=\d+$/);
    await page.screenshot({ path: `${SHOTS}/acceptance-risk-page.png`, fullPage: true });

    const panel = page.getByRole("region", { name: `Acceptance of ${TITLE}` });
    await panel.getByLabel("Justification").fill("Manual two-person checks are rehearsed each quarter.");
    await panel.getByLabel("Expires").fill(inDays(500));
    await panel.getByRole("button", { name: "Propose acceptance" }).click();
    await expect
      .poll(() => panel.getByRole("alert").textContent(), { timeout: 20_000 })
      .toMatch(/more than 12 months on: choose a date no later than/);
    // The problem beside the field it names, which has the focus; what was typed is kept.
    expect(await panel.locator("#acceptance-expires-error").textContent()).toMatch(/more than 12 months on/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).toBe("acceptance-expires-error");
    expect(await panel.getByLabel("Justification").inputValue()).toBe("Manual two-person checks are rehearsed each quarter.");
    expect(await panel.getByLabel("Expires").inputValue()).toBe(inDays(500));
    await page.screenshot({ path: `${SHOTS}/acceptance-refused.png`, fullPage: true });
    await panel.getByLabel("Expires").fill(inDays(20));
    await panel.getByRole("button", { name: "Propose acceptance" }).click();
    await expect
      .poll(() => panel.getByRole("status").textContent(), { timeout: 20_000 })
      .toMatch(/^Saved: acceptance of .* proposed until \d{1,2} [A-Z][a-z]+ \d{4}, waiting for a decision\.$/);
    // The save links to what it saved: the proposal in the acceptance history, which takes the focus.
    await panel.getByRole("button", { name: "Show it" }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(
      /^waiting for a decision: proposed by Rowan Manager/,
    );
    // While it waits no second proposal may be made (the server refuses one): the form gives way to a sentence saying why.
    await expect.poll(() => panel.getByRole("button", { name: "Propose acceptance" }).count(), { timeout: 20_000 }).toBe(0);
    expect(await panel.getByLabel("Justification").count()).toBe(0);
    expect(await panel.textContent()).toMatch(
      /A proposal to accept it until \d{1,2} [A-Z][a-z]+ \d{4} is waiting for a decision; it must be accepted or rejected before another is proposed\./,
    );
    await page.screenshot({ path: `${SHOTS}/acceptance-waiting.png`, fullPage: true });
    await signIn(board, "Blake Board");
    await page.getByRole("link", { name: "Board report" }).click();
    const decisions = page.getByRole("region", { name: "Decisions asked of the board" });
    await expect
      .poll(() => decisions.textContent(), { timeout: 60_000 })
      .toContain(`${TITLE} (owner Transfusion laboratory manager): Acceptance proposed by Rowan Manager`);
  });

  it("is accepted by another person, and the board report lists it as expiring", async () => {
    await openRisk();
    const panel = page.getByRole("region", { name: `Acceptance of ${TITLE}` });
    await panel.getByLabel("Note").fill("Within the board's appetite.");
    await panel.getByRole("button", { name: "Accept" }).click();
    await expect.poll(() => panel.getByRole("status").textContent(), { timeout: 20_000 }).toMatch(/^Saved: .* accepted until/);
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toMatch(/Decided by Blake Board/);
    // The note went with the decision: a revocation now starts from an empty note, not the acceptance's.
    expect(await panel.getByRole("button", { name: "Revoke" }).count()).toBe(1);
    expect(await panel.getByLabel("Note").inputValue()).toBe("");
    await page.screenshot({ path: `${SHOTS}/acceptance-decided.png`, fullPage: true });
    await page.getByRole("link", { name: "Board report" }).click();
    const decisions = page.getByRole("region", { name: "Decisions asked of the board" });
    await expect
      .poll(() => decisions.textContent(), { timeout: 60_000 })
      .toContain(`${TITLE} (owner Transfusion laboratory manager): Acceptance by Blake Board expires on`);
    await page.screenshot({ path: `${SHOTS}/acceptance-board-report.png`, fullPage: true });
  });

  it("shows an auditor the risk's audit events, who did what and when, beside its acceptance history", async () => {
    await signIn(auditor, "Avery Auditor");
    await openRisk();
    const events = page.getByRole("region", { name: "Audit events of this risk" });
    await expect.poll(() => events.textContent(), { timeout: 20_000 }).toMatch(/Blake Board\s*accepted/);
    const text = (await events.textContent()) ?? "";
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC\s*Rowan Manager\s*proposed acceptance/);
    expect(text).toMatch(/Rowan Manager\s*raised the risk/);
    expect(await page.getByRole("region", { name: `Acceptance of ${TITLE}` }).textContent()).toMatch(/Decided by Blake Board/);
    await page.screenshot({ path: `${SHOTS}/acceptance-audit-events.png`, fullPage: true });
    // An auditor may not write the register: nothing offers to raise a risk.
    await page.getByRole("link", { name: "Protect first" }).click();
    await page.getByRole("button", { name: /^Why / }).first().waitFor({ timeout: 60_000 });
    expect(await page.getByRole("link", { name: /^Raise a risk/ }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/acceptance-protect-first-auditor.png`, fullPage: true });
  });

  it("raises a risk from a row of protect first and from a node of the model page, the scenario filled in", async () => {
    await signIn(manager, "Rowan Manager");
    await page.getByRole("link", { name: "Protect first" }).click();
    const raise = page.getByRole("link", { name: /^Raise a risk from / }).first();
    await raise.waitFor({ timeout: 60_000 });
    const asset = ((await raise.getAttribute("aria-label")) ?? "").replace("Raise a risk from ", "");
    await raise.click();
    const form = page.getByRole("form", { name: "New risk" });
    const lost = form.getByRole("list", { name: "Lost", exact: true });
    await expect.poll(() => lost.textContent(), { timeout: 20_000 }).toContain(asset);
    expect(await form.getByLabel("Title").inputValue()).toContain(asset);
    await page.screenshot({ path: `${SHOTS}/acceptance-raised-from-protect-first.png`, fullPage: true });

    await page.getByRole("link", { name: "Model", exact: true }).click();
    await page.getByRole("searchbox", { name: "Name or id" }).fill("Meridian Pathology");
    // The supplier, not the organisation of the same name.
    await page
      .locator("section[aria-labelledby=model-search] tbody tr", { hasText: "sup-mpp" })
      .first()
      .getByRole("button")
      .click({ timeout: 30_000 });
    await page.getByRole("link", { name: "Raise a risk from this node" }).click({ timeout: 30_000 });
    await expect.poll(() => lost.textContent(), { timeout: 20_000 }).toContain("Meridian Pathology Partnership");
    expect(await form.getByRole("list", { name: "Compromised", exact: true }).textContent()).toContain("Meridian Pathology Partnership");
    await page.screenshot({ path: `${SHOTS}/acceptance-raised-from-model.png`, fullPage: true });
  });

  it("offers Revoke to a risk manager the sign-in mapping grants risk:accept, and clears the note once revoked", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const isla = await context.newPage();
      await isla.goto(e2e.server.base);
      await isla.getByRole("link", { name: "Sign in with your organisation" }).click();
      await isla.getByPlaceholder("Enter any login").fill("demo-ics");
      await isla.getByPlaceholder("and password").fill("any");
      await isla.getByRole("button", { name: "Sign-in" }).click();
      await isla.getByRole("button", { name: "Continue" }).click();
      await isla.getByText("Isla Carter").first().waitFor({ timeout: 30_000 });
      await isla.getByRole("link", { name: "Risk register" }).click();
      await isla.getByRole("button", { name: TITLE, exact: true }).click({ timeout: 20_000 });
      const panel = isla.getByRole("region", { name: `Acceptance of ${TITLE}` });
      await panel.getByRole("button", { name: "Revoke" }).waitFor({ timeout: 20_000 });
      // An acceptance that stands may be renewed: the form stays, and says what a proposal now does.
      expect(await panel.textContent()).toMatch(
        /An acceptance stands until \d{1,2} [A-Z][a-z]+ \d{4}; a proposal made now renews it once accepted\./,
      );
      expect(await panel.getByRole("button", { name: "Propose acceptance" }).count()).toBe(1);
      await isla.screenshot({ path: `${SHOTS}/acceptance-granted-risk-accept.png`, fullPage: true });
      await panel.getByLabel("Note").fill("The second circuit was cancelled.");
      await panel.getByRole("button", { name: "Revoke" }).click();
      await expect.poll(() => panel.getByRole("status").textContent(), { timeout: 20_000 }).toMatch(/^Saved: acceptance of .* revoked\.$/);
      await expect
        .poll(() => panel.textContent(), { timeout: 20_000 })
        .toMatch(/Revoked by Isla Carter: The second circuit was cancelled\./);
      // Nothing stands to decide now, and what was typed went with the revocation.
      expect(await panel.getByRole("button", { name: /^(Accept|Reject|Revoke)$/ }).count()).toBe(0);
      expect(await panel.getByLabel("Justification").inputValue()).toBe("");
      // Nothing stands or waits: a new proposal may be made, and nothing says otherwise.
      expect(await panel.getByRole("button", { name: "Propose acceptance" }).count()).toBe(1);
      expect(await panel.textContent()).not.toMatch(/stands until|is waiting for a decision/);
      await isla.screenshot({ path: `${SHOTS}/acceptance-revoked.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
});
