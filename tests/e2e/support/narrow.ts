import type { Page } from "playwright-core";

/**
 * Every part of the page that scrolls sideways: the document itself (wider than the window) and
 * any element inside it whose content is wider than its box where it may scroll (overflow-x auto
 * or scroll), such as the explorer's impact panel. Each is named by its tag and class, with how
 * far it scrolls.
 */
export function sidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const over = document.documentElement.scrollWidth - window.innerWidth;
    if (over > 0) found.push(`the page by ${over} px`);
    for (const e of document.body.querySelectorAll("*")) {
      const { overflowX } = getComputedStyle(e);
      if (overflowX !== "auto" && overflowX !== "scroll") continue;
      const by = e.scrollWidth - e.clientWidth;
      if (by > 1 && e.getClientRects().length > 0) found.push(`${e.tagName.toLowerCase()}.${String(e.className)} by ${by} px`);
    }
    return found;
  });
}

/**
 * Every word inside `selector`'s elements that is drawn across two lines (broken in the middle,
 * as "Ransom/ware"), read from the line boxes the browser drew for it: a whole word's text has
 * its rectangles on one line. Words are the runs between spaces and the marks a line may break
 * after (hyphens, dashes, slashes).
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of (n.textContent ?? "").matchAll(/[^\s\-–—/]+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(m[0]);
        }
      }
    }
    return found;
  }, selector);
}
