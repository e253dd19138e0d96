import { existsSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromium, signIn } from "../support/browser.js";
import type { ServerProcess } from "../support/server-process.js";
import { summarise, type Summary } from "./stats.js";

/**
 * Where the time from choosing to drawn went, by the page's own clock: until the blast radius's
 * answer had arrived (of which the server's time to its first byte), then the rest (parsing,
 * React, Cytoscape, painting), of which Cytoscape's part.
 */
export interface Breakdown {
  /** From the click until the blast radius's answer was fully received. */
  answeredMs: number;
  /** The request's time to first byte: the server's work and the wait for it. */
  serverMs: number;
  /** The answer's size as sent and as parsed. */
  bytes: number;
  decodedBytes: number;
  /** GraphQL requests made between the click and the drawing. */
  requests: number;
}

export interface BrowserFigures {
  /** From choosing the node to the graph and the panel drawn, per scenario. */
  render: Summary;
  /** The part spent adding elements and laying them out in Cytoscape. */
  draw: Summary;
  /** Opening the largest group of each scenario until it is drawn. */
  open: Summary;
  scenarios: Array<{
    id: string;
    affected: number;
    ms: number;
    drawMs: number;
    elements: number;
    breakdown: Breakdown | null;
    layouts: Record<string, number>;
  }>;
}

/**
 * Cytoscape's time to draw the same radius again in each layout the Layout list offers (the
 * other one first, then the one it was drawn with): code already compiled, so the layouts
 * compare on their own work.
 */
async function redrawEach(page: Page, cy: Locator): Promise<Record<string, number>> {
  const list = page.getByLabel("Layout");
  const drawn = await list.inputValue();
  const names = await list.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const out: Record<string, number> = {};
  for (const name of [...names.filter((n) => n !== drawn), drawn]) {
    const draws = Number(await cy.getAttribute("data-draws"));
    await list.selectOption(name);
    await page.locator(`[data-testid=cy][data-draws="${draws + 1}"]`).waitFor({ timeout: 60_000 });
    out[name] = Number(await cy.getAttribute("data-draw-ms"));
  }
  return out;
}

/** Marks the next click on the page's clock, and forgets earlier requests' timings. */
const markNextClick = (page: Page) =>
  page.evaluate(() => {
    performance.clearResourceTimings();
    performance.clearMarks("chosen");
    document.addEventListener("click", () => performance.mark("chosen"), { capture: true, once: true });
  });

/** The largest GraphQL answer since the click (the blast radius), by Resource Timing. */
const breakdown = (page: Page): Promise<Breakdown | null> =>
  page.evaluate(() => {
    const chosen = performance.getEntriesByName("chosen", "mark")[0]?.startTime;
    const answers = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (e) => e.name.endsWith("/graphql") && chosen !== undefined && e.startTime >= chosen,
    );
    const main = answers.sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
    if (!main || chosen === undefined) return null;
    return {
      answeredMs: main.responseEnd - chosen,
      serverMs: main.responseStart - main.requestStart,
      bytes: main.encodedBodySize,
      decodedBytes: main.decodedBodySize,
      requests: answers.length,
    };
  });

/**
 * The explorer in headless Chromium, as a user drives it: for each asset, type its id, choose
 * it, and time until the graph is painted and the side panel filled (the client marks the
 * container with the scenario it drew); then open the largest group and time that.
 */
export async function browserBench(
  server: ServerProcess,
  token: string,
  assets: readonly string[],
  log: (l: string) => void,
): Promise<BrowserFigures | null> {
  if (!existsSync(CHROMIUM_PATH)) {
    log(`No Chromium at ${CHROMIUM_PATH}: the browser figures are skipped (apt-get install -y chromium).`);
    return null;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.base, token);
    await page.getByRole("combobox", { name: "Lost (unavailable)" }).waitFor();
    const scenarios: BrowserFigures["scenarios"] = [];
    const opens: number[] = [];
    for (const id of assets) {
      await page.goto(`${server.base}/#explorer`);
      await page.reload();
      await page.getByRole("combobox", { name: "Lost (unavailable)" }).fill(id);
      // The choice is shown by name and organisation; its id is on the option.
      const option = page.locator(`[role=option][data-id="${id}"]`);
      await option.waitFor();
      await markNextClick(page);
      const started = performance.now();
      await option.click();
      const cy = page.locator(`[data-testid=cy][data-drawn="${id}||24"]`);
      await cy.waitFor({ timeout: 60_000 });
      await page.locator(".impact-panel .totals").waitFor();
      const ms = performance.now() - started;
      const drawMs = Number(await cy.getAttribute("data-draw-ms"));
      const elements = Number(await cy.getAttribute("data-elements"));
      const affected = Number(
        ((await page.locator(".impact-panel .totals").textContent()) ?? "")
          .match(/([\d,]+) nodes? lost or degraded in all/)?.[1]
          ?.replace(/,/g, "") ?? 0,
      );
      const b = await breakdown(page);
      const layouts = await redrawEach(page, cy);
      scenarios.push({ id, affected, ms, drawMs, elements, breakdown: b, layouts });
      const parts = b
        ? `; answer in ${b.answeredMs.toFixed(0)} ms (server ${b.serverMs.toFixed(0)} ms, ${(b.bytes / 1024).toFixed(0)} KiB sent, ${(b.decodedBytes / 1024).toFixed(0)} KiB parsed, ${b.requests} request${b.requests === 1 ? "" : "s"}), then ${(ms - b.answeredMs).toFixed(0)} ms to drawn`
        : "";
      log(
        `  ${id}: ${affected.toLocaleString("en-GB")} affected, drawn (${elements} elements) in ${ms.toFixed(0)} ms, of which Cytoscape ${drawMs} ms${parts}`,
      );
      log(
        `    drawn again: ${Object.entries(layouts)
          .map(([name, t]) => `${name} ${t} ms`)
          .join(", ")}`,
      );
      const group = page.getByRole("navigation", { name: "Grouped nodes" }).getByRole("button").first();
      if (await group.count()) {
        const draws = Number(await cy.getAttribute("data-draws"));
        const t = performance.now();
        await group.click();
        await page.locator(`[data-testid=cy][data-draws="${draws + 1}"]`).waitFor({ timeout: 60_000 });
        opens.push(performance.now() - t);
      }
    }
    return {
      render: summarise(scenarios.map((s) => s.ms)),
      draw: summarise(scenarios.map((s) => s.drawMs)),
      open: summarise(opens),
      scenarios,
    };
  } finally {
    await browser.close();
  }
}
