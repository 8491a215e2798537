/**
 * The command line: which command, which inputs, which flags. Every mistake is a {@link UsageError} whose
 * one-line message the entry point prints before exiting with status 2.
 */
import { parseArgs } from "node:util";
import { ArticleSchema } from "../schema.js";

/** A mistake on the command line: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The fields of an Article, in schema order: the values `--fields` accepts. */
export const ARTICLE_FIELDS: readonly string[] = Object.keys(ArticleSchema.shape);

/** How an input file is read. */
export type InputFormat = "auto" | "html" | "text";

/** `khabar parse`. */
export interface ParseCommand {
  readonly kind: "parse";
  /** Files, directories or `-`; with `--ndjson`, NDJSON files (none: standard input). */
  readonly inputs: readonly string[];
  readonly ndjson: boolean;
  readonly pretty: boolean;
  /** The Article fields to keep, or `null` for all. */
  readonly fields: readonly string[] | null;
  readonly format: InputFormat;
  /** Worker threads; `null`: one per core. */
  readonly jobs: number | null;
  /** `true`/`false` from `--progress`/`--no-progress`; `null`: only when standard error is a terminal. */
  readonly progress: boolean | null;
  readonly referenceDate: string | null;
  /** Path of a JSON file of lexicon additions. */
  readonly lexicon: string | null;
}

/** `khabar normalize`. */
export interface NormalizeCommand {
  readonly kind: "normalize";
  readonly profile: "display" | "search";
  readonly input: string;
}

/** Every command the CLI runs. */
export type Command =
  | ParseCommand
  | NormalizeCommand
  | { readonly kind: "schema" }
  | { readonly kind: "help"; readonly text: string }
  | { readonly kind: "version" };

/** The most worker threads `--jobs` accepts. */
export const MAX_JOBS = 256;

export const MAIN_HELP = `khabar: turn the text or HTML of an Arabic news page into a typed Article (JSON).

Usage:
  khabar parse [options] <file|dir|->...   one Article per input
  khabar parse --ndjson [options] [file]   {"id","text"|"html"} lines in, one result line each
  khabar normalize [--profile display|search] <file|->
  khabar schema                            the Article JSON Schema
  khabar inspect [-o out.html] [--gold g.json] <file|->  the page with khabar's reading drawn on it

Run "khabar <command> --help" for the options of a command.
Exit status: 0 all inputs parsed, 1 some failed (each written as an error record), 2 usage error.
`;

export const PARSE_HELP = `Usage: khabar parse [options] <file|dir|->...
       khabar parse --ndjson [options] [file|-]...

Parses each input into an Article. One input prints the Article itself; several inputs, a directory or
--ndjson print one record per line, in input order: {"id", "article"} or {"id", "error"}.
A directory stands for its .txt, .text, .html, .htm and .xhtml files, recursively, in path order.

Options:
  --ndjson              read {"id", "text"} or {"id", "html"} lines (optional "referenceDate")
                        from the files given, or standard input; write one result line per input
  --html                read every input as HTML      --text   read every input as plain text
                        (default: .html/.htm/.xhtml are HTML, .txt/.text text, others detected)
  --fields a,b,...      keep only these Article fields (${ARTICLE_FIELDS.join(", ")})
  --pretty              indent the JSON (not with --ndjson)
  -j, --jobs N          parse in N worker threads (default: one per core); output order is kept
  --reference-date D    YYYY-MM-DD the pages were fetched, to resolve weekday-only dates
  --lexicon FILE        JSON file of lexicon additions (see docs/lexicon.md)
  --progress, --no-progress
                        show done/total, rate and ETA on standard error (default: when it is a terminal)
  -h, --help            this help
`;

export const NORMALIZE_HELP = `Usage: khabar normalize [--profile display|search] <file|->

Prints the input after khabar's normalization stage alone.
  --profile display     the text as parseArticle reads it (default)
  --profile search      folded further for matching and indexing
`;

export const SCHEMA_HELP = `Usage: khabar schema

Prints the JSON Schema of the Article that "khabar parse" writes.
`;

