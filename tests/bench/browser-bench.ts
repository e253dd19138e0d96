import { existsSync } from "node:fs";
import { CHROMIUM_PATH, launchChromium, signIn } from "../support/browser.js";
import type { ServerProcess } from "../support/server-process.js";
import { summarise, type Summary } from "./stats.js";

export interface BrowserFigures {
  /** From choosing the node to the graph and the panel drawn, per scenario. */
  render: Summary;
  /** The part spent adding elements and laying them out in Cytoscape. */
  draw: Summary;
  /** Opening the largest group of each scenario until it is drawn. */
  open: Summary;
  scenarios: Array<{ id: string; affected: number; ms: number; drawMs: number; elements: number }>;
}


/**
 * The explorer in headless Chromium, as a user drives it: for each asset, type its id, choose
 * it, and time until the graph is painted and the side panel filled (the client marks the
 * container with the scenario it drew); then open the largest group and time that.
 */
export async function browserBench(server: ServerProcess, token: string, assets: readonly string[], log: (l: string) => void): Promise<BrowserFigures | null> {
  if (!existsSync(CHROMIUM_PATH)) {
    log(`No Chromium at ${CHROMIUM_PATH}: the browser figures are skipped (apt-get install -y chromium).`);
    return null;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.base, token);
    await page.getByRole("searchbox", { name: "Lost (unavailable)" }).waitFor();
    const scenarios: BrowserFigures["scenarios"] = [];
    const opens: number[] = [];
    for (const id of assets) {
      await page.goto(`${server.base}/#explorer`);
      await page.reload();
      await page.getByRole("searchbox", { name: "Lost (unavailable)" }).fill(id);
      const option = page.getByRole("button", { name: new RegExp(`· ${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });
      await option.waitFor();
      const started = performance.now();
      await option.click();
      const cy = page.locator(`[data-testid=cy][data-drawn="${id}||24"]`);
      await cy.waitFor({ timeout: 60_000 });
      await page.locator(".impact-panel .totals").waitFor();
      const ms = performance.now() - started;
      const drawMs = Number(await cy.getAttribute("data-draw-ms"));
      const elements = Number(await cy.getAttribute("data-elements"));
      const affected = Number(((await page.locator(".impact-panel .totals").textContent()) ?? "").match(/([\d,]+) nodes? lost or degraded in all/)?.[1]?.replace(/,/g, "") ?? 0);
      scenarios.push({ id, affected, ms, drawMs, elements });
      log(`  ${id}: ${affected.toLocaleString("en-GB")} affected, drawn (${elements} elements) in ${ms.toFixed(0)} ms, of which Cytoscape ${drawMs} ms`);
      const group = page.getByRole("navigation", { name: "Grouped nodes" }).getByRole("button").first();
      if (await group.count()) {
        const draws = Number(await cy.getAttribute("data-draws"));
        const t = performance.now();
        await group.click();
        await page.locator(`[data-testid=cy][data-draws="${draws + 1}"]`).waitFor({ timeout: 60_000 });
        opens.push(performance.now() - t);
      }
    }
    return { render: summarise(scenarios.map((s) => s.ms)), draw: summarise(scenarios.map((s) => s.drawMs)), open: summarise(opens), scenarios };
  } finally {
    await browser.close();
  }
}
