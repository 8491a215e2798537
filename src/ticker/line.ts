/**
 * Reading one line: where its items are, what each item says (headline, source, time) and how much the line
 * looks like a ticker. Offsets are in the coordinates of the line's text; the caller adds `Line.start`.
 */
import { hasDigit } from "../internal/chars.js";
import {
  collapseSpaces,
  countWords,
  digitValue,
  foldKey,
  isArabicLetter,
  isBullet,
  isDash,
  isHeaderDecoration,
  isInlineSpace,
  isLeadDecoration,
  isLetter,
  isMark,
  isTimeTextSeparator,
  isWordChar,
} from "./chars.js";
import { joinedHeadlineCuts } from "./joined.js";
import { CLAUSE_PUNCTUATION, type TickerPatterns } from "./patterns.js";
import { readTimeAt, readTimeEndingAt, type TimeToken } from "./time.js";

/** The most words a ticker headline has; longer pieces are body text. */
export const MAX_ITEM_WORDS = 40;
/** The most code units of an item: {@link MAX_ITEM_WORDS} words of 25 code units. */
export const MAX_ITEM_LENGTH = MAX_ITEM_WORDS * 25;
/** The most words of one piece of a line split at bullets, wide gaps or site words. */
export const MAX_SPLIT_ITEM_WORDS = 30;
/** Words of a headline standing alone on its line with no ticker mark: at least … */
export const MIN_PLAIN_WORDS = 4;
/** … and at most. */
export const MAX_PLAIN_WORDS = 25;
/** Words of each piece of a line cut at a repeated site word (a headline rarely repeats a word so often). */
export const MIN_SITE_PIECE_WORDS = 3;
/** Code units of an Arabic site word, at least (`نبض`): shorter words are particles. */
const MIN_SITE_WORD_LENGTH = 3;
/** Candidate site words checked on one line, the most frequent first. */
const MAX_SITE_CANDIDATES = 4;
/** Fewest words of a line cut at site words: two pieces of three words, and the word itself once. */
const MIN_SITE_LINE_WORDS = 2 * MIN_SITE_PIECE_WORDS + 1;
/** Fewest words of a line cut at bullets or gaps: two pieces of two words. */
const MIN_SPLIT_LINE_WORDS = 4;
/** Pieces of a line cut at bullets or gaps, at least, that make it a menu when most are labels. */
export const MIN_MENU_PIECES = 3;
/** Words of a menu label, at most (`فن وثقافة`). */
const MAX_LABEL_WORDS = 2;
/** Inline white space this wide separates two items on one line. */
export const WIDE_GAP = 3;
/**
 * Two spaces separate the items of some strips (`TEXT (وام)  TEXT  TEXT`); a stray double space is as common
 * in prose, so such gaps cut only a line they part into {@link MIN_NARROW_GAP_ITEMS} headlines or more.
 */
export const NARROW_GAP = 2;
/** Items a line cut at two-space gaps must give, at least. */
const MIN_NARROW_GAP_ITEMS = 3;
/** Words of each of them, at least: widget readings (`دبي 35°`) and menu labels are shorter. */
const MIN_NARROW_GAP_ITEM_WORDS = 4;
/** At most this many words in parentheses make a source. */
export const MAX_SOURCE_WORDS = 6;
/** Longest "read more" link, in code units … */
const MORE_LINK_TAIL = 32;
/** … and in words. */
const MORE_LINK_WORDS = 3;

/** One item read from a line. */
export interface LineItem {
  /** The headline, spaces collapsed. */
  readonly text: string;
  /** The source in parentheses, trimmed, or `null`. */
  readonly source: string | null;
  /** `HH:MM` or `null`. */
  readonly time: string | null;
  /** Days before today written with the time, or `null`. */
  readonly day: number | null;
  /** Start of the item (leading bullets and separators included). */
  readonly start: number;
  /** End of the item (its source and time included). */
  readonly end: number;
  /** Words of the headline. */
  readonly words: number;
  /** The item closed with a "read more" link. */
  readonly moreLink: boolean;
}

/** How a line was cut into items. */
export type CutMode = "trailing-time" | "leading-time" | "separator" | "paren" | "none";

/** What a line holds. */
export interface LineReading {
  /** The header at the start of the line, as `[start, end)` (decoration included), or `null`. */
  readonly header: { readonly start: number; readonly end: number } | null;
  /**
   * The items after the header, covering the rest of the line; `null` when the line was not cut, so that the
   * rest is one item, read by {@link lineItems} only when it is kept (most lines are not).
   */
  readonly items: LineItem[] | null;
  /** Where the rest of the line after the header starts. */
  readonly from: number;
  /** The rest of the line holds a sentence break. */
  readonly sentenceBreak: boolean;
  /** The rest of the line holds an Arabic letter: a strip of an Arabic page does, in every item line. */
  readonly arabic: boolean;
  /** The rest of the line ends with a "read more" link. */
  readonly moreLink: boolean;
  /** How the items were cut. */
  readonly mode: CutMode;
  /** Items whose time closed or opened them at a cut. */
  readonly anchoredTimes: number;
  /** The line opens with a bullet or dash (`- TEXT`, `• 10:30 . TEXT`). */
  readonly bullet: boolean;
  /** Words after the header; a line with more than {@link MAX_ITEM_WORDS} and no cut has no items. */
  readonly words: number;
  /**
   * The line is cut at bullets or wide gaps into {@link MIN_MENU_PIECES} pieces or more, most of them labels of
   * one or two words (`سياسة | اقتصاد | فن وثقافة`): a menu, not a headline.
   */
  readonly labels: boolean;
}

/** Where the next item starts (a plain number: a strip of thousands of items makes thousands of cuts). */
type Cut = number;

function skipSpaces(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
  return j;
}

