/**
 * Every regular expression of the dates stage, built from the dates lexicon once per lexicon object (cached
 * in a WeakMap). The scan itself is code (src/metadata/dates.ts) that tries these small sticky patterns only
 * at a digit or an ordinal word; none of them has a repeated group, and a run of white space always stands
 * before a required literal, so each runs in linear time.
 */
import { alternation, escapeRegExp, WORD_END } from "../internal/regex.js";
import { DEFAULT_LEXICON, type Lexicon } from "../lexicon/index.js";

/** The dates area of a lexicon. */
export type DatesLexicon = Lexicon["dates"];

/**
 * White space inside a written date: space, tab, U+00A0 and U+202F no-break spaces, and the invisible
 * direction marks U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 that scraped text leaves between words
 * (normalization removes them, but the dates stage does not rely on it).
 */
export const SPACE = "[ \\t\\u00A0\\u202F\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]";
/** A decimal digit: ASCII, Arabic-Indic (U+0660–U+0669) or Extended Arabic-Indic (U+06F0–U+06F9). */
export const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";

/** Lookahead: not followed by a letter or combining mark (a digit may follow). */
const NO_LETTER_AFTER = "(?![\\p{L}\\p{M}])";

/** Never matches: stands in for an alternation of an empty list. */
const NEVER = "(?!)";

/** The compiled patterns of one dates lexicon. Sticky patterns are run where the code has skipped white space. */
export interface DatePatterns {
  /** Sticky: an ordinal day word (`التاسع`, `الحادي والعشرين`) as a whole word. */
  readonly ordinalDay: RegExp;
  /** Sticky: a word between a day and its month (`من`, `شهر`, `من شهر`) as a whole word. */
  readonly dayMonthLink: RegExp;
  /** Sticky: a month name, Gregorian or Hijri, as a whole word. Group 1: the name. */
  readonly month: RegExp;
  /** Sticky: the year after a day and month, with an optional `عام`/`من العام`. Group 1: the year. */
  readonly year: RegExp;
  /** Sticky: an era marker after a year (`هـ`, `م`, `ميلادي` …). Group 1: the marker. */
  readonly era: RegExp;
  /**
   * Sticky: a numeric date `D/M/YYYY`, `YYYY-MM-DD` … with one repeated separator `/ . -`, not followed by
   * more of a number. Groups 1, 3, 4: the numbers; 2: the separator.
   */
  readonly numeric: RegExp;
  /** A whole gap between a date and the same day in the other calendar: `الموافق`, `(`, `-`, `،` or nothing. */
  readonly correspondenceGap: RegExp;
  /** A whole gap between two dates of one list or range: `و`, `-`, `إلى`, `حتى` … or nothing. */
  readonly rangeGap: RegExp;
  /** A widget word (weather, currency, prayer times) anywhere in a line. */
  readonly widget: RegExp;
}

const cache = new WeakMap<DatesLexicon, DatePatterns>();

/** Keys of a word table or the words of a list. */
function words(list: readonly string[] | Readonly<Record<string, string | number>>): string[] {
  return Array.isArray(list) ? [...(list as readonly string[])] : Object.keys(list);
}

/** {@link alternation}, or a pattern that never matches for an empty list. */
function alt(list: readonly string[]): string {
  const source = alternation(list);
  return source.length > 0 ? source : NEVER;
}

/** Lookbehind: not preceded by a letter or a combining mark (a digit may precede). */
const LETTER_START = "(?<![\\p{L}\\p{M}])";

/** An alternation of words that match as whole words, and of symbols (no letter) that match anywhere. */
function wordsOrSymbols(list: readonly string[]): string {
  const letters = list.filter((w) => /[\p{L}\p{N}]/u.test(w));
  const symbols = list.filter((w) => !/[\p{L}\p{N}]/u.test(w) && w.trim().length > 0);
  const parts: string[] = [];
  // A widget word may carry a proclitic: `للدولار`, `بالدولار` (U+0644 lam, U+0628 beh, U+0648 waw), or
  // stand glued to its number, as scraped rate widgets run them together (`3.74يورو`): no letter or mark
  // before it, a digit may be.
  if (letters.length > 0) parts.push(`${LETTER_START}(?:لل|[لبو])?(?:${alternation(letters)})${WORD_END}`);
  if (symbols.length > 0) parts.push(symbols.map(escapeRegExp).join("|"));
  return parts.length > 0 ? parts.join("|") : NEVER;
}

/** Builds (or returns from the cache) the patterns of a dates lexicon. */
export function datePatterns(lexicon: DatesLexicon = DEFAULT_LEXICON.dates): DatePatterns {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const correspondence = alt(lexicon.correspondence);
  const rangeWords = alt(lexicon.dayRangeWords);
  const patterns: DatePatterns = {
    ordinalDay: new RegExp(`(?:${alt(words(lexicon.ordinalDays))})${WORD_END}`, "uy"),
    dayMonthLink: new RegExp(`(?:${alt(lexicon.dayMonthLinks)})${WORD_END}`, "uy"),
    // A year may follow a month name without a space (`مارس2023`): only a letter or mark ends the match.
    month: new RegExp(
      `(${alt([...words(lexicon.months), ...words(lexicon.hijriMonths)])})${NO_LETTER_AFTER}`,
      "uy",
    ),
    year: new RegExp(`(?:(?:${alt(lexicon.yearIntroducers)})${SPACE}+)?(${DIGIT}{4})(?!${DIGIT})`, "uy"),
    era: new RegExp(`(${alt([...lexicon.hijriEra, ...lexicon.gregorianEra])})${WORD_END}`, "uy"),
    numeric: new RegExp(
      `(${DIGIT}{1,4})([/.\\-])(${DIGIT}{1,2})\\2(${DIGIT}{1,4})(?!${DIGIT}|[.,/\\-:\\u066B\\u066C]${DIGIT})`,
      "uy",
    ),
    correspondenceGap: new RegExp(
      `^${SPACE}*(?:[\\u060C,(\\-\\u2013]${SPACE}*)?(?:(?:${correspondence})${SPACE}*)?$`,
      "u",
    ),
    rangeGap: new RegExp(
      `^${SPACE}*(?:(?:[-\\u2013\\u2014\\u060C,]|(?:${rangeWords})${WORD_END}|\\u0648)${SPACE}*)?$`,
      "u",
    ),
    widget: new RegExp(wordsOrSymbols(lexicon.widgetWords), "u"),
  };
  cache.set(lexicon, patterns);
  return patterns;
}
