/**
 * The inspector in headless Chromium: the playground opened from the file system (and from a loopback HTTP
 * server) with the seed page pasted in, a click on a speaker, gold marks, a 1 MB paste, the 20 made-up pages,
 * and the file `khabar inspect` writes; screenshots compared with the stored ones. Skips with a message when
 * /usr/bin/chromium is absent (.ci/run installs it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlayground } from "../../scripts/build-playground.js";
import { sameSpeaker } from "../../scripts/eval/score.js";
import { renderInspectorHtml } from "../../src/inspect/index.js";
import { parseArticle } from "../../src/parse.js";
import { MADE_UP_PAGES, ROOT, SEED, SEED_GOLD } from "../inspect/fixtures.js";
import {
  arabicFont,
  CHROMIUM,
  comparePngs,
  HAVE_CHROMIUM,
  launch,
  SCREENSHOT_DIR,
  storedSetting,
  UPDATING,
  VIEWPORT,
} from "./browser.js";

if (!HAVE_CHROMIUM) {
  console.warn(
    `SKIPPED inspector browser tests: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does)`,
  );
}

/** Largest share of differing pixels a screenshot may have: loose enough for antialiasing across machines. */
const PIXEL_TOLERANCE = 0.03;

/** What the page shows of the text view, for the checks. */
interface Drawn {
  readonly text: string;
  readonly ticks: string[];
  readonly headings: string[];
  readonly quoteLabels: string[];
  readonly mode: string;
}

function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const view = document.querySelector(".kb-text[lang=ar]:not(.kb-legend *)") as HTMLElement;
    const all = (selector: string) => Array.from(view.querySelectorAll(selector)) as HTMLElement[];
    return {
      text: view.textContent ?? "",
      ticks: all(".kb-tick").map((n) => n.dataset.label ?? ""),
      headings: all(".kb-block.kb-heading").map((n) => n.textContent ?? ""),
      quoteLabels: all(".kb-quote[id]").map((n) => n.dataset.label ?? ""),
      mode: (window as unknown as { khabarPlayground?: { mode: string } }).khabarPlayground?.mode ?? "file",
    };
  });
}

/** The seed page as its gold annotation says it must be drawn. */
function expectSeedDrawn(shown: Drawn): void {
  expect(shown.text).toBe(SEED);
  expect(shown.ticks).toEqual(SEED_GOLD.ticker.map((t) => `${t.source} · ${t.time}`));
  expect(shown.headings).toEqual(SEED_GOLD.headings);
  expect(shown.quoteLabels).toHaveLength(SEED_GOLD.quotes.length);
  shown.quoteLabels.forEach((label, i) => {
    expect(sameSpeaker(SEED_GOLD.quotes[i]!.speaker, label), `quote ${i}: ${label}`).toBe(true);
  });
}

/** Compares a screenshot with the stored one (or stores it with UPDATE_SCREENSHOTS=1). */
async function checkScreenshot(browser: Browser, name: string, png: Buffer): Promise<void> {
  const path = join(SCREENSHOT_DIR, name);
  if (UPDATING) {
    writeFileSync(path, png);
    writeFileSync(
      join(SCREENSHOT_DIR, "screenshots.json"),
      `${JSON.stringify({ arabicFont: arabicFont(), chromium: browser.version(), viewport: VIEWPORT }, null, 2)}\n`,
    );
    return;
  }
  const setting = storedSetting();
  const font = arabicFont();
  if (setting === null || setting.arabicFont !== font) {
    console.warn(
      `SKIPPED pixel comparison of ${name}: stored screenshots were drawn with ${setting?.arabicFont}, this machine draws Arabic with ${font}. Re-record with UPDATE_SCREENSHOTS=1 npx vitest run test/playground`,
    );
    return;
  }
  const page = await browser.newPage();
  try {
    const difference = await comparePngs(page, png, readFileSync(path));
    if (difference.ratio > PIXEL_TOLERANCE) writeFileSync(join(tmpdir(), `khabar-${name}`), png);
    expect(difference.sameSize).toBe(true);
    expect(
      difference.ratio,
      `${difference.differing} of ${difference.total} pixels differ from ${name} (this run's picture: ${join(tmpdir(), `khabar-${name}`)})`,
    ).toBeLessThanOrEqual(PIXEL_TOLERANCE);
  } finally {
    await page.close();
  }
}

/** Waits until the playground shows the answer to a request newer than `after`. */
async function shownAfter(page: Page, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const shown = Number(document.body.dataset.shown ?? 0);
      return shown > n && document.body.dataset.status === "ok" ? shown : false;
    },
    after,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const shownId = (page: Page) => page.evaluate(() => Number(document.body.dataset.shown ?? 0));

