/**
 * Every RegExp of src/ that a test can reach: the exports of the patterns modules (RegExps, and what their
 * builder functions return for the default lexicon and for a lexicon extended with hostile words), the
 * lexicon alternations of src/internal/regex.ts, and the regex literals of the modules listed in
 * {@link LITERAL_MODULES}. The ReDoS test checks each with recheck; the source scan fails on a regex in any
 * other file.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { wordsRegExp } from "../../src/internal/regex.js";
import { DEFAULT_LEXICON, extendLexicon, type Lexicon } from "../../src/lexicon/index.js";
import type { LexiconExtension } from "../../src/schema.js";
import { ROOT, scanFile, sourceFiles } from "./source.js";

/** A patterns module: `src/<stage>/patterns.ts` or `src/<stage>/<topic>-patterns.ts`. */
export const PATTERNS_MODULE = /(?:^|\/|-)patterns\.ts$/;

/** The module that builds lexicon regexes (`wordsRegExp`, `alternation`); its builders are checked here. */
export const BUILDER_MODULE = "src/internal/regex.ts";

/**
 * Modules besides the patterns modules whose regex literals are read from the source and checked one by
 * one, because they are not exported (the literals of the patterns modules are read too): the schema's
 * format patterns, the escape pattern of the builder module, and stage files that keep small literals next
 * to the code that uses them. A file that is deleted may stay listed; a file that
 * gains a regex literal must be added here (or move the literal to its stage's patterns.ts) — the source
 * scan test says which.
 */
export const LITERAL_MODULES: readonly string[] = [
  "src/schema.ts",
  "src/internal/regex.ts",
  "src/metadata/byline.ts",
  "src/metadata/dateline.ts",
  "src/metadata/dates.ts",
  "src/metadata/furniture.ts",
  "src/metadata/headings.ts",
  "src/metadata/structure.ts",
  "src/metadata/title.ts",
];

/** Words that would break an unescaped alternation: metacharacters, nested quantifiers, classes, escapes. */
export const HOSTILE_WORDS = ["(a+)+", "a|b", ".*", "\\", "[", "x{2,}", "؟?", "(?=", "$^", "قال (مصدر)"];

/** The default lexicon with {@link HOSTILE_WORDS} added to every list and table. */
export function hostileLexicon(): Lexicon {
  const extension: Record<string, Record<string, string[] | Record<string, string | number>>> = {};
  for (const [area, lists] of Object.entries(DEFAULT_LEXICON)) {
    const areaExt: Record<string, string[] | Record<string, string | number>> = {};
    for (const [name, list] of Object.entries(lists as Record<string, unknown>)) {
      if (Array.isArray(list)) areaExt[name] = HOSTILE_WORDS;
      else if (list && typeof list === "object") {
        const sample = Object.values(list)[0] as string | number | undefined;
        if (sample !== undefined) areaExt[name] = Object.fromEntries(HOSTILE_WORDS.map((w) => [w, sample]));
      }
    }
    extension[area] = areaExt;
  }
  return extendLexicon(extension as LexiconExtension);
}

/** A RegExp found, with where it came from. */
export interface FoundRegExp {
  readonly where: string;
  readonly regexp: RegExp;
}

/** Collects the RegExps in a value: itself, or the items of an array or the values of a plain object. */
function collect(value: unknown, where: string, out: FoundRegExp[], depth = 2): void {
  if (value instanceof RegExp) out.push({ where, regexp: value });
  else if (depth > 0 && Array.isArray(value))
    value.forEach((v, i) => {
      collect(v, `${where}[${i}]`, out, depth - 1);
    });
  else if (
    depth > 0 &&
    value &&
    typeof value === "object" &&
    !(value instanceof Map) &&
    !(value instanceof Set)
  ) {
    for (const [k, v] of Object.entries(value)) collect(v, `${where}.${k}`, out, depth - 1);
  }
}

/** The ways a builder is called: with no argument, with a lexicon, and with each area of it. */
function builderArguments(lexicon: Lexicon, label: string): [string, unknown[]][] {
  return [
    [`${label}()`, []],
    [`${label}(lexicon)`, [lexicon]],
    ...Object.keys(lexicon).map((area): [string, unknown[]] => [
      `${label}(lexicon.${area})`,
      [(lexicon as Record<string, unknown>)[area]],
    ]),
  ];
}

/** Every RegExp a patterns module exports or builds. */
async function regExpsOfModule(path: string): Promise<FoundRegExp[]> {
  const mod = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, path)).href)) as Record<
    string,
    unknown
  >;
  const out: FoundRegExp[] = [];
  const lexicons: [string, Lexicon][] = [
    ["default", DEFAULT_LEXICON],
    ["hostile", hostileLexicon()],
  ];
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value !== "function") {
      collect(value, `${path}:${name}`, out);
      continue;
    }
    for (const [label, lexicon] of lexicons) {
      for (const [call, args] of builderArguments(lexicon, `${name}`)) {
        if (args.length === 0 && label !== "default") continue;
        try {
          collect((value as (...a: unknown[]) => unknown)(...args), `${path}:${call} [${label}]`, out);
        } catch {
          // Not a builder for this argument: functions of a patterns module also take words or text.
        }
      }
    }
  }
  return out;
}

/**
 * The lexicon alternations built by {@link BUILDER_MODULE}: a sample of 60 words spread over every list of
 * the default lexicon (an alternation of all of them is too long for recheck to finish), and the hostile
 * words, whose metacharacters must come out escaped.
 */
function builderRegExps(): FoundRegExp[] {
  const words = Object.values(DEFAULT_LEXICON).flatMap((lists) =>
    Object.values(lists as Record<string, unknown>).flatMap((l) =>
      Array.isArray(l) ? (l as string[]) : Object.keys(l as object),
    ),
  );
  const step = Math.max(1, Math.floor(words.length / 60));
  const sample = words.filter((_, i) => i % step === 0);
  return [
    { where: `${BUILDER_MODULE}:wordsRegExp(60 default words)`, regexp: wordsRegExp(sample) },
    { where: `${BUILDER_MODULE}:wordsRegExp(hostile words)`, regexp: wordsRegExp(HOSTILE_WORDS, "giu") },
  ];
}

/** The regex literals of the patterns modules (exported or not) and of {@link LITERAL_MODULES}, that exist. */
function literalRegExps(files: ReadonlySet<string>): FoundRegExp[] {
  const out: FoundRegExp[] = [];
  const paths = new Set([...[...files].filter((f) => PATTERNS_MODULE.test(f)), ...LITERAL_MODULES]);
  for (const path of paths) {
    if (!files.has(path)) continue;
    for (const lit of scanFile(path).regexLiterals) {
      out.push({
        where: `${path}:${lit.line} /${lit.source}/${lit.flags}`,
        regexp: new RegExp(lit.source, lit.flags),
      });
    }
  }
  return out;
}

/** Every reachable RegExp of src/, each once (by source and flags), with the first place it was found. */
export async function reachableRegExps(): Promise<FoundRegExp[]> {
  const files = sourceFiles();
  const found: FoundRegExp[] = [];
  for (const path of files.filter((f) => PATTERNS_MODULE.test(f)))
    found.push(...(await regExpsOfModule(path)));
  found.push(...builderRegExps(), ...literalRegExps(new Set(files)));
  const seen = new Map<string, FoundRegExp>();
  for (const f of found) {
    const key = `/${f.regexp.source}/${f.regexp.flags}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}
