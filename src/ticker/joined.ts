/**
 * Headlines joined by single spaces on one line, under a header or unlabelled at the top of a page:
 * `وزارة التجارة تحدد سعر البيض الجديد جامعة كرة القدم تعلن موعد البطولة انقطاع حركة المترو بسبب عطل فني`.
 * Nothing marks the cuts but the grammar of headlines: a headline ends with a phrase that closes (a definite
 * word, `الجديد`, or a noun in `-ين`, `يومين`), and the next opens with a verbal noun of an event (`انقطاع …`,
 * `مقتل …`) or with a subject and its verb (`جامعة كرة القدم تعلن …`). A definite word is never the first term
 * of a construct, so a verbal noun after it does not continue its phrase.
 */
import { foldKey, isArabicLetter, isInlineSpace } from "./chars.js";
import type { TickerPatterns } from "./patterns.js";

/** Words of each headline of a joined line, at least. */
export const MIN_JOINED_WORDS = 4;
/** Headlines a joined line must split into, at least: one cut could split a sentence at its object. */
export const MIN_JOINED_ITEMS = 3;

const ALEF = 0x627;
const LAM = 0x644;
const YEH = 0x64a;
const NOON = 0x646;
const TEH = 0x62a;

/** One-letter prefixes written before the article: و U+0648, ف U+0641, ب U+0628, ك U+0643. */
function isArticlePrefix(code: number): boolean {
  return code === 0x648 || code === 0x641 || code === 0x628 || code === 0x643;
}

interface Word {
  readonly start: number;
  readonly end: number;
}

function isArabicWord(text: string, w: Word): boolean {
  if (w.end - w.start < 3) return false;
  for (let i = w.start; i < w.end; i++) if (!isArabicLetter(text.charCodeAt(i))) return false;
  return true;
}

/** `ال…`, `وال…`, `بال…`, `لل…`, `ولل…`: the word carries the article U+0627 U+0644. */
function isDefinite(text: string, w: Word): boolean {
  let i = w.start;
  if (w.end - i >= 5 && isArticlePrefix(text.charCodeAt(i))) i++;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return w.end - i >= 4 && b === LAM && (a === ALEF || a === LAM);
}

/** A dual or plural noun in `-ين` (U+064A U+0646), five letters or more: `يومين`, `المواطنين`. */
function endsInYehNoon(text: string, w: Word): boolean {
  return w.end - w.start >= 5 && text.charCodeAt(w.end - 2) === YEH && text.charCodeAt(w.end - 1) === NOON;
}

/** An imperfect verb of the third person: `يصل`, `تعلن` (U+064A, U+062A), not a definite word. */
function isVerbLike(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  return (c === YEH || c === TEH) && isArabicWord(text, w);
}

/**
 * Cuts of `[from, to)` into headlines joined by single spaces, or `[]` when the line does not split into
 * {@link MIN_JOINED_ITEMS} headlines of {@link MIN_JOINED_WORDS} words or more. One pass over the words, a
 * constant look-ahead of three words at each.
 */
export function joinedHeadlineCuts(
  text: string,
  from: number,
  to: number,
  patterns: TickerPatterns,
): number[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isInlineSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isInlineSpace(text.charCodeAt(i))) i++;
    if (i > start) words.push({ start, end: i });
  }
  const n = words.length;
  if (n < MIN_JOINED_ITEMS * MIN_JOINED_WORDS) return [];
  const keys = words.map((w) => foldKey(text.slice(w.start, w.end)));
  const common = (k: number) => patterns.commonWords.has(keys[k]!);
  const definite = (k: number) => k < n && !common(k) && isDefinite(text, words[k]!);
  const verb = (k: number) => k < n && isVerbLike(text, words[k]!);
  const bareNoun = (k: number) =>
    k < n && !common(k) && isArabicWord(text, words[k]!) && !definite(k) && !verb(k);
  const closesPhrase = (k: number) => definite(k) || (!common(k) && endsInYehNoon(text, words[k]!));
  const opensHeadline = (k: number) =>
    patterns.eventNouns.has(keys[k]!) ||
    (bareNoun(k) &&
      ((definite(k + 1) && verb(k + 2)) || (bareNoun(k + 1) && definite(k + 2) && verb(k + 3))));

  const cuts: number[] = [];
  let last = 0;
  for (let k = MIN_JOINED_WORDS; k + MIN_JOINED_WORDS <= n; k++) {
    if (k - last < MIN_JOINED_WORDS) continue;
    if (closesPhrase(k - 1) && opensHeadline(k)) {
      cuts.push(words[k]!.start);
      last = k;
    }
  }
  return cuts.length + 1 >= MIN_JOINED_ITEMS ? cuts : [];
}