function trimEndSpaces(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isInlineSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The previous non-space code unit before `i` (not before `floor`), or -1. */
function previousCode(text: string, i: number, floor: number): number {
  const e = trimEndSpaces(text, floor, i);
  return e > floor ? text.charCodeAt(e - 1) : -1;
}

/** Finds the header at the start of `text`: the header word with the decoration around it. */
export function readHeader(text: string, patterns: TickerPatterns): { start: number; end: number } | null {
  let i = 0;
  while (i < text.length && isHeaderDecoration(text.charCodeAt(i))) i++;
  patterns.header.lastIndex = i;
  const match = patterns.header.exec(text);
  if (!match) return null;
  let end = i + match[0].length;
  while (end < text.length && isHeaderDecoration(text.charCodeAt(end))) end++;
  // A header is followed by its items, not glued to them: `عاجل:` or `عاجل ` but not `عاجل.`
  if (end < text.length && end === i + match[0].length) return null;
  return { start: 0, end: trimEndSpaces(text, 0, end) };
}

/** Code units before the colon of a doubled header (`عاجلعاجل:`), at most. */
const MAX_DOUBLED_HEADER = 24;

/**
 * The strip's label glued to the first item's own label, `عاجلعاجل: TEXT`, as the span of the first copy of
 * the header word; `null` for any other line. Only a one-word header doubled before a colon counts.
 */
function doubledHeader(text: string, patterns: TickerPatterns): { start: number; end: number } | null {
  const colon = text.indexOf(":");
  if (colon < 2 || colon > MAX_DOUBLED_HEADER || colon % 2 !== 0) return null;
  const half = colon / 2;
  const word = text.slice(0, half);
  if (word !== text.slice(half, colon) || !isLetter(word.charCodeAt(0))) return null;
  for (let i = 0; i < half; i++) if (isInlineSpace(word.charCodeAt(i))) return null;
  patterns.header.lastIndex = 0;
  const match = patterns.header.exec(word);
  return match && match[0].length === half ? { start: 0, end: half } : null;
}

/** Cuts at every copy of `label` (the header word and its colon) after the first in `[from, to)`. */
function labelCuts(text: string, from: number, to: number, label: string): Cut[] {
  const cuts: Cut[] = [];
  for (let i = text.indexOf(label, from + 1); i >= 0 && i < to; i = text.indexOf(label, i + label.length)) {
    cuts.push(i);
  }
  return cuts;
}

/**
 * Whether the whole line is a time, with an optional day word before it: `اليوم, 09:13`, `09:13 م`; a bullet or
 * dash may open it, as it opens the headline lines of the same list (`- اليوم, 09:13`).
 */
export function readTimeLine(
  text: string,
  patterns: TickerPatterns,
): { time: string; day: number | null } | null {
  let i = 0;
  while (i < text.length && isLeadDecoration(text.charCodeAt(i))) i++;
  let day: number | null = null;
  patterns.dayWord.lastIndex = i;
  const match = patterns.dayWord.exec(text);
  if (match) {
    day = patterns.dayWords.get(foldKey(collapseSpaces(match[0]))) ?? null;
    i += match[0].length;
  }
  while (i < text.length && isTimeTextSeparator(text.charCodeAt(i))) i++;
  const token = readTimeAt(text, i, text.length, patterns);
  if (!token) return null;
  const rest = skipSpaces(text, token.end, text.length);
  if (rest !== text.length) return null;
  return { time: token.clock, day };
}

/** Whether the whole line is a "read more" link, with bullets, dots, `«»` or `:` around it. */
export function isMoreLinkLine(text: string, patterns: TickerPatterns): boolean {
  let s = 0;
  let e = text.length;
  while (s < e && (isHeaderDecoration(text.charCodeAt(s)) || isEllipsisDot(text.charCodeAt(s)))) s++;
  while (e > s && (isHeaderDecoration(text.charCodeAt(e - 1)) || isEllipsisDot(text.charCodeAt(e - 1)))) e--;
  if (e - s > MORE_LINK_TAIL || e === s) return false;
  return patterns.moreLink.test(text.slice(s, e));
}

/** Times in `[from, to)`. */
function findTimes(text: string, from: number, to: number, patterns: TickerPatterns): TimeToken[] {
  const times: TimeToken[] = [];
  let i = from;
  while (i < to) {
    const colon = text.indexOf(":", i);
    if (colon < 0 || colon >= to) break;
    // The hours start one or two code units before the colon.
    let start = colon;
    while (start > from && start > colon - 2 && digitValue(text.charCodeAt(start - 1)) >= 0) start--;
    const token = start < colon ? readTimeAt(text, start, to, patterns) : null;
    if (token) {
      times.push(token);
      i = token.end;
    } else {
      i = colon + 1;
    }
  }
  return times;
}

/** Start of the run of bullets, dashes and spaces just before `i` (not before `floor`). */
function decorationStart(text: string, i: number, floor: number): number {
  let s = i;
  while (s > floor && isLeadDecoration(text.charCodeAt(s - 1))) s--;
  return skipSpaces(text, s, i);
}

/** Cuts of a line whose items end with their time: `TEXT (SOURCE) - 12:16 TEXT …`. */
function trailingTimeCuts(text: string, from: number, to: number, times: readonly TimeToken[]): Cut[] {
  const cuts: Cut[] = [];
  // A bullet parts the items: a time right after one opens the item that follows it (`TEXT • 10:25 TEXT`),
  // unless the strip closes its items with their times, as its last one shows (`TEXT • 10:25 TEXT • 09:40`).
  const endsWithTime = skipSpaces(text, times[times.length - 1]!.end, to) === to;
  for (const t of times) {
    const before = previousCode(text, t.start, from);
    if (!(isDash(before) || isBullet(before) || before === 0x29)) continue;
    const next = skipSpaces(text, t.end, to);
    if (next >= to) continue;
    if (isBullet(before) && !endsWithTime && !isLeadDecoration(text.charCodeAt(next))) continue;
    cuts.push(next);
  }
  return cuts;
}

/** Cuts of a line whose items open with their time: `• 10:30 . TEXT • 10:20 . TEXT`. */
function leadingTimeCuts(text: string, from: number, to: number, times: readonly TimeToken[]): Cut[] {
  const cuts: Cut[] = [];
  let floor = from;
  for (const t of times) {
    if (t.start <= floor) continue;
    const before = previousCode(text, t.start, floor);
    const afterAt = skipSpaces(text, t.end, to);
    const after = afterAt < to ? text.charCodeAt(afterAt) : -1;
    const opensItem =
      isBullet(before) ||
      isDash(before) ||
      after === 0x2e ||
      after === 0x3a ||
      after === 0x60c ||
      isDash(after) ||
      isBullet(after);
    if (!opensItem) continue;
    const at = decorationStart(text, t.start, floor);
    if (at > floor) {
      cuts.push(at);
      floor = t.end;
    }
  }
  return cuts;
}

/** Words of a timed piece, its time aside, past which it is read again as headlines joined by a space. */
const MAX_TIMED_PIECE_WORDS = 10;

/**
 * The time cuts with cuts added inside each piece too long for one headline: a strip may time only some of its
 * items and join each of the others to the next by a space (`TEXT - 10:05 TEXT TEXT - 09:20`). Such a piece,
 * its time and the marks around the time aside, is cut where headlines joined by spaces are (see `joined.ts`),
 * only when each part can be trusted. Checked on the 229 gold headlines of eight words or more of every set:
 * one of more than {@link MAX_TIMED_PIECE_WORDS} words was cut (`… معدلا لنظام | إدارة الموارد …`); the
 * generator's shape partlyTimedJoined found 0.36 of the items without this, 0.95 with it.
 */
function withJoinedCuts(
  text: string,
  from: number,
  to: number,
  cuts: readonly Cut[],
  times: readonly TimeToken[],
  leading: boolean,
  patterns: TickerPatterns,
): Cut[] {
  const bounds = [from, ...cuts, to];
  const out: Cut[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (k > 0) out.push(bounds[k]!);
    let a = bounds[k]!;
    let b = trimEndSpaces(text, a, bounds[k + 1]!);
    for (const t of times) {
      if (leading && t.start >= a && skipSpaces(text, a, t.start) === t.start) {
        a = t.end;
        while (a < b && isTimeTextSeparator(text.charCodeAt(a))) a++;
      } else if (!leading && t.start >= a && t.end === b) {
        b = decorationStart(text, t.start, a);
      }
    }
    if (countWords(text, a, b) <= MAX_TIMED_PIECE_WORDS) continue;
    out.push(...joinedHeadlineCuts(text, a, b, patterns, false, 2));
  }
  return out;
}

/** Timed items a line must hold for times with nothing but a space around them to cut it. */
const MIN_BARE_TIMED_ITEMS = 3;
/** Words of each item cut at such times, at least: a sentence with two or three times has shorter pieces. */
const MIN_BARE_TIMED_WORDS = 4;

/**
 * Cuts of a line whose items end (`TEXT 10:30 TEXT 09:15`, the line ending with a time) or open
 * (`10:30 TEXT 09:15 TEXT`, the line opening with one) with a time set off by spaces alone. A line that both
 * opens and ends with a time could be read either way and is not cut.
 */
function bareTimeCuts(text: string, to: number, times: readonly TimeToken[], leading: boolean): Cut[] {
  const last = times[times.length - 1]!;
  const endsWithTime = skipSpaces(text, last.end, to) === to;
  if (leading === endsWithTime) return [];
  const cuts: Cut[] = [];
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (k > 0 && !isInlineSpace(text.charCodeAt(t.start - 1))) return [];
    if (leading && k > 0) cuts.push(t.start);
    if (!leading && k < times.length - 1) cuts.push(skipSpaces(text, t.end, to));
  }
  return cuts;
}

interface Occurrence {
  readonly start: number;
  readonly end: number;
}

/** Whole-token occurrences of `word` in `[from, to)`, found with `indexOf`. */
function tokenOccurrences(text: string, word: string, from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  let i = text.indexOf(word, from);
  while (i >= 0 && i + word.length <= to) {
    const end = i + word.length;
    const before = i === from || isInlineSpace(text.charCodeAt(i - 1));
    const after = end === to || isInlineSpace(text.charCodeAt(end));
    if (before && after) out.push({ start: i, end });
    i = text.indexOf(word, i + 1);
  }
  return out;
}

function firstToken(text: string, from: number, to: number): string {
  let j = from;
  while (j < to && !isInlineSpace(text.charCodeAt(j))) j++;
  return text.slice(from, j);
}