describe.skipIf(!HAVE_CHROMIUM)("the inspector in headless Chromium", () => {
  let browser: Browser;
  let dir: string;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "khabar-playground-"));
    await buildPlayground(dir);
    browser = await launch();
    page = await browser.newPage({ viewport: VIEWPORT });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(dir, "index.html")).href);
    await shownAfter(page, 0);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("draws the seed page pasted into the text box, parsed in a web worker from file://", async () => {
    const before = await shownId(page);
    await page.selectOption("#sample", "");
    await page.fill("#page", SEED);
    await shownAfter(page, before);
    const shown = await drawn(page);
    expect(shown.mode).toBe("worker");
    expectSeedDrawn(shown);
    expect(errors).toEqual([]);
    // The picture of the README: the text box folded away, the view scrolled to the title so that quotes
    // show (the ticker is in the picture of the khabar inspect file), no timings (they vary).
    await page.evaluate(() => {
      (document.querySelector("#editor") as HTMLDetailsElement).open = false;
      (document.querySelector("#timing") as HTMLElement).textContent = "";
      (document.activeElement as HTMLElement | null)?.blur();
      const left = document.querySelector("#left") as HTMLElement;
      const title = document.querySelector("#left .kb-block.kb-title") as HTMLElement;
      left.scrollTop = title.getBoundingClientRect().top - left.getBoundingClientRect().top - 16;
    });
    const png = await page.screenshot({ animations: "disabled" });
    await checkScreenshot(browser, "playground-seed.png", png);
    if (UPDATING) writeFileSync(join(ROOT, "docs", "inspector-seed.png"), png);
  });

  it("scrolls the text to a speaker's quote when the speaker is clicked", async () => {
    const pane = page.locator("#left");
    await pane.evaluate((el) => {
      el.scrollTop = 0;
    });
    const link = page.locator('.kb-speaker > a[data-speaker="يوسف الحمود"]');
    const target = await link.getAttribute("data-target");
    expect(target).toBe("kb-q-6");
    await link.click();
    const placed = await page.waitForFunction(
      (id) => {
        const left = document.querySelector("#left") as HTMLElement;
        const quote = document.getElementById(id) as HTMLElement;
        const box = left.getBoundingClientRect();
        const at = quote.getBoundingClientRect();
        const inView = at.top >= box.top && at.bottom <= box.bottom;
        return inView && left.scrollTop > 0
          ? { scrollTop: left.scrollTop, flashing: quote.classList.contains("kb-flash") }
          : false;
      },
      target as string,
      { timeout: 10_000 },
    );
    const { scrollTop, flashing } = (await placed.jsonValue()) as { scrollTop: number; flashing: boolean };
    expect(scrollTop).toBeGreaterThan(300);
    expect(flashing).toBe(true);
  });

  it("marks missed, extra and misattributed quotes from a dropped gold file", async () => {
    const gold = structuredClone(SEED_GOLD);
    gold.quotes.splice(0, 1);
    gold.quotes[0]!.speaker = "متحدث آخر";
    gold.quotes.push({
      ...gold.quotes[1]!,
      speaker: "شاهد",
      text_start: "كلام لم يقله أحد في الصفحة",
      paragraph: 2,
    });
    const before = await shownId(page);
    await page.setInputFiles("#file", {
      name: "000-seed.gold.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(gold)),
    });
    await shownAfter(page, before);
    const marks = await page.evaluate(() => ({
      summary: document.querySelector("#summary")?.textContent ?? "",
      extra: Array.from(document.querySelectorAll(".kb-text .kb-quote.kb-gold-extra[id]")).map((n) => n.id),
      wrong: Array.from(document.querySelectorAll(".kb-text .kb-quote.kb-gold-wrong-speaker[id]")).map(
        (n) => n.id,
      ),
      missed: Array.from(document.querySelectorAll(".kb-left .kb-text .kb-missed")).map(
        (n) => (n as HTMLElement).dataset.label,
      ),
      state: document.querySelector("#gold-state")?.textContent ?? "",
    }));
    expect(marks.state).toBe("gold: 000-seed.gold.json");
    expect(marks.summary).toContain("gold: 10 right, 1 extra, 1 missed");
    expect(marks.extra).toEqual(["kb-q-0"]);
    expect(marks.wrong).toEqual(["kb-q-1"]);
    expect(marks.missed).toEqual(["missed: شاهد · كلام لم يقله أحد في الصفحة"]);
    const cleared = await shownId(page);
    await page.click("#clear-gold");
    await shownAfter(page, cleared);
    expect(await page.locator(".kb-left .kb-missed").count()).toBe(0);
  });

  it("stays responsive while a 1 MB paste is parsed in the worker", { timeout: 120_000 }, async () => {
    const big = SEED.repeat(Math.ceil(1_000_000 / SEED.length));
    const before = await shownId(page);
    const timing = await page.evaluate(async (text) => {
      const state = (
        window as unknown as { khabarPlayground: { inFlight: boolean; last: { parseMs: number } } }
      ).khabarPlayground;
      const area = document.querySelector("#page") as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event("input"));
      // Wait for the debounced request to reach the worker, then time the main thread while it parses.
      while (!state.inFlight) await new Promise((r) => setTimeout(r, 10));
      let last = performance.now();
      let maxGap = 0;
      let ticks = 0;
      while (state.inFlight) {
        await new Promise((r) => setTimeout(r, 10));
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
        ticks++;
      }
      return { maxGap, ticks };
    }, big);
    const after = await shownAfter(page, before);
    const parseMs = await page.evaluate(
      () =>
        (window as unknown as { khabarPlayground: { last: { parseMs: number } } }).khabarPlayground.last
          .parseMs,
    );
    console.log(
      `1 MB paste: parsed in ${parseMs.toFixed(0)} ms in the worker; meanwhile the page ran ${timing.ticks} timer turns, longest pause ${timing.maxGap.toFixed(0)} ms`,
    );
    expect(after).toBeGreaterThan(before);
    // Were the parse on the page's thread, the request would never be seen in flight (the loop above would
    // wait for it in vain) and the 10 ms timer would turn at most once; in the worker it keeps turning. No
    // rate of turns and no bound on the longest pause is asked for: on a loaded machine the page's thread
    // waits for the processor for long stretches (a pause of 1.1 s during a 1.06 s parse was seen), which
    // says nothing about the worker.
    expect(timing.ticks).toBeGreaterThanOrEqual(3);
    const count = await page.evaluate(() => document.querySelectorAll(".kb-text .kb-quote[id]").length);
    expect(count).toBeGreaterThan(1000);
  });

  it("draws each made-up page sample in the shapes of the page-formats notes", {
    timeout: 120_000,
  }, async () => {
    const names = await page.evaluate(() =>
      Array.from(document.querySelectorAll("#sample option")).map((o) => [
        (o as HTMLOptionElement).value,
        o.textContent,
      ]),
    );
    let checked = 0;
    for (const fixture of MADE_UP_PAGES) {
      const option = names.find(([, label]) => label?.startsWith(fixture.name.replace(/\.txt$/, "")));
      expect(option, fixture.name).toBeDefined();
      const before = await shownId(page);
      await page.selectOption("#sample", option![0]!);
      await shownAfter(page, before);
      const shown = await page.evaluate(() => ({
        text: document.querySelector(".kb-left .kb-text")?.textContent ?? "",
        quotes: document.querySelectorAll(".kb-left .kb-quote[id]").length,
        ticks: document.querySelectorAll(".kb-left .kb-tick").length,
      }));
      // The text box holds the sample: a textarea's value has LF line breaks whatever the file had (CRLF).
      const text = fixture.text.replace(/\r\n?/g, "\n");
      const article = parseArticle(text);
      expect(shown).toEqual({ text, quotes: article.quotes.length, ticks: article.ticker.length });
      checked++;
    }
    expect(checked).toBe(MADE_UP_PAGES.length);
    expect(checked).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
  });

  it("works the same from an HTTP host, with worker.js as a worker file", async () => {
    const server: Server = createServer((request, response) => {
      const name = new URL(request.url ?? "/", "http://127.0.0.1").pathname.slice(1) || "index.html";
      const type = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" }[extname(name)];
      try {
        const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, "")));
        response
          .writeHead(200, { "content-type": `${type ?? "application/octet-stream"}; charset=utf-8` })
          .end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const http = await browser.newPage({ viewport: VIEWPORT });
    try {
      await http.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
      await shownAfter(http, 0);
      const before = await shownId(http);
      await http.selectOption("#sample", "");
      await http.fill("#page", SEED);
      await shownAfter(http, before);
      expectSeedDrawn(await drawn(http));
    } finally {
      await http.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("opens the file khabar inspect writes, drawn the same way", async () => {
    const file = join(dir, "seed.inspect.html");
    writeFileSync(file, renderInspectorHtml(SEED, parseArticle(SEED), { name: "000-seed.txt" }));
    const cli = await browser.newPage({ viewport: VIEWPORT });
    const cliErrors: string[] = [];
    cli.on("pageerror", (error) => cliErrors.push(error.message));
    try {
      await cli.goto(pathToFileURL(file).href);
      expectSeedDrawn(await drawn(cli));
      const png = await cli.screenshot({ animations: "disabled" });
      await checkScreenshot(browser, "inspect-seed.png", png);
      await cli.click('.kb-speaker > a[data-speaker="محمد وجيه جمعة"]');
      await cli.waitForFunction(() => (document.querySelector(".kb-left") as HTMLElement).scrollTop > 300);
      expect(cliErrors).toEqual([]);
    } finally {
      await cli.close();
    }
  });
});
