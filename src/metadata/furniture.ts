/**
 * Page furniture: the lines of a scraped page that are not the article. Each test here looks at one line
 * alone; the structure stage adds what needs context (lines before the title, related headlines after the
 * article, repeated captions).
 */
import type { Lexicon } from "../lexicon/index.js";
import type { FurnitureKind } from "../schema.js";
import {
  ARABIC_LETTER,
  CLOCK_TIME,
  CLOCK_TIME_ALL,
  COPYRIGHT,
  DATE_PREFIX,
  DIGIT,
  FINAL_PERIOD,
  HASHTAG,
  I18N_KEY,
  ICON_NAME,
  looseKey,
  MARKUP,
  monthKeys,
  NUMERIC_DATE,
  type PageMatchers,
  RULE_LINE,
  TEMPERATURE,
  tokens,
  trimEndChars,
  trimStartChars,
  trimToWord,
  URL,
  WORD_CHAR,
  wordCount,
} from "./patterns.js";

/** Longest line (in words) that a short prompt or a caption can be. */
const SHORT_PROMPT_WORDS = 6;
const LONG_PROMPT_WORDS = 35;
const CAPTION_WORDS = 25;
const WIDGET_WORDS = 16;
const RELATED_WORDS = 24;

/** Breadcrumb separators with spaces around them: » (U+00BB), › (U+203A), >, / , \, ← (U+2190), | . */
const CRUMB_SEPARATOR = / (?:»|›|>|\/|\\|←|\|) /u;

/** Most words of a relative time (`آخر تحديث منذ 5 دقائق`). */
const RELATIVE_TIME_WORDS = 6;
/** Most characters of a framed end marker (`// انتهى //`). */
const END_MARKER_CHARS = 30;

function isRelativeTime(text: string, m: PageMatchers): boolean {
  if (wordCount(text) > RELATIVE_TIME_WORDS) return false;
  const bare = looseKey(trimStartChars(trimEndChars(text, "|•·-\u2013\u2014:"), "|•·-\u2013\u2014:"));
  if (m.relativeTimeAlone.has(bare)) return true;
  const opener = m.relativeOpener.exec(text);
  if (!opener) return false;
  const rest = tokens(text.slice(opener[0].length));
  if (rest.length === 0 || rest.length > 4) return false;
  let unit = false;
  for (const t of rest) {
    const w = trimToWord(t);
    if (w.length === 0) continue;
    if (DIGIT.test(w) && /^[\d\u0660-\u0669]+$/u.test(w)) continue;
    if (!m.relativeTimeUnits.has(looseKey(w))) return false;
    unit = true;
  }
  return unit;
}

function isEndMarker(text: string, m: PageMatchers): boolean {
  if (text.length > END_MARKER_CHARS) return false;
  if (m.filingTime.test(text)) return true;
  const word = trimToWord(text);
  if (!m.endMarkers.has(looseKey(word))) return false;
  // The word alone, or framed by slashes, dashes or brackets: `// انتهى //`, `-يتبع-`, `(انتهى)`.
  const frame = text.replace(word, "");
  return /^[\s/\\\-\u2013\u2014\u0640()[\].*]*$/u.test(frame);
}

function numericShare(words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (DIGIT.test(w)) n++;
  return words.length === 0 ? 0 : n / words.length;
}

function hasAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = looseKey(trimToWord(words[i] ?? ""));
    // A currency glued to its rate (`3.74يورو`) counts too.
    if (set.has(w) || set.has(w.replace(/^[\d.,]+/u, ""))) return true;
    if (i + 1 < words.length && set.has(`${w} ${looseKey(trimToWord(words[i + 1] ?? ""))}`)) return true;
  }
  return false;
}

function isWidget(text: string, m: PageMatchers): boolean {
  // Every widget shows a number: a temperature, a rate, a prayer time.
  if (!DIGIT.test(text)) return false;
  const words = tokens(text);
  if (words.length > WIDGET_WORDS || FINAL_PERIOD.test(text)) return false;
  if (TEMPERATURE.test(text) && words.length <= 10) return true;
  if (hasAny(words, m.prayerWords) && CLOCK_TIME.test(text)) return true;
  const share = numericShare(words);
  if (hasAny(words, m.currencyWords) && DIGIT.test(text) && share >= 0.25) return true;
  if (hasAny(words, m.weatherWords) && DIGIT.test(text) && share >= 0.2) return true;
  return false;
}

