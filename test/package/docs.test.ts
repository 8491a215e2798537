/**
 * The documentation: typedoc builds the API reference into docs/api/ (HTML, plus Markdown in
 * docs/api/markdown/) with treatWarningsAsErrors, so an undocumented export fails the build; every guide
 * exists and is linked from docs/index.md; relative links in the docs and the README resolve. docs/api/ is
 * generated here and by `npm run docs`, and kept out of git (docs/.gitignore).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LEXICON_GUIDE, withFreshTables } from "../../scripts/lexicon-doc.js";
import { REPO } from "../../scripts/pack-consumer.js";

const DOCS = join(REPO, "docs");
/** The guides issue 4 asks for; each must be linked from docs/index.md. */
const GUIDES = [
  "getting-started.md",
  "pipeline.md",
  "normalization.md",
  "ticker.md",
  "page-structure.md",
  "dates.md",
  "quotes.md",
  "lexicon.md",
  "cli.md",
  "evaluation.md",
  "performance.md",
  "releasing.md",
];

/** Relative link targets in a Markdown file (fenced code skipped), without their #fragment. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? "")
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => decodeURI(target.split("#")[0] ?? ""));
}

describe("API reference (typedoc)", () => {
  let typedoc: { status: number | null; output: string };
  beforeAll(() => {
    const result = spawnSync(process.execPath, [join(REPO, "node_modules", "typedoc", "bin", "typedoc")], {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    typedoc = { status: result.status, output: `${result.stdout}${result.stderr}` };
  }, 300_000);

  it("builds without a warning (treatWarningsAsErrors: every export documented, every link valid)", () => {
    const warnings = typedoc.output.split("\n").filter((line) => /\[(warning|error)\]/.test(line));
    expect(warnings).toEqual([]);
    expect(typedoc.status).toBe(0);
  });

  it("writes HTML and Markdown pages for each entry point", () => {
    expect(existsSync(join(DOCS, "api", "index.html"))).toBe(true);
    for (const page of ["khabar.md", "schema.md", "html.md"]) {
      expect(existsSync(join(DOCS, "api", "markdown", page)), page).toBe(true);
    }
  });

  it("documents parseArticle with its parameters and example", () => {
    const page = readFileSync(join(DOCS, "api", "markdown", "khabar.md"), "utf8");
    const section = page.slice(page.indexOf("### parseArticle"));
    expect(section).toMatch(/#### text/);
    expect(section).toMatch(/#### options/);
    expect(section).toMatch(/#### Example/);
  });
});

describe("guides", () => {
  it.each(GUIDES)("docs/%s exists and is linked from docs/index.md", (guide) => {
    expect(existsSync(join(DOCS, guide)), guide).toBe(true);
    const index = readFileSync(join(DOCS, "index.md"), "utf8");
    expect(relativeLinks(index)).toContain(guide);
  });

  it("docs/index.md links the API reference", () => {
    const links = relativeLinks(readFileSync(join(DOCS, "index.md"), "utf8"));
    expect(links.some((link) => link.startsWith("api/"))).toBe(true);
  });

  const markdownFiles = [
    join(REPO, "README.md"),
    ...readdirSync(DOCS)
      .filter((f) => f.endsWith(".md"))
      .map((f) => join(DOCS, f)),
  ].filter(existsSync);

  it.each(markdownFiles.map((f) => [relative(REPO, f), f]))("relative links in %s resolve", (_name, file) => {
    const links = relativeLinks(readFileSync(file, "utf8"));
    // docs/api/ is generated (the typedoc test above builds it); check the rest.
    const missing = links
      .filter((link) => !join(dirname(file), link).startsWith(join(DOCS, "api")))
      .filter((link) => !existsSync(join(dirname(file), link)));
    expect(missing).toEqual([]);
  });

  it("docs/lexicon.md lists every lexicon area and list as they are now (npm run docs:lexicon)", () => {
    const guide = readFileSync(LEXICON_GUIDE, "utf8");
    expect(guide, "docs/lexicon.md is out of date: run npm run docs:lexicon").toBe(withFreshTables(guide));
  });

  it("link checking finds relative links and skips fenced code", () => {
    expect(relativeLinks("[a](b.md) [c](https://x) [d](e.md#f) [g](#h)\n```\n[i](j.md)\n```\n")).toEqual([
      "b.md",
      "e.md",
    ]);
  });
});
