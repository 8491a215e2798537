/**
 * Headless Chromium (Debian's chromium through playwright-core): examples/browser.html loads the packed
 * package's ESM build, bundled with esbuild, and shows the Article. Skips when /usr/bin/chromium is absent
 * on a developer machine; .ci/run installs it, so CI always runs it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type BrowserRun, CHROMIUM, runBrowserExample } from "../../scripts/browser-example.js";
import { BUILT, packedProject, REPO } from "../../scripts/pack-consumer.js";
import { ArticleSchema } from "../../src/schema.js";
import { parseWithDist } from "./expected.js";

const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(
    `SKIPPED browser smoke test: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does)`,
  );
}

/** The article text in browser.html's textarea (the HTML parser drops the newline right after the tag). */
function pageInHtml(): string {
  const html = readFileSync(join(REPO, "examples", "browser.html"), "utf8");
  const text = /<textarea id="page">\n?([\s\S]*?)<\/textarea/.exec(html)?.[1];
  if (text === undefined) throw new Error("browser.html has no textarea#page");
  return text;
}

describe.skipIf(!BUILT || (!HAVE_CHROMIUM && !process.env.CI))("headless Chromium", () => {
  it("runs examples/browser.html and shows the same Article as Node", { timeout: 300_000 }, async () => {
    const project = await packedProject();
    const shown: BrowserRun = await runBrowserExample(project.dir);
    expect(shown.skipped).toBeUndefined();
    console.log(`Chromium ${shown.version}, bundle ${shown.bundleBytes} bytes: ${shown.summary}`);
    expect(shown.errors).toEqual([]);
    expect(shown.status).toBe("ok");
    expect(ArticleSchema.safeParse(shown.article).success).toBe(true);
    expect(shown.article).toEqual(await parseWithDist(pageInHtml()));
    expect(shown.summary).toMatch(/^\d+ sections, \d+ quotes, schema valid: true$/);
  });
});
