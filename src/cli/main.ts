/** The CLI's main thread: reads the command line, runs the command, returns the exit status. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { type Command, parseCommandLine, UsageError } from "./args.js";
import { runInspect } from "./commands/inspect.js";
import { runNormalize } from "./commands/normalize.js";
import { runParse } from "./commands/parse.js";
import { articleJsonSchemaText } from "./commands/schema.js";

/** The streams of the process, and the module worker threads start from. */
export interface MainIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readonly workerUrl: URL;
}

/** The version in the package.json of the installed khabar (found upwards from this file). */
function version(from: URL): string {
  let dir = dirname(fileURLToPath(from));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "khabar" && pkg.version) return pkg.version;
    } catch {
      // No package.json here: look one level up.
    }
    dir = dirname(dir);
  }
  return "unknown";
}

async function run(command: Command, io: MainIo): Promise<number> {
  switch (command.kind) {
    case "help":
      io.stdout.write(command.text);
      return 0;
    case "version":
      io.stdout.write(`${version(io.workerUrl)}\n`);
      return 0;
    case "schema":
      io.stdout.write(articleJsonSchemaText());
      return 0;
    case "normalize":
      return runNormalize(command, io.stdin, io.stdout, io.stderr);
    case "parse":
      return runParse(command, io);
  }
}

/**
 * Runs the CLI on `argv` (the arguments after the script). Usage errors print one line and give 2; any
 * other error prints one line and gives 1; no stack trace reaches the user.
 */
export async function main(argv: readonly string[], io: MainIo): Promise<number> {
  try {
    if (argv[0] === "inspect") return await runInspect(argv.slice(1), io);
    return await run(parseCommandLine(argv), io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.stderr.write(`khabar: ${message}\nRun "khabar --help" for usage.\n`);
      return 2;
    }
    io.stderr.write(`khabar: ${message}\n`);
    return 1;
  }
}
