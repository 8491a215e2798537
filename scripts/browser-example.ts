/**
 * Runs examples/browser.html in headless Chromium (Debian's /usr/bin/chromium through playwright-core): the
 * installed package is bundled with esbuild into the khabar.js that the page's import map names, and the
 * page is served from node:http on a free loopback port.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";

/** Where CI's `apt-get install chromium` puts the browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The flags of a quiet, sandbox-free headless run that makes no network requests of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/** What the page showed. */
export interface BrowserRun {
  /** Why the run did not happen (no Chromium), else absent. */
  readonly skipped?: string;
  /** `document.body.dataset.status`: `ok` when the page parsed the article and the schema accepted it. */
  readonly status?: string;
  /** The page's summary line. */
  readonly summary?: string;
  /** The Article the page printed, parsed from its JSON. */
  readonly article?: unknown;
  /** The browser's version string. */
  readonly version?: string;
  /** Uncaught errors and console errors on the page. */
  readonly errors: readonly string[];
  /** Size of the bundle the page loaded. */
  readonly bundleBytes?: number;
}

/** Bundles khabar as installed in `projectDir` for the browser, as browser.html's comment describes. */
async function bundleKhabar(projectDir: string): Promise<string> {
  const entry = join(projectDir, `.browser-entry-${process.pid}.mjs`);
  writeFileSync(entry, 'export * from "khabar";\n');
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      logLevel: "error",
    });
    const file = result.outputFiles[0];
    if (!file) throw new Error("esbuild wrote no bundle");
    return file.text;
  } finally {
    rmSync(entry, { force: true });
  }
}

/** Opens examples/browser.html of the consumer project in headless Chromium and reads what it shows. */
export async function runBrowserExample(
  projectDir: string,
  options: { /** Where to save a PNG of the page once it has parsed. */ screenshot?: string } = {},
): Promise<BrowserRun> {
  if (!existsSync(CHROMIUM)) {
    return {
      skipped: `${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)`,
      errors: [],
    };
  }
  const html = readFileSync(join(projectDir, "examples", "browser.html"), "utf8");
  const bundle = await bundleKhabar(projectDir);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/" || path === "/browser.html") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } else if (path === "/khabar.js") {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(bundle);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), "khabar-chromium-"));
  // A persistent context is how playwright takes a user-data-dir: a fresh one, so no profile leaks in.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  const errors: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/browser.html`);
    // A page that throws never sets a status: wait a while, then report what it showed and its errors.
    await page
      .waitForFunction(() => document.body.dataset.status !== undefined, undefined, { timeout: 15_000 })
      .catch(() => undefined);
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
    const shown = await page.evaluate(() => ({
      status: document.body.dataset.status,
      summary: document.querySelector("#summary")?.textContent ?? "",
      article: document.querySelector("#article")?.textContent ?? "",
    }));
    return {
      ...(shown.status === undefined ? {} : { status: shown.status }),
      summary: shown.summary,
      article: shown.article ? (JSON.parse(shown.article) as unknown) : undefined,
      version: context.browser()?.version() ?? "unknown",
      errors,
      bundleBytes: bundle.length,
    };
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(profile, { recursive: true, force: true });
  }
}