function lastToken(text: string, from: number, to: number): string {
  let j = to;
  while (j > from && !isInlineSpace(text.charCodeAt(j - 1))) j--;
  return text.slice(j, to);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Whether the word is written in ASCII letters, two or more, maybe with ASCII digits after them (a brand name,
 * `ticker`, `Akhbar24`).
 */
function isLatinWord(word: string): boolean {
  let letters = 0;
  while (letters < word.length && isAsciiLetter(word.charCodeAt(letters))) letters++;
  if (letters < 2) return false;
  for (let i = letters; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Groups of occurrences of the words that may separate items, by folded word. */
function separatorCandidates(
  text: string,
  from: number,
  to: number,
  patterns: TickerPatterns,
  headerKey: string | null,
  latin: boolean,
  inner: boolean,
  needsName: Set<readonly Occurrence[]>,
  siteName: ReadonlySet<string> | null,
): Occurrence[][] {
  // Between the items only, a word of the site's name as its masthead writes it needs to come only twice
  // (three headlines); it must still read as a name there (see `isNameLike`).
  const minFor = (word: string, min: number) =>
    siteName?.has(foldKey(word)) ? MIN_MASTHEAD_SITE_WORDS : min;
  const groups = new Map<string, Occurrence[]>();
  const add = (key: string, o: Occurrence) => {
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  };
  const candidates: Occurrence[][] = [];
  // Separator words of the lexicon, twice or more (the header in front of the line counts once).
  patterns.separatorWord.lastIndex = from;
  for (let m = patterns.separatorWord.exec(text); m && m.index < to; m = patterns.separatorWord.exec(text)) {
    const before = m.index > from ? text.charCodeAt(m.index - 1) : 0x20;
    if (isWordChar(before) || isMark(before)) continue;
    add(foldKey(m[0]), { start: m.index, end: m.index + m[0].length });
  }
  for (const [key, list] of groups) {
    if (list.length + (headerKey === key ? 1 : 0) >= 2) candidates.push(list);
  }
  groups.clear();
  // Latin-script words (a brand, `ticker`), twice or more.
  if (latin) {
    let i = skipSpaces(text, from, to);
    while (i < to) {
      let j = i;
      while (j < to && !isInlineSpace(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      if (isLatinWord(word)) add(word.toLowerCase(), { start: i, end: j });
      i = skipSpaces(text, j, to);
    }
    for (const list of groups.values()) if (list.length >= 2) candidates.push(list);
  }
  // An Arabic word of three letters or more that opens or closes the line, three times or more, unless it is
  // a common word a headline repeats (`على`, `التي`); the same word at both ends is one candidate.
  const first = firstToken(text, from, to);
  const last = lastToken(text, from, to);
  pushSiteWord(text, first, from, to, patterns, candidates);
  if (last !== first) pushSiteWord(text, last, from, to, patterns, candidates);
  // On a line of no other mark, a brand written only between the items (`TEXT الساحل24 TEXT`, `TEXT نبض TEXT`,
  // `TEXT نبأ الآن 24 TEXT`, widened to the whole name later), three times or more. A word with no digit
  // repeated between headlines is as often a place they share (`في قرية`, `جنوب إدلب من`): it must read as a
  // name once widened (see `isNameLike`).
  if (inner) {
    const counts = new Map<string, number>();
    let i = skipSpaces(text, from, to);
    while (i < to) {
      let j = i;
      while (j < to && !isInlineSpace(text.charCodeAt(j))) j++;
      if (i > from && j < to) {
        const word = text.slice(i, j);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
      i = skipSpaces(text, j, to);
    }
    for (const [word, n] of counts) {
      const min = minFor(word, MIN_INNER_SITE_WORDS);
      if (n < min || word === first || word === last) continue;
      if (hasDigit(word)) {
        const list = tokenOccurrences(text, word, from, to);
        if (list.length >= min) candidates.push(list);
      } else {
        const before = candidates.length;
        pushSiteWord(text, word, from, to, patterns, candidates, min);
        if (candidates.length > before) needsName.add(candidates[candidates.length - 1]!);
      }
    }
  }
  return candidates;
}

/** Times a word standing only between the items of a line must come, at least, to be taken for a brand. */
const MIN_INNER_SITE_WORDS = 3;
/** Whether every word of the folded phrase is a word of the site's name as its masthead writes it. */
function isSiteName(phrase: string, siteName: ReadonlySet<string> | null): boolean {
  return siteName !== null && phrase.split(" ").every((w) => siteName.has(w));
}

/** Times an Arabic word opening or closing a line must come, at least, to be taken for a site's word. */
const MIN_EDGE_SITE_WORDS = 3;
/** Times a word of the site's own name (its masthead) must come on a line to part its items, at least. */
const MIN_MASTHEAD_SITE_WORDS = 2;

/** Adds the occurrences of `word` to `candidates` when it may be a site word repeated between items. */
function pushSiteWord(
  text: string,
  word: string,
  from: number,
  to: number,
  patterns: TickerPatterns,
  candidates: Occurrence[][],
  min = MIN_EDGE_SITE_WORDS,
): void {
  if (word.length < MIN_SITE_WORD_LENGTH || !isArabicLetter(word.charCodeAt(0))) return;
  const key = foldKey(word);
  // A headline's own words (a verbal noun of an event, a word of time) open many headlines of one strip.
  if (patterns.commonWords.has(key) || patterns.eventNouns.has(key) || patterns.timeWords.has(key)) return;
  const list = tokenOccurrences(text, word, from, to);
  if (list.length >= min) candidates.push(list);
}

/**
 * Whether the occurrences of a site word cut `[from, to)` into two pieces or more of
 * {@link MIN_SITE_PIECE_WORDS} words or more each (the word may also open or close the line).
 */
function cutsIntoPieces(
  text: string,
  from: number,
  to: number,
  list: readonly Occurrence[],
  minWords = MIN_SITE_PIECE_WORDS,
  looseEdges = false,
): boolean {
  let pieces = 0;
  let prevEnd = from;
  for (let k = 0; k <= list.length; k++) {
    const pieceEnd = k < list.length ? list[k]!.start : to;
    const pieceWords = countWords(text, prevEnd, pieceEnd);
    const isEdge = k === 0 || k === list.length;
    if (!(isEdge && (pieceWords === 0 || (looseEdges && pieceWords < minWords)))) {
      if (pieceWords < minWords) return false;
      pieces++;
    }
    prevEnd = k < list.length ? list[k]!.end : to;
  }
  return pieces >= 2;
}

/**
 * Cuts at a word a site repeats between its items (`ticker`, a brand name): a separator word of the lexicon,
 * a Latin-script word, or an Arabic word of three letters or more (not a common word) that opens or closes the line and comes three
 * times or more. Every piece it leaves must hold {@link MIN_SITE_PIECE_WORDS} words or more. Returns the cuts
 * and the folded word.
 */
function siteWordCuts(
  text: string,
  from: number,
  to: number,
  patterns: TickerPatterns,
  headerKey: string | null,
  latin: boolean,
  inner: boolean,
  words: number,
  siteName: ReadonlySet<string> | null,
): { cuts: Cut[]; word: string | null } {
  if (words < MIN_SITE_LINE_WORDS) return { cuts: [], word: null };
  // The most frequent word first; checking a candidate reads the line once, so only a few are checked.
  const needsName = new Set<readonly Occurrence[]>();
  const candidates = separatorCandidates(
    text,
    from,
    to,
    patterns,
    headerKey,
    latin,
    inner,
    needsName,
    siteName,
  )
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_SITE_CANDIDATES);
  let best: Occurrence[] | null = null;
  for (const list of candidates) {
    // Widened first: a name of two words or more at both ends of the line (`أطلس سبور TEXT أطلس سبور … أطلس
    // سبور`) leaves one of its words as a piece of its own at an end until it is whole.
    const wide = widenToPhrase(text, from, to, list, siteName);
    if (!cutsIntoPieces(text, from, to, wide)) continue;
    if (needsName.has(list) && !isNameLike(text, from, to, wide, patterns)) continue;
    best = wide;
    break;
  }
  if (!best) return { cuts: [], word: null };
  const first = best[0]!;
  return {
    cuts: best.filter((o) => o.start > from).map((o) => o.start),
    word: foldedPhrase(text, first.start, first.end),
  };
}

/**
 * Whether the occurrences read as a site's name between headlines: no common word inside (`من مواقعها في`) and
 * none right before or after any of them (`في قرية`): a headline ends and the next starts around a name.
 */
function isNameLike(
  text: string,
  from: number,
  to: number,
  list: readonly Occurrence[],
  patterns: TickerPatterns,
): boolean {
  const common = (t: Occurrence | null) =>
    t !== null && patterns.commonWords.has(foldKey(text.slice(t.start, t.end)));
  for (const o of list) {
    if (common(tokenBefore(text, o.start, from)) || common(tokenAfter(text, o.end, to))) return false;
    for (let t = tokenAfter(text, o.start, o.end); t !== null; t = tokenAfter(text, t.end, o.end)) {
      if (common(t)) return false;
    }
  }
  return true;
}

/** Occurrences of a site word, at least, for the words around it to be read as part of the site's name. */
const MIN_PHRASE_OCCURRENCES = 3;
/** Words a site's name may add to the repeated word found (`ليبيا الآن 24`, `صدى البلد`), at most. */
const MAX_SITE_PHRASE_EXTRA_WORDS = 3;

/** The token that starts at `i` (after spaces), as `[start, end)` within `[?, to)`, or `null`. */
function tokenAfter(text: string, i: number, to: number): Occurrence | null {
  const start = skipSpaces(text, i, to);
  let end = start;
  while (end < to && !isInlineSpace(text.charCodeAt(end))) end++;
  return end > start ? { start, end } : null;
}

/** The token that ends at `i` (before spaces), as `[start, end)` within `[from, ?)`, or `null`. */
function tokenBefore(text: string, i: number, from: number): Occurrence | null {
  const end = trimEndSpaces(text, from, i);
  let start = end;
  while (start > from && !isInlineSpace(text.charCodeAt(start - 1))) start--;
  return end > start ? { start, end } : null;
}

/** The same neighbour token of every occurrence, on one side, or `null` when they differ or one has none. */
function sharedNeighbour(
  text: string,
  from: number,
  to: number,
  list: readonly Occurrence[],
  after: boolean,
): Occurrence[] | null {
  let key: string | null = null;
  const out: Occurrence[] = [];
  for (const o of list) {
    const t = after ? tokenAfter(text, o.end, to) : tokenBefore(text, o.start, from);
    if (!t) return null;
    const k = foldKey(text.slice(t.start, t.end));
    if (key === null) key = k;
    else if (k !== key) return null;
    out.push(t);
  }
  return out;
}

/**
 * The occurrences of a repeated site word widened to the whole name around it, word by word, while every
 * occurrence has the same word on that side (`ليبيا` → `ليبيا الآن 24`) and the pieces between keep
 * {@link MIN_SITE_PIECE_WORDS} words: the name is stripped whole from each item.
 */
function widenToPhrase(
  text: string,
  from: number,
  to: number,
  list: readonly Occurrence[],
  siteName: ReadonlySet<string> | null = null,
): Occurrence[] {
  // Two headlines may share a word by chance; three rarely do, or two a word of the masthead's name.
  const few = list.length < MIN_PHRASE_OCCURRENCES;
  if (few && siteName === null) return [...list];
  let current: readonly Occurrence[] = list;
  for (const after of [true, false]) {
    for (let n = 0; n < MAX_SITE_PHRASE_EXTRA_WORDS; n++) {
      const side = sharedNeighbour(text, from, to, current, after);
      if (!side) break;
      if (few && !siteName?.has(foldKey(text.slice(side[0]!.start, side[0]!.end)))) break;
      const wider = current.map((o, k) =>
        after ? { start: o.start, end: side[k]!.end } : { start: side[k]!.start, end: o.end },
      );
      // The rest of the name may still stand alone at an end (`صدى | الساحل 24` at the line's end): the
      // caller asks the edges of the whole name.
      if (!cutsIntoPieces(text, from, to, wider, MIN_SITE_PIECE_WORDS + 1, true)) break;
      current = wider;
    }
  }
  return [...current];
}

/** The folded words of `[start, end)` joined by single spaces: the key of a site's name. */
function foldedPhrase(text: string, start: number, end: number): string {
  return foldKey(collapseSpaces(text.slice(start, end)));
}

/** Where the words of `phrase` (folded, one space apart) end when they open `[s, e)`, or -1. */
function phraseEndAt(text: string, s: number, e: number, phrase: readonly string[]): number {
  let i = s;
  for (const word of phrase) {
    const t = tokenAfter(text, i, e);
    if (!t || foldKey(text.slice(t.start, t.end)) !== word) return -1;
    i = t.end;
  }
  return i;
}

/** Where the words of `phrase` start when they close `[s, e)`, or -1. */
function phraseStartAt(text: string, s: number, e: number, phrase: readonly string[]): number {
  let i = e;
  for (let k = phrase.length - 1; k >= 0; k--) {
    const t = tokenBefore(text, i, s);
    if (!t || foldKey(text.slice(t.start, t.end)) !== phrase[k]) return -1;
    i = t.start;
  }
  return i;
}

/**
 * Whether the run of spaces `[start, end)` of the line was a wide gap (three spaces or more, or a tab) in the
 * page before normalization collapsed it; `end` is the code unit after the run, in line coordinates. `null`
 * when the line is the page text itself.
 */
export type WideGapTest = ((start: number, end: number, minSpaces: number) => boolean) | null;

/**
 * Cuts at bullets inside the line and at wide gaps: three spaces or more, or a tab, in the line or, through
 * `wasWideGap`, in the page before normalization collapsed them.
 */
function separatorCuts(
  text: string,
  from: number,
  to: number,
  wasWideGap: WideGapTest,
  minGap = WIDE_GAP,
): Cut[] {
  const cuts: Cut[] = [];
  let i = from;
  // Leading bullets belong to the first item.
  while (i < to && isLeadDecoration(text.charCodeAt(i))) i++;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isBullet(code)) {
      const at = decorationStart(text, i, from);
      if (cuts.length === 0 || cuts[cuts.length - 1]! < at) cuts.push(at);
      while (i < to && isLeadDecoration(text.charCodeAt(i))) i++;
      continue;
    }
    if (isInlineSpace(code)) {
      let j = i;
      let tab = false;
      while (j < to && isInlineSpace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 0x09) tab = true;
        j++;
      }
      if (j < to && !isBullet(text.charCodeAt(j))) {
        if (tab || j - i >= minGap || wasWideGap?.(i, j, minGap)) cuts.push(j);
      }
      i = j;
      continue;
    }
    i++;
  }
  return cuts;
}

/** Items of a line cut at the marks that open it (`* TEXT * TEXT * TEXT`), with no header, at least. */
const MIN_MARK_LED_ITEMS = 3;
/** Words of every item of a line cut at marks set off by spaces (` ... `, ` + `): headlines, not labels. */
const MIN_MARKED_ITEM_WORDS = 3;

/** The length of a mark set off by spaces that parts items at `i` (` ... `, ` … ` U+2026, ` * `, ` + `), or 0. */
function spacedMarkLength(text: string, i: number, end: number): number {
  if (i === 0 || !isInlineSpace(text.charCodeAt(i - 1))) return 0;
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (c === 0x2e) {
    while (j < end && text.charCodeAt(j) === 0x2e) j++;
    if (j - i < 3) return 0;
  } else if (c !== 0x2026 && c !== 0x2a && c !== 0x2b) {
    return 0;
  }
  return j < end && isInlineSpace(text.charCodeAt(j)) ? j - i : 0;
}

/** Cuts after every mark set off by spaces between words of `[from, to)` (see {@link spacedMarkLength}). */
function spacedMarkCuts(text: string, from: number, to: number): Cut[] {
  const cuts: Cut[] = [];
  for (let i = from + 1; i < to; i++) {
    const n = spacedMarkLength(text, i, to);
    if (n === 0) continue;
    const next = skipSpaces(text, i + n, to);
    if (next < to) cuts.push(next);
    i = next;
  }
  return cuts;
}

/** `[open, close]` of the parenthesis that closes at `close`, or -1 when unbalanced within `[floor, close)`. */
function openingParen(text: string, close: number, floor: number): number {
  for (let i = close - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28) return i;
    if (c === 0x29) return -1;
  }
  return -1;
}

/** Whether the content of a parenthesis names a source: a few words with a letter, and no genre tag. */
function isSourceLike(content: string, patterns: TickerPatterns): boolean {
  if (content.length === 0) return false;
  const words = countWords(content);
  if (words < 1 || words > MAX_SOURCE_WORDS) return false;
  let hasLetter = false;
  for (let i = 0; i < content.length && !hasLetter; i++) hasLetter = isLetter(content.charCodeAt(i));
  return hasLetter && !patterns.genreTag.test(content);
}

/**
 * Cuts after every source in parentheses that is followed by more text, when the line ends with one:
 * `TEXT (SOURCE) TEXT (SOURCE)`. Each piece must keep three words or more besides its source.
 */
function parenCuts(text: string, from: number, to: number, patterns: TickerPatterns): Cut[] {
  const end = trimEndSpaces(text, from, to);
  if (end <= from || text.charCodeAt(end - 1) !== 0x29) return [];
  const cuts: Cut[] = [];
  let pieceStart = from;
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== 0x29) continue;
    const open = openingParen(text, i, pieceStart);
    if (open < 0) continue;
    if (!isSourceLike(collapseSpaces(text.slice(open + 1, i)), patterns)) continue;
    if (countWords(text, pieceStart, open) < 3) return [];
    const next = skipSpaces(text, i + 1, end);
    if (next < end) {
      cuts.push(next);
      pieceStart = next;
    }
  }
  return cuts;
}