/** Most words of a masthead (`صحيفة النهار المصرية`). */
const MASTHEAD_WORDS = 4;

function isNavigation(text: string, m: PageMatchers): boolean {
  if (m.mastheadStart.test(text) || m.tagStart.test(text)) return true;
  const words = tokens(text);
  // A masthead: the site's name after a word such as صحيفة, جريدة, موقع, بوابة.
  if (
    words.length <= MASTHEAD_WORDS &&
    !/[:：]/u.test(text) &&
    m.mastheadWords.has(looseKey(trimToWord(words[0] ?? "")))
  ) {
    return true;
  }
  const crumbs = text.split(CRUMB_SEPARATOR);
  if (crumbs.length >= 2) {
    const first = looseKey(trimToWord(crumbs[0] ?? ""));
    const short = crumbs.every((c) => wordCount(c) <= 6);
    if (m.breadcrumbRoots.has(first) && crumbs.slice(0, -1).every((c) => wordCount(c) <= 6)) return true;
    if (short && crumbs.length >= 3 && !FINAL_PERIOD.test(text)) return true;
    if (short && crumbs.every((c) => allNavigationWords(c, m))) return true;
  }
  return allNavigationWords(text, m);
}

function allNavigationWords(text: string, m: PageMatchers): boolean {
  let any = false;
  for (const t of tokens(text)) {
    const w = trimToWord(t);
    if (w.length === 0) continue;
    if (!m.navigationWords.has(looseKey(w))) return false;
    any = true;
  }
  return any;
}

function isPrompt(text: string, m: PageMatchers): boolean {
  const n = wordCount(text);
  if (m.promptStart.test(text) && n <= SHORT_PROMPT_WORDS && !FINAL_PERIOD.test(text)) return true;
  return m.longPromptStart.test(text) && n <= LONG_PROMPT_WORDS;
}

function isRelated(text: string, m: PageMatchers): boolean {
  const hit = m.relatedStart.exec(text);
  if (!hit) return false;
  const after = text.slice(hit[0].length).trimStart();
  return after.length === 0 || /^[:|»\-\u2013\u2014.]/u.test(after) || wordCount(text) <= RELATED_WORDS;
}

/** A caption that ends with its photo credit in brackets: `… (أرشيفية)`, `… (رويترز)`, `… [Getty]`. */
function endsWithBracketedCredit(text: string, m: PageMatchers): boolean {
  const t = text.trim();
  const close = t.charAt(t.length - 1);
  if (close !== ")" && close !== "]") return false;
  const open = t.lastIndexOf(close === ")" ? "(" : "[");
  if (open < 0) return false;
  const inside = looseKey(t.slice(open + 1, -1).trim());
  return m.captionMarkers.has(inside) || m.agencies.has(inside);
}

function isCredit(text: string, m: PageMatchers): boolean {
  const hit = m.creditStart.exec(text);
  if (hit && /^[\s]*[:：]/u.test(text.slice(hit[0].length))) return true;
  const n = wordCount(text);
  if (n > CAPTION_WORDS || FINAL_PERIOD.test(text)) return false;
  if (endsWithBracketedCredit(text, m)) return true;
  const bare = looseKey(trimToWord(text));
  if (m.captionMarkers.has(bare)) return true;
  return hit !== null && n <= 12 && m.captionMarkers.has(looseKey(hit[0]));
}

/** A counter or reading time: a short line with a number and a word such as مشاهدة, للقراءة. */
function isCounter(text: string, m: PageMatchers): boolean {
  const words = tokens(text);
  if (words.length > 5 || !DIGIT.test(text)) return false;
  return hasAny(words, m.counterWords);
}

/** Whether every token of a line is a hashtag (`#السعودية #الرياض`). */
function isHashtagLine(text: string): boolean {
  const words = tokens(text);
  return words.length > 0 && words.every((w) => HASHTAG.test(w));
}

