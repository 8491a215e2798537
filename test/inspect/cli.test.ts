/** `khabar inspect` as a user runs it: the built CLI (or a private build of the current sources). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticleHtml } from "../../src/html/index.js";
import { builtCli, runCli } from "../cli/run.js";
import { ROOT, SEED, SEED_GOLD_PATH, SEED_PATH } from "./fixtures.js";
import { findAll, hasClass, parseHtml, textOf } from "./html.js";

/** The text view of an inspector file. */
function textView(html: string) {
  const [view] = findAll(parseHtml(html), (n) => hasClass(n, "kb-text") && n.attrs.lang === "ar");
  if (view === undefined) throw new Error("no text view");
  return view;
}

describe("khabar inspect", () => {
  let cli: { path: string; dispose: () => void };
  let dir: string;
  beforeAll(async () => {
    cli = await builtCli();
    dir = mkdtempSync(join(tmpdir(), "khabar-inspect-"));
  }, 120_000);
  afterAll(() => {
    cli?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the seed page's view to -o, quietly", async () => {
    const out = join(dir, "seed.html");
    const run = await runCli(cli.path, ["inspect", SEED_PATH, "-o", out]);
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<title>khabar inspect · 000-seed.txt</title>");
    expect(textOf(textView(html))).toBe(SEED);
  });

  it("prints the view on standard output, from standard input too", async () => {
    const fromFile = await runCli(cli.path, ["inspect", SEED_PATH]);
    const fromStdin = await runCli(cli.path, ["inspect", "-"], SEED);
    expect(fromFile.status).toBe(0);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout.replaceAll("000-seed.txt", "standard input"));
  });

  it("marks the page against a gold file", async () => {
    const run = await runCli(cli.path, ["inspect", SEED_PATH, "--gold", SEED_GOLD_PATH]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("gold: 11 right, 0 extra, 0 missed");
    expect(findAll(textView(run.stdout), (n) => hasClass(n, "kb-gold-right"))).toHaveLength(11);
  });

  it("reads an HTML page as its rendered text, which the spans index into", async () => {
    const page = join(ROOT, "test/fixtures/html/agency-wire.html");
    const run = await runCli(cli.path, ["inspect", page]);
    expect(run.status).toBe(0);
    const article = parseArticleHtml(readFileSync(page, "utf8"));
    const view = textView(run.stdout);
    const quotes = findAll(view, (n) => hasClass(n, "kb-quote") && n.attrs.id !== undefined);
    expect(quotes.map(textOf)).toEqual(
      article.quotes.map((q) => textOf(view).slice(q.span.start, q.span.end)),
    );
  });

  it.each([
    ["no input", ["inspect"], "inspect: give exactly one input: a file or -"],
    ["two inputs", ["inspect", "a.txt", "b.txt"], "inspect: give exactly one input: a file or -"],
    ["an unknown option", ["inspect", "--pretty", "a.txt"], "Unknown option '--pretty'"],
    ["--html with --text", ["inspect", "--html", "--text", "a.txt"], "--html and --text exclude each other"],
    [
      "a file that is no gold",
      ["inspect", "a.txt", "--gold", join(ROOT, "package.json")],
      '--gold: not a gold file: it has no "quotes" list',
    ],
    ["a bad reference date", ["inspect", "a.txt", "--reference-date", "yesterday"], "--reference-date:"],
  ])("refuses %s with status 2", async (_, args, message) => {
    const run = await runCli(cli.path, args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });

  it("fails with status 1 on an input it cannot read", async () => {
    const run = await runCli(cli.path, ["inspect", join(dir, "missing.txt")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^khabar: ENOENT/);
  });

  it("prints its help", async () => {
    const run = await runCli(cli.path, ["inspect", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: khabar inspect \[options\] <file\|->/);
  });

  it("writes a page with hostile text safely", async () => {
    const page = join(dir, "hostile.txt");
    writeFileSync(page, 'قال الوزير إن "<script>alert(1)</script>" & <img src=x onerror=y>');
    const run = await runCli(cli.path, ["inspect", page]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("<script>alert");
    expect(run.stdout).not.toContain("<img");
    expect(textOf(textView(run.stdout))).toBe(readFileSync(page, "utf8"));
  });
});
