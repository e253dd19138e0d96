import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, openPage, SHOTS, type E2e } from "../support/e2e.js";
import { brokenWords, sidewaysScrolling } from "./support/narrow.js";

let e2e: E2e;
let manager: Page;
let auditor: Page;

beforeAll(async () => {
  e2e = await openE2e();
  const narrow = { viewport: { width: 800, height: 900 } };
  manager = (await e2e.signedIn("RISK_MANAGER", "Nora Narrow", narrow)).page;
  auditor = (await e2e.signedIn("AUDITOR", "Ned Narrow", narrow)).page;
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

describe("narrow windows (800 px)", () => {
  it("shows the register with every word whole, Review and Delete in view, and nothing scrolling sideways", async () => {
    await openPage(manager, e2e.server.base, "#register");
    await manager.locator("table.risks").screenshot({ path: `${SHOTS}/narrow-register-table.png` });
    const rows = await manager.locator("table.risks tbody tr").count();
    expect(rows).toBeGreaterThan(5);
    // The check sees a broken word: squeezed to a few pixels, the table breaks them, and it says so.
    await manager.addStyleTag({ content: "table.squeezed { table-layout: fixed; width: 300px; } .squeezed td { word-break: break-all; }" });
    await manager.locator("table.risks").evaluate((t) => t.classList.add("squeezed"));
    expect(await brokenWords(manager, "table.risks td")).not.toEqual([]);
    await manager.locator("table.risks").evaluate((t) => t.classList.remove("squeezed"));

    expect(await brokenWords(manager, "table.risks th, table.risks td")).toEqual([]);
    expect(await sidewaysScrolling(manager)).toEqual([]);
    for (const name of [/^Review /, /^Delete /]) {
      const box = (await manager.getByRole("button", { name }).first().boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(800);
    }
  });

  it("scrolls no page sideways, neither the page nor a part inside it such as the explorer's impact panel", async () => {
    const pages: Array<[Page, string, string]> = [
      [manager, "explorer", "#explorer?lost=sup-mpp&compromised=&hours=24"],
      [manager, "explorer-compromise", "#explorer?lost=&compromised=sys-rvr-ad&hours=24"],
      [manager, "protect", "#protect"],
      [manager, "resilience", "#resilience"],
      [manager, "recovery", "#recovery"],
      [manager, "register", "#register"],
      [manager, "report", "#report"],
      [manager, "plan", "#plan"],
      [manager, "model", "#model?node=svc-rvr-ed"],
      [manager, "queries", "#queries"],
      [auditor, "audit", "#audit"],
      [auditor, "history", "#history"],
    ];
    const wide: Record<string, string[]> = {};
    for (const [page, name, hash] of pages) {
      await openPage(page, e2e.server.base, hash);
      const found = await sidewaysScrolling(page);
      if (found.length) wide[name] = found;
      await page.screenshot({ path: `${SHOTS}/narrow-window-${name}.png`, fullPage: true });
    }
    // The check sees a part that scrolls inside the page: the impact panel squeezed past its table.
    await openPage(manager, e2e.server.base, pages[0]![2]);
    await manager.locator(".impact-panel").evaluate((e) => ((e as HTMLElement).style.width = "120px"));
    expect((await sidewaysScrolling(manager)).join("; ")).toMatch(/impact-panel/);
    expect(wide).toEqual({});
  }, 300_000);
});
