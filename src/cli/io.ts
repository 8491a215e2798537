/**
 * Input and output of the CLI: inputs expanded from directories, NDJSON read line by line in constant
 * memory, and results written to standard output in order with back-pressure.
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { HTML_EXTENSIONS, TEXT_EXTENSIONS } from "./tasks.js";

/** Whether `path` names a directory (false for anything that cannot be read: it fails later, per input). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isPageFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return HTML_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext);
}

/**
 * The files a directory stands for: every `.txt`, `.text`, `.html`, `.htm` and `.xhtml` file under it, in
 * path order (names sorted by code unit at each level), hidden files and directories skipped.
 */
export function* walkDirectory(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isPageFile(entry.name)) yield path;
  }
}

/** The inputs of `khabar parse`: each argument, a directory replaced by its files. */
export function* expandInputs(args: readonly string[]): Generator<string> {
  for (const arg of args) {
    if (arg !== "-" && isDirectory(arg)) yield* walkDirectory(arg);
    else yield arg;
  }
}

/** Reads a whole stream as UTF-8. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** One line of an NDJSON input. */
export interface InputLine {
  /** The line without its line terminator (LF or CRLF). */
  readonly text: string;
  /** 1-based line number in its file. */
  readonly lineNo: number;
  /** Bytes of the input consumed so far, for progress. */
  readonly bytesRead: number;
}

/**
 * The non-blank lines of a byte stream, decoded as UTF-8. Only the current line is held in memory, and the
 * stream is read only as fast as the lines are consumed.
 */
export async function* readLines(stream: Readable): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let lineNo = 0;
  let bytesRead = 0;
  const emit = (parts: Buffer[]): InputLine | null => {
    lineNo++;
    let text = (parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)).toString("utf8");
    if (text.endsWith("\r")) text = text.slice(0, -1);
    return text.trim() === "" ? null : { text, lineNo, bytesRead };
  };
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    bytesRead += buffer.length;
    let start = 0;
    for (let nl = buffer.indexOf(0x0a, start); nl >= 0; nl = buffer.indexOf(0x0a, start)) {
      pending.push(buffer.subarray(start, nl));
      const line = emit(pending);
      pending = [];
      start = nl + 1;
      if (line) yield line;
    }
    if (start < buffer.length) pending.push(buffer.subarray(start));
  }
  if (pending.length > 0) {
    const line = emit(pending);
    if (line) yield line;
  }
}

/**
 * Writes results to a stream in the order of their sequence numbers, whatever order they arrive in, in
 * chunks of about 64 KB, and tells callers to wait while the stream is full.
 */
export class OrderedWriter {
  private readonly waiting = new Map<number, string>();
  private next = 0;
  private buffer: string[] = [];
  private buffered = 0;
  private drained: Promise<void> | null = null;

  constructor(private readonly out: Writable) {}

  /** Places the output of input number `seq` (0-based, each number once). */
  put(seq: number, output: string): void {
    this.waiting.set(seq, output);
    for (let text = this.waiting.get(this.next); text !== undefined; text = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      this.buffer.push(text, "\n");
      this.buffered += text.length + 1;
    }
    if (this.buffered >= 65_536) this.flush();
  }

  /** How many results are held, waiting for an earlier one. */
  get held(): number {
    return this.waiting.size;
  }

  /** Writes what is buffered. */
  flush(): void {
    if (this.buffered === 0) return;
    const ok = this.out.write(this.buffer.join(""));
    this.buffer = [];
    this.buffered = 0;
    if (!ok && this.drained === null) {
      this.drained = new Promise((resolve) => {
        this.out.once("drain", () => {
          this.drained = null;
          resolve();
        });
      });
    }
  }

  /** Resolves once the stream accepts more. */
  ready(): Promise<void> {
    return this.drained ?? Promise.resolve();
  }

  /** Writes the rest and waits until the stream has taken it. */
  async end(): Promise<void> {
    this.flush();
    await this.ready();
  }
}
