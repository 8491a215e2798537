/**
 * Every RegExp and word set of the page-structure stage, compiled once per lexicon (cached in a WeakMap
 * keyed by the lexicon's `page` object) so that the ReDoS test can reach each of them.
 */

import { isWhiteSpace } from "../internal/chars.js";
import { alternation, WORD_END } from "../internal/regex.js";
import type { Lexicon } from "../lexicon/index.js";

/**
 * Loose comparison key of a word or phrase: alef forms (U+0623 أ, U+0625 إ, U+0622 آ, U+0671 ٱ) → U+0627 ا,
 * U+0649 ى → U+064A ي, U+0629 ة → U+0647 ه; tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640) dropped;
 * Latin lowercased; runs of spaces collapsed.
 */
export function looseKey(text: string): string {
  // Page-structure rules ask for the key of the same short words over and over (every token against many
  // word sets); a bounded cache turns that into a lookup. Long strings are rare and not cached.
  if (text.length > LOOSE_KEY_CACHE_MAX_LENGTH) return computeLooseKey(text);
  // Most words are their own key (no hamza on the alef, no ة, no tashkeel): one scan of the code units
  // answers without hashing a new slice for the cache.
  if (isOwnLooseKey(text)) return text;
  let key = LOOSE_KEY_CACHE.get(text);
  if (key === undefined) {
    if (LOOSE_KEY_CACHE.size >= LOOSE_KEY_CACHE_MAX_ENTRIES) LOOSE_KEY_CACHE.clear();
    key = computeLooseKey(text);
    LOOSE_KEY_CACHE.set(text, key);
  }
  return key;
}

/**
 * 1 for each code unit below U+0700 that {@link computeLooseKey} copies as it is: ASCII but the capitals,
 * tab and space, and the Arabic block U+0600–U+06FF but the alef forms (U+0622, U+0623, U+0625, U+0671),
 * U+0649, U+0629, tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640). Latin-1 and the blocks up to
 * U+05FF may lowercase, and are left to the full computation.
 */
// Filled inside a pure-annotated call: a loop at module level would be kept by bundlers.
const KEPT_IN_KEY = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x0700);
  for (let c = 0x21; c < 0x80; c++) if (c < 0x41 || c > 0x5a) table[c] = 1;
  for (let c = 0x0600; c < 0x0700; c++) table[c] = 1;
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0649, 0x0629, 0x0640, 0x0670]) table[c] = 0;
  for (let c = 0x064b; c <= 0x065f; c++) table[c] = 0;
  return table;
})();

/**
 * Whether `text` is its own {@link looseKey}: every code unit is kept as it is, and every space (U+0020)
 * stands alone between two of them.
 */
function isOwnLooseKey(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
    } else if (c >= 0x0700 || KEPT_IN_KEY[c] === 0) return false;
  }
  return true;
}

const LOOSE_KEY_CACHE = new Map<string, string>();
const LOOSE_KEY_CACHE_MAX_LENGTH = 48;
const LOOSE_KEY_CACHE_MAX_ENTRIES = 50_000;

/**
 * The loose key of `text` when it is at most `max` code units long, and otherwise a prefix of it longer
 * than `max`. A phrase is looked up in word sets whose keys are short ({@link PageMatchers.longestKey}); the
 * key of a whole line, built and hashed only to miss, was a good part of the stage's time.
 */
export function looseKeyUpTo(text: string, max: number): string {
  return text.length > LOOSE_KEY_CACHE_MAX_LENGTH ? computeLooseKey(text, max) : looseKey(text);
}

/**
 * Copies the runs of unchanged code units with one `slice` each and writes only what changes: a key built
 * one code unit at a time made a rope of a million nodes for a megabyte-long line (a word repeated without
 * spaces), which the garbage collector then walked again and again.
 */
