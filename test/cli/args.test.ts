import { describe, expect, it } from "vitest";
import {
  ARTICLE_FIELDS,
  MAIN_HELP,
  MAX_JOBS,
  NORMALIZE_HELP,
  PARSE_HELP,
  parseCommandLine,
  SCHEMA_HELP,
  UsageError,
} from "../../src/cli/args.js";

describe("parseCommandLine", () => {
  it("reads parse with its defaults", () => {
    expect(parseCommandLine(["parse", "a.txt"])).toEqual({
      kind: "parse",
      inputs: ["a.txt"],
      ndjson: false,
      pretty: false,
      fields: null,
      format: "auto",
      jobs: null,
      progress: null,
      referenceDate: null,
      lexicon: null,
    });
  });

  it("reads every parse option", () => {
    const command = parseCommandLine([
      "parse",
      "--html",
      "--pretty",
      "--fields",
      "quotes, title,quotes",
      "-j",
      "4",
      "--progress",
      "--reference-date",
      "2024-01-02",
      "--lexicon",
      "lex.json",
      "dir",
      "-",
    ]);
    expect(command).toMatchObject({
      inputs: ["dir", "-"],
      pretty: true,
      fields: ["quotes", "title"],
      format: "html",
      jobs: 4,
      progress: true,
      referenceDate: "2024-01-02",
      lexicon: "lex.json",
    });
  });

  it.each([
    [["parse", "--ndjson"], { ndjson: true, inputs: [] }],
    [["parse", "--text", "a.html"], { format: "text" }],
    [["parse", "--no-progress", "a"], { progress: false }],
    [["parse", `--jobs=${MAX_JOBS}`, "a"], { jobs: MAX_JOBS }],
    [["normalize", "-"], { kind: "normalize", profile: "display", input: "-" }],
    [["normalize", "--profile", "search", "f"], { kind: "normalize", profile: "search", input: "f" }],
    [["schema"], { kind: "schema" }],
    [["--version"], { kind: "version" }],
    [["-v"], { kind: "version" }],
  ])("reads %j", (argv, expected) => {
    expect(parseCommandLine(argv)).toMatchObject(expected);
  });

  it.each([
    [["--help"], MAIN_HELP],
    [["-h"], MAIN_HELP],
    [["help"], MAIN_HELP],
    [["parse", "--help"], PARSE_HELP],
    [["parse", "a", "-h"], PARSE_HELP],
    [["normalize", "-h"], NORMALIZE_HELP],
    [["schema", "--help"], SCHEMA_HELP],
  ])("gives help for %j", (argv, text) => {
    expect(parseCommandLine(argv)).toEqual({ kind: "help", text });
  });

  it.each([
    [[], "no command"],
    [["parse"], "parse: no input"],
    [["parse", "--jobs", "0", "a"], "--jobs: expected a whole number"],
    [["parse", "--jobs", "1.5", "a"], "--jobs: expected a whole number"],
    [["parse", "--jobs", " 2", "a"], "--jobs: expected a whole number"],
    [["parse", "--jobs", String(MAX_JOBS + 1), "a"], "--jobs: expected a whole number"],
    [["parse", "--jobs", "a"], "parse: no input"],
    [["parse", "--fields", ",", "a"], "--fields: give at least one field"],
    [["parse", "--fields", "Title", "a"], '--fields: unknown field "Title"'],
    [["parse", "--ndjson", "--html"], "--ndjson takes the format from each line"],
    [["parse", "--progress", "--no-progress", "a"], "--progress and --no-progress exclude each other"],
    [["parse", "-", "-"], "- (standard input) given twice"],
    [["parse", "--pretty=yes", "a"], "Option '--pretty' does not take an argument"],
    [["normalize"], "normalize: give exactly one input"],
    [["normalize", "a", "b"], "normalize: give exactly one input"],
    [["normalize", "--profile"], "Option '--profile <value>' argument missing"],
    [["schema", "--pretty"], "Unknown option '--pretty'"],
    [["pasre", "a"], 'unknown command "pasre"'],
  ])("rejects %j", (argv, message) => {
    let error: unknown;
    try {
      parseCommandLine(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("lists the Article fields in schema order", () => {
    expect(ARTICLE_FIELDS.slice(0, 3)).toEqual(["title", "byline", "dateline"]);
    expect(ARTICLE_FIELDS).toContain("quotes");
  });
});