/** Whether the `.` at `i` ends a sentence: after a word of two letters or more, before a space and a word. */
function isSentenceBreakAt(text: string, i: number, start: number, end: number): boolean {
  if (i < start + 2 || i >= end - 2) return false;
  if (text.charCodeAt(i - 1) === 0x2e || text.charCodeAt(i + 1) === 0x2e) return false;
  if (!isInlineSpace(text.charCodeAt(i + 1))) return false;
  if (!isLetter(text.charCodeAt(i - 1)) || !isLetter(text.charCodeAt(i - 2))) return false;
  const j = skipSpaces(text, i + 1, end);
  return j < end && isWordChar(text.charCodeAt(j));
}

/**
 * Whether `[start, end)` holds a sentence break: a lone `.` after a word of two letters or more, followed by a
 * space and a word (`د. محمد` is an abbreviation, `..` an ellipsis).
 */
export function hasSentenceBreak(text: string, start: number, end: number): boolean {
  for (let i = text.indexOf(".", start); i >= 0 && i < end; i = text.indexOf(".", i + 1)) {
    if (isSentenceBreakAt(text, i, start, end)) return true;
  }
  return false;
}

/**
 * Where a "read more" link that ends `[start, end)` starts, or -1. The link must follow an ellipsis, a `.`, a
 * bullet or a dash (`TEXT... المزيد`), so that a headline ending with the word `المزيد` keeps it.
 */
