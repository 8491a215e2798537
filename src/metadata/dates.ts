/**
 * Dates: every explicit calendar date of an article (a day and a month at least, in any month-name system,
 * Hijri given as its Gregorian day, or numeric), and the article's own publication date.
 *
 * The scan is a small hand-written parser over each region: a global pattern finds `DAY(S) [من] MONTH`
 * and numeric dates; short sticky patterns then take what may follow (a second name of the month, the year,
 * an era marker) and what may precede (a weekday); a last pass joins a Hijri date to its Gregorian
 * equivalent (`… هـ الموافق … م`) and gives the year of the last date of a range to the dates before it.
 */
import { isWhiteSpace } from "../internal/chars.js";
import type { Lexicon } from "../lexicon/index.js";
import { normalizeWithMap, PARSE_NORMALIZATION } from "../normalize/index.js";
import { assertText, resolveOptions } from "../options.js";
import type { Block, DateMention, ParseOptions, Published, Span } from "../schema.js";
import { splitLines } from "../segment/index.js";
import { type DatePatterns, type DatesLexicon, datePatterns } from "./dates-patterns.js";
import { hijriToIso } from "./hijri.js";
import { DIGIT, isWordCode as isWordUnit } from "./patterns.js";
import type { PageStructure } from "./structure.js";

/** Dates found on a page, with spans in the coordinates of the text given. */
export interface DateFindings {
  /** The article's own publication date. */
  readonly published: Published | null;
  /** Every explicit date in title, byline, dateline and body. */
  readonly dates: DateMention[];
}

type CalendarSystem = "gregorian" | "hijri";

/** At most this many days before the last one are read as one list (`5 و6 و7 مارس`). */
const MAX_LIST_DAYS = 12;

/** One day of a written date and where its number or ordinal word starts. */
interface WrittenDay {
  readonly day: number;
  readonly start: number;
}

/** A date in one calendar as written: one day, or several days (`15 و16 أكتوبر`) of one month. */
interface CalendarDate {
  readonly system: CalendarSystem;
  readonly days: readonly WrittenDay[];
  readonly month: number;
  year: number | null;
  /** Start of the first day (or of the weekday before it). */
  start: number;
  /** End of the month name, year or era marker, whichever comes last. */
  end: number;
}

/** A written date, possibly with the same day in the other calendar (`… هـ الموافق … م`). */
interface DateMatch {
  readonly date: CalendarDate;
  /** The same day in the other calendar, joined by `الموافق` or a parenthesis. */
  equivalent: CalendarDate | null;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------------------

/**
 * The key under which a word is looked up: diacritics (U+064B–U+065F, U+0670) and tatweel (U+0640) removed,
 * alef forms U+0623 U+0625 U+0622 U+0671 → U+0627, alef maksura U+0649 → yeh U+064A, teh marbuta U+0629 →
 * heh U+0647, runs of white space → one space, Latin letters in lower case.
 */
function foldWord(word: string): string {
  // One pass instead of a chain of replaces: the dates stage folds every word it looks up.
  let out = "";
  let from = 0;
  let space = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const folded = foldedWordCode(c);
    if (folded === c) continue;
    if (i > from) {
      if (space && out.length > 0) out += " ";
      out += word.slice(from, i);
      space = false;
    }
    from = i + 1;
    if (folded === FOLD_SPACE) space = true;
    else if (folded !== FOLD_DROP) {
      if (space && out.length > 0) out += " ";
      space = false;
      out += String.fromCharCode(folded);
    }
  }
  if (from < word.length) {
    if (space && out.length > 0) out += " ";
    out += from === 0 ? word : word.slice(from);
  }
  return out.toLowerCase();
}

/** {@link foldedWordCode}'s answer for a unit that is dropped. */
const FOLD_DROP = -1;
/** {@link foldedWordCode}'s answer for white space (runs become one space; none at either end). */
const FOLD_SPACE = -2;

/**
 * What {@link foldWord} makes of a code unit: itself, another unit, {@link FOLD_DROP} for tashkeel U+064B–
 * U+065F, dagger alef U+0670, tatweel U+0640 and the bidi controls U+200E U+200F U+202A–U+202E U+2066–U+2069,
 * or {@link FOLD_SPACE} for white space (what `\s` matches).
 */
function foldedWordCode(c: number): number {
  if (c > 0x20 && c < 0x7f) return c;
  if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) return FOLD_DROP;
  if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return FOLD_DROP;
  if (isWhiteSpace(c)) return FOLD_SPACE;
  return foldedCode(c);
}

/** The code unit of a letter as {@link foldLetter} folds it. */
function foldedCode(code: number): number {
  if (code === 0x623 || code === 0x625 || code === 0x622 || code === 0x671) return 0x627;
  if (code === 0x649) return 0x64a;
  if (code === 0x629) return 0x647;
  return code;
}

/** The folded code units of the two characters at `at` as one number: a lookup key that allocates nothing. */
function letterPairKey(text: string, at: number): number {
  return foldedCode(text.charCodeAt(at)) * 0x10000 + foldedCode(text.charCodeAt(at + 1));
}

/** {@link foldWord} of one letter: alef forms → U+0627, U+0649 → U+064A, U+0629 → U+0647. */
function foldLetter(ch: string | undefined): string {
  if (ch === undefined) return "";
  switch (ch) {
    case "\u0623":
    case "\u0625":
    case "\u0622":
    case "\u0671":
      return "\u0627";
    case "\u0649":
      return "\u064A";
    case "\u0629":
      return "\u0647";
    default:
      return ch;
  }
}

function firstWord(folded: string): string {
  const space = folded.indexOf(" ");
  return space < 0 ? folded : folded.slice(0, space);
}

/** Folded lookup tables of one lexicon. */
interface DateWords {
  readonly months: ReadonlyMap<string, { system: CalendarSystem; month: number }>;
  readonly ordinals: ReadonlyMap<string, number>;
  /** {@link letterPairKey} of the two letters after `ال` of every ordinal day. */
  readonly ordinalHeads: ReadonlySet<number>;
  /** {@link letterPairKey} of the first two letters of every month name and link word. */
  readonly afterDayHeads: ReadonlySet<number>;
  /** The first word of every ordinal day (folded): where a scan tries an ordinal day. */
  readonly ordinalFirstWords: ReadonlySet<string>;
  /** Words for day 1 written straight before the month (`فاتح`, `أول`, `غرة`), folded. */
  readonly firstDays: ReadonlySet<string>;
  /**
   * For every UTF-16 code unit, where {@link scanDates} may try a date there: {@link SCAN_DIGIT},
   * {@link SCAN_ALEF} (U+0627, the `ال` of an ordinal day) and {@link SCAN_FIRST_DAY} (the first unit of a
   * {@link firstDays} word, as written and folded), or 0: most units of a text start nothing, and one lookup
   * tells so.
   */
  readonly scanStarts: Uint8Array;
  /** {@link letterPairKey} of the first two letters of every {@link firstDays} word. */
  readonly firstDayHeads: ReadonlySet<number>;
  /** The first word of every month name and link word (folded): what may follow the digits of a day. */
  readonly afterDay: ReadonlySet<string>;
  readonly eras: ReadonlyMap<string, CalendarSystem>;
  readonly ambiguousMonths: ReadonlySet<string>;
  /** Weekday names (folded). */
  readonly weekdays: ReadonlySet<string>;
  /** Words that may join a dateline's place to its date (folded). */
  readonly datelineLinks: ReadonlySet<string>;
  /** Words that join the days of a range (folded). */
  readonly rangeWords: ReadonlySet<string>;
  /** Labels of a publication date, and of an update (folded). */
  readonly publishedLabels: ReadonlySet<string>;
  readonly updatedLabels: ReadonlySet<string>;
  /** Words that join a date to the same day in the other calendar (folded). */
  readonly correspondence: ReadonlySet<string>;
  readonly eventWords: ReadonlySet<string>;
  readonly nameHeads: ReadonlySet<string>;
  /** Nouns of a part of a month that make an ordinal after them an adjective (folded). */
  readonly ordinalPeriodHeads: ReadonlySet<string>;
  readonly agencies: readonly string[];
}

