/** `khabar normalize`: the normalization stage alone, on a file or standard input. */
import { readFileSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { normalize } from "../../normalize/index.js";
import type { NormalizeCommand } from "../args.js";
import { readAll } from "../io.js";

/** Prints the normalized input; an input that cannot be read is reported on one line, status 1. */
export async function runNormalize(
  command: NormalizeCommand,
  stdin: Readable,
  stdout: Writable,
  stderr: Writable,
): Promise<number> {
  let text: string;
  try {
    text = command.input === "-" ? await readAll(stdin) : readFileSync(command.input, "utf8");
  } catch (error) {
    stderr.write(`khabar: ${(error as Error).message}\n`);
    return 1;
  }
  stdout.write(normalize(text, { profile: command.profile }));
  return 0;
}
