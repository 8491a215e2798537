/**
 * Every command and flag of the built CLI, run as a child process. Each run is checked against the library
 * called in this process, so the CLI adds nothing to and loses nothing from what parseArticle returns.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { parseArticleHtml } from "../../src/html/index.js";
import { normalize } from "../../src/normalize/index.js";
import { parseArticle } from "../../src/parse.js";
import { ArticleSchema } from "../../src/schema.js";
import { builtCli, ROOT, records, runCli } from "./run.js";

const SEED = join(ROOT, "test/fixtures/seed/000-seed.txt");
const HTML_DIR = join(ROOT, "test/fixtures/html");
const seedText = readFileSync(SEED, "utf8");
const wordpress = readFileSync(join(HTML_DIR, "wordpress.html"), "utf8");

let cli = "";
let dispose = () => {};
let tmp = "";
const exec = promisify(execFile);
const run = (args: readonly string[], input?: string) => runCli(cli, args, input);

beforeAll(async () => {
  ({ path: cli, dispose } = await builtCli());
  tmp = mkdtempSync(join(tmpdir(), "khabar-cli-"));
});
afterAll(() => {
  dispose();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.concurrent("khabar parse: files", () => {
  it("prints the Article of one text file, --pretty indented, nothing on stderr", async () => {
    const { status, stdout, stderr } = await run(["parse", "--pretty", SEED]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.startsWith('{\n  "title": ')).toBe(true);
    expect(JSON.parse(stdout)).toEqual(parseArticle(seedText));
  });

  it("reads standard input with -, detects HTML, and keeps only --fields", async () => {
    const { status, stdout } = await run(["parse", "--fields", "published,title", "-"], wordpress);
    expect(status).toBe(0);
    const article = parseArticleHtml(wordpress);
    expect(stdout).toBe(`${JSON.stringify({ published: article.published, title: article.title })}\n`);
  });

  it("--text reads an .html file as text and --html reads a .txt file as HTML", async () => {
    const small = "<h1>عنوان الخبر</h1><p>قال الوزير إن الاجتماع كان مثمرا.</p>";
    const asTxt = join(tmp, "page.txt");
    const asHtml = join(tmp, "page.html");
    writeFileSync(asTxt, small);
    writeFileSync(asHtml, small);
    const [html, text] = await Promise.all([
      run(["parse", "--html", asTxt]),
      run(["parse", "--text", asHtml]),
    ]);
    expect(JSON.parse(html.stdout)).toEqual(parseArticleHtml(small));
    expect(JSON.parse(text.stdout)).toEqual(parseArticle(small));
  });

  it("expands directories in path order, writes one record per input, and an error record for a failure (exit 1)", async () => {
    const dir = join(tmp, "pages");
    mkdirSync(join(dir, "b"), { recursive: true });
    mkdirSync(join(dir, ".hidden"), { recursive: true });
    writeFileSync(join(dir, "b", "2.txt"), seedText);
    writeFileSync(join(dir, "a.html"), wordpress);
    writeFileSync(join(dir, "notes.md"), "ليست صفحة");
    writeFileSync(join(dir, ".hidden", "x.txt"), seedText);
    const missing = join(tmp, "missing.txt");
    const { status, stdout, stderr } = await run([
      "parse",
      "--jobs",
      "2",
      "--fields",
      "title",
      dir,
      missing,
      SEED,
    ]);
    expect(status).toBe(1);
    const out = records(stdout);
    expect(out.map((r) => r.id)).toEqual([join(dir, "a.html"), join(dir, "b", "2.txt"), missing, SEED]);
    expect(out[0]).toEqual({
      id: join(dir, "a.html"),
      article: { title: parseArticleHtml(wordpress).title },
    });
    expect(out[1]).toEqual({ id: join(dir, "b", "2.txt"), article: { title: parseArticle(seedText).title } });
    expect(out[2]).toEqual({ id: missing, error: { message: expect.stringContaining("ENOENT") } });
    expect(stderr).toBe("khabar: 1 of 4 inputs failed\n");
  });
});

describe.concurrent("khabar parse: one input that fails", () => {
  it("prints its error record in place of the Article, exit 1", async () => {
    const missing = join(tmp, "gone.html");
    const { status, stdout, stderr } = await run(["parse", "--pretty", missing]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      id: missing,
      error: { message: expect.stringContaining("ENOENT") },
    });
    expect(stderr).toBe("khabar: 1 of 1 inputs failed\n");
  });
});

describe.concurrent("khabar parse --ndjson", () => {
  it("answers every line in order, with error records carrying the line number (exit 1)", async () => {
    const input = [
      JSON.stringify({ id: "a", text: seedText }),
      "",
      JSON.stringify({ id: 7, html: "<p>قال الوزير إن الاجتماع كان مثمرا.</p>" }),
      "{not json",
      JSON.stringify({ text: "لا معرف" }),
      JSON.stringify({ id: "both", text: "أ", html: "<p>ب</p>" }),
      JSON.stringify(["array"]),
      `${JSON.stringify({ id: "crlf", text: "عنوان\n\nنص" })}\r`,
    ].join("\n");
    const { status, stdout, stderr } = await run(["parse", "--ndjson", "--jobs", "1"], input);
    expect(status).toBe(1);
    expect(stderr).toBe("khabar: 4 of 7 inputs failed\n");
    const out = records(stdout);
    expect(out).toHaveLength(7);
    expect(out[0]).toEqual({ id: "a", article: parseArticle(seedText) });
    expect(out[1]).toEqual({ id: 7, article: parseArticleHtml("<p>قال الوزير إن الاجتماع كان مثمرا.</p>") });
    expect(out[2]).toMatchObject({
      id: null,
      error: { line: 4, message: expect.stringMatching(/^invalid JSON/) },
    });
    expect(out[3]).toMatchObject({ id: null, error: { line: 5, message: expect.stringContaining('"id"') } });
    expect(out[4]).toMatchObject({ id: "both", error: { line: 6 } });
    expect(out[5]).toMatchObject({ id: null, error: { line: 7 } });
    expect(out[6]).toEqual({ id: "crlf", article: parseArticle("عنوان\n\nنص") });
  });

  // Up to 2 s of CPU; the longer timeout only absorbs a machine that other jobs keep busy.
  it("keeps input order with a pool of worker threads (--jobs 2 gives what --jobs 1 gives)", {
    timeout: 180_000,
  }, async () => {
    // Long and short articles mixed, so that batches finish out of order.
    const lines = Array.from({ length: 120 }, (_, i) =>
      JSON.stringify(i % 15 === 0 ? { id: `n${i}`, text: seedText } : { id: `n${i}`, text: `خبر رقم ${i}` }),
    );
    const file = join(tmp, "many.ndjson");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const pooled = await run(["parse", "--ndjson", "--jobs", "2", "--fields", "title,blocks", file]);
    const inline = await run(["parse", "--ndjson", "-j", "1", "--fields", "title,blocks", file]);
    expect(pooled.status).toBe(0);
    expect(records(pooled.stdout).map((r) => r.id)).toEqual(lines.map((_, i) => `n${i}`));
    expect(pooled.stdout).toBe(inline.stdout);
  });

  it("passes --reference-date and --lexicon to the parser", async () => {
    const lexiconFile = join(tmp, "lexicon.json");
    const lexicon = { page: { agencies: ["وكالة الأنباء التجريبية"] } };
    writeFileSync(lexiconFile, JSON.stringify(lexicon));
    const text = "عنوان\n\nبيروت - وكالة الأنباء التجريبية\n\nقال الوزير يوم الأحد إن الاجتماع كان مثمرا.";
    const input = JSON.stringify({ id: "x", text });
    const args = ["parse", "--ndjson", "--reference-date", "2024-03-05", "--lexicon", lexiconFile];
    const { status, stdout } = await run(args, input);
    expect(status).toBe(0);
    expect(records(stdout)[0]).toEqual({
      id: "x",
      article: parseArticle(text, { referenceDate: "2024-03-05", lexicon }),
    });
  });
});

describe.concurrent("khabar parse: progress", () => {
  it("--progress draws done/total, rate and the end on stderr; results stay on stdout", async () => {
    const { status, stdout, stderr } = await run(["parse", "--progress", "--fields", "title", SEED]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ title: parseArticle(seedText).title });
    // Redrawn in place (CR, then erase to the end of the line), the final state left on its own line.
    expect(stderr).toMatch(/^(?:\rkhabar: [^\r\n]*\u001b\[K)+\n$/);
    expect(stderr).toMatch(/\rkhabar: 1\/1 \(100%\) {2}[\d.]+\/s\u001b\[K\n$/);
  });

  const hasScript = existsSync("/usr/bin/script");
  it.skipIf(!hasScript)(
    "shows progress by default only when stderr is a terminal (--no-progress turns it off)",
    async () => {
      // script(1) gives the CLI a pseudo-terminal; stdout goes to a file so only stderr reaches the terminal.
      const out = join(tmp, "tty-out.json");
      const command = (flags: string) =>
        `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} parse ${flags} --fields title ${JSON.stringify(SEED)} > ${JSON.stringify(out)}`;
      const { stdout: tty } = await exec("script", ["-qec", command(""), "/dev/null"], { encoding: "utf8" });
      expect(tty).toContain("khabar: 1/1 (100%)");
      expect(JSON.parse(readFileSync(out, "utf8"))).toEqual({ title: parseArticle(seedText).title });
      const { stdout: quiet } = await exec("script", ["-qec", command("--no-progress"), "/dev/null"], {
        encoding: "utf8",
      });
      expect(quiet).not.toContain("khabar:");
    },
  );
});

describe.concurrent("khabar: usage errors exit 2 with one line, never a stack trace", () => {
  it.each([
    ["an unknown option", ["parse", "--bogus", SEED], "khabar: Unknown option '--bogus'"],
    [
      "--jobs 0",
      ["parse", "--jobs", "0", SEED],
      'khabar: --jobs: expected a whole number from 1 to 256, got "0"',
    ],
    ["an unknown field", ["parse", "--fields", "title,nope", SEED], 'khabar: --fields: unknown field "nope"'],
    [
      "--pretty with --ndjson",
      ["parse", "--ndjson", "--pretty"],
      "khabar: --pretty cannot be used with --ndjson",
    ],
    [
      "--html with --text",
      ["parse", "--html", "--text", SEED],
      "khabar: --html and --text exclude each other",
    ],
    ["no input", ["parse"], "khabar: parse: no input"],
    ["a bad --reference-date", ["parse", "--reference-date", "5/3/2024", SEED], "khabar: --reference-date:"],
    [
      "a missing --lexicon file",
      ["parse", "--lexicon", "/nonexistent/lexicon.json", SEED],
      "khabar: --lexicon:",
    ],
    ["an unknown command", ["analyse", SEED], 'khabar: unknown command "analyse"'],
    ["no command", [], "khabar: no command"],
    [
      "a bad --profile",
      ["normalize", "--profile", "loose", SEED],
      'khabar: --profile: expected display or search, got "loose"',
    ],
    ["schema with an argument", ["schema", "extra"], 'khabar: schema: unexpected argument "extra"'],
  ])("%s", async (_name, args, message) => {
    const { status, stdout, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    const [first, hint, ...rest] = stderr.split("\n");
    expect(first?.startsWith(message)).toBe(true);
    expect(hint).toBe('Run "khabar --help" for usage.');
    expect(rest).toEqual([""]);
  });
});

describe.concurrent("khabar normalize", () => {
  it("prints a file after the display profile, and standard input after --profile search", async () => {
    const display = await run(["normalize", SEED]);
    expect(display.status).toBe(0);
    expect(display.stdout).toBe(normalize(seedText, { profile: "display" }));
    const search = await run(["normalize", "--profile", "search", "-"], seedText);
    expect(search.stdout).toBe(normalize(seedText, { profile: "search" }));
  });

  it("reports an unreadable file on one line with status 1", async () => {
    const { status, stdout, stderr } = await run(["normalize", join(tmp, "absent.txt")]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^khabar: ENOENT: no such file or directory, open '[^']+'\n$/);
  });
});

describe.concurrent("khabar schema, --help, --version", () => {
  it("prints the JSON Schema generated from ArticleSchema", async () => {
    const { status, stdout } = await run(["schema"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(z.toJSONSchema(ArticleSchema));
    const shipped = join(ROOT, "dist/article.schema.json");
    if (existsSync(shipped)) expect(readFileSync(shipped, "utf8")).toBe(stdout);
    else console.warn("dist/article.schema.json is not built: the shipped-file comparison is skipped");
  });

  it("prints help on stdout for --help and for each command", async () => {
    const [main, parse] = await Promise.all([run(["--help"]), run(["parse", "--help"])]);
    expect(main.status).toBe(0);
    expect(main.stdout).toContain("khabar parse [options] <file|dir|->...");
    expect(parse.stdout).toContain("--ndjson");
    expect(parse.stdout).toContain("--jobs");
  });

  it("prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect((await run(["--version"])).stdout).toBe(`${version}\n`);
  });
});

describe.concurrent("khabar parse in a pipeline", () => {
  it("ends quietly with status 0 when the reader closes the pipe early", async () => {
    const file = join(tmp, "pipe.ndjson");
    const line = JSON.stringify({ id: "p", text: seedText });
    writeFileSync(file, `${Array.from({ length: 400 }, () => line).join("\n")}\n`);
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} parse --ndjson --jobs 1 ${JSON.stringify(file)} | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`;
    const { stdout: out } = await exec("bash", ["-c", script], { encoding: "utf8" });
    expect(out.trim()).toBe("0");
  });
});