const wordCache = new WeakMap<DatesLexicon, DateWords>();

function dateWords(lexicon: Lexicon): DateWords {
  const dates = lexicon.dates;
  const cached = wordCache.get(dates);
  if (cached) return cached;
  const months = new Map<string, { system: CalendarSystem; month: number }>();
  for (const [name, month] of Object.entries(dates.months))
    months.set(foldWord(name), { system: "gregorian", month: Number(month) });
  for (const [name, month] of Object.entries(dates.hijriMonths))
    months.set(foldWord(name), { system: "hijri", month: Number(month) });
  const eras = new Map<string, CalendarSystem>();
  for (const w of dates.hijriEra) eras.set(foldWord(w), "hijri");
  for (const w of dates.gregorianEra) eras.set(foldWord(w), "gregorian");
  const ordinals = new Map(Object.entries(dates.ordinalDays).map(([w, d]) => [foldWord(w), Number(d)]));
  const words: DateWords = {
    months,
    ordinals,
    ordinalFirstWords: new Set([...ordinals.keys()].map(firstWord)),
    firstDays: new Set(dates.firstDayWords.map(foldWord)),
    // Before folding too: the scan compares the text's own first letter (أول and اول both start a try).
    scanStarts: scanStartTable(
      [...dates.firstDayWords, ...dates.firstDayWords.map(foldWord)],
      [...dates.firstDayWords.map(foldWord), ...[...ordinals.keys()].map((w) => w.slice(2))],
    ),
    firstDayHeads: new Set(dates.firstDayWords.map((w) => letterPairKey(foldWord(w), 0))),
    ordinalHeads: new Set([...ordinals.keys()].map((w) => letterPairKey(w, 2))),
    afterDayHeads: new Set(
      [...months.keys(), ...dates.dayMonthLinks.map(foldWord)].map((w) => letterPairKey(w, 0)),
    ),
    afterDay: new Set([...months.keys(), ...dates.dayMonthLinks.map(foldWord)].map(firstWord)),
    eras,
    ambiguousMonths: new Set(dates.ambiguousMonths.map(foldWord)),
    weekdays: new Set(Object.keys(dates.weekdays).map(foldWord)),
    correspondence: new Set(dates.correspondence.map(foldWord)),
    rangeWords: new Set(dates.dayRangeWords.map(foldWord)),
    datelineLinks: new Set(dates.datelineLinks.map(foldWord)),
    publishedLabels: new Set(dates.publishedLabels.map(foldWord)),
    updatedLabels: new Set(dates.updatedLabels.map(foldWord)),
    eventWords: new Set(dates.eventWords.map(foldWord)),
    nameHeads: new Set(dates.nameHeads.map(foldWord)),
    ordinalPeriodHeads: new Set(dates.ordinalPeriodHeads.map(foldWord)),
    agencies: lexicon.page.agencies.map(foldWord),
  };
  wordCache.set(dates, words);
  return words;
}