function moreLinkStart(text: string, start: number, end: number, patterns: TickerPatterns): number {
  // The link is one of the last few words; an ellipsis may be glued to it (`TEXT...المزيد`).
  let found = -1;
  let i = end;
  for (let words = 0; words < MORE_LINK_WORDS && i > start; words++) {
    while (i > start && isInlineSpace(text.charCodeAt(i - 1))) i--;
    while (i > start && !isInlineSpace(text.charCodeAt(i - 1))) i--;
    let s = i;
    while (s < end && (isLeadDecoration(text.charCodeAt(s)) || isEllipsisDot(text.charCodeAt(s)))) s++;
    if (end - s > MORE_LINK_TAIL) break;
    if (s < end && patterns.moreLink.test(text.slice(s, end))) found = s;
  }
  if (found <= start) return -1;
  const before = previousCode(text, found, start);
  return before === 0x2e || before === 0x2026 || isBullet(before) || isDash(before) ? found : -1;
}

function isEllipsisDot(code: number): boolean {
  return code === 0x2e || code === 0x2026;
}

function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordChar(text.charCodeAt(i))) return true;
  return false;
}

/** Whether `i` holds a `+` with a space or the edge of `[?, end)` after it: a mark between items, not `+5`. */
function isSpacedPlus(text: string, i: number, end: number): boolean {
  return text.charCodeAt(i) === 0x2b && (i + 1 >= end || isInlineSpace(text.charCodeAt(i + 1)));
}

/** Digits of an item number (`1-`, `12)`). */
const MAX_ITEM_NUMBER_DIGITS = 2;

/**
 * Where the headline starts after an item number at `i`: one or two digits glued to `-`, `.` or `)` and then
 * a space (`1- TEXT`, `2) TEXT`); `i` when there is none (`3-2 TEXT` is a score, `4 إصابات` a count).
 */
export function afterItemNumber(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < MAX_ITEM_NUMBER_DIGITS + 1 && digitValue(text.charCodeAt(j)) >= 0) j++;
  if (j === i || j - i > MAX_ITEM_NUMBER_DIGITS || j + 1 >= end) return i;
  const mark = text.charCodeAt(j);
  if (!(isDash(mark) || mark === 0x2e || mark === 0x29) || !isInlineSpace(text.charCodeAt(j + 1))) return i;
  const k = skipSpaces(text, j + 1, end);
  return k < end && isWordChar(text.charCodeAt(k)) ? k : i;
}

/** Runs of one or two digits from `i`, as the end offset, or -1 when there is none. */
function shortNumberEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 3 && digitValue(text.charCodeAt(j)) >= 0) j++;
  return j === i || j - i > 2 ? -1 : j;
}

/**
 * Where a day and month written before a time end (`14/5 - 09:15`: after the dash), or `i` when there is none.
 * Only the short form `D/M` followed by a dash or a space counts: the caller requires a time after it.
 */
export function afterShortDate(text: string, i: number, end: number): number {
  const day = shortNumberEnd(text, i, end);
  if (day < 0 || text.charCodeAt(day) !== 0x2f) return i;
  const month = shortNumberEnd(text, day + 1, end);
  if (month < 0 || month >= end || !isInlineSpace(text.charCodeAt(month))) return i;
  let k = skipSpaces(text, month, end);
  if (k < end && isDash(text.charCodeAt(k))) k = skipSpaces(text, k + 1, end);
  return k;
}

/** Reads the item in `[start, end)`: strips bullets, a site word, the time, the source and a "read more" link. */
function readItem(
  text: string,
  start: number,
  end: number,
  patterns: TickerPatterns,
  siteWord: string | null,
): LineItem {
  let s = start;
  let e = trimEndSpaces(text, start, end);
  let time: string | null = null;
  let source: string | null = null;
  let moreLink = false;
  while (s < e && (isLeadDecoration(text.charCodeAt(s)) || isSpacedPlus(text, s, e))) s++;
  const phrase = siteWord === null ? null : siteWord.split(" ");
  if (phrase !== null) {
    const w = phraseEndAt(text, s, e, phrase);
    if (w >= 0) s = skipSpaces(text, w, e);
  }
  // An item number is no part of the headline: `1- TEXT`, `2) TEXT`.
  s = afterItemNumber(text, s, e);
  // A leading time, maybe after a short date: `10:30 . TEXT`, `14/5 - 09:15 TEXT`.
  const lead = readTimeAt(text, afterShortDate(text, s, e), e, patterns) ?? readTimeAt(text, s, e, patterns);
  if (lead) {
    time = lead.clock;
    s = lead.end;
    while (s < e && isTimeTextSeparator(text.charCodeAt(s))) s++;
  }
  // Trailing bullets, a repeated site word, then a "read more" link after an ellipsis or a bullet.
  const trimTail = () => {
    while (
      e > s &&
      (isLeadDecoration(text.charCodeAt(e - 1)) ||
        text.charCodeAt(e - 1) === 0x2c ||
        isSpacedPlus(text, e - 1, e))
    )
      e--;
  };
  trimTail();
  if (phrase !== null) {
    const w = phraseStartAt(text, s, e, phrase);
    if (w > s) {
      e = w;
      trimTail();
    }
  }
  const more = moreLinkStart(text, s, e, patterns);
  if (more >= 0) {
    moreLink = true;
    e = more;
    trimTail();
  }
  // A trailing time: `TEXT - 10:30`, `TEXT (SOURCE) 10:30 م`.
  if (time === null) {
    const tail = readTimeEndingAt(text, e, s, patterns);
    if (tail && tail.start > s) {
      const before = previousCode(text, tail.start, s);
      if (
        before === -1 ||
        isDash(before) ||
        isBullet(before) ||
        before === 0x29 ||
        before === 0x2c ||
        before === 0x60c ||
        isInlineSpace(text.charCodeAt(tail.start - 1))
      ) {
        time = tail.clock;
        e = tail.start;
        trimTail();
      }
    }
  }
  // A source in parentheses at the end, maybe before an ellipsis that cut the strip: `TEXT (SOURCE)`,
  // `TEXT(SOURCE)`, `TEXT ( SOURCE) ...`.
  let beforeDots = e;
  while (beforeDots > s && isEllipsisDot(text.charCodeAt(beforeDots - 1))) beforeDots--;
  beforeDots = trimEndSpaces(text, s, beforeDots);
  if (beforeDots < e && text.charCodeAt(beforeDots - 1) === 0x29) e = beforeDots;
  if (e > s && text.charCodeAt(e - 1) === 0x29) {
    const open = openingParen(text, e - 1, s);
    if (open > s) {
      const content = collapseSpaces(text.slice(open + 1, e - 1));
      if (isSourceLike(content, patterns) && hasWordChar(text, s, open)) {
        source = content;
        e = open;
        trimTail();
      }
    }
  }
  // A trailing ellipsis marks a cut headline: `TEXT...`, `TEXT…` (U+2026).
  while (
    e > s &&
    (text.charCodeAt(e - 1) === 0x2026 ||
      (text.charCodeAt(e - 1) === 0x2e && text.charCodeAt(e - 2) === 0x2e))
  ) {
    while (e > s && (text.charCodeAt(e - 1) === 0x2e || text.charCodeAt(e - 1) === 0x2026)) e--;
    e = trimEndSpaces(text, s, e);
  }
  const headline = collapseSpaces(text.slice(s, e));
  return {
    text: headline,
    source,
    time,
    day: null,
    start,
    end: trimEndSpaces(text, start, end),
    words: countWords(headline),
    moreLink,
  };
}

