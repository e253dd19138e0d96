import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { drawnLabels, overlaps, type DrawnLabel } from "./support/graph-labels.js";

/** The smallest label a person can read on screen, in pixels. */
const LEGIBLE = 11;
let e2e: E2e;
let page: Page;

beforeAll(async () => {
  e2e = await openE2e();
  page = (await e2e.signedIn("RISK_MANAGER", "Lena Labels", { viewport: { width: 1400, height: 900 } })).page;
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

/** Opens a blast radius from its address and waits until the graph has drawn it. */
async function explore(hash: string): Promise<void> {
  await page.goto(`${e2e.server.base}/${hash}`);
  await page.reload();
  const key = `${new URLSearchParams(hash.split("?")[1]).get("lost")}|${new URLSearchParams(hash.split("?")[1]).get("compromised")}|24`;
  await expect.poll(() => page.getByTestId("cy").getAttribute("data-drawn"), { timeout: 60_000 }).toBe(key);
}

const smallest = (labels: readonly DrawnLabel[]) => Math.min(...labels.map((l) => l.px));
const named = (labels: readonly DrawnLabel[]) => labels.map((l) => `${l.text} (${l.px.toFixed(1)} px)`);

describe("graph labels a person can read at first sight", () => {
  it("labels the largest radius (the HSCN exchange lost) at 11 px or more at the first fit, organisation titles whole", async () => {
    await explore("#explorer?lost=sys-nat-hscn&compromised=&hours=24");
    await page.getByTestId("cy").screenshot({ path: `${SHOTS}/labels-hscn.png` });
    const { zoom, labels } = await drawnLabels(page, "[data-testid=cy]");
    const seen = labels.filter((l) => l.inView);
    // Measured on screen: the zoom times each label's font size.
    expect(smallest(seen), named(seen).join("; ")).toBeGreaterThanOrEqual(LEGIBLE);
    expect(zoom * 20).toBeGreaterThanOrEqual(LEGIBLE);
    // What was lost, the most harmed services and the organisations are named, not just boxes and dots.
    expect(seen.some((l) => l.id === "sys-nat-hscn")).toBe(true);
    expect(seen.filter((l) => l.classes.includes("key")).length).toBeGreaterThanOrEqual(3);
    const titles = seen.filter((l) => l.classes.includes("org"));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) {
      expect(t.wrap).toBe("wrap");
      expect(t.text).not.toMatch(/…|\.\.\.$/);
    }
    expect(overlaps(labels)).toEqual([]);
  });

  it("draws no label over another in a compromise, nor in a loss, at the first fit", async () => {
    await explore("#explorer?lost=&compromised=sys-rvr-ad&hours=24");
    await page.getByTestId("cy").screenshot({ path: `${SHOTS}/labels-compromise.png` });
    const compromise = await drawnLabels(page, "[data-testid=cy]");
    expect(compromise.labels.filter((l) => l.inView).length).toBeGreaterThanOrEqual(5);
    expect(smallest(compromise.labels)).toBeGreaterThanOrEqual(LEGIBLE);
    expect(overlaps(compromise.labels)).toEqual([]);

    await explore("#explorer?lost=sup-mpp&compromised=&hours=24");
    await page.getByTestId("cy").screenshot({ path: `${SHOTS}/labels-pathology.png` });
    const loss = await drawnLabels(page, "[data-testid=cy]");
    expect(smallest(loss.labels)).toBeGreaterThanOrEqual(LEGIBLE);
    expect(overlaps(loss.labels)).toEqual([]);
  });

  it("draws no label over another in the model page's dependency drawing, groups and shares included", async () => {
    for (const id of ["svc-rvr-ed", "sys-rvr-epr", "sys-rvr-core-net"]) {
      await page.goto(`${e2e.server.base}/#model?node=${id}`);
      await page.reload();
      const graph = page.locator(".neighbourhood-graph");
      await expect.poll(() => graph.getAttribute("data-drawn"), { timeout: 60_000 }).toBe(id);
      await page.locator(".neighbourhood").screenshot({ path: `${SHOTS}/labels-model-${id}.png` });
      const { labels } = await drawnLabels(page, ".neighbourhood-graph");
      expect(labels.length).toBeGreaterThan(1);
      expect(overlaps(labels), id).toEqual([]);
    }
  });
});