/** The value of a run of ASCII, Arabic-Indic (U+0660–U+0669) or Extended Arabic-Indic (U+06F0–U+06F9) digits. */
function digitsValue(digits: string): number {
  let value = 0;
  for (const ch of digits) {
    const code = ch.charCodeAt(0);
    const d =
      code >= 0x30 && code <= 0x39
        ? code - 0x30
        : code >= 0x660 && code <= 0x669
          ? code - 0x660
          : code >= 0x6f0 && code <= 0x6f9
            ? code - 0x6f0
            : Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/** The value of a day token: digits or an ordinal word. */
function dayValue(token: string, words: DateWords): number | null {
  const n = /^\p{N}/u.test(token) ? digitsValue(token) : (words.ordinals.get(foldWord(token)) ?? Number.NaN);
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** Proclitic letters that can stand before a word: و ف ب ل ك (U+0648, U+0641, U+0628, U+0644, U+0643). */
function withoutProclitic(word: string): string {
  return word.length > 2 && /^[\u0648\u0641\u0628\u0644\u0643]/.test(word) ? word.slice(1) : word;
}

/** The words (runs of letters and digits) of a string. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A word for {@link firstWords}, which moves its `lastIndex`. */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of `text` when it has at most `max`, else null. It reads only as far as the word past `max`:
 * a date deep in a long line (a 5 MB line of prose holds thousands) must not cost the whole line before it.
 */
function firstWords(text: string, max: number): string[] | null {
  const words: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
    if (words.length === max) return null;
    words.push(m[0]);
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------------
// ISO dates
// ---------------------------------------------------------------------------------------------------------

function daysInGregorianMonth(year: number | null, month: number): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD`, `--MM-DD` without a year, or `null` for a day the month does not have. */
function gregorianIso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInGregorianMonth(year, month)) return null;
  return year === null
    ? `--${pad2(month)}-${pad2(day)}`
    : `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function isoOf(date: CalendarDate, day: number): string | null {
  if (date.system === "gregorian") return gregorianIso(date.year, date.month, day);
  return date.year === null ? null : hijriToIso(date.year, date.month, day);
}

/** The ISO date of one day of a match: the Gregorian side of a pair when it says enough, else the converted Hijri. */
function matchIso(match: DateMatch, day: number): string | null {
  const { date, equivalent } = match;
  if (equivalent === null) return isoOf(date, day);
  const gregorian = date.system === "gregorian" ? date : equivalent;
  const hijri = date.system === "hijri" ? date : equivalent;
  const gregorianDay = gregorian.days[0]?.day ?? day;
  if (gregorian.year !== null) return gregorianIso(gregorian.year, gregorian.month, gregorianDay);
  const hijriDay = hijri.days[0]?.day ?? day;
  return isoOf(hijri, hijriDay) ?? gregorianIso(null, gregorian.month, gregorianDay);
}

// ---------------------------------------------------------------------------------------------------------
// Scanning one region
// ---------------------------------------------------------------------------------------------------------

/**
 * Whether a character is white space inside a date: space, tab, U+00A0, U+202F, and the direction marks
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 (the same set as `SPACE` of the patterns).
 */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** The word (letters and marks) that starts at `at`, folded as by {@link foldWord}, without RegExps. */
function foldedWordAt(text: string, at: number): string {
  let out = "";
  for (let i = at; i < text.length && i < at + 24; i++) {
    const ch = text[i] as string;
    const c = ch.charCodeAt(0);
    if (c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670) continue;
    if (!isWordChar(ch) || isDigitCode(c)) break;
    out += foldLetter(ch);
  }
  return out.toLowerCase();
}

/**
 * Whether a UTF-16 code unit is a letter, a combining mark or a digit; ASCII and the Arabic letters and
 * marks U+0621–U+065F are decided without a table, the rest by the page stage's table of
 * `/[\p{L}\p{M}\p{N}]/u` per code unit (the scan asks this for every comma ، U+060C and quote « U+00AB
 * before a number). `NaN` (past either end of the text) is not.
 */
function isWordCode(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x621 && code <= 0x65f) return true;
  return isWordUnit(code);
}

/** {@link isWordCode} of a character. */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}

/** Whether a code unit is a proclitic letter و ف ب ل (U+0648, U+0641, U+0628, U+0644). */
function isProcliticCode(code: number): boolean {
  return code === 0x648 || code === 0x641 || code === 0x628 || code === 0x644;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (isSpace(text[i])) i++;
  return i;
}

function skipSpacesBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

/** Runs a sticky pattern after the white space at `at`; returns the match and where it ends, or null. */
function stickyAfterSpaces(re: RegExp, text: string, at: number): { m: RegExpExecArray; end: number } | null {
  re.lastIndex = skipSpaces(text, at);
  const m = re.exec(text);
  return m ? { m, end: re.lastIndex } : null;
}

/** Earliest and latest year read after a comma (`28 نوفمبر, 2026`). */
const MIN_COMMA_YEAR = 1900;
const MAX_COMMA_YEAR = 2100;

/** Offset just after a comma (U+002C or U+060C) that follows `at` across spaces, or -1 when none does. */
function yearAfterComma(text: string, at: number): number {
  const i = skipSpaces(text, at);
  const c = text.charCodeAt(i);
  return c === 0x2c || c === 0x060c ? i + 1 : -1;
}

/** Extends a date over a weekday that opens it (`الثلاثاء 24 …`, `الخميس الموافق 28 …`). */
function weekdayStart(text: string, start: number, words: DateWords): number {
  let end = skipSpacesBack(text, start);
  // `الموافق` or `الموافق لـ` between the weekday and the date.
  for (const count of [2, 1]) {
    const first = lastWordsStart(text, end, count);
    if (first >= 0 && words.correspondence.has(foldWord(text.slice(first, end)))) {
      end = skipSpacesBack(text, first);
      break;
    }
  }
  if (text[end - 1] === "\u060C" || text[end - 1] === ",") end = skipSpacesBack(text, end - 1);
  const wordStart = wordStartBefore(text, end);
  if (wordStart === end) return start;
  const word = foldWord(text.slice(wordStart, end));
  if (words.weekdays.has(word)) return wordStart;
  return words.weekdays.has(withoutProclitic(word)) ? wordStart + 1 : start;
}

/** The start of the last `count` words (letters and marks, one run of white space between them) before `end`, or -1. */
function lastWordsStart(text: string, end: number, count: number): number {
  let at = end;
  for (let k = 0; k < count; k++) {
    if (k > 0) at = skipSpacesBack(text, at);
    const start = wordStartBefore(text, at);
    if (start === at) return -1;
    at = start;
  }
  return at;
}

/** The start of the word (letters and marks) that ends at `end`. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (!isWordCode(code) || isDigitCode(code)) break;
    start--;
  }
  return start;
}

/** The word right before `at` (without its proclitic), folded. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(text[end - 1] ?? "")) end--;
  return withoutProclitic(foldWord(text.slice(wordStartBefore(text, end), end)));
}

/** How many adjectives may stand between a place noun and the date it is named after (`المؤسسة الاستشفائية الجامعية أول نوفمبر`). */
const MAX_NAME_ADJECTIVES = 3;

/**
 * Whether the day at `start` follows a definite place or institution noun and its chain of definite relative
 * adjectives (`المستشفى الجامعي أول نوفمبر`, `بالمركب الأولمبي 5 جويلية`): a name, not a date mention. Only
 * white space may stand between the words, so `افتتح المستشفى الجامعي في 5 جويلية` stays a date.
 */
function namedByAdjectiveChain(text: string, start: number, words: DateWords): boolean {
  let end = start;
  for (let k = 0; k <= MAX_NAME_ADJECTIVES; k++) {
    end = skipSpacesBack(text, end);
    const wordStart = wordStartBefore(text, end);
    if (wordStart === end) return false;
    const word = withoutDefiniteProclitics(foldWord(text.slice(wordStart, end)));
    if (word === null) return false;
    if (k > 0 && words.nameHeads.has(word)) return true;
    if (!isRelativeAdjective(word)) return false;
    end = wordStart;
  }
  return false;
}

/**
 * A folded definite word without its article and the proclitics before it (`بالمستشفى`, `وللمؤسسة`: ل before
 * the article drops its alef U+0627), or null when the word has no article.
 */
function withoutDefiniteProclitics(word: string): string | null {
  let w = word;
  for (let k = 0; k < 2; k++) {
    if (w.startsWith("\u0627\u0644") && w.length > 3) return w.slice(2);
    if (w.startsWith("\u0644\u0644") && w.length > 3) return w.slice(2);
    const bare = withoutProclitic(w);
    if (bare === w) return null;
    w = bare;
  }
  return null;
}

/** Whether a folded word (article removed) is a relative adjective: ends in yeh U+064A or yeh + heh (folded teh marbuta U+0629). */
function isRelativeAdjective(word: string): boolean {
  return word.length >= 3 && (word.endsWith("\u064A") || word.endsWith("\u064A\u0647"));
}

/** Whether `at` starts a token: a word start, or right after a proclitic و ف ب ل (U+0648 U+0641 U+0628 U+0644) that starts a word. */
function startsToken(text: string, at: number): boolean {
  // Reads stay in bounds: an out-of-range charCodeAt (NaN) sends V8's later reads down a slow path.
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (!isWordCode(before)) return true;
  return isProcliticCode(before) && (at === 1 || !isWordCode(text.charCodeAt(at - 2)));
}

/** Where the separator of a day list that ends right before `at` begins (`و`, `-`, `إلى` …), or -1. */
function listSeparatorBefore(text: string, at: number, words: DateWords): number {
  // `و` written onto the next day: `و16`, `والعاشر`.
  if (text[at - 1] === "\u0648" && !isWordChar(text[at - 2])) return at - 1;
  const i = skipSpacesBack(text, at);
  const ch = text[i - 1];
  if (ch === "-" || ch === "\u2013" || ch === "\u2014") return i - 1;
  if (i === at) return -1;
  if (ch === "\u0648" && !isWordChar(text[i - 2])) return i - 1;
  const wordStart = wordStartBefore(text, i);
  return wordStart < i && words.rangeWords.has(foldWord(text.slice(wordStart, i))) ? wordStart : -1;
}

/** The day of a list that ends at `end`: one or two digits, or an ordinal of one or two words. */
function listDayBefore(text: string, end: number, floor: number, words: DateWords): WrittenDay | null {
  let i = end;
  while (i > floor && /\p{N}/u.test(text[i - 1] ?? "")) i--;
  if (i < end) {
    if (end - i > 2 || /[.,/:\u066B\u066C]/.test(text[i - 1] ?? "") || !startsToken(text, i)) return null;
    const day = dayValue(text.slice(i, end), words);
    return day === null ? null : { day, start: i };
  }
  const last = wordStartBefore(text, end);
  if (last === end || last < floor) return null;
  const previousEnd = skipSpacesBack(text, last);
  const previous = wordStartBefore(text, previousEnd);
  for (const start of previous < previousEnd && previous >= floor ? [previous, last] : [last]) {
    const day = words.ordinals.get(foldWord(text.slice(start, end)));
    if (day !== undefined && startsToken(text, start)) return { day, start };
  }
  return null;
}

/** Takes an era marker after `at` when it belongs to `system`; returns the new end. */
function takeEra(
  text: string,
  at: number,
  system: CalendarSystem,
  p: DatePatterns,
  words: DateWords,
): number {
  const era = stickyAfterSpaces(p.era, text, at);
  if (era && words.eras.get(foldWord(era.m[1] ?? "")) === system) return era.end;
  return at;
}

function skipDigits(text: string, at: number): number {
  let i = at;
  while (isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** Whether a UTF-16 code unit is a decimal digit: ASCII, U+0660–U+0669 or U+06F0–U+06F9. */
function isDigitCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)
  );
}

/**
 * Whether a folded word is a first-day word with the article `ال` (U+0627 U+0644): `الفاتح`. An ordinal
 * (`الأول`) keeps its own reading, which needs the link word `من`.
 */
function definiteFirstDay(word: string, words: DateWords): boolean {
  return (
    word.length > 2 &&
    word.charCodeAt(0) === 0x627 &&
    word.charCodeAt(1) === 0x644 &&
    !words.ordinalFirstWords.has(word) &&
    words.firstDays.has(word.slice(2))
  );
}

/** The characters that make a number before a digit its decimals or second half: `3.5`, `12:16`, `٣٫٥`. */
const NUMBER_JOINERS = /[.,/:\u066B\u066C]/;

/**
 * A date written with a month name whose (last) day starts at `at`: `16 أكتوبر`, `العاشر من أيار/مايو`,
 * `26 شوال 1436 هـ`. Earlier days of a list (`15 و16 أكتوبر`) are read backwards down to `floor`.
 */
function monthNameDateAt(
  text: string,
  at: number,
  floor: number,
  p: DatePatterns,
  words: DateWords,
): CalendarDate | null {
  let dayEnd = at;
  let ordinal = false;
  let firstDay = false;
  let definite = false;
  if (isDigitCode(text.charCodeAt(at))) {
    while (isDigitCode(text.charCodeAt(dayEnd))) dayEnd++;
    if (dayEnd - at > 2) return null;
    // Most numbers in a text count things: a cheap look at the next word before any pattern runs.
    const next = skipSpaces(text, dayEnd);
    if (!words.afterDayHeads.has(letterPairKey(text, next))) return null;
    if (!words.afterDay.has(foldedWordAt(text, next))) return null;
  } else if (words.firstDays.has(foldedWordAt(text, at))) {
    dayEnd = wordEndAt(text, at);
    firstDay = true;
  } else if (definiteFirstDay(foldedWordAt(text, at), words)) {
    // The Maghreb first-day word with its article (`الفاتح جانفي`, `الفاتح من نوفمبر`): it may take `من`.
    dayEnd = wordEndAt(text, at);
    firstDay = true;
    definite = true;
  } else {
    if (!words.ordinalFirstWords.has(foldedWordAt(text, at))) return null;
    p.ordinalDay.lastIndex = at;
    if (!p.ordinalDay.test(text)) return null;
    dayEnd = p.ordinalDay.lastIndex;
    ordinal = true;
  }
  const day = firstDay ? 1 : dayValue(text.slice(at, dayEnd), words);
  if (day === null) return null;
  let monthAt = skipSpaces(text, dayEnd);
  const link = stickyAfterSpaces(p.dayMonthLink, text, dayEnd);
  if (link) monthAt = skipSpaces(text, link.end);
  // An ordinal day needs its link word (`التاسع من أبريل`): `الأول` alone is an adjective. A first-day word
  // (`فاتح يوليوز`) stands straight before its month.
  if (ordinal && !link) return null;
  // After a part of a month (`الأسبوع الأول من أبريل`) the ordinal counts weeks or halves, not days.
  if (ordinal) {
    const before = wordBefore(text, at);
    if (words.ordinalPeriodHeads.has(before) || words.ordinalPeriodHeads.has(withoutProclitic(before)))
      return null;
  }
  if (firstDay && link && !definite) return null;
  p.month.lastIndex = monthAt;
  const m = p.month.exec(text);
  if (!m) return null;
  const monthText = m[1] ?? "";
  const month = words.months.get(foldWord(monthText));
  if (month === undefined) return null;
  const days: WrittenDay[] = [{ day, start: at }];
  for (let k = 0; k < MAX_LIST_DAYS; k++) {
    const separator = listSeparatorBefore(text, (days[0] as WrittenDay).start, words);
    if (separator < floor) break;
    const earlier = listDayBefore(text, skipSpacesBack(text, separator), floor, words);
    if (earlier === null) break;
    days.unshift(earlier);
  }
  // With a proclitic too (`بمنطقة 6 أكتوبر`, `وشارع 26 يوليو`).
  const head = wordBefore(text, (days[0] as WrittenDay).start);
  if (words.nameHeads.has(head) || words.nameHeads.has(withoutProclitic(head))) return null;
  if (namedByAdjectiveChain(text, (days[0] as WrittenDay).start, words)) return null;
  let end = p.month.lastIndex;
  const pair = stickyAfterSpaces(p.month, text, skipPairMark(text, end));
  const other = pair ? words.months.get(foldWord(pair.m[1] ?? "")) : undefined;
  if (pair && other?.month === month.month && other.system === month.system) {
    end = pair.end;
    const close = skipSpaces(text, end);
    if (text[close] === ")") end = close + 1;
  }
  let year: number | null = null;
  // A comma may stand between the month and the year in the English order of page widgets (`28 نوفمبر,
  // 2026`); there, only a Gregorian year of this era is taken, so that a count after a comma is not one.
  const comma = yearAfterComma(text, end);
  const y =
    stickyAfterSpaces(p.year, text, end) ?? (comma >= 0 ? stickyAfterSpaces(p.year, text, comma) : null);
  if (y) {
    const value = digitsValue(y.m[1] ?? "");
    const afterComma = y.m.index > end && text.slice(end, y.m.index).trim().length > 0;
    // `رمضان 2020` gives a Gregorian year to a Hijri month: not a date this stage can place.
    const plausible = afterComma
      ? month.system === "gregorian" && value >= MIN_COMMA_YEAR && value <= MAX_COMMA_YEAR
      : month.system === "hijri"
        ? value >= 1000 && value <= 1700
        : value >= 1000 && value <= 2999;
    if (plausible) {
      year = value;
      end = takeEra(text, y.end, month.system, p, words);
    }
  }
  if (year === null && !link && words.ambiguousMonths.has(foldWord(monthText))) return null;
  const date: CalendarDate = { system: month.system, days, month: month.month, year, start: 0, end };
  // A day the month does not have (`31 فبراير`) is not a date; an unresolved Hijri day still is.
  const valid = days.filter(
    (d) => isoOf(date, d.day) !== null || (month.system === "hijri" && year === null),
  );
  const first = valid[0];
  return first ? { ...date, days: valid, start: first.start } : null;
}

/** {@link DateWords.scanStarts}: a digit may start a day or a numeric date. */
const SCAN_DIGIT = 1;
/** {@link DateWords.scanStarts}: U+0627 may start the `ال` of an ordinal day. */
const SCAN_ALEF = 2;
/** {@link DateWords.scanStarts}: the unit starts one of the first-day words. */
const SCAN_FIRST_DAY = 4;
/**
 * {@link DateWords.scanStarts}: the unit, folded, is the first letter of {@link DateWords.ordinalHeads} or
 * {@link DateWords.firstDayHeads}: only such a letter after `ال` makes the scan look the pair up.
 */
const SCAN_AFTER_ARTICLE = 8;

/**
 * {@link DateWords.scanStarts} of a lexicon whose first-day words (as written and folded) are
 * `firstDayWords`, and whose words that may follow `ال` in a date (folded) are `afterArticle`.
 */
function scanStartTable(firstDayWords: readonly string[], afterArticle: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c] = SCAN_DIGIT;
  for (let c = 0x660; c <= 0x669; c++) table[c] = SCAN_DIGIT;
  for (let c = 0x6f0; c <= 0x6f9; c++) table[c] = SCAN_DIGIT;
  table[0x627] = (table[0x627] as number) | SCAN_ALEF;
  for (const w of firstDayWords) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    table[c] = (table[c] as number) | SCAN_FIRST_DAY;
  }
  const heads = new Set(afterArticle.map((w) => foldedCode(w.charCodeAt(0))));
  // foldedCode changes only these units: each marks the table when its folded letter is a head.
  const folding = [0x622, 0x623, 0x625, 0x671, 0x649, 0x629];
  for (const c of [...heads, ...folding])
    if (c >= 0 && c < 0x10000 && heads.has(foldedCode(c)))
      table[c] = (table[c] as number) | SCAN_AFTER_ARTICLE;
  return table;
}