/** Items of `[from, to)` cut at `cuts`; a piece with no headline joins the item before it (or after it). */
function itemsAt(
  text: string,
  from: number,
  to: number,
  cuts: readonly Cut[],
  patterns: TickerPatterns,
  siteWord: string | null,
): LineItem[] {
  const bounds = [from, ...cuts, to];
  const pieces: { start: number; end: number; item: LineItem | null }[] = [];
  let carryStart = -1;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = carryStart >= 0 ? carryStart : bounds[k]!;
    const end = bounds[k + 1]!;
    if (end <= start) continue;
    const item = readItem(text, start, end, patterns, siteWord);
    if (item.words > 0) {
      pieces.push({ start, end, item });
      carryStart = -1;
    } else if (pieces.length > 0) {
      // Only decoration: it joins the item before, which is read again once at the end.
      const last = pieces[pieces.length - 1]!;
      last.end = end;
      last.item = null;
    } else {
      carryStart = start;
    }
  }
  if (carryStart >= 0) {
    // Nothing but decoration: one empty item keeps the span covered; callers reject it for having no words.
    pieces.push({ start: carryStart, end: to, item: null });
  }
  return pieces.map((p) => p.item ?? readItem(text, p.start, p.end, patterns, siteWord));
}

function withinSplitLimits(items: readonly LineItem[]): boolean {
  if (items.length < 2) return false;
  for (const item of items) if (item.words < 2 || item.words > MAX_SPLIT_ITEM_WORDS) return false;
  return true;
}

/** What one pass over a line tells about it. */
interface LineFeatures {
  /** Words: runs of non-space code units that hold a letter or a digit. */
  readonly words: number;
  /** A sentence break as {@link hasSentenceBreak} defines it. */
  readonly sentenceBreak: boolean;
  /** A bullet after the first word. */
  readonly innerBullet: boolean;
  /** A run of {@link WIDE_GAP} spaces or more, or a tab, between words. */
  readonly wideGap: boolean;
  /** Runs of {@link NARROW_GAP} spaces or more between words. */
  readonly narrowGaps: number;
  /** An ASCII letter. */
  readonly latin: boolean;
  /** An Arabic letter (U+0620–064A, the common ones; the rarer ones count through `isArabicLetter`). */
  readonly arabic: boolean;
}

/** Reads the {@link LineFeatures} of `[from, to)` in one pass; Arabic letters take the shortest path. */
function scanLine(text: string, from: number, to: number): LineFeatures {
  let words = 0;
  let inToken = false;
  let tokenHasWordChar = false;
  let spaces = 0;
  let sentenceBreak = false;
  let innerBullet = false;
  let wideGap = false;
  let narrowGaps = 0;
  let latin = false;
  let arabic = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x620 && code <= 0x64a) {
      arabic = true;
      if (!inToken) {
        inToken = true;
        tokenHasWordChar = false;
      }
      tokenHasWordChar = true;
      spaces = 0;
      continue;
    }
    if (isInlineSpace(code)) {
      if (inToken && tokenHasWordChar) words++;
      inToken = false;
      spaces++;
      if ((spaces >= WIDE_GAP || code === 0x09) && words > 0) wideGap = true;
      if (spaces === NARROW_GAP && words > 0) narrowGaps++;
      continue;
    }
    spaces = 0;
    if (!inToken) {
      inToken = true;
      tokenHasWordChar = false;
    }
    if (isWordChar(code)) {
      tokenHasWordChar = true;
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin = true;
      else if (!arabic && isArabicLetter(code)) arabic = true;
    } else if (code === 0x2e) {
      if (!sentenceBreak && isSentenceBreakAt(text, i, from, to)) sentenceBreak = true;
    } else if (words > 0 && isBullet(code)) {
      innerBullet = true;
    }
  }
  if (inToken && tokenHasWordChar) words++;
  return { words, sentenceBreak, innerBullet, wideGap, narrowGaps, latin, arabic };
}

/**
 * Whether every piece between the cuts is short enough to be a headline: a longer piece makes the line body
 * text, and is not read item by item (a page of prose on one line would be read piece by piece for nothing).
 */
function piecesFit(from: number, to: number, cuts: readonly Cut[]): boolean {
  let start = from;
  for (const cut of cuts) {
    if (cut - start > MAX_ITEM_LENGTH) return false;
    start = cut;
  }
  return to - start <= MAX_ITEM_LENGTH;
}

/**
 * Reads a line: its header, if any, and the items of the rest of it. The rest is cut at times that close or
 * open items, else at bullets, wide gaps and repeated site words, else after sources in parentheses.
 * `siteName`: the folded words of the page's masthead, which a strip may repeat between its items.
 */
export function readLine(
  text: string,
  patterns: TickerPatterns,
  wasWideGap: WideGapTest = null,
  siteName: ReadonlySet<string> | null = null,
): LineReading {
  const doubled = doubledHeader(text, patterns);
  const header = doubled ?? readHeader(text, patterns);
  const from = header ? skipSpaces(text, header.end, text.length) : 0;
  const to = text.length;
  let first = from;
  while (first < to && isLeadDecoration(text.charCodeAt(first))) first++;
  const bullet = first > from && !isInlineSpace(text.charCodeAt(from));
  const features = scanLine(text, from, to);
  const { words, sentenceBreak, arabic } = features;
  // Every reading is one literal of the same shape: object spread made this function 3× slower.
  const cut = (
    items: LineItem[] | null,
    mode: CutMode,
    moreLink: boolean,
    anchoredTimes: number,
    labels = false,
  ): LineReading => ({
    header,
    words,
    bullet,
    from,
    sentenceBreak,
    arabic,
    moreLink,
    items,
    mode,
    anchoredTimes,
    labels,
  });
  if (words === 0) return cut([], "none", false, 0);

  // No Arabic letter: no item of an Arabic page's strip (classify rejects it), so nothing more to read.
  const times = arabic ? findTimes(text, from, to, patterns) : [];
  if (times.length > 0) {
    const leading = times[0]!.start === first;
    const cuts = leading ? leadingTimeCuts(text, from, to, times) : trailingTimeCuts(text, from, to, times);
    let items = piecesFit(from, to, cuts) ? itemsAt(text, from, to, cuts, patterns, null) : [];
    if (cuts.length === 0 && times.length >= MIN_BARE_TIMED_ITEMS && !sentenceBreak) {
      const bare = bareTimeCuts(text, to, times, leading);
      const bareItems =
        bare.length > 0 && piecesFit(from, to, bare) ? itemsAt(text, from, to, bare, patterns, null) : [];
      if (
        bareItems.length === times.length &&
        bareItems.every((i) => i.time !== null && i.words >= MIN_BARE_TIMED_WORDS)
      ) {
        items = bareItems;
      }
    }
    // Bullets or wide gaps part items that carry no time of their own (`TEXT - 09:15␣␣␣␣TEXT␣␣␣␣TEXT`): a
    // strip may time only some of its items, so its gaps cut as well as its times.
    // So does the site's brand repeated between them (`فوكس TEXT - 10:45 فوكس TEXT فوكس TEXT`).
    if (items.length > 0 && !sentenceBreak) {
      const gaps =
        features.innerBullet || features.wideGap || (wasWideGap !== null && words >= MIN_SPLIT_LINE_WORDS);
      const sepCuts = gaps ? separatorCuts(text, from, to, wasWideGap) : [];
      const inner = sepCuts.length === 0 && !CLAUSE_PUNCTUATION.test(text);
      const headerKey = header ? foldKey(headerWord(text, header.start, header.end)) : null;
      const site = siteWordCuts(text, from, to, patterns, headerKey, features.latin, inner, words, siteName);
      if (sepCuts.length > 0 || site.cuts.length > 0) {
        const union = [...new Set([...cuts, ...sepCuts, ...site.cuts])].sort((a, b) => a - b);
        const unionItems = piecesFit(from, to, union)
          ? itemsAt(text, from, to, union, patterns, site.word)
          : [];
        // The same number of items, or fewer, is better when the brand stood alone as a piece (closing the
        // line) or is the masthead's name (`نبض TEXT - 10:45 نبض TEXT - 10:30`): it is stripped from each item.
        const better =
          unionItems.length > items.length ||
          (site.word !== null && (!withinSplitLimits(items) || isSiteName(site.word, siteName)));
        if (better && withinSplitLimits(unionItems)) items = unionItems;
      } else if (cuts.length > 0) {
        // No mark parts the untimed items: they may be joined by a space to the timed ones.
        const joined = withJoinedCuts(text, from, to, cuts, times, leading, patterns);
        if (joined.length > cuts.length && piecesFit(from, to, joined)) {
          items = itemsAt(text, from, to, joined, patterns, null);
        }
      }
    }
    const anchoredTimes = items.filter((i) => i.time !== null).length;
    // One item holding several times is several items whose cuts were not found: no headline.
    if (anchoredTimes > 0 && !(items.length === 1 && times.length > 1)) {
      const moreLink = items.some((i) => i.moreLink);
      return cut(items, leading ? "leading-time" : "trailing-time", moreLink, anchoredTimes);
    }
  }

  let labels = false;
  // Body text (a sentence break) is never cut at bullets, gaps, site words or sources.
  if (!sentenceBreak && arabic) {
    const headerKey = header ? foldKey(headerWord(text, header.start, header.end)) : null;
    const gaps = features.wideGap || (wasWideGap !== null && words >= MIN_SPLIT_LINE_WORDS);
    const sepCuts = features.innerBullet || gaps ? separatorCuts(text, from, to, wasWideGap) : [];
    // A brand between the items only is looked for on a line with no other mark and no comma.
    const clauses = CLAUSE_PUNCTUATION.test(text);
    const inner = sepCuts.length === 0 && !clauses;
    // A line with a comma that a full stop closes is a sentence, whatever word it repeats (a name three times,
    // the first word among them): no brand parts it.
    const site =
      clauses && closesWithStop(text)
        ? NO_SITE_CUTS
        : siteWordCuts(text, from, to, patterns, headerKey, features.latin, inner, words, siteName);
    if (site.cuts.length > 0 || sepCuts.length > 0) {
      const merged = [...site.cuts, ...sepCuts].sort((a, b) => a - b);
      const items = piecesFit(from, to, merged) ? itemsAt(text, from, to, merged, patterns, site.word) : [];
      if (withinSplitLimits(items)) {
        const moreLink = items.some((i) => i.moreLink);
        return cut(items, "separator", moreLink, 0);
      }
      labels = sepCuts.length > 0 && isMostlyLabels(items);
    }
    // A header word glued before every item (`عاجلعاجل: TEXTعاجل: TEXT`): its strip's label, then each item's.
    if (doubled) {
      const label = text.slice(0, doubled.end);
      const cuts = labelCuts(text, from, to, `${label}:`);
      const items = cuts.length > 0 ? itemsAt(text, from, to, cuts, patterns, `${foldKey(label)}:`) : [];
      if (withinSplitLimits(items) && items.every((i) => i.words >= MIN_MARKED_ITEM_WORDS)) {
        return cut(items, "separator", false, 0);
      }
    }
    // After a header on the same line, marks set off by spaces part the items: ` ... `, ` * `, ` + `; so do
    // they on a line that opens with a star (U+002A) as its first item's bullet (`* TEXT * TEXT * TEXT`).
    const markLed = bullet && text.charCodeAt(from) === 0x2a;
    let mCuts = header || markLed ? spacedMarkCuts(text, from, to) : [];
    // With no header, three items at least: a note may hold one star (`* المصدر: … * أرقام أولية`).
    if (!header && mCuts.length < MIN_MARK_LED_ITEMS - 1) mCuts = [];
    if (mCuts.length > 0) {
      const items = piecesFit(from, to, mCuts) ? itemsAt(text, from, to, mCuts, patterns, null) : [];
      if (withinSplitLimits(items) && items.every((i) => i.words >= MIN_MARKED_ITEM_WORDS)) {
        return cut(
          items,
          "separator",
          items.some((i) => i.moreLink),
          0,
        );
      }
    }
    // Two-space gaps, on a line with no comma: three headlines of four words or more.
    if (
      !labels &&
      (features.narrowGaps >= MIN_NARROW_GAP_ITEMS - 1 || wasWideGap !== null) &&
      !CLAUSE_PUNCTUATION.test(text)
    ) {
      const nCuts = separatorCuts(text, from, to, wasWideGap, NARROW_GAP);
      const items =
        nCuts.length >= MIN_NARROW_GAP_ITEMS - 1 && piecesFit(from, to, nCuts)
          ? itemsAt(text, from, to, nCuts, patterns, null)
          : [];
      if (withinSplitLimits(items) && items.every((i) => i.words >= MIN_NARROW_GAP_ITEM_WORDS)) {
        return cut(items, "separator", false, 0);
      }
    }
    const pCuts = parenCuts(text, first, to, patterns);
    if (pCuts.length > 0) {
      const items = itemsAt(text, from, to, pCuts, patterns, null);
      if (withinSplitLimits(items)) return cut(items, "paren", false, 0);
    }
  }
  const moreLink =
    words <= MAX_ITEM_WORDS && moreLinkStart(text, from, trimEndSpaces(text, from, to), patterns) >= 0;
  return cut(null, "none", moreLink, 0, labels);
}

