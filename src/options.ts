/**
 * The API boundary: checks the arguments of the public functions and resolves options. Misuse is a
 * programmer error and throws a `TypeError` that names the argument; odd text never throws.
 */
import { DEFAULT_LEXICON, extendLexicon, type Lexicon } from "./lexicon/index.js";
import { type ParseOptions, ParseOptionsSchema } from "./schema.js";

/** Options after checking, with the lexicon built. */
export interface ResolvedOptions {
  readonly lexicon: Lexicon;
  readonly referenceDate: string | undefined;
}

/** Throws a `TypeError` unless `text` is a string. */
export function assertText(text: unknown, name = "text"): asserts text is string {
  if (typeof text !== "string") {
    const got = text === null ? "null" : Array.isArray(text) ? "an array" : typeof text;
    throw new TypeError(`${name}: expected a string, got ${got}`);
  }
}

/** Checks `options` with {@link ParseOptionsSchema} and builds the lexicon. */
export function resolveOptions(options: unknown, name = "options"): ResolvedOptions {
  if (options === undefined) return { lexicon: DEFAULT_LEXICON, referenceDate: undefined };
  const parsed = ParseOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? `.${issue.path.join(".")}` : "";
    throw new TypeError(`${name}${path}: ${issue?.message ?? "invalid options"}`);
  }
  const o: ParseOptions = parsed.data;
  return {
    lexicon: o.lexicon ? extendLexicon(o.lexicon) : DEFAULT_LEXICON,
    referenceDate: o.referenceDate,
  };
}