/** The end of the word of letters and marks that starts at `at`. */
function wordEndAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && isWordCode(text.charCodeAt(i)) && !isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** Skips the mark between two names of one month (`نيسان/أبريل`, `يوليو (تموز)`, `مايو - أيار`). */
function skipPairMark(text: string, at: number): number {
  const i = skipSpaces(text, at);
  const ch = text[i];
  return ch === "/" || ch === "(" || ch === "-" || ch === "\u2013" ? i + 1 : at;
}

/** A numeric date at `at`: `27/8/2012`, `2015-08-11`, `١١/٨/٢٠١٥`, `26/10/1436 هـ` (a year of 1300–1500 is Hijri). */
function numericDateAt(text: string, at: number, p: DatePatterns, words: DateWords): CalendarDate | null {
  p.numeric.lastIndex = at;
  const m = p.numeric.exec(text);
  if (!m) return null;
  const [a = "", , b = "", c = ""] = [m[1], m[2], m[3], m[4]];
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4 && c.length <= 2) {
    [year, month, day] = [digitsValue(a), digitsValue(b), digitsValue(c)];
  } else if (a.length <= 2 && c.length === 4) {
    year = digitsValue(c);
    // Arabic writes day/month; only a second number above 12 shows month/day order.
    const first = digitsValue(a);
    const second = digitsValue(b);
    [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
  } else return null;
  let end = p.numeric.lastIndex;
  const era = stickyAfterSpaces(p.era, text, end);
  const eraSystem = era ? words.eras.get(foldWord(era.m[1] ?? "")) : undefined;
  const system: CalendarSystem = eraSystem ?? (year >= 1300 && year <= 1500 ? "hijri" : "gregorian");
  if (era && eraSystem === system) end = era.end;
  if (system === "gregorian" && (year < 1000 || year > 2999)) return null;
  const date: CalendarDate = { system, days: [{ day, start: at }], month, year, start: at, end };
  return isoOf(date, day) === null ? null : date;
}