function firstSentence(message: string): string {
  const end = message.indexOf(". ");
  return end < 0 ? message : message.slice(0, end);
}

/** Runs `node:util` parseArgs, turning its errors into one-line usage errors. */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message));
  }
}

function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS || value.trim() !== value) {
    throw new UsageError(`--jobs: expected a whole number from 1 to ${MAX_JOBS}, got "${value}"`);
  }
  return jobs;
}

function parseFields(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const fields = value
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  if (fields.length === 0) throw new UsageError("--fields: give at least one field");
  for (const field of fields) {
    if (!ARTICLE_FIELDS.includes(field)) {
      throw new UsageError(
        `--fields: unknown field "${field}"; expected some of ${ARTICLE_FIELDS.join(", ")}`,
      );
    }
  }
  return [...new Set(fields)];
}

function parseCommand(rest: string[]): Command {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        ndjson: { type: "boolean" },
        html: { type: "boolean" },
        text: { type: "boolean" },
        fields: { type: "string" },
        pretty: { type: "boolean" },
        jobs: { type: "string", short: "j" },
        "reference-date": { type: "string" },
        lexicon: { type: "string" },
        progress: { type: "boolean" },
        "no-progress": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }),
  );
  if (values.help) return { kind: "help", text: PARSE_HELP };
  const ndjson = values.ndjson === true;
  if (values.html && values.text) throw new UsageError("--html and --text exclude each other");
  if (ndjson && (values.html || values.text)) {
    throw new UsageError(
      '--ndjson takes the format from each line ("text" or "html"), not from --html/--text',
    );
  }
  if (ndjson && values.pretty)
    throw new UsageError("--pretty cannot be used with --ndjson (one result per line)");
  if (values.progress && values["no-progress"])
    throw new UsageError("--progress and --no-progress exclude each other");
  if (!ndjson && positionals.length === 0) {
    throw new UsageError("parse: no input; give files, directories or - for standard input");
  }
  if (positionals.filter((p) => p === "-").length > 1)
    throw new UsageError("parse: - (standard input) given twice");
  return {
    kind: "parse",
    inputs: positionals,
    ndjson,
    pretty: values.pretty === true,
    fields: parseFields(values.fields),
    format: values.html ? "html" : values.text ? "text" : "auto",
    jobs: parseJobs(values.jobs),
    progress: values.progress ? true : values["no-progress"] ? false : null,
    referenceDate: values["reference-date"] ?? null,
    lexicon: values.lexicon ?? null,
  };
}

function normalizeCommand(rest: string[]): Command {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { profile: { type: "string" }, help: { type: "boolean", short: "h" } },
    }),
  );
  if (values.help) return { kind: "help", text: NORMALIZE_HELP };
  const profile = values.profile ?? "display";
  if (profile !== "display" && profile !== "search") {
    throw new UsageError(`--profile: expected display or search, got "${profile}"`);
  }
  if (positionals.length !== 1) throw new UsageError("normalize: give exactly one input: a file or -");
  return { kind: "normalize", profile, input: positionals[0] as string };
}

function schemaCommand(rest: string[]): Command {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { help: { type: "boolean", short: "h" } },
    }),
  );
  if (values.help) return { kind: "help", text: SCHEMA_HELP };
  if (positionals.length > 0) throw new UsageError(`schema: unexpected argument "${positionals[0]}"`);
  return { kind: "schema" };
}

/**
 * Reads the command line (without `node` and the script path).
 *
 * @throws {UsageError} for an unknown command or option, a missing input or a bad value.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case "parse":
      return parseCommand(rest);
    case "normalize":
      return normalizeCommand(rest);
    case "schema":
      return schemaCommand(rest);
    case "help":
    case "--help":
    case "-h":
      return { kind: "help", text: MAIN_HELP };
    case "--version":
    case "-v":
      return { kind: "version" };
    case undefined:
      throw new UsageError("no command; expected parse, normalize, schema or inspect");
    default:
      throw new UsageError(`unknown command "${command}"; expected parse, normalize, schema or inspect`);
  }
}