const NO_SITE_CUTS: { cuts: Cut[]; word: string | null } = { cuts: [], word: null };

/** Whether the line ends with one full stop (U+002E), not an ellipsis, spaces aside. */
function closesWithStop(text: string): boolean {
  const e = trimEndSpaces(text, 0, text.length);
  return e > 1 && text.charCodeAt(e - 1) === 0x2e && text.charCodeAt(e - 2) !== 0x2e;
}

/** Whether {@link MIN_MENU_PIECES} items or more are there, more than half of them labels of a word or two. */
function isMostlyLabels(items: readonly LineItem[]): boolean {
  if (items.length < MIN_MENU_PIECES) return false;
  let labels = 0;
  for (const item of items) if (item.words <= MAX_LABEL_WORDS) labels++;
  return 2 * labels > items.length;
}

/**
 * Reads again, as headlines joined by single spaces (see `joined.ts`), a line that {@link readLine} did not
 * cut; `null` when it does not split so. Only a line with no punctuation is worth the question.
 */
export function readJoinedLine(
  text: string,
  reading: LineReading,
  patterns: TickerPatterns,
  underHeader = false,
): LineReading | null {
  if (reading.items !== null) return null;
  const cuts = joinedHeadlineCuts(text, reading.from, text.length, patterns, underHeader);
  if (cuts.length === 0) return null;
  // A full stop may close a headline (`… لمدة يومين. وزارة التربية تمدد …`), when the next one starts right
  // after it; a full stop inside a piece makes the line prose.
  if (reading.sentenceBreak && !sentenceBreaksAtCuts(text, reading.from, cuts)) return null;
  const site = sharedTail(text, reading.from, cuts, patterns);
  const items = itemsAt(text, reading.from, text.length, cuts, patterns, site);
  if (!withinSplitLimits(items)) return null;
  return {
    header: reading.header,
    words: reading.words,
    bullet: reading.bullet,
    from: reading.from,
    sentenceBreak: false,
    arabic: reading.arabic,
    moreLink: false,
    items,
    mode: "separator",
    anchoredTimes: 0,
    labels: false,
  };
}

/** Words of a site's name that may close every headline of a joined line, at most (`ليبيا الآن 24`). */
const MAX_SHARED_TAIL_WORDS = 3;

/**
 * The folded words that close every piece before a cut of a joined line, when they read as a site's name
 * written between the items only (`… شمال إدلب الساحل24 إصابة مدنيين … الساحل24 تعليق …`): one to
 * {@link MAX_SHARED_TAIL_WORDS} words, no common word or word of time among them, and a digit or a Latin letter
 * in them or two words or more. Two headlines rarely end with the same name and a number. `null` when none.
 */
function sharedTail(
  text: string,
  from: number,
  cuts: readonly number[],
  patterns: TickerPatterns,
): string | null {
  if (cuts.length < 2) return null;
  const tails: string[][] = [];
  let start = from;
  for (const cut of cuts) {
    const words: string[] = [];
    let i = cut;
    while (words.length < MAX_SHARED_TAIL_WORDS + 1) {
      const t = tokenBefore(text, trimEndSpaces(text, start, i), start);
      if (!t) break;
      words.unshift(foldKey(text.slice(t.start, t.end)));
      i = t.start;
    }
    tails.push(words);
    start = cut;
  }
  let best: string[] | null = null;
  for (let n = 1; n <= MAX_SHARED_TAIL_WORDS; n++) {
    const phrase = tails[0]!.slice(-n);
    if (phrase.length < n || tails[0]!.length <= n) break;
    if (!tails.every((t) => t.length > n && t.slice(-n).join(" ") === phrase.join(" "))) break;
    if (phrase.some((w) => patterns.commonWords.has(w) || patterns.timeWords.has(w))) break;
    best = phrase;
  }
  if (best === null) return null;
  const marked = best.length >= 2 || best.some(holdsDigitOrLatin);
  return marked ? best.join(" ") : null;
}

