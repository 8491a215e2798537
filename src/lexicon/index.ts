/**
 * The lexicon: every Arabic word list khabar uses, as data, grouped by the stage that reads it. Users extend
 * it with {@link extendLexicon} or `parseArticle(text, { lexicon })`.
 */
import type { LexiconExtension } from "../schema.js";
import { DATES_LEXICON } from "./dates.js";
import { PAGE_LEXICON } from "./page.js";
import { QUOTES_LEXICON } from "./quotes.js";
import { TICKER_LEXICON } from "./ticker.js";

type WordList = readonly string[];
type WordTable = Readonly<Record<string, string | number>>;
type Widen<T> = T extends readonly string[] ? WordList : WordTable;
type DefaultLexicon = typeof DEFAULT_LEXICON;

/** The word lists of every stage. Each entry is either a list of words or a table from words to values. */
export type Lexicon = {
  readonly [Area in keyof DefaultLexicon]: {
    readonly [K in keyof DefaultLexicon[Area]]: Widen<DefaultLexicon[Area][K]>;
  };
};

/** The built-in lexicon. */
export const DEFAULT_LEXICON = {
  /** Words of breaking-news strips (`src/lexicon/ticker.ts`). */
  ticker: TICKER_LEXICON,
  /** Words of page structure: agencies, places, bylines, furniture (`src/lexicon/page.ts`). */
  page: PAGE_LEXICON,
  /** Month names of every calendar, weekdays and date labels (`src/lexicon/dates.ts`). */
  dates: DATES_LEXICON,
  /** Speech verbs, complementizers, titles, honorifics and source nouns (`src/lexicon/quotes.ts`). */
  quotes: QUOTES_LEXICON,
};

function has(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

/**
 * Returns a new lexicon: `base` with every list of `extension` appended to the list of the same name and
 * every table merged into the table of the same name. Unknown names or wrong shapes throw a `TypeError`;
 * `base` is never modified.
 *
 * @example
 * ```ts
 * const lexicon = extendLexicon({ page: { agencies: ["وكالة الأنباء الليبية"] } });
 * lexicon.page.agencies.includes("وكالة الأنباء الليبية"); //=> true
 * ```
 */
export function extendLexicon(extension: LexiconExtension, base: Lexicon = DEFAULT_LEXICON): Lexicon {
  const out: Record<string, Record<string, unknown>> = {};
  for (const area of Object.keys(base))
    out[area] = { ...(base as Record<string, Record<string, unknown>>)[area] };
  for (const [area, lists] of Object.entries(extension)) {
    const target = out[area];
    if (!has(out, area) || target === undefined) {
      throw new TypeError(
        `options.lexicon: unknown area "${area}"; expected one of ${Object.keys(base).join(", ")}`,
      );
    }
    for (const [name, value] of Object.entries(lists)) {
      const current = has(target, name) ? target[name] : undefined;
      if (current === undefined) {
        throw new TypeError(`options.lexicon.${area}: unknown list "${name}"`);
      }
      if (Array.isArray(current) !== Array.isArray(value)) {
        throw new TypeError(
          `options.lexicon.${area}.${name}: expected ${Array.isArray(current) ? "an array of strings" : "an object of words"}`,
        );
      }
      target[name] = Array.isArray(value)
        ? [...new Set([...(current as string[]), ...value])]
        : { ...(current as WordTable), ...value };
    }
  }
  return out as unknown as Lexicon;
}
