import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser.js";
import { accessibilityViolations } from "./support/accessibility.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

// The pages are held to "no violations"; this shows the audit would see them.
describe("the accessibility audit the browser tests run", () => {
  it("names unlabelled fields, missing alternative text and low contrast", async () => {
    // axe-core goes in as a script, which the product's Content-Security-Policy refuses.
    const page = await browser.newPage({ bypassCSP: true });
    await page.setContent(`<html lang="en"><head><title>Audit check</title></head><body><main>
      <input type="text"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">Faint text</p></main></body></html>`);
    const ids = (await accessibilityViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(["color-contrast", "image-alt", "label"]);
  });

  it("finds nothing on a page that follows the rules", async () => {
    // axe-core goes in as a script, which the product's Content-Security-Policy refuses.
    const page = await browser.newPage({ bypassCSP: true });
    await page.setContent(`<html lang="en"><head><title>Audit check</title></head><body><main>
      <label>Name <input type="text"></label><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot"><p>Readable text</p></main></body></html>`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
