import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const EN_GB = { locale: "en-GB" } as const;

/**
 * Headless Chromium as the browser tests and the benchmark run it: no sandbox, GPU or background
 * traffic; in British English (en-GB), as the product's users read it: every page and context it
 * opens reads dates and numbers in en-GB (Intl, navigator.language, Accept-Language) unless a test
 * says otherwise. Native date fields follow the browser's own language, which Chromium takes from
 * --lang only where its en-GB locale file is installed (Debian's chromium-l10n); without it they
 * stay month/day/year.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--lang=en-GB",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const newPage = browser.newPage.bind(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newPage = (o = {}) => newPage({ ...EN_GB, ...o });
  browser.newContext = (o = {}) => newContext({ ...EN_GB, ...o });
  return browser;
}

/** Opens the product and signs in with the token, as a user would. */
export async function signIn(page: Page, base: string, token: string): Promise<void> {
  await page.goto(base);
  await page.getByLabel("API token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
}
