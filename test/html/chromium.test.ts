/**
 * htmlToText against the real thing: headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core) loads each page with `page.setContent`, every network request aborted, and its
 * `document.body.innerText` is compared with ours. Skipped, with a message, where Chromium is absent.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToText } from "../../src/html/text.js";
import { TEXT_CASES } from "./cases.js";

const CHROMIUM = "/usr/bin/chromium";
const FIXTURES = join(import.meta.dirname, "../fixtures/html");
const PAGES = readdirSync(FIXTURES).filter((f) => f.endsWith(".html"));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the Chromium comparison: ${CHROMIUM} is absent`);

/** Lines after trimming each, blank lines dropped: layout-only differences in blank lines do not count. */
function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

describe.skipIf(!hasChromium)("htmlToText matches Chromium's innerText", () => {
  let profile = "";
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "khabar-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
      ],
    });
    page = await context.newPage();
    // The pages name images, fonts and scripts; nothing may leave the machine.
    await page.route("**/*", (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function innerText(html: string): Promise<string> {
    await page.setContent(html, { waitUntil: "domcontentloaded" });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is exactly what is compared.
    return page.evaluate(() => document.body.innerText);
  }

  it.each(PAGES)("%s: same lines", async (name) => {
    const html = readFileSync(join(FIXTURES, name), "utf8");
    const browser = lines(await innerText(html));
    expect(browser.length).toBeGreaterThan(10);
    expect(lines(htmlToText(html).text)).toEqual(browser);
  });

  it.each(TEXT_CASES)("%s: the same text, blank lines included", async (_name, html, text) => {
    expect(await innerText(`<!doctype html><html><body>${html}</body></html>`)).toBe(text);
  });
});