/** Whether a line with no Arabic letter is interface text (`Share`, `pictogram-avatar`, `ui.x.y`, markup). */
function isUiString(text: string, m: PageMatchers): boolean {
  if (ARABIC_LETTER.test(text) && !MARKUP.test(text)) return false;
  if (m.agencies.has(looseKey(text))) return false;
  if (I18N_KEY.test(text) || ICON_NAME.test(text)) return true;
  if (MARKUP.test(text) && !ARABIC_LETTER.test(text.replace(/<[^<>]{0,200}>/gu, ""))) return true;
  if (ARABIC_LETTER.test(text)) return false;
  if (URL.test(text)) return true;
  if (NUMERIC_DATE.test(text) || CLOCK_TIME.test(text)) return false;
  const n = wordCount(text);
  return (n <= 8 && !DIGIT.test(text)) || n <= 2;
}

/**
 * Classifies a line that is page furniture by itself, or returns `null`. Dates, bylines and datelines are
 * not furniture; they are read by their own stages.
 */
export function furnitureKind(text: string, m: PageMatchers): FurnitureKind | null {
  if (!WORD_CHAR.test(text)) return RULE_LINE.test(text) ? "rule" : "punctuation";
  if (isEndMarker(text, m)) return "end-marker";
  if (isRelativeTime(text, m)) return "relative-time";
  if (isPrompt(text, m)) return "prompt";
  if (isUiString(text, m) || isCounter(text, m)) return "ui-string";
  if (m.chromeStart.test(text) && (wordCount(text) <= 8 || COPYRIGHT.test(text))) return "other";
  if (COPYRIGHT.test(text) && wordCount(text) <= 12) return "other";
  if (isHashtagLine(text)) return "navigation";
  if (isWidget(text, m)) return "widget";
  if (isNavigation(text, m)) return "navigation";
  if (isRelated(text, m)) return "related";
  if (isCredit(text, m)) return "credit";
  return null;
}

/**
 * Whether a line holds nothing but a date (with an optional label, weekday and time):
 * `الأحد 12 مارس 2023 - 10:30 ص`, `نشر في: 2019/05/12`, `date 2019-05-12`. A year or a time alone is not.
 */
export function isDateLine(text: string, m: PageMatchers, lexicon: Lexicon): boolean {
  if (DATE_PREFIX.test(text) && DATE_PREFIX.exec(text)?.[0].length === text.length) return true;
  let rest = text;
  const label = m.dateLabelStart.exec(rest);
  if (label) rest = rest.slice(label[0].length);
  const words = tokens(rest);
  if (words.length === 0 || words.length > 14) return false;
  const months = monthKeys(lexicon);
  let numbers = 0;
  let named = 0;
  for (const t of words) {
    const w = trimToWord(t);
    if (w.length === 0) continue;
    if (DIGIT.test(w)) {
      if (!/^[\d\u0660-\u0669\u06F0-\u06F9/.:-]+$/u.test(w)) return false;
      numbers++;
      continue;
    }
    const k = looseKey(w);
    if (months.has(k) || m.calendarWords.has(k)) {
      named++;
      continue;
    }
    return false;
  }
  if (numbers === 0) return false;
  if (NUMERIC_DATE.test(rest)) return true;
  // A day or year beside a month or weekday name; a clock time alone is not a date.
  const withoutTime = rest.replace(CLOCK_TIME_ALL, " ");
  return named > 0 && DIGIT.test(withoutTime);
}

/** Whether a line is only a clock time, with an optional label and `ص`/`م` (`10:25`, `آخر تحديث: 09:13 م`). */
export function isClockLine(text: string, m: PageMatchers): boolean {
  const label = m.dateLabelStart.exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  const t = rest.replace(CLOCK_TIME, "").replace(/[\s|•·,:\u060C\-\u2013]+/gu, "");
  return CLOCK_TIME.test(rest) && (t.length === 0 || /^(?:ص|م|صباحا|مساء|AM|PM)$/iu.test(t));
}