/** Whether a digit at `at` may start a day or a numeric date: a token start, or right after `ال`/`الـ`. */
function startsNumber(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before !== undefined && (isDigitCode(before.charCodeAt(0)) || NUMBER_JOINERS.test(before)))
    return false;
  if (startsToken(text, at)) return true;
  // `الـ15` (U+0627 U+0644, optional tatweel U+0640), itself at a word start or after a proclitic.
  const article = before === "\u0640" ? at - 3 : at - 2;
  return text.startsWith("\u0627\u0644", article) && startsToken(text, article);
}

/** Digits of the year of a month-first date (`مارس 12, 2026`). */
const MONTH_FIRST_YEAR_DIGITS = 4;

/**
 * A date in the English order of page widgets and bylines, month first (`مارس 12, 2026`, `مارس 12، 2026`):
 * a Gregorian month's name, the day of one or two digits at `at`, a comma (U+002C or U+060C) and a year of
 * this era, which must be written (`مارس 12 قتيلا` counts the dead of a month).
 */
function monthFirstDateAt(text: string, at: number, floor: number, words: DateWords): CalendarDate | null {
  let dayEnd = at;
  while (isDigitCode(text.charCodeAt(dayEnd))) dayEnd++;
  if (dayEnd - at > 2) return null;
  const monthEnd = skipSpacesBack(text, at);
  if (monthEnd === at) return null;
  const monthStart = wordStartBefore(text, monthEnd);
  if (monthStart === monthEnd || monthStart < floor) return null;
  const month = words.months.get(foldWord(text.slice(monthStart, monthEnd)));
  if (month?.system !== "gregorian") return null;
  const comma = yearAfterComma(text, dayEnd);
  if (comma < 0) return null;
  const yearAt = skipSpaces(text, comma);
  let yearEnd = yearAt;
  while (isDigitCode(text.charCodeAt(yearEnd))) yearEnd++;
  if (yearEnd - yearAt !== MONTH_FIRST_YEAR_DIGITS) return null;
  const year = digitsValue(text.slice(yearAt, yearEnd));
  if (year < MIN_COMMA_YEAR || year > MAX_COMMA_YEAR) return null;
  const day = digitsValue(text.slice(at, dayEnd));
  const date: CalendarDate = {
    system: "gregorian",
    days: [{ day, start: monthStart }],
    month: month.month,
    year,
    start: monthStart,
    end: yearEnd,
  };
  return gregorianIso(year, month.month, day) === null ? null : date;
}

/**
 * Every date of a region, in order, found in one pass over its characters: a date can only start at a
 * digit or at an ordinal word (`ال` + one of the ordinal heads), so only those places are tried, with
 * sticky patterns; this keeps the scan cheap on long text.
 */
function scanDates(text: string, p: DatePatterns, words: DateWords): CalendarDate[] {
  const out: CalendarDate[] = [];
  let floor = 0;
  const starts = words.scanStarts;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const start = starts[code] as number;
    if (start === 0) continue;
    let date: CalendarDate | null = null;
    if ((start & SCAN_DIGIT) !== 0) {
      if (startsNumber(text, i)) {
        const next = text[skipDigits(text, i)];
        if (next === "/" || next === "." || next === "-") date = numericDateAt(text, i, p, words);
        date ??= monthNameDateAt(text, i, floor, p, words) ?? monthFirstDateAt(text, i, floor, words);
      }
      while (i + 1 < text.length && isDigitCode(text.charCodeAt(i + 1))) i++;
    } else if (
      (start & SCAN_ALEF) !== 0 &&
      i + 1 < text.length &&
      text.charCodeAt(i + 1) === 0x644 &&
      startsToken(text, i)
    ) {
      // Only words whose first letters after `ال` are those of an ordinal are tried: most `ال` words are not.
      if (
        i + 2 < text.length &&
        ((starts[text.charCodeAt(i + 2)] as number) & SCAN_AFTER_ARTICLE) !== 0 &&
        (words.ordinalHeads.has(letterPairKey(text, i + 2)) ||
          words.firstDayHeads.has(letterPairKey(text, i + 2)))
      )
        date = monthNameDateAt(text, i, floor, p, words);
    } else if (
      (start & SCAN_FIRST_DAY) !== 0 &&
      startsToken(text, i) &&
      words.firstDayHeads.has(letterPairKey(text, i))
    ) {
      date = monthNameDateAt(text, i, floor, p, words);
    }
    if (date === null) continue;
    out.push(date);
    floor = date.end;
    i = date.end - 1;
  }
  return out;
}