function computeLooseKey(text: string, max = Number.POSITIVE_INFINITY): string {
  let out = "";
  let from = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    // The key so far is out and the run not yet copied.
    if (out.length + i - from > max) return out + text.slice(from, i);
    const c = text.charCodeAt(i);
    // What the code unit becomes; undefined when it stays as it is.
    let replacement: string | undefined;
    if (c === 0x20 || c === 0x09 || c === 0xa0) {
      out += text.slice(from, i);
      from = i + 1;
      space = out.length > 0;
      continue;
    }
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) replacement = "";
    else if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) replacement = "\u0627";
    else if (c === 0x0649) replacement = "\u064A";
    else if (c === 0x0629) replacement = "\u0647";
    else if (c >= 0x41 && c <= 0x5a) replacement = String.fromCharCode(c + 0x20);
    else if (c >= 0x80 && (c < 0x0600 || c > 0x06ff)) {
      const lower = text.charAt(i).toLowerCase();
      if (lower !== text.charAt(i)) replacement = lower;
    }
    if (space && replacement !== "") {
      out += " ";
      space = false;
    }
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Whether a code point is a letter, a combining mark or a digit (of any script). */
export function isWordChar(ch: string): boolean {
  return ch.length === 1 ? isWordCode(ch.charCodeAt(0)) : WORD_CHAR.test(ch);
}
/** One letter, mark or digit. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * {@link WORD_CHAR} of each UTF-16 code unit, filled in as units are met (0 not asked yet, 1 no, 2 yes):
 * testing the RegExp once per code unit of every token was a good part of the stage's time.
 */
const WORD_CODE = new Uint8Array(0x10000);

/** Whether a UTF-16 code unit is a letter, mark or digit by itself (a lone surrogate is none). */
export function isWordCode(c: number): boolean {
  let known = WORD_CODE[c];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
    WORD_CODE[c] = known;
  }
  return known === 2;
}

/** `WORD_CHAR.test(text.slice(from, to))` without the slice. */
export function hasWordChar(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) return true;
    // A letter beyond U+FFFF is a pair of surrogates, which the RegExp reads as one code point.
    if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(from, to));
  }
  return false;
}
/** Any Arabic letter (U+0621–U+064A, U+0671–U+06D3). */
export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/u;
/** Any digit: ASCII, Arabic-Indic (U+0660–U+0669) or extended (U+06F0–U+06F9). */
export const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;

/** Strips every character that is not a letter, mark or digit from both ends of a token. */
export function trimToWord(token: string): string {
  let s = 0;
  let e = token.length;
  while (s < e && !isWordCode(token.charCodeAt(s))) s++;
  while (e > s && !isWordCode(token.charCodeAt(e - 1))) e--;
  return s === 0 && e === token.length ? token : token.slice(s, e);
}

/** `text` without the characters of `chars` (and white space) at its end; a scan, not a `[…]+$` RegExp. */
export function trimEndChars(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && (chars.includes(text.charAt(e - 1)) || /\s/u.test(text.charAt(e - 1)))) e--;
  return text.slice(0, e);
}

/** `text` without the characters of `chars` (and white space) at its start. */
export function trimStartChars(text: string, chars: string): string {
  let s = 0;
  while (s < text.length && (chars.includes(text.charAt(s)) || /\s/u.test(text.charAt(s)))) s++;
  return text.slice(s);
}

/**
 * Finds the first phrase of `set` (one or two words, compared by {@link looseKey}) that is followed by a
 * colon or a dash, as in `… تصوير: NAME`; returns its offset or -1.
 */
export function findMarkedPhrase(text: string, set: ReadonlySet<string>): number {
  const words: { s: number; e: number }[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
    const s = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (i > s) words.push({ s, e: i });
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as { s: number; e: number };
    for (const span of [1, 2]) {
      const last = words[k + span - 1];
      if (!last) break;
      if (!set.has(looseKey(text.slice(w.s, last.e)))) continue;
      let j = last.e;
      while (j < text.length && (text.charAt(j) === " " || text.charAt(j) === "\t")) j++;
      const c = text.charCodeAt(j);
      if (c === 0x3a || c === 0xff1a || isDashCode(c)) return w.s;
    }
  }
  return -1;
}

/**
 * Splits a line into the tokens between runs of {@link SPACE_RUN} white space; a scan, not a split.
 *
 * @param limit - Stop after this many tokens (the first words of a long paragraph).
 */
export function tokens(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0 && out.length < limit) out.push(text.slice(start));
  return out;
}
/**
 * A line's tokens, read once and only as far as they are asked for, with its word count and, on demand,
 * each token trimmed to its word and that word's loose key. Every furniture and date test of a line looks
 * at the same words, most of them only at the first one or two; splitting and keying the whole line anew
 * in each test was most of the time of the page-structure stage.
 */
export class LineWords {
  /** {@link wordCount} of the text. */
  readonly count: number;
  #marks = -1;
  #letters = -1;
  // Filled in as they are asked for (most rows are never split: a long paragraph is only counted).
  #tokens: string[] | undefined;
  /** Offset in the text up to which tokens have been read. */
  #read = 0;
  #bare: (string | undefined)[] | undefined;
  #keys: (string | undefined)[] | undefined;

  /** @param count - The text's {@link wordCount}, when the caller has it already. */
  constructor(
    readonly text: string,
    count = wordCount(text),
  ) {
    this.count = count;
  }

