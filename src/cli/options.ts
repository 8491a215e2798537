/** Parse options given as CLI flags, shared by `khabar parse` and `khabar inspect`. */
import { readFileSync } from "node:fs";
import { resolveOptions } from "../options.js";
import type { ParseOptions } from "../schema.js";
import { UsageError } from "./args.js";

/** A JSON file named by a flag; a missing or malformed file is a usage error naming the flag. */
export function readJsonFile(path: string, flag: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${flag}: ${(error as Error).message}`);
  }
}

/** `--reference-date` and `--lexicon` as parse options, checked once so that a mistake is a usage error. */
export function parseOptionsFromFlags(
  referenceDate: string | null | undefined,
  lexiconPath: string | null | undefined,
): ParseOptions {
  const options: { referenceDate?: string; lexicon?: ParseOptions["lexicon"] } = {};
  if (referenceDate != null) options.referenceDate = referenceDate;
  if (lexiconPath != null) {
    options.lexicon = readJsonFile(lexiconPath, "--lexicon") as ParseOptions["lexicon"];
  }
  try {
    resolveOptions(options);
  } catch (error) {
    // The core names the option path ("options.referenceDate: …"); the CLI names the flag instead.
    const message = (error as Error).message;
    const flag = message.startsWith("options.lexicon") ? "--lexicon" : "--reference-date";
    throw new UsageError(`${flag}: ${message.slice(message.indexOf(":") + 1).trim()}`);
  }
  return options;
}
