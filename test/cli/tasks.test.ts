import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runTask, type Task, type TaskSettings, taskFailure } from "../../src/cli/tasks.js";
import { parseArticleHtml } from "../../src/html/index.js";
import { parseArticle } from "../../src/parse.js";

const RECORDS: TaskSettings = { record: true, pretty: false, fields: null, format: "auto", options: {} };
const TEXT = "عنوان الخبر\n\nقال الوزير إن الاجتماع كان مثمرا.";
const HTML = "<h1>عنوان الخبر</h1><p>قال الوزير إن الاجتماع كان مثمرا.</p>";

const line = (value: unknown, lineNo = 1): Task => ({
  kind: "line",
  line: typeof value === "string" ? value : JSON.stringify(value),
  lineNo,
});
const run = (task: Task, settings: TaskSettings = RECORDS) => {
  const result = runTask(task, settings);
  return { ok: result.ok, value: JSON.parse(result.output) as Record<string, unknown> };
};

describe("runTask on NDJSON lines", () => {
  it.each([
    ["text", { id: "a", text: TEXT }, { id: "a", article: parseArticle(TEXT) }],
    ["html", { id: 3, html: HTML }, { id: 3, article: parseArticleHtml(HTML) }],
    [
      "a per-line referenceDate",
      { id: "r", text: TEXT, referenceDate: "2024-01-02" },
      { id: "r", article: parseArticle(TEXT, { referenceDate: "2024-01-02" }) },
    ],
    [
      "extra keys, which are ignored",
      { id: "e", text: TEXT, url: "https://example.org" },
      { id: "e", article: parseArticle(TEXT) },
    ],
  ])("parses a record with %s", (_name, record, expected) => {
    expect(run(line(record))).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["invalid JSON", "{oops", null, /^invalid JSON: /],
    ["an array", [1], null, /^expected a JSON object/],
    ["null", null, null, /^expected a JSON object/],
    ["a missing id", { text: TEXT }, null, /^"id": expected a string or a number/],
    ["an id that is neither string nor number", { id: true, text: TEXT }, null, /^"id"/],
    ["neither text nor html", { id: "n" }, "n", /exactly one of "text" and "html"/],
    ["both text and html", { id: "b", text: TEXT, html: HTML }, "b", /exactly one of "text" and "html"/],
    ["a text that is not a string", { id: "t", text: 42 }, "t", /exactly one of "text" and "html"/],
    ["a text that is not a string beside an html", { id: "t", text: null, html: HTML }, "t", /exactly one/],
    [
      "a referenceDate that is not a string",
      { id: "d", text: TEXT, referenceDate: 20240102 },
      "d",
      /referenceDate/,
    ],
    [
      "a referenceDate in the wrong form",
      { id: "d", text: TEXT, referenceDate: "2/1/2024" },
      "d",
      /referenceDate/,
    ],
  ])("gives an error record for %s", (_name, record, id, message) => {
    const { ok, value } = run(line(record, 9));
    expect(ok).toBe(false);
    expect(value).toEqual({ id, error: { message: expect.stringMatching(message), line: 9 } });
  });
});

describe("runTask on files and standard input", () => {
  const dir = mkdtempSync(join(tmpdir(), "khabar-tasks-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ["an .html file as HTML", "page.html", HTML, "auto", parseArticleHtml(HTML)],
    ["a .txt file as text even when it looks like HTML", "page.txt", HTML, "auto", parseArticle(HTML)],
    ["a file of another extension by its content", "page.dat", HTML, "auto", parseArticleHtml(HTML)],
    ["any file as HTML with --html", "plain.txt", HTML, "html", parseArticleHtml(HTML)],
    ["any file as text with --text", "p.htm", HTML, "text", parseArticle(HTML)],
  ] as const)("reads %s", (_name, name, content, format, expected) => {
    const path = file(name, content);
    expect(run({ kind: "file", path }, { ...RECORDS, record: false, format })).toEqual({
      ok: true,
      value: expected,
    });
  });

  it("reads standard input as HTML or text by its content", () => {
    const settings = { ...RECORDS, record: false };
    expect(run({ kind: "text", id: "-", text: HTML }, settings).value).toEqual(parseArticleHtml(HTML));
    expect(run({ kind: "text", id: "-", text: TEXT }, settings).value).toEqual(parseArticle(TEXT));
  });

  it("gives an error record naming a file that cannot be read", () => {
    const path = join(dir, "absent.txt");
    const { ok, value } = run({ kind: "file", path });
    expect(ok).toBe(false);
    expect(value).toEqual({ id: path, error: { message: expect.stringContaining("ENOENT") } });
  });

  it("keeps only the fields asked for, in the order asked", () => {
    const path = file("f.txt", TEXT);
    const result = runTask({ kind: "file", path }, { ...RECORDS, fields: ["quotes", "title"] });
    const article = parseArticle(TEXT);
    expect(result.output).toBe(
      JSON.stringify({ id: path, article: { quotes: article.quotes, title: article.title } }),
    );
  });

  it("indents with --pretty, records included", () => {
    const path = file("p.txt", TEXT);
    const result = runTask({ kind: "file", path }, { ...RECORDS, pretty: true, fields: ["title"] });
    expect(result.output).toBe(
      JSON.stringify({ id: path, article: { title: parseArticle(TEXT).title } }, null, 2),
    );
  });
});

describe("taskFailure", () => {
  it.each([
    [{ kind: "file", path: "a.txt" } as Task, { id: "a.txt", error: { message: "died" } }],
    [{ kind: "text", id: "-", text: "" } as Task, { id: "-", error: { message: "died" } }],
    [line("{}", 4), { id: null, error: { message: "died", line: 4 } }],
  ])("names the input of a task that never ran: %j", (task, expected) => {
    expect(JSON.parse(taskFailure(task, "died", RECORDS).output)).toEqual(expected);
  });
});