/** Every written date of one region of text, in order, with a Hijri date and its Gregorian equivalent joined. */
function scanRegion(text: string, p: DatePatterns, words: DateWords): DateMatch[] {
  const found = scanDates(text, p, words);
  const dates: CalendarDate[] = [];
  for (const d of found) {
    const last = dates[dates.length - 1];
    if (last && d.start < last.end) continue;
    d.start = weekdayStart(text, d.start, words);
    if (last && d.start < last.end) d.start = d.days[0]?.start ?? d.start;
    dates.push(d);
  }
  // A range or list gets the year of its last date: `من 28 ديسمبر إلى 2 يناير 2016`.
  for (let i = dates.length - 2; i >= 0; i--) {
    const d = dates[i] as CalendarDate;
    const next = dates[i + 1] as CalendarDate;
    if (d.year !== null || next.year === null || d.system !== next.system) continue;
    if (!p.rangeGap.test(text.slice(d.end, next.start))) continue;
    d.year = d.month > next.month ? next.year - 1 : next.year;
  }
  yearsOfSentence(text, dates);
  const matches: DateMatch[] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] as CalendarDate;
    const next = dates[i + 1];
    const match: DateMatch = { date, equivalent: null, start: date.start, end: date.end };
    if (
      next &&
      next.system !== date.system &&
      date.days.length === 1 &&
      next.days.length === 1 &&
      p.correspondenceGap.test(text.slice(date.end, next.start))
    ) {
      match.equivalent = next;
      match.end = next.end;
      const gap = text.slice(date.end, next.start);
      if (gap.includes("(")) {
        const close = /^[ \t\u00A0]*\)/.exec(text.slice(next.end, next.end + 8));
        if (close) match.end += close[0].length;
      }
      i++;
    }
    matches.push(match);
  }
  return matches;
}

/**
 * Gives a Gregorian date written without its year the year written in the same sentence: that of the
 * nearest Gregorian date with a named month before it, else of the nearest after it (`سينطلق يوم 6 جوان 2027
 * ويستمر إلى غاية 10 جوان، فيما … من 25 ماي`). The annotation rules give `--MM-DD` only when the year is
 * not written in the sentence. A Hijri date keeps its own reckoning. A month more than half a year from the
 * written date's lies across the new year (`قبل 10 ديسمبر … في الفاتح جانفي 2027`): its year is not written.
 */
function yearsOfSentence(text: string, dates: CalendarDate[]): void {
  if (dates.length < 2) return;
  // The sentence of each date, numbered in one pass over the text between consecutive dates.
  const sentence: number[] = [];
  let n = 0;
  let at = 0;
  for (const d of dates) {
    if (hasSentenceEndBetween(text, at, d.start)) n++;
    sentence.push(n);
    at = Math.max(at, d.end);
  }
  // The year each yearless date gets: of the last named-month date before it in its sentence (a forward
  // pass), else of the first after it (a backward pass).
  const before: (number | null)[] = [];
  let year: number | null = null;
  let yearMonth = 0;
  for (let i = 0; i < dates.length; i++) {
    if (i > 0 && sentence[i] !== sentence[i - 1]) year = null;
    const d = dates[i] as CalendarDate;
    before.push(year !== null && sameYearNear(d.month, yearMonth) ? year : null);
    if (d.year !== null && isNamedGregorian(text, d)) {
      year = d.year;
      yearMonth = d.month;
    }
  }
  year = null;
  for (let i = dates.length - 1; i >= 0; i--) {
    if (i < dates.length - 1 && sentence[i] !== sentence[i + 1]) year = null;
    const d = dates[i] as CalendarDate;
    const own = d.year;
    const after = year !== null && sameYearNear(d.month, yearMonth) ? year : null;
    if (own === null && d.system === "gregorian") d.year = before[i] ?? after;
    if (own !== null && isNamedGregorian(text, d)) {
      year = own;
      yearMonth = d.month;
    }
  }
}

/** Most months between two dates of one sentence that share a written year. */
const SAME_YEAR_MONTHS = 6;

/**
 * Whether a yearless month lies nearest to the written date's month within the same year: `10 ديسمبر`
 * beside `الفاتح جانفي 2027` is the December just before, across the new year, whose year is not written.
 */
function sameYearNear(month: number, yearMonth: number): boolean {
  return Math.abs(month - yearMonth) <= SAME_YEAR_MONTHS;
}

/**
 * A Gregorian date whose month is written as a word: a numeric date (`3-11-2026`) is a dateline's or a
 * widget's stamp run into the sentence, not a year the sentence states.
 */
function isNamedGregorian(text: string, d: CalendarDate): boolean {
  if (d.system !== "gregorian") return false;
  for (let i = d.start; i < d.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) return true;
  }
  return false;
}

/**
 * Whether a sentence ends between two offsets: a full stop that is not a decimal point (`2.5`), a question
 * mark (U+061F, U+003F), an exclamation mark, or a line break.
 */
function hasSentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (!(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)))) return true;
    } else if (c === 0x061f || c === 0x3f || c === 0x21 || c === 0x0a) return true;
  }
  return false;
}

function isAsciiDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** The mentions of one match: one per written day, each running to the end of the match. */
function mentionsOf(match: DateMatch, text: string, offset: number): DateMention[] {
  const out: DateMention[] = [];
  match.date.days.forEach((d, i) => {
    const start = i === 0 ? match.start : d.start;
    out.push({
      iso: matchIso(match, d.day),
      raw: text.slice(start, match.end),
      span: { start: offset + start, end: offset + match.end },
    });
  });
  return out;
}

/**
 * Finds every explicit calendar date inside the given spans of a text: a day and a month at least, in any
 * month-name system or numeric. Spans are in the coordinates of `text`; one mention per written day, in
 * text order.
 *
 * @example
 * ```ts
 * const text = "اجتمعوا يومي 15 و16 أكتوبر 2015.";
 * findDatesIn(text, [{ start: 0, end: text.length }], DEFAULT_LEXICON).map((d) => d.iso);
 * //=> ["2015-10-15", "2015-10-16"]
 * ```
 */
