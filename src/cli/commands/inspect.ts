/** `khabar inspect`: one page with khabar's reading drawn on it, written as a self-contained HTML file. */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { htmlToText, looksLikeHtml, withHtmlMetadata } from "../../html/index.js";
import { type Gold, goldFromJson, renderInspectorHtml } from "../../inspect/index.js";
import { parseArticle } from "../../parse.js";
import { UsageError } from "../args.js";
import { readAll } from "../io.js";
import { parseOptionsFromFlags, readJsonFile } from "../options.js";
import { HTML_EXTENSIONS, TEXT_EXTENSIONS } from "../tasks.js";

export const INSPECT_HELP = `Usage: khabar inspect [options] <file|->

Writes one page with khabar's reading drawn on it as a self-contained HTML file (no external resource):
the text right to left with the ticker items boxed, title, byline, dateline and headings tagged, furniture
struck through and each quote underlined in its speaker's colour; the Article as a tree beside it.

Options:
  -o, --output FILE     write the HTML to FILE (default: standard output)
  --gold FILE           an NNN.gold.json: mark missed, extra and misattributed quotes (corpus scoring rules)
  --html                read the input as HTML     --text   read it as plain text
                        (default: .html/.htm/.xhtml are HTML, .txt/.text text, others detected)
  --reference-date D    YYYY-MM-DD the page was fetched, to resolve weekday-only dates
  --lexicon FILE        JSON file of lexicon additions (see docs/lexicon.md)
  -h, --help            this help
`;

/** The streams `khabar inspect` uses. */
export interface InspectIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

function readGold(path: string | undefined): Gold | undefined {
  if (path === undefined) return undefined;
  try {
    return goldFromJson(readJsonFile(path, "--gold"));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--gold: ${(error as Error).message}`);
  }
}

/**
 * Runs `khabar inspect` on the arguments after the command name; returns the exit status (0 written, 1 the
 * input or output failed).
 *
 * @throws {UsageError} for a mistake on the command line.
 */
export async function runInspect(argv: readonly string[], io: InspectIo): Promise<number> {
  let parsed: ReturnType<typeof parseInspectArgs>;
  try {
    parsed = parseInspectArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = (error as Error).message;
    throw new UsageError(message.slice(0, message.indexOf(". ") < 0 ? undefined : message.indexOf(". ")));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(INSPECT_HELP);
    return 0;
  }
  if (values.html && values.text) throw new UsageError("--html and --text exclude each other");
  if (positionals.length !== 1) throw new UsageError("inspect: give exactly one input: a file or -");
  const input = positionals[0] as string;
  const options = parseOptionsFromFlags(values["reference-date"], values.lexicon);
  const gold = readGold(values.gold);

  let content: string;
  try {
    content = input === "-" ? await readAll(io.stdin) : readFileSync(input, "utf8");
  } catch (error) {
    io.stderr.write(`khabar: ${(error as Error).message}\n`);
    return 1;
  }
  const ext = extname(input).toLowerCase();
  const asHtml =
    values.html === true ||
    (values.text !== true &&
      !TEXT_EXTENSIONS.has(ext) &&
      (HTML_EXTENSIONS.has(ext) || looksLikeHtml(content)));
  const page = asHtml ? htmlToText(content) : null;
  const text = page === null ? content : page.text;
  const article =
    page === null
      ? parseArticle(text, options)
      : withHtmlMetadata(parseArticle(text, options), page.metadata);
  const name = input === "-" ? "standard input" : basename(input);
  const html = renderInspectorHtml(text, article, gold === undefined ? { name } : { name, gold });
  if (values.output === undefined) {
    io.stdout.write(html);
    return 0;
  }
  try {
    writeFileSync(values.output, html);
  } catch (error) {
    io.stderr.write(`khabar: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

function parseInspectArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: "string", short: "o" },
      gold: { type: "string" },
      html: { type: "boolean" },
      text: { type: "boolean" },
      "reference-date": { type: "string" },
      lexicon: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