  /**
   * The words of `text` read in one scan that counts them and notes the marks: every line of a page is
   * counted, and the marks of a short one are asked for at once. The count stops past `max` (the count is
   * then `max + 1`, and the marks are read again if asked for).
   */
  static read(text: string, max: number): LineWords {
    let n = 0;
    let marks = 0;
    let letters = 0;
    let inToken = false;
    let counted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // An Arabic letter (U+0621–U+064A), most of any line, is a word character, no mark, and a letter of
      // the key unless it is tatweel (U+0640): the general tests below give the same, more slowly.
      const arabic = c >= 0x0621 && c <= 0x064a;
      if (!arabic && isSpaceCode(c)) {
        inToken = false;
        continue;
      }
      if (!inToken) {
        inToken = true;
        counted = false;
      }
      if (!counted && (arabic || isWordCode(c))) {
        n++;
        if (n > max) return new LineWords(text, n);
        counted = true;
      }
      if (arabic) {
        if (c !== 0x0640) letters++;
      } else if (isKeyLetter(c)) letters++;
      else marks |= markOf(c);
    }
    const line = new LineWords(text, n);
    line.#marks = marks;
    line.#letters = letters;
    return line;
  }

  /**
   * How many Arabic letters the text's {@link looseKey} has: texts whose counts differ have different
   * keys, so a line need not be keyed to be told from another.
   */
  get letters(): number {
    if (this.#letters < 0) this.#letters = keyLetters(this.text);
    return this.#letters;
  }

  /**
   * Which {@link MARK}s occur in the text, read in one scan when first asked: most lines have none of the
   * characters that the RegExps of the furniture and date tests look for, and need not be scanned by each.
   */
  get marks(): number {
    if (this.#marks < 0) this.#marks = marksOf(this.text);
    return this.#marks;
  }

  /** Whether any of the marks `bits` occurs in the text. */
  has(bits: number): boolean {
    return (this.marks & bits) !== 0;
  }

  /** Token `i` of {@link tokens}(text), or undefined past the last. */
  token(i: number): string | undefined {
    const text = this.text;
    this.#tokens ??= [];
    const tokens = this.#tokens;
    while (tokens.length <= i && this.#read < text.length) {
      let s = this.#read;
      while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
      let e = s;
      while (e < text.length && !isSpaceCode(text.charCodeAt(e))) e++;
      if (e > s) tokens.push(text.slice(s, e));
      this.#read = e;
    }
    return tokens[i];
  }

  /** Every token: {@link tokens}(text). */
  get tokens(): readonly string[] {
    this.token(Number.POSITIVE_INFINITY);
    return this.#tokens ?? [];
  }

  /** Whether the line has more than `n` tokens (reads at most `n + 1`). */
  hasMoreTokensThan(n: number): boolean {
    return this.token(n) !== undefined;
  }

  /** {@link trimToWord} of token `i` ("" past the last). */
  bare(i: number): string {
    this.#bare ??= [];
    const bares = this.#bare;
    let bare = bares[i];
    if (bare === undefined) {
      bare = trimToWord(this.token(i) ?? "");
      bares[i] = bare;
    }
    return bare;
  }

  /** {@link looseKey} of {@link bare}(i). */
  key(i: number): string {
    this.#keys ??= [];
    const keys = this.#keys;
    let key = keys[i];
    if (key === undefined) {
      key = looseKey(this.bare(i));
      keys[i] = key;
    }
    return key;
  }
}

/**
 * Characters whose presence a RegExp of a line test needs (bits of {@link LineWords.marks}): a line without
 * them cannot match, so the RegExp is not run.
 */
export const MARK = {
  /** A digit of {@link DIGIT}. */
  digit: 1,
  /** `.` */
  period: 2,
  /** `:` */
  colon: 4,
  /** `(` or © (U+00A9), what {@link COPYRIGHT} opens with. */
  copyright: 8,
  /** `<` or `&`, what {@link MARKUP} opens with. */
  markup: 16,
  /** `|`, • (U+2022) or · (U+00B7), the separators of {@link PIECE_SEPARATOR}. */
  piece: 32,
  /** » › > / \\ ← |, the separators of a breadcrumb. */
  crumb: 64,
} as const;

/**
 * Whether a code unit becomes an Arabic letter of a loose key: U+0621–U+064A but tatweel (U+0640), which
 * the key drops, and ٱ (U+0671), which it turns into ا.
 */
function isKeyLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a && c !== 0x0640) || c === 0x0671;
}

