/** `khabar parse`: files, directories, standard input or NDJSON streams to Articles, in input order. */
import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import type { ParseOptions } from "../../schema.js";
import type { ParseCommand } from "../args.js";
import { expandInputs, isDirectory, OrderedWriter, readAll, readLines } from "../io.js";
import { parseOptionsFromFlags } from "../options.js";
import { InlineRunner, PoolError, type ResultSink, type Runner, WorkerPool } from "../pool.js";
import { Progress } from "../progress.js";
import { failure, type TaskSettings } from "../tasks.js";

/** The streams and the thread entry a run uses. */
export interface ParseIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  /** The module worker threads start from (the CLI's own file). */
  readonly workerUrl: URL;
}

/** `--reference-date` and `--lexicon` of a parse command as parse options. */
export function parseOptionsOf(command: ParseCommand): ParseOptions {
  return parseOptionsFromFlags(command.referenceDate, command.lexicon);
}

function fileSize(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/** Runs `khabar parse`; returns the exit status (0 all parsed, 1 some failed). */
export async function runParse(command: ParseCommand, io: ParseIo): Promise<number> {
  const options = parseOptionsOf(command);
  const record = command.ndjson || command.inputs.length > 1 || command.inputs.some(isDirectory);
  const settings: TaskSettings = {
    record,
    pretty: command.pretty,
    fields: command.fields,
    format: command.format,
    options,
  };
  const files = command.ndjson ? [] : [...expandInputs(command.inputs)];
  const showProgress = command.progress ?? io.stderr.isTTY === true;
  const progress = new Progress(showProgress ? io.stderr : null);
  const writer = new OrderedWriter(io.stdout);
  let done = 0;
  let failures = 0;
  const sink: ResultSink = (seq, result) => {
    writer.put(seq, result.output);
    done++;
    if (!result.ok) failures++;
    progress.update(done);
  };
  const jobs = Math.min(
    command.jobs ?? availableParallelism(),
    command.ndjson ? Number.POSITIVE_INFINITY : files.length,
  );
  const runner: Runner =
    jobs > 1 ? new WorkerPool(jobs, io.workerUrl, settings, sink) : new InlineRunner(settings, sink);
  let seq = 0;
  try {
    if (command.ndjson) {
      const sources = command.inputs.length > 0 ? command.inputs : ["-"];
      const sizes = sources.map((s) => (s === "-" ? null : fileSize(s)));
      const totalBytes = sizes.every((s) => s !== null)
        ? sizes.reduce<number>((a, s) => a + (s ?? 0), 0)
        : null;
      let bytesBefore = 0;
      for (const [i, source] of sources.entries()) {
        const stream = source === "-" ? io.stdin : createReadStream(source);
        try {
          for await (const line of readLines(stream)) {
            if (totalBytes) progress.fraction = (bytesBefore + line.bytesRead) / totalBytes;
            await runner.submit({ kind: "line", line: line.text, lineNo: line.lineNo }, seq++);
            await writer.ready();
          }
        } catch (error) {
          if (error instanceof PoolError) throw error;
          // The NDJSON file itself could not be read: one error record for it, the other files go on.
          sink(seq++, failure(source, (error as Error).message, settings));
        }
        bytesBefore += sizes[i] ?? 0;
      }
    } else {
      progress.total = files.length;
      for (const path of files) {
        const task =
          path === "-"
            ? { kind: "text" as const, id: "-", text: await readAll(io.stdin) }
            : { kind: "file" as const, path };
        await runner.submit(task, seq++);
        await writer.ready();
      }
    }
    await runner.finish();
  } finally {
    await runner.close();
  }
  await writer.end();
  progress.end(done);
  if (failures > 0) io.stderr.write(`khabar: ${failures} of ${done} inputs failed\n`);
  return failures > 0 ? 1 : 0;
}