/** Whether the folded word holds a digit (of any script of `digitValue`) or a Latin letter a–z. */
function holdsDigitOrLatin(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (digitValue(c) >= 0 || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

/** Whether every sentence break of the line from `from` on is followed by one of the cuts. */
function sentenceBreaksAtCuts(text: string, from: number, cuts: readonly number[]): boolean {
  const end = text.length;
  for (let i = text.indexOf(".", from); i >= 0; i = text.indexOf(".", i + 1)) {
    if (!isSentenceBreakAt(text, i, from, end)) continue;
    if (!cuts.includes(skipSpaces(text, i + 1, end))) return false;
  }
  return true;
}

/** The items of a line read by {@link readLine}: its cut items, or the rest of the line as one item. */
export function lineItems(text: string, reading: LineReading, patterns: TickerPatterns): LineItem[] {
  return reading.items ?? itemsAt(text, reading.from, text.length, [], patterns, null);
}

/** The header word without the decoration around it. */
function headerWord(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s < e && isHeaderDecoration(text.charCodeAt(s))) s++;
  while (e > s && isHeaderDecoration(text.charCodeAt(e - 1))) e--;
  return text.slice(s, e);
}

/** Whether `text[start, end)` holds a year of four digits (1300–1499 Hijri, 1900–2099). */
export function hasYear(text: string, start = 0, end = text.length): boolean {
  let i = start;
  while (i < end) {
    let j = i;
    let value = 0;
    while (j < end) {
      const c = text.charCodeAt(j);
      const d =
        c >= 0x30 && c <= 0x39
          ? c - 0x30
          : c >= 0x660 && c <= 0x669
            ? c - 0x660
            : c >= 0x6f0 && c <= 0x6f9
              ? c - 0x6f0
              : -1;
      if (d < 0) break;
      value = value * 10 + d;
      j++;
    }
    if (j - i === 4 && ((value >= 1300 && value < 1500) || (value >= 1900 && value < 2100))) return true;
    i = j > i ? j : i + 1;
  }
  return false;
}

/** Words of a headline that holds a year, at least: shorter lines with a year are dates and copyright lines. */
const MIN_YEAR_HEADLINE_WORDS = 5;
/** Tokens before a year looked at for the day of a written date (`15 نوفمبر 2026`, `3 جمادى الآخرة 1448`). */
const DAY_BEFORE_YEAR_TOKENS = 3;
/** The highest day of a month. */
const MAX_DAY = 31;

/** The value of a token made of one or two digits only, or -1. */
function smallNumber(token: string): number {
  if (token.length === 0 || token.length > 2) return -1;
  let value = 0;
  for (let i = 0; i < token.length; i++) {
    const d = digitValue(token.charCodeAt(i));
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Whether a year of the line is part of a written date: glued to other digits (`26/11/2026`, `2026-11-28`),
 * after a day number within {@link DAY_BEFORE_YEAR_TOKENS} tokens, or after `©` U+00A9.
 */
export function hasWrittenDate(text: string): boolean {
  if (text.includes("\u00a9")) return true;
  const tokens = collapseSpaces(text).split(" ");
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!hasYear(token)) continue;
    let digits = 0;
    for (let i = 0; i < token.length; i++) if (digitValue(token.charCodeAt(i)) >= 0) digits++;
    if (digits > 4) return true;
    for (let j = Math.max(0, k - DAY_BEFORE_YEAR_TOKENS); j < k; j++) {
      const day = smallNumber(tokens[j]!);
      if (day >= 1 && day <= MAX_DAY) return true;
    }
  }
  return false;
}

/**
 * Whether a line's year makes it a date: a year in a headline names a season or a plan (`عملية مرحبا 2024`); in
 * a short line or beside a day it is the page's date (`الأحد 15 نوفمبر 2026`, `26/11/2026`).
 */
export function readsAsDate(text: string, words = countWords(text)): boolean {
  return hasYear(text) && (words < MIN_YEAR_HEADLINE_WORDS || hasWrittenDate(text));
}

/** Lines this short with a dash or a colon between words are datelines (`أبوظبي - سكاي نيوز عربية`). */
export const MAX_DATELINE_WORDS = 5;

function hasDashOrColon(text: string): boolean {
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x3a ||
      (isDash(c) && (isInlineSpace(text.charCodeAt(i - 1)) || isInlineSpace(text.charCodeAt(i + 1))))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a line with no ticker mark reads as a headline: four to 25 words, mostly Arabic, no sentence break,
 * no closing `.` or `:`, no year, no link, not a dateline, and not a byline, credit or "read also" line.
 */
export function isHeadlineLike(text: string, patterns: TickerPatterns, words = countWords(text)): boolean {
  if (words < MIN_PLAIN_WORDS || words > MAX_PLAIN_WORDS) return false;
  if (words <= MAX_DATELINE_WORDS && hasDashOrColon(text)) return false;
  const last = text.charCodeAt(text.length - 1);
  const beforeLast = text.charCodeAt(text.length - 2);
  if (last === 0x3a || (last === 0x2e && beforeLast !== 0x2e)) return false;
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x620 && c <= 0x64a) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) other++;
    else if (c > 0x7f && isLetter(c)) {
      if (isArabicLetter(c)) arabic++;
      else other++;
    }
  }
  if (arabic === 0 || arabic < other) return false;
  if (hasSentenceBreak(text, 0, text.length)) return false;
  if (readsAsDate(text, words)) return false;
  if (text.includes("http") || text.includes("www.") || text.includes("@")) return false;
  return !opensNonItem(text, patterns, words);
}

/** Words of a line opening with a credit word that is also a verbal noun, from which it may be a headline. */
const MIN_EVENT_CREDIT_WORDS = 5;

/**
 * Whether the line opens as a byline, credit or "read also" line does. A credit word that is also a verbal noun
 * of an event (`تحرير 120 مخالفة مرورية …`) opens a headline instead when no colon or slash (U+003A, U+002F)
 * follows it and the line is longer than a credit and a name.
 */
export function opensNonItem(text: string, patterns: TickerPatterns, words = countWords(text)): boolean {
  const m = patterns.nonItemStart.exec(text);
  if (!m) return false;
  if (words < MIN_EVENT_CREDIT_WORDS || !patterns.eventNouns.has(foldKey(m[0]))) return true;
  const next = skipSpaces(text, m[0].length, text.length);
  const c = text.charCodeAt(next);
  return c === 0x3a || c === 0x2f;
}

/** Words of a title, at most: titles run longer than ticker headlines. */
const MAX_TITLE_WORDS = 35;
/** Words of a title with a comma, at most: a longer line with one is a subtitle or a lead. */
const MAX_TITLE_WORDS_WITH_COMMA = 15;

/**
 * Whether a line that is no ticker headline may still be the page's title: four to 35 words, mostly Arabic,
 * no sentence break and no closing `.` or `:`, not a dateline, byline or link, and not a date line (a title
 * may name a date, `تحدد 6 جوان 2027 موعدا …`, but a third of its words or more are not numbers). A list of
 * headlines with such a line below it keeps its last headline as an item.
 */
export function isTitleLike(text: string, patterns: TickerPatterns, words: number): boolean {
  if (words < MIN_PLAIN_WORDS || words > MAX_TITLE_WORDS) return false;
  if (words <= MAX_DATELINE_WORDS && hasDashOrColon(text)) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3a || (last === 0x2e && text.charCodeAt(text.length - 2) !== 0x2e)) return false;
  if (words > MAX_TITLE_WORDS_WITH_COMMA && CLAUSE_PUNCTUATION.test(text)) return false;
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x620 && c <= 0x64a) arabic++;
    else if (isAsciiLetter(c)) other++;
  }
  if (arabic === 0 || arabic < other) return false;
  if (hasSentenceBreak(text, 0, text.length)) return false;
  if (text.includes("http") || text.includes("www.") || text.includes("@")) return false;
  if (opensNonItem(text, patterns, words)) return false;
  return 3 * numberTokens(text) < words;
}

/** Tokens that open with a digit (`16/11/2026`, `10:05`, `15`). */
function numberTokens(text: string): number {
  let n = 0;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInlineSpace(c)) {
      atStart = true;
      continue;
    }
    if (atStart && digitValue(c) >= 0) n++;
    atStart = false;
  }
  return n;
}

/**
 * Whether a line of three words reads as a headline (`ارتفاع أسعار الذهب`, `الحكومة تستقيل رسميا`): what
 * {@link isHeadlineLike} asks of a longer one, and a verbal noun of an event or a verb after the first word,
 * which a name of three words (`سامر أحمد الخطيب`) lacks.
 */
export function isShortHeadline(text: string, patterns: TickerPatterns): boolean {
  if (countWords(text) !== MIN_PLAIN_WORDS - 1) return false;
  if (!isHeadlineLike(text, patterns, MIN_PLAIN_WORDS)) return false;
  const words = collapseSpaces(text).split(" ");
  return words.some((w, k) => {
    const key = foldKey(w);
    if (patterns.eventNouns.has(key)) return true;
    const c = w.charCodeAt(0);
    // U+064A ي, U+062A ت open an imperfect verb of the third person (`تستقيل`, `يفوز`).
    return (
      k > 0 && w.length >= MIN_VERB_LENGTH && (c === 0x64a || c === 0x62a) && !patterns.commonWords.has(key)
    );
  });
}

/** Letters of an imperfect verb looked for in a short headline, at least (`يفوز`). */
const MIN_VERB_LENGTH = 4;