/** How many Arabic letters the {@link looseKey} of `text` has. */
export function keyLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isKeyLetter(text.charCodeAt(i))) n++;
  return n;
}

/** The {@link MARK}s of a text. */
function marksOf(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) marks |= markOf(text.charCodeAt(i));
  return marks;
}

/** The {@link MARK} of one code unit (0 for most). */
function markOf(c: number): number {
  // Arabic letters, most of any line, are none of them.
  if (c >= 0x0621 && c <= 0x064a) return 0;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9))
    return MARK.digit;
  if (c === 0x2e) return MARK.period;
  if (c === 0x3a) return MARK.colon;
  if (c === 0x28 || c === 0xa9) return MARK.copyright;
  if (c === 0x3c || c === 0x26) return MARK.markup;
  if (c === 0x7c) return MARK.piece | MARK.crumb;
  if (c === 0x2022 || c === 0xb7) return MARK.piece;
  if (c === 0xbb || c === 0x203a || c === 0x3e || c === 0x2f || c === 0x5c || c === 0x2190) return MARK.crumb;
  return 0;
}

/** A run of inline white space. */
export const SPACE_RUN = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/u;

/** Whether a UTF-16 code unit is inline white space (space, tab, U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000). */
function isSpaceCode(c: number): boolean {
  if (c < 0x2000) return c === 0x20 || c === 0x09 || c === 0xa0;
  return c <= 0x200a || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Number of space-separated tokens that hold at least one letter or digit; one linear scan.
 *
 * @param max - Stop counting past this many (returns `max + 1`): a caller that only compares the count
 *   with small thresholds need not read a long paragraph to its end.
 */
export function wordCount(text: string, max = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isWordCode(c)) {
      n++;
      if (n > max) return n;
      counted = true;
    }
  }
  return n;
}

/**
 * The dashes that separate the parts of a byline or dateline: U+002D -, U+2010–U+2015 (‐ ‑ ‒ – — ―),
 * U+2212 −, U+0640 tatweel used as a dash (ـ, ــ), U+005F _ and U+FE58/U+FE63/U+FF0D.
 */
