import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

const ID = "sys-e2e-model-upload";
let e2e: E2e;
let page: Page;

beforeAll(async () => {
  e2e = await openE2e();
  page = (await e2e.signedIn("RISK_MANAGER", "Morgan Model")).page;
});

afterAll(async () => {
  await e2e?.close();
});

describe("the Model page in a real browser", () => {
  it("uploads a small CSV, shows the preview and its effect, applies it, and finds the new node", async () => {
    await page.getByRole("link", { name: "Model", exact: true }).click();
    const csv = ["id,name,organisation,kind,recoveryHours", `${ID},E2E upload system,org-nat-spine,APPLICATION,36`].join("\n");
    await page.getByLabel("Files").setInputFiles({ name: "systems.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByLabel("Preview");
    await expect.poll(() => preview.count(), { timeout: 30_000 }).toBe(1);
    expect(await preview.textContent()).toMatch(/nothing written yet: 1 node added\./);
    expect(await preview.textContent()).toContain("Add the system “E2E upload system”");
    await expect.poll(() => page.getByRole("table", { name: "Protect first, before and after" }).count(), { timeout: 60_000 }).toBe(1);
    await page.screenshot({ path: `${SHOTS}/model-preview.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    // The preview fits the width of a projector, as every page does.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/model-preview-projector.png`, fullPage: true });
    await page.setViewportSize({ width: 1400, height: 1000 });

    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => page.getByLabel("Applied").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByLabel("Applied").textContent()).toMatch(/Applied \(model version \d+\): 1 node added/);
    // The applied upload links to the node it added, which opens on the page.
    await page.getByRole("link", { name: "Open it: “E2E upload system”" }).click();
    await expect.poll(() => page.locator("#node-editor").textContent(), { timeout: 30_000 }).toBe("Change E2E upload system");

    await page.getByRole("searchbox", { name: "Name or id" }).fill("e2e UPLOAD");
    const row = page.locator("section[aria-labelledby=model-search] tbody tr", { hasText: ID });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    expect(await row.textContent()).toMatch(/E2E upload system.*system/);
    await page.screenshot({ path: `${SHOTS}/model-applied.png`, fullPage: true });
  });
});

describe("building an organisation's model through the forms", () => {
  const field = (key: string) => page.locator(`#field-${key}`);
  async function addNode(kind: string, values: Record<string, string>): Promise<void> {
    await page.getByRole("button", { name: "Add a node…" }).click();
    await page.getByLabel("Kind of node").selectOption(kind);
    for (const [key, value] of Object.entries(values)) {
      if ((await field(key).evaluate((e) => e.tagName)) === "SELECT") await field(key).selectOption(value);
      else await field(key).fill(value);
      // A combobox (organisation, supplier) keeps what is typed as the id; Escape closes its list.
      if ((await field(key).getAttribute("role")) === "combobox") await field(key).press("Escape");
    }
    await page.getByRole("button", { name: "Preview the new node" }).click();
    await expect.poll(() => page.locator(".node-editor [aria-label=Preview]").textContent(), { timeout: 30_000 }).toMatch(/1 node added/);
    await page.locator(".node-editor").getByRole("button", { name: "Apply", exact: true }).click();
    // Once applied, the new node opens in the editor.
    await expect.poll(() => page.locator("#node-editor").textContent(), { timeout: 30_000 }).toBe(`Change ${values.name}`);
  }
  /** A dependency on `target` (found by its id), then shown in the table by its name (`named`) and organisation. */
  async function dependOn(target: string, named: string, group?: string): Promise<void> {
    const deps = page.locator(".dependencies");
    await deps.getByRole("combobox", { name: "Depends on" }).fill(target);
    // An exact id comes first of the choices.
    await deps.locator(".combo-box [role=option]").first().click();
    await deps.getByLabel("Redundancy group").fill(group ?? "");
    await deps.getByLabel("Share of the need").fill(group ? "1" : "");
    await deps.getByRole("button", { name: "Preview", exact: true }).click();
    await expect.poll(() => deps.locator("[aria-label=Preview]").textContent(), { timeout: 30_000 }).toMatch(/1 relationship added/);
    await deps.getByRole("button", { name: "Apply", exact: true }).click();
    await expect.poll(() => deps.locator(".dependency-table").textContent(), { timeout: 30_000 }).toContain(named);
  }

  it("adds an organisation, a supplier, two systems in a redundancy group and a service, then sees the service in the supplier's blast radius", async () => {
    await page.getByRole("link", { name: "Model", exact: true }).click();
    await addNode("Organisation", { id: "org-e2e-clinic", name: "E2E Clinic", type: "GP_PRACTICE" });
    await addNode("Supplier", { id: "sup-e2e-host", name: "E2E hosting partner", recoveryHours: "72" });
    for (const k of ["a", "b"]) {
      await addNode("System", {
        id: `sys-e2e-${k}`,
        name: `E2E record ${k.toUpperCase()}`,
        organisation: "org-e2e-clinic",
        kind: "APPLICATION",
        recoveryHours: "24",
      });
      await dependOn("sup-e2e-host", "E2E hosting partner");
    }
    await addNode("CareService", {
      id: "svc-e2e-clinic",
      name: "E2E clinic appointments",
      organisation: "org-e2e-clinic",
      severity: "MAJOR",
      patientsPerDay: "120",
      impactToleranceHours: "8",
    });
    await dependOn("sys-e2e-a", "E2E record A", "records");
    await dependOn("sys-e2e-b", "E2E record B", "records");
    // Each thing depended on is named with its organisation, not its id; a risk manager is not offered the audit trail.
    const table = (await page.locator(".dependency-table").textContent()) ?? "";
    expect(table).toMatch(/E2E record A\s*E2E Clinic/);
    expect(table).not.toContain("sys-e2e-a");
    expect(await page.locator("p.saved[role=status]").textContent()).not.toMatch(/audit trail/);
    expect(await page.locator(".dependency-table").textContent()).toMatch(
      /Redundancy group “records”: 2 members, shares add up to 2, carries the whole need.*share 1.*share 1/,
    );
    await page.screenshot({ path: `${SHOTS}/model-node-form.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Blast radius" }).click();
    await page.getByRole("combobox", { name: "Lost (unavailable)" }).fill("sup-e2e-host");
    await page
      .getByRole("option", { name: /E2E hosting partner/ })
      .first()
      .click();
    await expect.poll(() => page.locator(".impact-panel").textContent(), { timeout: 30_000 }).toContain("E2E clinic appointments");
    await page.screenshot({ path: `${SHOTS}/model-built-blast-radius.png`, fullPage: true });
  });

  it("shows an auditor the model without edit controls", async () => {
    const { page: auditor } = await e2e.signedIn("AUDITOR", "Avery Audit");
    await auditor.getByRole("link", { name: "Model", exact: true }).click();
    await auditor.getByRole("searchbox", { name: "Name or id" }).fill("E2E clinic");
    await auditor.getByRole("button", { name: "E2E clinic appointments" }).click();
    await expect.poll(() => auditor.locator(".dependency-table").count(), { timeout: 30_000 }).toBe(1);
    expect(await auditor.getByRole("button", { name: /Add a node|Preview|Apply|Remove/ }).count()).toBe(0);
    expect(await auditor.getByText("The model is read-only for your role.").count()).toBe(1);
    await auditor.close();
  });
});

describe("a risk manager's model work: files, browsing, the neighbourhood and groups", () => {
  const NEW = "sys-e2e-hos-gateway";
  const browse = () => page.locator("section[aria-labelledby=model-browse]");
  const graph = () => page.locator(".neighbourhood-graph");
  const upload = async (files: Array<{ name: string; lines: string[] }>) => {
    await page
      .getByLabel("Files")
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: "text/csv", buffer: Buffer.from(f.lines.join("\n")) })));
    await page.getByRole("button", { name: "Preview", exact: true }).click();
  };

  it("reads both problems of a CSV with two bad rows by file, row and column", async () => {
    await page.getByRole("link", { name: "Model", exact: true }).click();
    await upload([
      {
        name: "systems.csv",
        lines: [
          "id,name,organisation,kind,internetFacing",
          "sys-e2e-bad-1,Bad kind,org-hos,SOFTWARE,false",
          "sys-e2e-bad-2,Bad flag,org-hos,APPLICATION,perhaps",
        ],
      },
    ]);
    const problems = page.getByRole("table", { name: "Problems" });
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(1);
    const rows = await problems
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent)));
    expect(rows).toEqual(
      expect.arrayContaining([
        ["systems.csv", "2", "kind"],
        ["systems.csv", "3", "internetFacing"],
      ]),
    );
    expect(await problems.textContent()).toContain("'perhaps' is not true or false");
    await problems.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/model-upload-problems.png` });
  });

  it("uploads a systems CSV with a dependencies CSV, applies the preview and finds the new system in the organisation's ranking", async () => {
    await upload([
      { name: "systems.csv", lines: ["id,name,organisation,kind,recoveryHours", `${NEW},E2E hospice gateway,org-hos,INTEGRATION,12`] },
      { name: "dependencies.csv", lines: ["from,to,effect", `svc-hos-inpatient,${NEW},FAILS`] },
    ]);
    const preview = page.getByLabel("Preview");
    await expect.poll(() => preview.count(), { timeout: 30_000 }).toBe(1);
    expect(await preview.textContent()).toMatch(/1 node added; 1 relationship added\./);
    expect(await preview.textContent()).toMatch(/Add: “[^”]+” depends on “E2E hospice gateway”/);
    await expect.poll(() => page.getByRole("table", { name: "Protect first, before and after" }).count(), { timeout: 60_000 }).toBe(1);
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect.poll(() => page.getByLabel("Applied").count(), { timeout: 30_000 }).toBe(1);

    await page.getByRole("link", { name: "Protect first" }).click();
    await page.getByRole("combobox", { name: "Organisation" }).fill("org-hos");
    await page.locator(".combo-box [role=option]").first().click();
    const ranking = page.locator("table.ranking");
    // Once filtered, the hospice's few assets, the new one among them, and no one else's.
    const rankedHere = async () => {
      const text = (await ranking.textContent()) ?? "";
      return text.includes("E2E hospice gateway") && !/Riverside|Northmere|Surgery/.test(text);
    };
    await expect.poll(rankedHere, { timeout: 60_000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/model-upload-ranked.png`, fullPage: true });
  });

  it("browses by organisation and kind, pages through every system, and opens a node with its neighbourhood drawn", async () => {
    await page.getByRole("link", { name: "Model", exact: true }).click();
    // Each step waits for its own answer: the page on screen until then is the one before.
    const kinds = () => browse().locator("tbody td:nth-child(3)").allTextContents();
    await browse().getByLabel("Label", { exact: true }).selectOption("System");
    const only = async (kind: RegExp) => {
      const k = await kinds();
      return k.length > 0 && k.every((x) => kind.test(x));
    };
    await expect.poll(() => only(/^system/), { timeout: 30_000 }).toBe(true);
    expect(await browse().locator("caption").textContent()).toMatch(/^Nodes 1–25 of [\d,]+, by id$/);
    await browse().getByRole("button", { name: "Next page" }).click();
    await expect.poll(() => browse().locator("caption").textContent(), { timeout: 30_000 }).toMatch(/^Nodes 26–50 of /);

    await browse().getByLabel("Organisation", { exact: true }).selectOption({ label: "St Columba's Hospice" });
    await browse().getByLabel("Kind of system").selectOption("INTEGRATION");
    await expect.poll(() => only(/^system, integration$/), { timeout: 30_000 }).toBe(true);
    expect(await browse().locator("tbody").textContent()).toContain(NEW);
    expect(await browse().locator("caption").textContent()).toMatch(/^Nodes 1–\d+ of \d+, by id$/);
    await browse().getByRole("button", { name: "E2E hospice gateway" }).click();
    await expect.poll(() => page.locator("#node-editor").textContent(), { timeout: 30_000 }).toBe("Change E2E hospice gateway");

    await expect.poll(() => graph().getAttribute("data-drawn"), { timeout: 30_000 }).toBe(NEW);
    expect(await graph().getAttribute("data-nodes")).toBe("2");
    expect(await graph().getAttribute("aria-label")).toMatch(/E2E hospice gateway depends on 0 nodes .* and 1 depends on it/);
    await graph().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/model-neighbourhood.png` });

    // A click on the neighbour opens it, as its name in the table does.
    const positions = JSON.parse((await graph().getAttribute("data-positions"))!) as Record<string, [number, number]>;
    const box = (await graph().boundingBox())!;
    const [x, y] = positions["svc-hos-inpatient"]!;
    await page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => graph().getAttribute("data-drawn"), { timeout: 30_000 }).toBe("svc-hos-inpatient");
    expect(await page.locator("#node-editor").textContent()).toMatch(/^Change /);
    expect(Number(await graph().getAttribute("data-nodes"))).toBeGreaterThan(2);
    await page.locator(".neighbourhood").screenshot({ path: `${SHOTS}/model-neighbourhood-service.png` });
    expect(await accessibilityViolations(page)).toEqual([]);

    // Fifty-odd dependants: twelve drawn above, one node for the rest, which the table lists.
    await page.getByRole("searchbox", { name: "Name or id" }).fill("sys-rvr-core-net");
    await page.locator("section[aria-labelledby=model-search]").getByRole("button").first().click();
    await expect.poll(() => graph().getAttribute("data-drawn"), { timeout: 30_000 }).toBe("sys-rvr-core-net");
    expect(Object.keys(JSON.parse((await graph().getAttribute("data-positions"))!) as object).length).toBeLessThanOrEqual(24);
    await expect.poll(() => page.locator(".dependants li").count(), { timeout: 30_000 }).toBeGreaterThan(12);
    await page.locator(".neighbourhood").screenshot({ path: `${SHOTS}/model-neighbourhood-dense.png` });
  });

  it("shows a redundancy group together with its shares added up, and the API's refusal of a short group beside the form", async () => {
    await browse().getByLabel("Organisation", { exact: true }).selectOption({ label: "E2E Clinic" });
    await browse().getByLabel("Label", { exact: true }).selectOption("CareService");
    await expect.poll(() => browse().locator("tbody").textContent(), { timeout: 30_000 }).toContain("svc-e2e-clinic");
    await browse().getByRole("button", { name: "E2E clinic appointments" }).click();
    const deps = page.locator(".dependencies");
    await expect
      .poll(() => deps.locator(".group-head").textContent(), { timeout: 30_000 })
      .toMatch(/^Redundancy group “records”: 2 members, shares add up to 2, carries the whole need/);

    const share = async (name: string, value: string) => {
      await deps.getByRole("button", { name: `Change the dependency on ${name}` }).click();
      expect(await deps.getByLabel("Redundancy group").inputValue()).toBe("records");
      await deps.getByLabel("Share of the need").fill(value);
      await deps.getByRole("button", { name: "Preview", exact: true }).click();
    };
    await share("E2E record A", "0.3");
    await expect.poll(() => deps.locator("[aria-label=Preview]").count(), { timeout: 30_000 }).toBe(1);
    await deps.getByRole("button", { name: "Apply", exact: true }).click();
    await expect
      .poll(() => deps.locator(".group-head").textContent(), { timeout: 30_000 })
      .toMatch(/^Redundancy group “records”: 2 members, shares add up to 1\.3, carries the whole need/);

    await share("E2E record B", "0.5");
    const refusal = deps.locator(".form-problems");
    await expect.poll(() => refusal.count(), { timeout: 30_000 }).toBe(1);
    expect(await refusal.textContent()).toMatch(/shares add up to 0\.8, 0\.2 short/);
    expect(await deps.locator(".group-head").textContent()).toContain("shares add up to 1.3");
    await expect.poll(() => graph().getAttribute("data-drawn"), { timeout: 30_000 }).toBe("svc-e2e-clinic");
    await deps.screenshot({ path: `${SHOTS}/model-groups-refused.png` });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The group's shares together: moved between members in one change.
    await deps.getByRole("button", { name: "Change the shares of group records" }).click();
    const form = deps.getByRole("group", { name: "Shares of the redundancy group “records”" });
    await form.getByLabel("E2E record A").fill("0.5");
    await form.getByLabel("E2E record B").fill("0.5");
    expect(await form.textContent()).toContain("Together 1: the group carries the whole need");
    await form.getByRole("button", { name: "Preview the shares" }).click();
    await expect.poll(() => deps.locator("[aria-label=Preview]").textContent(), { timeout: 30_000 }).toMatch(/2 relationships changed\./);
    await deps.getByRole("button", { name: "Apply", exact: true }).click();
    await expect
      .poll(() => deps.locator(".group-head").textContent(), { timeout: 30_000 })
      .toMatch(/shares add up to 1, carries the whole need/);
    expect(await deps.locator(".redundancy-group").textContent()).toMatch(/E2E record A.*share 0\.5.*E2E record B.*share 0\.5/);
    await page.screenshot({ path: `${SHOTS}/model-groups.png`, fullPage: true });
    await expect.poll(() => graph().getAttribute("data-drawn"), { timeout: 30_000 }).toBe("svc-e2e-clinic");
    await page.locator(".neighbourhood").screenshot({ path: `${SHOTS}/model-neighbourhood-group.png` });
  });
});
