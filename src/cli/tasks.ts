/**
 * One unit of work of `khabar parse` (a file, standard input or one NDJSON line) and the line of output it
 * becomes. The same function runs in the worker threads and, with `--jobs 1`, in the main thread.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { looksLikeHtml, parseArticleHtml } from "../html/index.js";
import { parseArticle } from "../parse.js";
import type { Article, ParseOptions } from "../schema.js";
import type { InputFormat } from "./args.js";

/** What to parse. Plain data, so that it crosses to a worker thread by structured clone. */
export type Task =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "text"; readonly id: string; readonly text: string }
  | { readonly kind: "line"; readonly line: string; readonly lineNo: number };

/** How every task of a run is parsed and written. */
export interface TaskSettings {
  /** Write `{"id", "article"}` records (several inputs, directories, NDJSON) rather than bare Articles. */
  readonly record: boolean;
  readonly pretty: boolean;
  readonly fields: readonly string[] | null;
  readonly format: InputFormat;
  readonly options: ParseOptions;
}

/** The serialized output of a task (without the line feed) and whether it parsed. */
export interface TaskResult {
  readonly output: string;
  readonly ok: boolean;
}

/** File extensions read as HTML, and as text, when neither `--html` nor `--text` is given. */
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set([".html", ".htm", ".xhtml"]);
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".text"]);

type Id = string | number | null;

function json(value: unknown, pretty: boolean): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined);
}

/** The error record of an input that could not be parsed. */
export function failure(id: Id, message: string, settings: TaskSettings, line?: number): TaskResult {
  const error = line === undefined ? { message } : { message, line };
  return { output: json({ id, error }, settings.pretty), ok: false };
}

/** The error record of a task that never ran (its worker thread died). */
export function taskFailure(task: Task, message: string, settings: TaskSettings): TaskResult {
  if (task.kind === "line") return failure(null, message, settings, task.lineNo);
  return failure(task.kind === "file" ? task.path : task.id, message, settings);
}

function select(article: Article, fields: readonly string[] | null): unknown {
  if (fields === null) return article;
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = article[field as keyof Article];
  return out;
}

function parsed(id: Id, article: Article, settings: TaskSettings): TaskResult {
  const value = select(article, settings.fields);
  if (!settings.record) return { output: json(value, settings.pretty), ok: true };
  if (settings.pretty) return { output: json({ id, article: value }, true), ok: true };
  return { output: `{"id":${JSON.stringify(id)},"article":${JSON.stringify(value)}}`, ok: true };
}

function isHtml(text: string, format: InputFormat, path: string | null): boolean {
  if (format !== "auto") return format === "html";
  const ext = path === null ? "" : extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  return looksLikeHtml(text);
}

function parseInput(
  id: Id,
  source: string,
  html: boolean,
  options: ParseOptions,
  settings: TaskSettings,
  line?: number,
): TaskResult {
  let article: Article;
  try {
    article = html ? parseArticleHtml(source, options) : parseArticle(source, options);
  } catch (error) {
    return failure(id, (error as Error).message, settings, line);
  }
  return parsed(id, article, settings);
}

const RECORD_SHAPE = 'expected a JSON object {"id", "text"} or {"id", "html"}';

function runLine(line: string, lineNo: number, settings: TaskSettings): TaskResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failure(null, `invalid JSON: ${(error as Error).message}`, settings, lineNo);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return failure(null, RECORD_SHAPE, settings, lineNo);
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== "string" && typeof id !== "number") {
    return failure(null, `"id": expected a string or a number; ${RECORD_SHAPE}`, settings, lineNo);
  }
  const { text, html, referenceDate } = record;
  const hasText = typeof text === "string";
  const hasHtml = typeof html === "string";
  if (hasText === hasHtml || (text !== undefined && !hasText) || (html !== undefined && !hasHtml)) {
    return failure(id, 'give exactly one of "text" and "html", as a string', settings, lineNo);
  }
  let options = settings.options;
  if (referenceDate !== undefined) {
    if (typeof referenceDate !== "string") {
      return failure(id, '"referenceDate": expected a string YYYY-MM-DD', settings, lineNo);
    }
    options = { ...options, referenceDate };
  }
  return parseInput(id, (hasText ? text : html) as string, hasHtml, options, settings, lineNo);
}

/** Runs one task. Never throws: an input that cannot be read or parsed gives an error record. */
export function runTask(task: Task, settings: TaskSettings): TaskResult {
  switch (task.kind) {
    case "line":
      return runLine(task.line, task.lineNo, settings);
    case "text":
      return parseInput(
        task.id,
        task.text,
        isHtml(task.text, settings.format, null),
        settings.options,
        settings,
      );
    case "file": {
      let text: string;
      try {
        text = readFileSync(task.path, "utf8");
      } catch (error) {
        return failure(task.path, (error as Error).message, settings);
      }
      return parseInput(
        task.path,
        text,
        isHtml(text, settings.format, task.path),
        settings.options,
        settings,
      );
    }
  }
}
