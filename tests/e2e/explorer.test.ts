import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";
import type { BoardReport } from "../../server/report/board-report.js";
import { band, CARE_COLOUR, DATA_COLOUR } from "../../server/report/key.js";
import type { Likelihood, Severity } from "../../server/model/vocabulary.js";
import { whole } from "../../client/src/lib/format.js";

/** A #rrggbb colour as the browser computes it. */
const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

let e2e: E2e;
let page: Page;
let base = "";
let token = "";
let auditorToken = "";

beforeAll(async () => {
  // The real server, as `npm start` runs it after building the client, on the e2e Neo4j with the demo ICS.
  e2e = await openE2e();
  base = e2e.server.base;
  token = await e2e.token("RISK_MANAGER", "Riley Risk");
  auditorToken = await e2e.token("AUDITOR", "Avery Auditor");
  // The accessibility audit injects axe-core as a script, which the product's Content-Security-Policy refuses.
  page = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
});

afterAll(async () => {
  await e2e?.close();
});

describe("the blast-radius explorer in a real browser", () => {
  it("refuses a wrong token and signs in with a right one", async () => {
    await page.goto(base);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel("API token").fill("him_wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/not valid/);
    await page.getByLabel("API token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByText("Riley Risk").count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/sign-in-done.png` });
  });

  it("runs a blast radius: the pathology partner lost stops blood transfusion", async () => {
    await page.getByRole("combobox", { name: "Lost (unavailable)" }).fill("sup-mpp");
    await page.getByRole("option", { name: /Meridian Pathology/ }).click();
    await expect.poll(() => page.locator(".impact-panel").textContent(), { timeout: 20_000 }).toMatch(/Blood transfusion/);
    const panel = (await page.locator(".impact-panel").textContent()) ?? "";
    expect(panel).toMatch(/Consequence of the care lost: catastrophic/);
    // Organisation names, not ids, and nodes boxed by organisation.
    expect(panel).toMatch(/Riverside Hospitals NHS Foundation Trust/);
    expect(panel).not.toMatch(/org-rvr/);
    await expect.poll(() => page.getByTestId("cy").getAttribute("data-organisations"), { timeout: 20_000 }).toMatch(/^[1-9]/);
    expect(await page.locator("[data-testid=cy] canvas").count()).toBeGreaterThan(0);
    expect(await page.locator(".legend").textContent()).toMatch(/Organisation \(box around its nodes\)/);
    await page.screenshot({ path: `${SHOTS}/blast-radius.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save impacts as CSV" }).click()]);
    await csv.saveAs(`${SHOTS}/impacts.csv`);
    expect(readFileSync(`${SHOTS}/impacts.csv`, "utf8")).toMatch(/Blood transfusion/);
    const [svgFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save SVG" }).click()]);
    await svgFile.saveAs(`${SHOTS}/blast-radius.svg`);
    expect(readFileSync(`${SHOTS}/blast-radius.svg`, "utf8")).toMatch(/<svg/);
    const [pngFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save PNG" }).click()]);
    await pngFile.saveAs(`${SHOTS}/blast-radius-export.png`);
    expect(readFileSync(`${SHOTS}/blast-radius-export.png`).subarray(1, 4).toString()).toBe("PNG");
    const svgText = readFileSync(`${SHOTS}/blast-radius.svg`, "utf8");
    expect(svgText).toMatch(/Blast radius: what breaks, and what is exposed/);
    expect(svgText).toMatch(/Lost: Meridian Pathology Partnership/);
    expect(svgText).toMatch(/Made \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC/);
    expect(svgText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(svgText).toMatch(/Dependency carrying the harm/);
  });

  it("keeps the scenario in the address: a reload shows the same blast radius", async () => {
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe("#explorer?lost=sup-mpp&compromised=&hours=24");
    await page.reload();
    await expect.poll(() => page.locator(".totals").textContent(), { timeout: 30_000 }).toMatch(/59 care services affected/);
    expect(await page.getByRole("list", { name: "Lost", exact: true }).textContent()).toMatch(/Meridian Pathology Partnership/);
  });

  it("opens a service's dependency chain, and a node's details, neighbours and links", async () => {
    await page.getByRole("button", { name: "Blood transfusion" }).first().click();
    const chain = page.getByRole("list", { name: /Dependency chain of Blood transfusion/ });
    await expect.poll(() => chain.textContent()).toMatch(/depends on/);
    await chain.getByRole("button").last().click();
    const details = page.getByRole("region", { name: "Chosen node" });
    await expect.poll(() => details.textContent(), { timeout: 20_000 }).toMatch(/In this scenario/);
    expect(await details.getByRole("link", { name: "Its own blast radius" }).getAttribute("href")).toMatch(/^#explorer\?lost=/);
    expect(await details.textContent()).toMatch(/Depended on by|Depends on|Operated by/);
    await page.screenshot({ path: `${SHOTS}/blast-radius-chain.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("draws a compromise's exposure paths and reads its totals as a compromise", async () => {
    await page.goto(`${base}/#explorer?lost=&compromised=sys-rvr-ad&hours=24`);
    await page.reload();
    await expect
      .poll(() => page.locator(".totals").textContent(), { timeout: 30_000 })
      .toMatch(/^No care service is disrupted; [\d.,]+( million)? records exposed\. 0 care services affected, \d+ data stores exposed\./);
    await expect.poll(() => page.getByTestId("cy").getAttribute("data-exposure-edges"), { timeout: 20_000 }).toMatch(/^[1-9]/);
    const exposed = page.locator("table.exposed");
    expect(await exposed.textContent()).toMatch(/Riverside Hospitals NHS Foundation Trust/);
    expect(await exposed.textContent()).toMatch(/via Active Directory/);
    await page.screenshot({ path: `${SHOTS}/blast-radius-compromise.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save impacts as CSV" }).click()]);
    await csv.saveAs(`${SHOTS}/exposed.csv`);
    expect(readFileSync(`${SHOTS}/exposed.csv`, "utf8")).toMatch(/^exposed data store,.*,Active Directory > /m);
    await page.goto(`${base}/#explorer?lost=sup-mpp&compromised=&hours=24`);
    await page.reload();
    await expect.poll(() => page.locator(".totals").textContent(), { timeout: 30_000 }).toMatch(/59 care services affected/);
  });

  it("changes the horizon and the answer with it", async () => {
    const before = await page.locator(".totals").textContent();
    await page.getByLabel(/Horizon/).fill("10");
    await expect.poll(() => page.getByTestId("horizon").textContent()).toBe("30 days");
    await expect.poll(() => page.locator(".totals").textContent(), { timeout: 20_000 }).not.toBe(before);
    await page.screenshot({ path: `${SHOTS}/blast-radius-30-days.png` });
  });
});

describe("the ranking and the register in a real browser", () => {
  it("opens the ranking, a row's evidence, and its blast radius", async () => {
    await page.getByRole("link", { name: "Protect first" }).click();
    const caption = page.locator("table.ranking caption");
    await expect.poll(() => caption.textContent(), { timeout: 30_000 }).toMatch(/Ranks 1–50 of [\d,]+, by score/);
    await page.getByRole("button", { name: /^Why / }).first().click();
    await expect.poll(() => page.locator("tr.why").textContent(), { timeout: 20_000 }).toMatch(/Care lost: [\d,]+ weighted patients/);
    expect(await page.locator("tr.why").textContent()).toMatch(/Data exposed: [\d,]+ weighted patients/);
    expect(await page.locator("table.ranking tbody").textContent()).toMatch(/NHS/);
    await page.screenshot({ path: `${SHOTS}/protect-first.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Next 50" }).click();
    await expect.poll(() => caption.textContent(), { timeout: 30_000 }).toMatch(/Ranks 51–100 of/);
    await page.getByRole("button", { name: "Previous 50" }).click();
    await page.getByLabel("Rank by").selectOption("CONFIDENTIALITY");
    await expect.poll(() => caption.textContent(), { timeout: 30_000 }).toMatch(/Ranks 1–50 of [\d,]+, by data exposed/);
    await page.getByLabel("Rank by").selectOption("TOTAL");
    await expect.poll(() => caption.textContent(), { timeout: 30_000 }).toMatch(/by score/);
    await page.locator("table.ranking").getByRole("link", { name: "Blast radius" }).first().click();
    await expect.poll(() => page.locator(".impact-panel").count(), { timeout: 20_000 }).toBe(1);
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#explorer\?lost=[^&]+&compromised=[^&]*&hours=24$/);
  });

  it("finds a service's single points of failure and ranks suppliers by reach", async () => {
    await page.getByRole("link", { name: "Single points & suppliers" }).click();
    await expect.poll(() => page.locator("table.suppliers").textContent(), { timeout: 30_000 }).toMatch(/Meridian Pathology/);
    await page.getByRole("combobox", { name: "Care service" }).fill("svc-rvr-transfusion");
    await page.locator(".combo-box [role=option]").first().click();
    await expect
      .poll(() => page.getByRole("region", { name: "Single points of failure" }).textContent(), { timeout: 20_000 })
      .toMatch(/stops|no single point/);
    await page.screenshot({ path: `${SHOTS}/resilience.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lets a risk manager add and review a risk", async () => {
    await page.getByRole("link", { name: "Risk register" }).click();
    const form = page.getByRole("form", { name: "New risk" });
    // Errors in plain words, next to their fields.
    await form.getByRole("button", { name: "Add to the register" }).click();
    expect(await form.textContent()).toMatch(/Give the risk a title\..*Name the person who owns the risk\./);
    expect(await form.getByLabel("Title").getAttribute("aria-invalid")).toBe("true");
    await form.getByLabel("Title").fill("Pathology partner ransomware");
    await form.getByLabel("Owner").fill("Riley Risk");
    await form.getByRole("combobox", { name: "What is lost" }).fill("sup-mpp");
    await form.getByRole("option", { name: /Meridian Pathology/ }).click();
    await form.getByRole("button", { name: "Add to the register" }).click();
    const row = page.locator("table.risks tr", { hasText: "Pathology partner ransomware" });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.textContent()).toMatch(/catastrophic/);
    expect(await row.textContent()).toMatch(/Ransomware/);
    await row.getByRole("button", { name: /^Review / }).click();
    const dialog = page.getByRole("dialog", { name: "Review Pathology partner ransomware" });
    await dialog.getByLabel("What the review found").fill("Supplier assurance reviewed.");
    await dialog.getByLabel("Next review").fill("2027-06-30");
    await page.screenshot({ path: `${SHOTS}/register-review.png` });
    await dialog.getByRole("button", { name: "Record the review" }).click();
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toMatch(/30 June 2027/);
    await page.getByRole("radio", { name: "Residual ratings" }).check();
    await expect.poll(() => page.locator("table.heat-map caption").textContent(), { timeout: 20_000 }).toMatch(/residual/);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save the whole register as CSV" }).click(),
    ]);
    await csv.saveAs(`${SHOTS}/register.csv`);
    expect(readFileSync(`${SHOTS}/register.csv`, "utf8")).toMatch(/^Id,Title,Threat,Organisation,Owner,Lost,/);
    expect(readFileSync(`${SHOTS}/register.csv`, "utf8")).toMatch(/Pathology partner ransomware,Ransomware,.*,Riley Risk,/);
    await page.screenshot({ path: `${SHOTS}/register.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lets a risk manager add a control and override the consequence, and reads the ratings back", async () => {
    await page.getByRole("button", { name: "Pathology partner ransomware", exact: true }).click();
    const editor = page.getByRole("region", { name: "Edit Pathology partner ransomware" });
    await expect.poll(() => editor.textContent(), { timeout: 20_000 }).toMatch(/residual \d \(medium × catastrophic\)/);
    await editor.getByLabel("Control name").fill("Immutable offline backups");
    await editor.getByLabel("Levels down").fill("2");
    await editor.getByRole("button", { name: "Add control" }).click();
    await expect.poll(() => editor.textContent(), { timeout: 20_000 }).toMatch(/Saved: control “Immutable offline backups” added\./);
    await expect.poll(() => editor.textContent(), { timeout: 20_000 }).toMatch(/residual \d \(very low × catastrophic\)/);
    expect(await editor.getByRole("listitem").filter({ hasText: "Immutable offline backups: likelihood down 2 levels" }).count()).toBe(1);
    // The save links to what it changed: the ratings it moved take the focus.
    await editor.getByRole("button", { name: "Show it" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^risk-ratings-/);

    await editor.getByLabel("Use").selectOption("MAJOR");
    await editor.getByLabel(/Justification/).fill("Transfusion has a rehearsed paper fallback at Riverside.");
    await editor.getByRole("button", { name: "Override the consequence" }).click();
    await expect
      .poll(() => editor.textContent(), { timeout: 20_000 })
      .toMatch(/overridden to major by Riley Risk: Transfusion has a rehearsed paper fallback/);
    const history = page.getByRole("region", { name: "History of Pathology partner ransomware" });
    await expect.poll(() => history.textContent(), { timeout: 20_000 }).toMatch(/Consequence overridden to major by Riley Risk/);
    const row = page.locator("table.risks tr", { hasText: "Pathology partner ransomware" });
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toMatch(/major/);
    await page.screenshot({ path: `${SHOTS}/register-edit.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows an auditor the register without edit controls, and the API refuses an auditor's edit", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("API token").fill(auditorToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Risk register" }).click();
    await expect.poll(() => page.locator("table.risks").textContent(), { timeout: 20_000 }).toMatch(/Pathology partner ransomware/);
    expect(await page.getByRole("button", { name: /^Review / }).count()).toBe(0);
    expect(await page.getByRole("form", { name: "New risk" }).count()).toBe(0);
    const refused = await page.evaluate(async (t) => {
      const res = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${t}` },
        body: JSON.stringify({ query: 'mutation { deleteRisk(id: "any") }' }),
      });
      return ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code;
    }, auditorToken);
    expect(refused).toBe("FORBIDDEN");
    await page.getByRole("button", { name: "Pathology partner ransomware", exact: true }).click();
    const history = page.getByRole("region", { name: "History of Pathology partner ransomware" });
    await expect.poll(() => history.textContent(), { timeout: 20_000 }).toMatch(/Supplier assurance reviewed\./);
    // The risk's audit events, beside its acceptance: who did what, when.
    const events = page.getByRole("region", { name: "Audit events of this risk" });
    await expect.poll(() => events.textContent(), { timeout: 20_000 }).toMatch(/Riley Risk\s*recorded a review/);
    expect(await events.textContent()).toMatch(/raised the risk/);
    expect(await events.textContent()).toMatch(/Riley Risk\s*overrode the consequence/);
    expect(await page.getByRole("region", { name: "Edit Pathology partner ransomware" }).count()).toBe(0);
    expect(await page.getByRole("form", { name: "New control" }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/register-auditor.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows the board report and downloads it as a PDF made by the product", async () => {
    await page.getByRole("link", { name: "Board report" }).click();
    await expect.poll(() => page.locator(".report article").textContent(), { timeout: 30_000 }).toMatch(/Top risks/);
    const api = await page.evaluate(
      async (t) => (await fetch("/report.json", { headers: { authorization: `Bearer ${t}` } })).json() as Promise<BoardReport>,
      token,
    );
    const article = page.locator(".report article");
    // Top risks, highest residual rating first, as the API lists them.
    const ratings = api.topRisks.map((k) => k.residualRating);
    expect(ratings).toEqual([...ratings].sort((x, y) => y - x));
    const first = await article.locator("#top-risks + ol li").first().textContent();
    expect(first?.startsWith(`${api.topRisks[0]!.title}: residual rating ${ratings[0]}`), first ?? "").toBe(true);
    expect(await article.locator(".summary").textContent()).toBe(api.summary);
    expect(await article.textContent()).toMatch(/Harm is counted in weighted patients/);

    // The matrix: every cell in its band's colour, with the API's count and the band's name written in it.
    const heat = article.locator("table.heat-map");
    expect(await heat.locator("thead").textContent()).toMatch(/^Likelihood\s*Consequence/);
    expect(api.heatMap.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);
    for (const c of api.heatMap) {
      const cell = heat.locator(`td[data-likelihood="${c.likelihood}"][data-consequence="${c.consequence}"]`);
      const b = band(c.likelihood as Likelihood, c.consequence as Severity);
      expect({
        cell: `${c.likelihood} ${c.consequence}`,
        count: await cell.locator(".count").textContent(),
        band: await cell.locator(".band").textContent(),
      }).toEqual({
        cell: `${c.likelihood} ${c.consequence}`,
        count: c.count ? String(c.count) : "",
        band: b.name,
      });
      expect(await cell.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(rgb(b.fill));
    }
    expect(await article.getByRole("list", { name: "Key to the matrix" }).textContent()).toMatch(
      /rating 5 \(red\): unacceptable.*rating 4 \(amber\): must be controlled/,
    );

    // The assets: one bar per asset on a common scale, care lost then data exposed, each value written beside it.
    expect(await article.locator(".bar-key").textContent()).toMatch(/care lost.*data exposed/);
    const rows = article.locator(".asset-bars tbody tr");
    expect(await rows.count()).toBe(api.topAssets.length);
    expect(api.topAssets.length).toBeGreaterThan(0);
    const most = Math.max(...api.topAssets.map((a) => a.score));
    for (const [k, a] of api.topAssets.entries()) {
      const row = rows.nth(k);
      expect(await row.locator("th").textContent()).toBe(`${a.name}${[a.kind, a.organisation].filter(Boolean).join(", ")}`);
      expect([
        await row.locator(".care").textContent(),
        await row.locator(".data").textContent(),
        await row.locator(".total").textContent(),
      ]).toEqual([whole(a.availabilityHarm), whole(a.confidentialityHarm), whole(a.score)]);
      const rects = await row
        .locator("svg.bar rect")
        .evaluateAll((rs) => rs.map((r) => ({ fill: r.getAttribute("fill"), width: parseFloat(r.getAttribute("width") ?? "0") })));
      const expected = [
        ...(a.availabilityHarm > 0 ? [{ fill: CARE_COLOUR, width: (a.availabilityHarm / most) * 100 }] : []),
        ...(a.confidentialityHarm > 0 ? [{ fill: DATA_COLOUR, width: (a.confidentialityHarm / most) * 100 }] : []),
      ];
      expect(rects.map((r) => r.fill)).toEqual(expected.map((r) => r.fill));
      rects.forEach((r, i) => expect(r.width).toBeCloseTo(expected[i]!.width, 3));
    }
    expect(api.topAssets.some((a) => a.organisation)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/board-report.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // On paper: the controls and exports go, the matrix keeps its colours.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".report .filters").isVisible()).toBe(false);
    expect(await page.locator(".report .exports").isVisible()).toBe(false);
    expect(await heat.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/board-report-print.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PDF" }).click()]);
    const file = `${SHOTS}/board-report.pdf`;
    await download.saveAs(file);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toMatch(/Board report for the whole system: critical systems and patient harm/);
    expect(text).toMatch(/OFFICIAL-SENSITIVE/);
    expect(text).toMatch(/Top risks/);
    // The demo's own register outranks the risk added above: its top risks are printed with their ratings.
    expect(text).toMatch(/1\. .+: residual rating \d \(inherent \d, consequence \w+\)/);
    expect(text).toMatch(/Top ten assets to protect/);
    expect(text).toMatch(/What changed/);
    expect(text).toMatch(/Impact-tolerance breaches/);
    expect(text).toMatch(/How complete the model is/);
    expect(text).toMatch(/Harm is counted in weighted patients/);
    expect(text).toMatch(/Open risks by likelihood and consequence/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
  });
});

describe("from the keyboard alone, and on a projector's 1024 × 768", () => {
  const focusedSearch = () =>
    page.evaluate(() => document.activeElement?.closest(".node-search")?.querySelector("label")?.textContent ?? null);

  it("chooses two lost nodes, reads the groups past 300 nodes and draws one, without a mouse", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${base}/#explorer`);
    await page.reload();
    for (let i = 0; i < 30 && (await focusedSearch()) !== "Lost (unavailable)"; i++) await page.keyboard.press("Tab");
    expect(await focusedSearch()).toBe("Lost (unavailable)");
    const chosen = page.getByRole("list", { name: "Lost" }).getByRole("listitem");
    for (const [k, id] of ["sup-net", "sup-cloud"].entries()) {
      await page.keyboard.type(id);
      // The exact id is the first choice: the arrow key highlights it, Enter picks it.
      await page.locator(".combo-box [role=option]").first().waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await expect.poll(() => chosen.count()).toBe(k + 1);
      // The choices are gone and the focus is still in the search box, emptied for the next.
      expect(await page.locator(".combo-box [role=option]").count()).toBe(0);
      expect(await focusedSearch()).toBe("Lost (unavailable)");
    }
    const cy = page.getByTestId("cy");
    await expect.poll(() => cy.getAttribute("data-drawn"), { timeout: 20_000 }).toBe("sup-net,sup-cloud||24");
    await expect.poll(() => page.locator(".status").textContent()).toMatch(/further affected nodes are grouped by organisation and kind/);
    const groups = page.getByRole("navigation", { name: "Grouped nodes" }).getByRole("button");
    const first = (await groups.first().textContent()) ?? "";
    expect(first).toMatch(/^[\d,]+ more /);
    const draws = Number(await cy.getAttribute("data-draws"));
    await groups.first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => cy.getAttribute("data-draws"), { timeout: 20_000 }).toBe(String(draws + 1));
    expect(await page.getByRole("navigation", { name: "Grouped nodes" }).textContent()).not.toContain(first);
    await page.screenshot({ path: `${SHOTS}/projector-explorer.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("fits every page to the width of a projector", async () => {
    for (const name of ["Blast radius", "Protect first", "Single points & suppliers", "Risk register", "Board report"]) {
      await page.getByRole("link", { name }).click();
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
    }
    await page.screenshot({ path: `${SHOTS}/projector-report.png` });
    await page.setViewportSize({ width: 1400, height: 900 });
  });
});
