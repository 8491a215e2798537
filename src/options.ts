/**
 * The API boundary: checks the arguments of the public functions and resolves options. Misuse is a
 * programmer error and throws a `TypeError` that names the argument and says what was expected; odd text
 * never throws.
 *
 * Options are validated with zod ({@link ParseOptionsSchema}, which is `.strict()`), and are never merged
 * into shared objects: zod returns fresh objects, {@link extendLexicon} copies every list it extends, and the
 * lexicon built from an extension is frozen before it is cached, so one call cannot change what the next
 * call sees.
 */
import { DEFAULT_LEXICON, extendLexicon, type Lexicon } from "./lexicon/index.js";
import { type ParseOptions, ParseOptionsSchema } from "./schema.js";

/** Options after checking, with the lexicon built. */
export interface ResolvedOptions {
  readonly lexicon: Lexicon;
  readonly referenceDate: string | undefined;
}

/** Keys that would reach an object's prototype machinery if they were ever assigned through `obj[key]`. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** How many distinct lexicon extensions keep their built lexicon (and so the stages' compiled regexes). */
const LEXICON_CACHE_SIZE = 32;

/** Built lexicons by the canonical JSON of their extension; insertion order gives least-recently-built first. */
const lexiconCache = new Map<string, Lexicon>();

/** Describes a value for an error message: `null`, `an array`, `a number (42)`, `a string ("x")` … */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case "number":
    case "bigint":
    case "boolean":
      return `a ${typeof value} (${String(value)})`;
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default: {
      const proto: unknown = Object.getPrototypeOf(value);
      const ctor =
        proto && typeof proto === "object" ? (proto as { constructor?: unknown }).constructor : null;
      const name = typeof ctor === "function" && ctor !== Object ? ctor.name : "";
      return name ? `an instance of ${name}` : "an object";
    }
  }
}

/**
 * Throws a `TypeError` unless `text` is a string.
 *
 * @param text - The argument to check.
 * @param name - The argument's name as the caller wrote it, used in the message.
 */
export function assertText(text: unknown, name = "text"): asserts text is string {
  if (typeof text !== "string") {
    throw new TypeError(`${name}: expected a string, got ${describeValue(text)}`);
  }
}

/** Whether `value` is an object literal or `Object.create(null)`: not an array, class instance, Map, Date … */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Throws a `TypeError` unless `options` is `undefined` or a plain object; an options bag of another kind
 * (an array, a string, a `Map`) is always a mistake.
 */
export function assertOptionsObject(
  options: unknown,
  name = "options",
): asserts options is Record<string, unknown> | undefined {
  if (options !== undefined && !isPlainObject(options)) {
    throw new TypeError(`${name}: expected an options object or undefined, got ${describeValue(options)}`);
  }
}

/**
 * Rejects keys such as `__proto__` in the options and the three levels of a lexicon extension (area, list,
 * table entry);
 * `JSON.parse` makes them own keys, which zod's record would otherwise turn into a prototype. Deeper values
 * are left to the schema, so a cyclic object cannot make this loop.
 */
function assertNoForbiddenKeys(value: unknown, path: string, depth: number): void {
  if (depth === 0 || value === null || typeof value !== "object") return;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw new TypeError(`${path}: the key "${key}" is not allowed`);
    }
    assertNoForbiddenKeys((value as Record<string, unknown>)[key], `${path}.${key}`, depth - 1);
  }
}

/** The value at a zod issue path inside `root`, for the "got …" part of a message. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** What a zod `expected` type name means in words. */
const EXPECTED: Readonly<Record<string, string>> = {
  object: "an options object",
  record: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
};

/** One sentence for the first zod issue: what was expected and what was given. */
function issueMessage(issue: ParseIssue, input: unknown): string {
  const got = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown option ${issue.keys?.map((k) => `"${k}"`).join(", ") ?? ""}; expected only lexicon, referenceDate`;
    case "invalid_type":
      return `expected ${EXPECTED[issue.expected ?? ""] ?? issue.expected}, got ${got}`;
    case "invalid_union":
      return `expected an array of strings or an object of words, got ${got}`;
    case "invalid_format":
      return `expected a date written YYYY-MM-DD, got ${got}`;
    default:
      return `${issue.message}, got ${got}`;
  }
}

/** The parts of a zod issue the messages use. */
interface ParseIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly keys?: readonly string[];
}

/** Whether `iso` (already `YYYY-MM-DD`) names a day that exists in the Gregorian calendar. */
function isCalendarDate(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * The lexicon for a validated extension. Identical extensions get the same frozen lexicon object, so the
 * regexes the stages compile per lexicon (cached in WeakMaps keyed by the lexicon's areas) are reused across
 * calls; a caller who mutates their options object between calls gets a new lexicon, never a stale one,
 * because the key is the extension's content.
 */
function lexiconFor(extension: NonNullable<ParseOptions["lexicon"]>): Lexicon {
  const key = JSON.stringify(extension);
  const cached = lexiconCache.get(key);
  if (cached) {
    lexiconCache.delete(key);
    lexiconCache.set(key, cached);
    return cached;
  }
  const lexicon = deepFreeze(extendLexicon(extension));
  if (lexiconCache.size >= LEXICON_CACHE_SIZE) {
    const oldest = lexiconCache.keys().next().value;
    if (oldest !== undefined) lexiconCache.delete(oldest);
  }
  lexiconCache.set(key, lexicon);
  return lexicon;
}

/** Freezes the objects and arrays that {@link extendLexicon} created; shared default lists are left as they are. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (isShared(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/** Whether `value` is one of the default lexicon's own objects, which belong to their modules. */
function isShared(value: object): boolean {
  if (value === DEFAULT_LEXICON) return true;
  for (const area of Object.values(DEFAULT_LEXICON)) {
    if (value === area) return true;
    for (const list of Object.values(area)) if (value === list) return true;
  }
  return false;
}

/**
 * Checks `options` with {@link ParseOptionsSchema} and builds the lexicon.
 *
 * @param options - What the caller passed as options.
 * @param name - The argument's name, used in messages.
 * @throws TypeError when `options` is not a plain object, has an unknown key, a key such as `__proto__`,
 *   a value of the wrong type, or a `referenceDate` that is not a calendar date.
 */
export function resolveOptions(options: unknown, name = "options"): ResolvedOptions {
  if (options === undefined) return { lexicon: DEFAULT_LEXICON, referenceDate: undefined };
  assertOptionsObject(options, name);
  assertNoForbiddenKeys(options, name, 4);
  const parsed = ParseOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as ParseIssue | undefined;
    const path = issue?.path.length ? `.${issue.path.map(String).join(".")}` : "";
    throw new TypeError(`${name}${path}: ${issue ? issueMessage(issue, options) : "invalid options"}`);
  }
  const o: ParseOptions = parsed.data;
  if (o.referenceDate !== undefined && !isCalendarDate(o.referenceDate)) {
    throw new TypeError(
      `${name}.referenceDate: expected a calendar date written YYYY-MM-DD, got "${o.referenceDate}"`,
    );
  }
  return {
    lexicon: o.lexicon ? lexiconFor(o.lexicon) : DEFAULT_LEXICON,
    referenceDate: o.referenceDate,
  };
}