export const DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u0640_\uFE58\uFE63\uFF0D";
/** Whether a character is one of {@link DASH_CHARS}. */
export function isDash(ch: string): boolean {
  return ch.length > 0 && DASH_CHARS.includes(ch);
}
/** Whether a UTF-16 code unit is one of {@link DASH_CHARS}. */
export function isDashCode(c: number): boolean {
  if (c < 0x2010) return c === 0x2d || c === 0x5f || c === 0x0640;
  return c <= 0x2015 || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

/** A rule: nothing but three or more dashes, underscores, equals signs, stars, dots, tildes or bullets. */
export const RULE_LINE = /^[-\u2010-\u2015\u2212\u0640_=*~.•·+#\s]{3,}$/u;
/** An i18n key such as `ui.public.translatedTo` (dotted identifier). */
export const I18N_KEY = /^[A-Za-z_$][\w$-]*(?:\.[\w$-]+)+$/u;
/** An icon or CSS class name such as `pictogram-avatar`, `icon_share` (lower-case words joined by - or _). */
export const ICON_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/u;
/** An icon's class name of letters only (`pictogram-avatar`, `fa-user`, `ic_menu`), which a word with a digit is not. */
export const ICON_WORD = /^[a-z]+(?:[-_][a-z]+)+$/u;
/** An HTML tag, comment or entity left in the text. */
export const MARKUP = /<\/?[A-Za-z][^<>]{0,200}>|<!--|&(?:[a-z]{2,8}|#\d{1,6});/u;
/** The dash (U+002D, U+2013, U+2014) or colon between spaces of `PLACE - NAME` / `PLACE: NAME`. */
export const PLACE_NAME_SEPARATOR = / [-\u2013\u2014] |: /u;
/** Text made of letters, marks and spaces only (no digit, punctuation or symbol). */
export const LETTERS_AND_SPACES = /^[\p{L}\p{M} ]+$/u;
/** A clock time `HH:MM` (optionally `:SS`). */
export const CLOCK_TIME = /(?<![\d:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?![\d:])/u;
/** {@link CLOCK_TIME}, global, to blank every time of a line. */
// Pure-annotated: reading `.source` at load time would make bundlers keep it in normalize-only bundles.
export const CLOCK_TIME_ALL = /* @__PURE__ */ (() => new RegExp(CLOCK_TIME.source, "gu"))();
/** A numeric date: `2019-05-12`, `12/05/2019`, `12-5-2019`, `12.05.2019`. */
export const NUMERIC_DATE = /(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?!\d)/u;
/**
 * A number token of a date line: digits (ASCII, U+0660–U+0669, U+06F0–U+06F9) with `/ . : -`, and an era
 * letter after a year (`1448هـ`, `2026م`: U+0647, U+0645, a tatweel U+0640 after it).
 */
export const DATE_NUMBER_TOKEN = /^[\d\u0660-\u0669\u06F0-\u06F9/.:-]+(?:[\u0647\u0645]\u0640?)?$/u;
/** An ISO 8601 timestamp as one token (`2026-11-28T10:20:00+03:00`), as a page's `<time>` element gives it. */
export const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;
/** A `date YYYY-MM-DD` prefix at the start of a line. */
export const DATE_PREFIX = /^date[ \t]*(?::[ \t]*)?\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?/iu;
/** A temperature: a number with a degree sign (U+00B0 °, U+2103 ℃) or `درجة`. */
export const TEMPERATURE = /\d[ \t]*(?:°|\u2103|º)|(?:°|\u2103)[ \t]*\d/u;
/** A temperature written out (`35 درجة`), which a headline also writes (`الحرارة تتجاوز 50 درجة`). */
export const TEMPERATURE_WORD = /\d[ \t]*درج/u;
/** Characters that end a sentence: period, ellipsis, exclamation, question (U+061F ؟), with closing quotes after. */
export const SENTENCE_END = /[.!?\u061F\u2026][\s"'»”’)\]]*$/u;
/** A single final period (not `..` or `...`), possibly before closing quotes or brackets. */
export const FINAL_PERIOD = /(?<![.])\.[\s"'»”’)\]]*$/u;
/** A final question mark (U+061F ؟ or ?), possibly before closing quotes. */
export const FINAL_QUESTION = /[?\u061F][\s"'»”’)\]]*$/u;
/** Clause punctuation at the end: comma (U+060C ، or ,), semicolon (U+061B ؛ or ;) or colon. */
export const FINAL_CLAUSE_MARK = /[,\u060C;\u061B:][\s"'»”’]*$/u;
/** A final exclamation mark, possibly before closing quotes or brackets. */
export const FINAL_EXCLAMATION = /!["»”')\]\s]*$/u;
/** A final colon (`:` or U+FF1A `：`), possibly before white space. */
export const FINAL_COLON = /[:：]\s*$/u;

// The RegExps above that end with `[…]*$` can only be found by trying every offset of the text, which for a
// long paragraph is a scan of all of it; the functions below read the same from the end in a few steps.

/** Offset of the last code unit that is neither white space nor one of `closers` (-1 when none is). */
function lastBeforeClosers(text: string, closers: string): number {
  let i = text.length - 1;
  while (i >= 0 && (isWhiteSpace(text.charCodeAt(i)) || closers.includes(text.charAt(i)))) i--;
  return i;
}

/** Closing quotes and brackets that may follow final punctuation: " ' » ” ’ ) ]. */
const CLOSERS = "\"'»”’)]";

/** `FINAL_PERIOD.test(text)`, read from the end. */
/**
 * A breadcrumb's pointing separator with a space on each side: » (U+00BB), › (U+203A) or `>`. A headline
 * glues its closing quote » to a word (`«الأونروا» تحذر`), never sets it off by spaces.
 */
export const POINTING_CRUMB_SEPARATOR = / (?:\u00BB|\u203A|>) /u;

export function hasFinalPeriod(text: string): boolean {
  const i = lastBeforeClosers(text, CLOSERS);
  return i >= 0 && text.charAt(i) === "." && text.charAt(i - 1) !== ".";
}

/** `SENTENCE_END.test(text)`, read from the end. */
export function hasSentenceEnd(text: string): boolean {
  const i = lastBeforeClosers(text, CLOSERS);
  return i >= 0 && ".!?\u061F\u2026".includes(text.charAt(i));
}

/** `FINAL_QUESTION.test(text)`, read from the end. */
export function hasFinalQuestion(text: string): boolean {
  const i = lastBeforeClosers(text, CLOSERS);
  return i >= 0 && "?\u061F".includes(text.charAt(i));
}

/** `FINAL_CLAUSE_MARK.test(text)`, read from the end. */
export function hasFinalClauseMark(text: string): boolean {
  const i = lastBeforeClosers(text, "\"'»”’");
  return i >= 0 && ",\u060C;\u061B:".includes(text.charAt(i));
}

/** `FINAL_EXCLAMATION.test(text)`, read from the end. */
export function hasFinalExclamation(text: string): boolean {
  const i = lastBeforeClosers(text, "\"»”')]");
  return i >= 0 && text.charAt(i) === "!";
}

/** `FINAL_COLON.test(text)`, read from the end. */
export function hasFinalColon(text: string): boolean {
  const i = lastBeforeClosers(text, "");
  return i >= 0 && ":：".includes(text.charAt(i));
}
/** A list bullet or number at the start of a line: `-`, `•`, `*`, `1-`, `1.`, `(1)`, `أولا:`. */
export const LIST_ITEM = /^(?:[-•*▪●◦–—]|\(?\d{1,2}[).\-–]|[\u0660-\u0669]{1,2}[).\-–])/u;
/** A web address: `http://…`, `https://…`, `www.…`, `pic.twitter.com/…`. */
export const URL = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S/iu;
/** A copyright sign (U+00A9 ©) or `(c)`. */
export const COPYRIGHT = /\u00A9|\(c\)/iu;
/** A hashtag: `#` followed by a letter. */
export const HASHTAG = /^#[\p{L}\p{N}_]/u;
/** A sentence end followed by more text inside a line (the line holds two sentences or more). */
export const INNER_SENTENCE_END = /[.!?\u061F]["»”]?\s+\S/u;
/** The separators of a line of page chrome: ` | `, bullets (U+2022 •, U+00B7 ·). */
export const PIECE_SEPARATOR = / \| |[•·]/u;
/** A section label before a title: `عام / `, `تقرير / ` (group 1 is the label). */
export const SECTION_LABEL = /^([^/\n]{1,30})[ \t]\/[ \t]/u;
/** A tag before a bar that opens a title: `خاص | `, `🔴 عاجل | ` (group 1 is the tag). */
export const PIPE_LABEL = /^([^|\n]{1,30}) \| /u;
/** Quotation marks that may wrap an outlet's name: " « » “ ” „ ' ‘ ’. */
export const QUOTE_CHARS = "\"«»“”„'‘’";
/**
 * A line that is one quotation from its first character to its last (`«لن نتنازل عن حقوق النادي»`): a pull
 * quote that the next paragraph attributes, not a section heading. U+0022, U+00AB/U+00BB, U+201C/U+201D,
 * U+201E; no mark inside, so that `"أ" و"ب"` (two quoted names) does not count.
 */
export const WHOLE_LINE_QUOTATION = /^["«“„][^"«»“”„]+["»”][.،]?$/u;

/** The code units of {@link QUOTE_CHARS}, for a scan that makes no string per character. */
const QUOTE_CODES: ReadonlySet<number> = /* @__PURE__ */ new Set(
  Array.from({ length: QUOTE_CHARS.length }, (_, i) => QUOTE_CHARS.charCodeAt(i)),
);

/** Whether `text` holds any character of {@link QUOTE_CHARS}. */
export function hasQuoteChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (QUOTE_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** Compiled matchers of one lexicon. */
export interface PageMatchers {
  readonly agencies: ReadonlySet<string>;
  readonly genericSources: ReadonlySet<string>;
  readonly exclusiveLabels: ReadonlySet<string>;
  readonly reporterDescriptions: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly wawNames: ReadonlySet<string>;
  readonly compoundNameTails: ReadonlySet<string>;
  readonly descentParticles: ReadonlySet<string>;
  readonly nameStopWords: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly sectionLabels: ReadonlySet<string>;
  readonly navigationWords: ReadonlySet<string>;
  readonly breadcrumbRoots: ReadonlySet<string>;
  readonly weatherWords: ReadonlySet<string>;
  readonly currencyWords: ReadonlySet<string>;
  readonly prayerWords: ReadonlySet<string>;
  readonly relativeTimeUnits: ReadonlySet<string>;
  readonly relativeTimeAlone: ReadonlySet<string>;
  readonly calendarWords: ReadonlySet<string>;
  readonly endMarkers: ReadonlySet<string>;
  readonly captionMarkers: ReadonlySet<string>;
  readonly siteWords: ReadonlySet<string>;
  readonly connectives: ReadonlySet<string>;
  readonly mastheadWords: ReadonlySet<string>;
  readonly counterWords: ReadonlySet<string>;
  /** Words that make a phrase an outlet's name (`نيوز`, `اف ام`: pairs are keyed as two words). */
  readonly outletWords: ReadonlySet<string>;
  /** Nouns that open an outlet's name and never a person's (`صدى`, `صوت`). */
  readonly outletHeads: ReadonlySet<string>;
  /** Words that put a place in a wider area (`ريف`, `شمال`). */
  readonly placeQualifiers: ReadonlySet<string>;
  /** Words of an outlet's staff or service before its name (`مراسل`, `خدمة`). */
  readonly outletStaffWords: ReadonlySet<string>;
  /** Nouns of an outlet's kind that open its name (`قناة`, `شبكة`). */
  readonly outletKinds: ReadonlySet<string>;
  /** Length of the longest key of all the word sets of these matchers: a longer key is in none of them. */
  readonly longestKey: number;
  /** Ads and copyright lines at the start of a line. */
  readonly chromeStart: RegExp;
  /** `Editing:`, `تحرير:` … at the start of a line. */
  readonly editorStart: RegExp;
  /** `كتب:`, `بقلم` … at the start of a line. */
  readonly authorStart: RegExp;
  readonly creditMarkers: ReadonlySet<string>;
  /** `تصوير:` … at the start of a line. */
  readonly creditStart: RegExp;
  /** `المصدر:` at the start of a line. */
  readonly sourceStart: RegExp;
  /** `رئيس التحرير` … at the start of a line. */
  readonly mastheadStart: RegExp;
  /** A share, comment or app prompt at the start of a line. */
  readonly promptStart: RegExp;
  /** A prompt that addresses the reader, at the start of a line of any length. */
  readonly longPromptStart: RegExp;
  /** `اقرأ أيضا` … at the start of a line. */
  readonly relatedStart: RegExp;
  /** `الكلمات المفتاحية` … at the start of a line. */
  readonly tagStart: RegExp;
  /** `نشر في:` … at the start of a line. */
  readonly dateLabelStart: RegExp;
  /** A caption marker at the start of a line. */
  readonly captionStart: RegExp;
  /** `خبر:` or `الخبر ` before a title. */
  readonly titlePrefix: RegExp;
  /** `منذ`, `قبل` at the start of a line. */
  readonly relativeOpener: RegExp;
  /** An agency filing time: `18:21 ت م`. */
  readonly filingTime: RegExp;
}

/** The loose keys of the words of `lists`, bare and with the article ال (U+0627 U+0644). */
function bareAndDefiniteKeys(...lists: readonly (readonly string[])[]): Set<string> {
  const keys = new Set<string>();
  for (const list of lists) {
    for (const word of list) {
      const k = looseKey(word);
      if (k.length === 0) continue;
      keys.add(k);
      keys.add(looseKey(`\u0627\u0644${word}`));
    }
  }
  return keys;
}

const ROLE_CACHE = new WeakMap<object, ReadonlySet<string>>();

/**
 * The loose keys of the quotes lexicon's role and occupation titles (`وزير`, `مدير`, `باحث`), bare and with
 * the article ال (U+0627 U+0644): a phrase opened by one names a person's post, not an outlet.
 */
export function roleTitleKeys(lexicon: Lexicon): ReadonlySet<string> {
  const quotes = lexicon.quotes;
  const cached = ROLE_CACHE.get(quotes);
  if (cached) return cached;
  const keys = bareAndDefiniteKeys(quotes.roleTitles, quotes.occupationTitles);
  ROLE_CACHE.set(quotes, keys);
  return keys;
}

const SPEAKER_CACHE = new WeakMap<object, ReadonlySet<string>>();

/**
 * The loose keys of the quotes lexicon's anonymous sources and groups of people (`مصدر`, `سكان`, `خبراء`),
 * bare and with the article ال: a phrase opened by one names people who speak, not an outlet.
 */
export function speakerGroupKeys(lexicon: Lexicon): ReadonlySet<string> {
  const quotes = lexicon.quotes;
  const cached = SPEAKER_CACHE.get(quotes);
  if (cached) return cached;
  const keys = bareAndDefiniteKeys(quotes.anonymousSources, quotes.groupNouns);
  SPEAKER_CACHE.set(quotes, keys);
  return keys;
}

const BODY_CACHE = new WeakMap<object, ReadonlySet<string>>();

/**
 * The loose keys of the quotes lexicon's heads of bodies' names and kinds of organization (`وزارة`, `حزب`,
 * `مجلس`, `قناة`), bare and with the article ال: a phrase opened by one names a body, not a town.
 */
export function bodyHeadKeys(lexicon: Lexicon): ReadonlySet<string> {
  const quotes = lexicon.quotes;
  const cached = BODY_CACHE.get(quotes);
  if (cached) return cached;
  const keys = new Set<string>();
  for (const word of [...quotes.organizationHeads, ...quotes.organizationTypeNouns]) {
    const k = looseKey(word);
    if (k.length === 0) continue;
    keys.add(k);
    keys.add(k.startsWith(looseKey("\u0627\u0644")) ? k.slice(2) : looseKey(`\u0627\u0644${word}`));
  }
  BODY_CACHE.set(quotes, keys);
  return keys;
}

const CACHE = new WeakMap<object, PageMatchers>();
const MONTH_CACHE = new WeakMap<object, ReadonlySet<string>>();

function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(looseKey).filter((w) => w.length > 0));
}

/** A RegExp that matches one of `words` at the start of a line, as a whole word, case-insensitively. */
export function startRegExp(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternation(words)})${WORD_END}`, "iu");
}

/** Builds (once per lexicon) every matcher of the page-structure stage. */
export function pageMatchers(lexicon: Lexicon): PageMatchers {
  const page = lexicon.page;
  const cached = CACHE.get(page);
  if (cached) return cached;
  const built: Omit<PageMatchers, "longestKey"> = {
    agencies: keySet(page.agencies),
    genericSources: keySet(page.genericSources),
    exclusiveLabels: keySet(page.exclusiveLabels),
    reporterDescriptions: keySet(page.reporterDescriptions),
    places: keySet(page.places),
    givenNames: keySet(page.givenNames),
    wawNames: keySet(page.wawNames),
    compoundNameTails: keySet(page.compoundNameTails),
    descentParticles: keySet(page.descentParticles),
    nameStopWords: keySet(page.nameStopWords),
    personTitles: keySet(page.personTitles),
    sectionLabels: keySet(page.sectionLabels),
    navigationWords: keySet(page.navigationWords),
    breadcrumbRoots: keySet(page.breadcrumbRoots),
    weatherWords: keySet(page.weatherWords),
    currencyWords: keySet(page.currencyWords),
    prayerWords: keySet(page.prayerWords),
    relativeTimeUnits: keySet(page.relativeTimeUnits),
    relativeTimeAlone: keySet(page.relativeTimeAlone),
    calendarWords: keySet(page.calendarWords),
    endMarkers: keySet(page.endMarkers),
    captionMarkers: keySet(page.captionMarkers),
    siteWords: keySet(page.siteWords),
    connectives: keySet(page.connectives),
    mastheadWords: keySet(page.mastheadWords),
    counterWords: keySet(page.counterWords),
    outletWords: keySet(page.outletWords),
    outletHeads: keySet(page.outletHeads),
    placeQualifiers: keySet(page.placeQualifiers),
    outletStaffWords: keySet(page.outletStaffWords),
    outletKinds: keySet(page.outletKinds),
    chromeStart: startRegExp(page.chromeLines),
    editorStart: startRegExp(page.editorMarkers),
    authorStart: startRegExp(page.authorMarkers),
    creditMarkers: keySet(page.creditMarkers),
    creditStart: startRegExp(page.creditMarkers),
    sourceStart: startRegExp(page.sourceMarkers),
    mastheadStart: startRegExp(page.mastheadRoles),
    promptStart: startRegExp(page.prompts),
    longPromptStart: startRegExp(page.longPrompts),
    relatedStart: startRegExp(page.relatedMarkers),
    tagStart: startRegExp(page.tagMarkers),
    dateLabelStart: startRegExp(page.dateLabels),
    captionStart: startRegExp(page.captionMarkers),
    titlePrefix: new RegExp(
      `^(?:${alternation(page.titlePrefixes)})(?:[ \\t]*[:|\\-\u2013\u2014][ \\t]*|[ \\t]+)`,
      "iu",
    ),
    relativeOpener: startRegExp(page.relativeTimeOpeners),
    filingTime: new RegExp(
      `^(?:[01]?\\d|2[0-3])[:.][0-5]\\d[ \\t]*(?:${alternation(page.filingTimeZones)})[ \\t.]*$`,
      "iu",
    ),
  };
  let longestKey = 0;
  for (const value of Object.values(built)) {
    if (value instanceof Set) for (const key of value) longestKey = Math.max(longestKey, key.length);
  }
  const matchers: PageMatchers = { ...built, longestKey };
  CACHE.set(page, matchers);
  return matchers;
}

/** Month names of the dates lexicon (every system), as loose keys, once per lexicon. */
export function monthKeys(lexicon: Lexicon): ReadonlySet<string> {
  const months = lexicon.dates.months as Readonly<Record<string, unknown>>;
  const cached = MONTH_CACHE.get(months);
  if (cached) return cached;
  const set = new Set<string>();
  for (const name of Object.keys(months)) for (const w of tokens(name)) set.add(looseKey(w));
  MONTH_CACHE.set(months, set);
  return set;
}