export function findDatesIn(text: string, regions: readonly Span[], lexicon: Lexicon): DateMention[] {
  const p = datePatterns(lexicon.dates);
  const words = dateWords(lexicon);
  const out: DateMention[] = [];
  for (const region of [...regions].sort((a, b) => a.start - b.start)) {
    const regionText = text.slice(region.start, region.end);
    for (const match of scanRegion(regionText, p, words))
      out.push(...mentionsOf(match, regionText, region.start));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The article: which regions, and which date is the publication date
// ---------------------------------------------------------------------------------------------------------

/** Block kinds whose dates are the article's: title, byline, dateline, date line, headings and body. */
const ARTICLE_KINDS: ReadonlySet<string> = new Set([
  "title",
  "byline",
  "dateline",
  "date",
  "heading",
  "paragraph",
]);
/** The kind given here to a furniture block that the page structure calls a related story. */
const RELATED = "related";
/** A paragraph at least this long is body text: the search for a publication date stops there. */
const BODY_WORDS = 20;
/** A dateline or date line has at most this many words before its date (`الرياض`, `القاهرة - رويترز`). */
const DATELINE_PREFIX_WORDS = 4;
/** A line of at most this many words that holds a date is a dateline or date line, whatever follows the date. */
const SHORT_LINE_WORDS = 20;
/** A date line keeps at most this many words besides its dates (`آخر تحديث`, `الرياض … واس`). */
const DATE_LINE_OTHER_WORDS = 3;
/** How many blocks after the title may hold the publication date. */
const HEAD_BLOCKS = 6;

/** One block of the page with its text and dates (in region coordinates). */
interface BlockDates {
  readonly kind: string;
  readonly start: number;
  readonly text: string;
  readonly matches: readonly DateMatch[];
  /** The number of words, counted when first asked. */
  words: number;
}

/** The number of words of a block (computed once: most blocks are never asked). */
function wordCount(block: BlockDates): number {
  if (block.words < 0) {
    let n = 0;
    let inWord = false;
    // By code unit: both halves of a surrogate pair are no word character, as the pair read whole is not
    // (its first unit decides), so the count is the same without a string per character.
    const text = block.text;
    for (let i = 0; i < text.length; i++) {
      const w = isWordCode(text.charCodeAt(i));
      if (w && !inWord) n++;
      inWord = w;
    }
    block.words = n;
  }
  return block.words;
}

/** Whether a block is page furniture that holds a date: a widget line, or a line that is only a date. */
function isMasthead(block: BlockDates, p: DatePatterns): boolean {
  if (block.matches.length === 0) return false;
  return p.widget.test(block.text) || isDateLine(block);
}

/** Whether a block is little more than its dates. */
function isDateLine(block: BlockDates): boolean {
  if (block.matches.length === 0) return false;
  let rest = "";
  let at = 0;
  for (const m of block.matches) {
    rest += ` ${block.text.slice(at, m.start)}`;
    at = m.end;
  }
  rest += ` ${block.text.slice(at)}`;
  return wordsOf(rest).filter((w) => /\p{L}/u.test(w)).length <= DATE_LINE_OTHER_WORDS;
}

type Label = "published" | "updated" | null;

/** Whether the last one, two or three words of `text` are one of `phrases` (folded). */
function endsWithWords(text: string, phrases: ReadonlySet<string>): boolean {
  for (let count = 3; count >= 1; count--) {
    const start = lastWordsStart(text, text.length, count);
    if (start >= 0 && phrases.has(foldWord(text.slice(start)))) return true;
  }
  return false;
}

/** The end of the last letter or digit before `at` (punctuation and white space before a date skipped). */
function lastWordEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && !isWordCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Whether the first date of a block stands where a dateline or date line puts it: after at most a place
 * name or a label, with no preposition (`في`, `منذ` …) that would make it a date of the story; and either
 * the line is short or the date is followed by a separator or an agency (`… 2015 م واس أكدت …`).
 */
/**
 * The text a reader sees at the end of `prefix`: what follows the last HTML tag (`<` U+003C … `>` U+003E)
 * of a raw scrape, and nothing of a tag left open. A label is words on the page, so the attribute value in
 * `<span class="date">` is none.
 */
function plainTextTail(prefix: string): string {
  const open = prefix.lastIndexOf("<");
  const close = prefix.lastIndexOf(">");
  if (open < 0 && close < 0) return prefix;
  // A tag left open before the date (`<time datetime="…`): its inside is no text.
  if (open > close) return plainTextTail(prefix.slice(0, open));
  return prefix.slice(close + 1);
}

function datelineDate(block: BlockDates, match: DateMatch, words: DateWords): Label | false {
  const prefix = block.text.slice(0, lastWordEnd(block.text, match.start));
  const label = plainTextTail(prefix);
  if (endsWithWords(label, words.publishedLabels)) return "published";
  if (endsWithWords(label, words.updatedLabels)) return "updated";
  // One more word than the limit may be a wire's link word, dropped below.
  const firstPrefixWords = firstWords(prefix, DATELINE_PREFIX_WORDS + 1);
  if (firstPrefixWords === null) return false;
  let prefixWords = firstPrefixWords.map(foldWord);
  const suffix = foldWord(block.text.slice(match.end, match.end + 40));
  const agencyAfter = /^[-\u2013\u2014:|/(]/.test(suffix) || words.agencies.some((a) => suffix.startsWith(a));
  // A wire's own link word before its date (`القاهرة في 12 مارس /أ ش أ/`) when the agency follows the date.
  const last = prefixWords[prefixWords.length - 1];
  if (agencyAfter && prefixWords.length >= 2 && last !== undefined && words.datelineLinks.has(last))
    prefixWords = prefixWords.slice(0, -1);
  if (prefixWords.length > DATELINE_PREFIX_WORDS) return false;
  for (const w of prefixWords) {
    if (/\p{N}/u.test(w) || words.eventWords.has(w) || words.eventWords.has(withoutProclitic(w)))
      return false;
  }
  return wordCount(block) <= SHORT_LINE_WORDS || agencyAfter ? null : false;
}

/**
 * The blocks in text order, with the lines between them (the ticker's, which the page structure does not
 * cover) as blocks of kind `ticker`: a labelled date line can be taken for a ticker item.
 */
function withTickerLines(text: string, blocks: readonly Block[]): Block[] {
  const sorted = blocks.every((b, i) => i === 0 || (blocks[i - 1] as Block).span.start <= b.span.start)
    ? blocks
    : [...blocks].sort((a, b) => a.span.start - b.span.start);
  const out: Block[] = [];
  let at = 0;
  const addGap = (end: number) => {
    if (end > at && /\S/.test(text.slice(at, end)))
      for (const line of splitLines(text.slice(at, end)))
        out.push({ kind: "ticker", span: { start: at + line.start, end: at + line.end } });
  };
  for (const b of sorted) {
    if (b.span.start > at) addGap(b.span.start);
    if (b.span.end > b.span.start) out.push(b);
    at = Math.max(at, b.span.end);
  }
  addGap(text.length);
  return out;
}

/** The year of a date line that gives only a day and a month, taken from the reference date. */
function withReferenceYear(iso: string, referenceDate: string | undefined): string | null {
  if (!iso.startsWith("--")) return iso;
  if (referenceDate === undefined) return null;
  const year = Number(referenceDate.slice(0, 4));
  const candidate = `${year}${iso.slice(1)}`;
  return candidate <= referenceDate ? candidate : `${year - 1}${iso.slice(1)}`;
}

/**
 * Finds the dates of an article in the regions its page structure gives: the title, byline, dateline, date
 * lines, headings and paragraphs (not furniture, not the ticker), and the article's publication date: the
 * first date of a date line or dateline after the title (a labelled `نشر في` date first, an `آخر تحديث`
 * date never), else the date stamp just above the title (`stampAboveTitle`), else `null`. A widget date, or a
 * date line above the title when a date under it is found, is the day of the page and is left out of both.
 *
 * @param referenceDate - `YYYY-MM-DD`: the day the page was fetched; gives the year of a date line that has none.
 */
export function findArticleDates(
  text: string,
  page: PageStructure,
  lexicon: Lexicon,
  referenceDate?: string,
): DateFindings {
  const p = datePatterns(lexicon.dates);
  const words = dateWords(lexicon);
  const related = new Set(page.furniture.filter((f) => f.kind === "related").map((f) => f.span.start));
  const blocks: BlockDates[] = withTickerLines(text, page.blocks).map((b) => {
    const blockText = text.slice(b.span.start, b.span.end);
    return {
      kind: b.kind === "furniture" && related.has(b.span.start) ? RELATED : b.kind,
      start: b.span.start,
      text: blockText,
      matches: scanRegion(blockText, p, words),
      words: -1,
    };
  });
  let titleIndex = blocks.findIndex((b) => b.kind === "title");
  const hasTitle = titleIndex >= 0;
  // Without a title block, the first article block that is not a masthead date stands in for it.
  if (!hasTitle) titleIndex = blocks.findIndex((b) => ARTICLE_KINDS.has(b.kind) && !isMasthead(b, p));
  if (titleIndex < 0) titleIndex = blocks.length;

  const head: number[] = [];
  for (let i = hasTitle ? titleIndex + 1 : titleIndex; i < blocks.length && head.length < HEAD_BLOCKS; i++) {
    const b = blocks[i] as BlockDates;
    if (!ARTICLE_KINDS.has(b.kind)) continue;
    head.push(i);
    if (b.kind === "paragraph" && wordCount(b) >= BODY_WORDS && i !== titleIndex) break;
  }
  const headEnd = head.length > 0 ? (head[head.length - 1] as number) : titleIndex;

  const { published, aboveTitle } = publishedDate(blocks, titleIndex, head, p, words, referenceDate);
  const dates: DateMention[] = [];
  blocks.forEach((b, i) => {
    if (b.matches.length === 0) return;
    // A related story told in full sentences is still running text; a related headline is furniture.
    if (b.kind === RELATED && wordCount(b) < BODY_WORDS) return;
    // The title's own date stamp above it counts, whatever the page structure called its line and
    // whichever way it was chosen (a labelled `نُشر …` line above the title too), unless it is the
    // machine stamp of a `date YYYY-MM-DD` prefix (a Latin label): the annotation lists printed dates only.
    if (
      (aboveTitle || !opensWithLatinLetter(b.text)) &&
      i < titleIndex &&
      published !== null &&
      b.start + (b.matches[0] as DateMatch).start === published.span.start
    ) {
      for (const m of b.matches) dates.push(...mentionsOf(m, b.text, b.start));
      return;
    }
    if (!ARTICLE_KINDS.has(b.kind) && b.kind !== RELATED) return;
    if (i < titleIndex && (b.kind === "date" || isMasthead(b, p))) return;
    if (i <= headEnd && wordCount(b) <= SHORT_LINE_WORDS && p.widget.test(b.text) && b.kind !== "title")
      return;
    for (const m of b.matches) dates.push(...mentionsOf(m, b.text, b.start));
  });

  return { published, dates };
}

/** Whether a text opens with an ASCII letter (U+0041–U+005A, U+0061–U+007A), as the `date …` prefix does. */
function opensWithLatinLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

function publishedDate(
  blocks: readonly BlockDates[],
  titleIndex: number,
  head: readonly number[],
  p: DatePatterns,
  words: DateWords,
  referenceDate: string | undefined,
): { published: Published | null; aboveTitle: boolean } {
  const candidates: { label: Label; published: Published }[] = [];
  const consider = (b: BlockDates, m: DateMatch, label: Label) => {
    const iso = matchIso(m, m.date.days[0]?.day ?? 0);
    const full = iso === null ? null : withReferenceYear(iso, referenceDate);
    if (full === null) return;
    const span = { start: b.start + m.start, end: b.start + m.end };
    candidates.push({ label, published: { iso: full, raw: b.text.slice(m.start, m.end), span } });
  };
  const considerLabelled = (b: BlockDates, matches: readonly DateMatch[]) => {
    for (const m of matches) if (datelineDate(b, m, words) === "published") consider(b, m, "published");
  };
  const headEnd = head.length > 0 ? (head[head.length - 1] as number) : titleIndex;
  // Labelled dates (`نشر في …`, `date 2019-05-12`) count wherever they stand before the body, even in a
  // block taken for furniture or for a ticker item (`نشر بتاريخ: 2023/03/12 - 10:30` looks like one).
  blocks.forEach((b, i) => {
    if (i > headEnd || b.matches.length === 0 || (i === titleIndex && b.kind === "title") || head.includes(i))
      return;
    if (!p.widget.test(b.text)) considerLabelled(b, b.matches);
  });
  for (const i of head) {
    const b = blocks[i] as BlockDates;
    const first = b.matches[0];
    if (!first || (wordCount(b) <= SHORT_LINE_WORDS && p.widget.test(b.text))) continue;
    if (b.kind === "date" || b.kind === "dateline") {
      for (const m of b.matches) {
        const label = datelineDate(b, m, words);
        consider(b, m, label === false ? null : label);
      }
      continue;
    }
    const label = datelineDate(b, first, words);
    if (label !== false) consider(b, first, label);
    considerLabelled(b, b.matches.slice(1));
  }
  // A date labelled as the publication's wins over an unlabelled one, which wins over the update's. A page
  // that states only when it was last updated shows that date as its own (the annotation takes the date
  // line under the title, whatever its label), so it is the last resort.
  const chosen =
    candidates.find((c) => c.label === "published") ??
    candidates.find((c) => c.label !== "updated") ??
    candidates[0];
  if (chosen) return { published: chosen.published, aboveTitle: false };
  // Without a title block the page's shape is unknown: a date line above its first line stays the page's.
  const above = blocks[titleIndex]?.kind === "title" ? stampAboveTitle(blocks, titleIndex, p) : null;
  if (above !== null) consider(above.block, above.match, null);
  return { published: candidates[0]?.published ?? null, aboveTitle: above !== null };
}

/** Fewest items of a site's menu written on one line between bars (`محليات | اقتصاد | رياضة | منوعات`). */
const MIN_MENU_ITEMS = 4;

/**
 * Whether a line is a site's menu: four items or more between bars (U+007C), none of them with a digit. A
 * breadcrumb (`الرئيسية » اقتصاد`) is shorter, and may stand between the title and its date stamp.
 */
function isMenuLine(text: string): boolean {
  const items = text.split("|");
  if (items.length < MIN_MENU_ITEMS) return false;
  return items.every((item) => item.trim().length > 0 && !DIGIT.test(item));
}

/** How many blocks above the title may hold its date stamp (`اقتصاد` or a breadcrumb may stand between). */
const STAMP_ABOVE_BLOCKS = 3;

/**
 * The date stamp set just above the title when nothing under it gives one: a date line or a dated dateline
 * (`الخميس، 9 أكتوبر 2025 - 01:30 م`, `الرياض 22 ربيع الأول 1447 هـ … واس`) among the few blocks before the
 * title. A date beside weather, currency or prayer-time widgets is the day the page was fetched, so a line
 * that is, or stands next to, such a widget gives none.
 */
function stampAboveTitle(
  blocks: readonly BlockDates[],
  titleIndex: number,
  p: DatePatterns,
): { block: BlockDates; match: DateMatch } | null {
  const isWidget = (i: number) => {
    const b = blocks[i];
    return b !== undefined && b.kind !== "title" && p.widget.test(b.text);
  };
  for (let i = titleIndex - 1; i >= 0 && i >= titleIndex - STAMP_ABOVE_BLOCKS; i--) {
    const b = blocks[i] as BlockDates;
    const first = b.matches[0];
    // A date above the site's menu heads the whole page: it is the day the page was fetched.
    if (isMenuLine(b.text)) return null;
    if (first === undefined) continue;
    if (isWidget(i) || isWidget(i - 1) || isWidget(i + 1)) return null;
    if (b.kind !== "date" && b.kind !== "dateline" && !isDateLine(b)) return null;
    return { block: b, match: first };
  }
  return null;
}

/**
 * Every explicit calendar date of a text (a day and a month at least, any month-name system, Hijri given as
 * its Gregorian day, numeric dates), one mention per written day in text order. Unlike `parseArticle`, it
 * does not tell the article from its page: every line is searched.
 *
 * @param text - Any text.
 * @param options - Lexicon additions (`{ lexicon: { dates: { months: { … } } } }`).
 * @returns The dates, with spans in UTF-16 code units of `text` and `raw` as written there.
 * @example
 * ```ts
 * import { extractDates } from "khabar";
 * extractDates("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس").map((d) => d.iso);
 * //=> ["2015-08-11"]
 * ```
 */
export function extractDates(text: string, options?: ParseOptions): DateMention[] {
  assertText(text);
  const { lexicon } = resolveOptions(options);
  const normalized = normalizeWithMap(text, PARSE_NORMALIZATION);
  const regions = splitLines(normalized.text).map((l) => ({ start: l.start, end: l.end }));
  return findDatesIn(normalized.text, regions, lexicon).map((d) => {
    const span = normalized.map.toSource(d.span.start, d.span.end);
    // Normalization drops tatweel and diacritics; those that end the date (`هـ`, U+0640) belong to it.
    while (span.end < text.length && /[\u0640\u064B-\u065F\u0670]/.test(text[span.end] ?? "")) span.end++;
    return { ...d, raw: text.slice(span.start, span.end), span };
  });
}
