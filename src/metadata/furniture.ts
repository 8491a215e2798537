/**
 * Page furniture: the lines of a scraped page that are not the article. Each test here looks at one line
 * alone; the structure stage adds what needs context (lines before the title, related headlines after the
 * article, repeated captions).
 */
import type { Lexicon } from "../lexicon/index.js";
import type { FurnitureKind } from "../schema.js";
import { isInitialsWord, isLetterAbbreviation } from "./dateline.js";
import {
  ARABIC_LETTER,
  CLOCK_TIME,
  CLOCK_TIME_ALL,
  COPYRIGHT,
  DATE_NUMBER_TOKEN,
  DATE_PREFIX,
  DIGIT,
  HASHTAG,
  hasFinalPeriod,
  hasWordChar,
  I18N_KEY,
  ICON_NAME,
  ICON_WORD,
  ISO_TIMESTAMP,
  isDashCode,
  LineWords,
  looseKey,
  looseKeyUpTo,
  MARK,
  MARKUP,
  monthKeys,
  NUMERIC_DATE,
  type PageMatchers,
  PIECE_SEPARATOR,
  POINTING_CRUMB_SEPARATOR,
  RULE_LINE,
  TEMPERATURE,
  TEMPERATURE_WORD,
  tokens,
  trimEndChars,
  trimStartChars,
  trimToWord,
  URL,
  wordCount,
} from "./patterns.js";

/** Most tokens of a date line. */
const MAX_DATE_TOKENS = 14;
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

function isRelativeTime(line: LineWords, m: PageMatchers): boolean {
  if (line.count > RELATIVE_TIME_WORDS) return false;
  const text = line.text;
  const bare = looseKey(trimStartChars(trimEndChars(text, "|•·-\u2013\u2014:"), "|•·-\u2013\u2014:"));
  if (m.relativeTimeAlone.has(bare)) return true;
  // A date's label may stand before it (`آخر تحديث: منذ ساعتين`, a piece of `نشر في: DATE | …`).
  const label = m.dateLabelStart.exec(text);
  const timed = label ? trimStartChars(text.slice(label[0].length), ": ") : text;
  const opener = m.relativeOpener.exec(timed);
  if (!opener) return false;
  const rest = tokens(timed.slice(opener[0].length));
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

function hasAny(line: LineWords, set: ReadonlySet<string>): boolean {
  const pairs = pairStarts(set);
  for (let i = 0; line.token(i) !== undefined; i++) {
    const w = line.key(i);
    if (set.has(w)) return true;
    // A currency glued to its rate (`3.74يورو`) counts too.
    if (startsWithRateChar(w) && set.has(w.replace(/^[\d.,]+/u, ""))) return true;
    // A pair of currencies quoted one against the other (`دينار/دولار 1.41`, `USD/EGP`).
    const slash = w.indexOf("/");
    if (slash > 0 && set.has(w.slice(0, slash)) && set.has(w.slice(slash + 1))) return true;
    if (pairs.has(w) && line.token(i + 1) !== undefined && set.has(`${w} ${line.key(i + 1)}`)) return true;
  }
  return false;
}

const PAIR_STARTS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * The first words of the two-word keys of a set (once per set): a word that opens none needs no pair
 * built and looked up.
 */
function pairStarts(set: ReadonlySet<string>): ReadonlySet<string> {
  let starts = PAIR_STARTS.get(set);
  if (!starts) {
    starts = new Set([...set].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))));
    PAIR_STARTS.set(set, starts);
  }
  return starts;
}

/** Whether a word opens with an ASCII digit, a period or a comma (what a rate glued to a word opens with). */
function startsWithRateChar(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c;
}

/** Whether a word of the line is a place the lexicon knows. */
function hasPlace(line: LineWords, m: PageMatchers): boolean {
  for (let i = 0; line.token(i) !== undefined; i++) if (m.places.has(line.key(i))) return true;
  return false;
}

function isWidget(line: LineWords, m: PageMatchers): boolean {
  const text = line.text;
  // Every widget shows a number: a temperature, a rate, a prayer time.
  if (!line.has(MARK.digit) || line.hasMoreTokensThan(WIDGET_WORDS) || hasFinalPeriod(text)) return false;
  if (!line.hasMoreTokensThan(10)) {
    if (TEMPERATURE.test(text)) return true;
    // Written out, the degrees are a widget's beside a city or a weather word (`القاهرة 35 درجة`).
    if (TEMPERATURE_WORD.test(text) && (hasAny(line, m.weatherWords) || hasPlace(line, m))) return true;
  }
  if (hasAny(line, m.prayerWords) && CLOCK_TIME.test(text)) return true;
  const share = numericShare(line.tokens);
  if (share >= 0.25 && hasAny(line, m.currencyWords)) return true;
  if (isRateBoard(line, m)) return true;
  if (share >= 0.2 && hasAny(line, m.weatherWords)) return true;
  return false;
}

/** Fewest `NUMBER CURRENCY` pairs of a line of rates split into pieces (`الدولار 2065 ريال | السعودي 541 ريال`). */
const MIN_RATE_PAIRS = 2;

/**
 * Whether a line split into pieces by bars or bullets quotes two rates or more, each a number followed by
 * its currency (`سعر الصرف اليوم: الدولار 2065 ريال | السعودي 541 ريال (عدن)`): a board of exchange rates,
 * whatever the words around the numbers. A headline names one amount, or two in a sentence without bars
 * (`من 50 ريالا إلى 100 ريال`).
 */
function isRateBoard(line: LineWords, m: PageMatchers): boolean {
  if (!PIECE_SEPARATOR.test(line.text)) return false;
  let pairs = 0;
  for (let i = 0; line.token(i + 1) !== undefined; i++) {
    if (DIGIT.test(line.token(i) ?? "") && m.currencyWords.has(line.key(i + 1))) pairs++;
  }
  return pairs >= MIN_RATE_PAIRS;
}

/** Most words of a masthead (`صحيفة النهار المصرية`). */
const MASTHEAD_WORDS = 4;

function isNavigation(line: LineWords, m: PageMatchers): boolean {
  const text = line.text;
  if (m.mastheadStart.test(text) || m.tagStart.test(text)) return true;
  // A masthead: the site's name after a word such as صحيفة, جريدة, موقع, بوابة. With a dash or a slash
  // between its words it is the outlet in a dateline (`بوابة الجنوب - خاص`).
  if (
    m.mastheadWords.has(line.key(0)) &&
    !line.hasMoreTokensThan(MASTHEAD_WORDS) &&
    !/[:：]/u.test(text) &&
    !hasSpacedSeparator(text)
  ) {
    return true;
  }
  if (line.has(MARK.crumb) && CRUMB_SEPARATOR.test(text)) {
    const crumbs = text.split(CRUMB_SEPARATOR);
    const first = looseKey(trimToWord(crumbs[0] ?? ""));
    const short = crumbs.every((c) => wordCount(c) <= 6);
    if (m.breadcrumbRoots.has(first) && crumbs.slice(0, -1).every((c) => wordCount(c) <= 6)) return true;
    // A trail opens with a section's name; a headline of several words before the bars is a title with
    // its section and site after it (`TITLE | اقتصاد | SITE`).
    if (
      short &&
      crumbs.length >= 3 &&
      !hasFinalPeriod(text) &&
      wordCount(crumbs[0] ?? "") <= FIRST_CRUMB_WORDS
    )
      return true;
    if (short && crumbs.every((c) => allNavigationWords(new LineWords(c), m))) return true;
    if (isPointingTrail(text)) return true;
  }
  return allNavigationWords(line, m);
}

/** Most words of the first crumb of a trail with no root word: a section's name (`أخبار عربية ودولية`). */
const FIRST_CRUMB_WORDS = 3;

/** Most words of one crumb in a trail with no root word (`الرياضة > الدوري المحلي للمحترفين`). */
const POINTING_CRUMB_WORDS = 4;

/**
 * A trail of short crumbs joined by a pointing separator (`الجهات » القيروان`): navigation even without a
 * root word. The slash, bar and dash stay stricter: they stand in titles and in datelines.
 */
function isPointingTrail(text: string): boolean {
  if (!POINTING_CRUMB_SEPARATOR.test(text) || DIGIT.test(text) || /[:«"\u201C.!?\u061F\u060C]/u.test(text))
    return false;
  const crumbs = text.split(POINTING_CRUMB_SEPARATOR);
  return (
    crumbs.length >= 2 &&
    crumbs.every((c) => {
      const n = wordCount(c);
      return n >= 1 && n <= POINTING_CRUMB_WORDS;
    })
  );
}

/** Whether a dash (`isDashCode`) or a slash stands with a space beside it, between the parts of a dateline. */
function hasSpacedSeparator(text: string): boolean {
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (!isDashCode(c) && c !== 0x2f) continue;
    if (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i + 1) === 0x20) return true;
  }
  return false;
}

function allNavigationWords(line: LineWords, m: PageMatchers): boolean {
  let any = false;
  for (let i = 0; line.token(i) !== undefined; i++) {
    if (line.bare(i).length === 0) continue;
    if (!m.navigationWords.has(line.key(i))) return false;
    any = true;
  }
  return any;
}

function isPrompt(line: LineWords, m: PageMatchers): boolean {
  const n = line.count;
  const text = line.text;
  if (n <= SHORT_PROMPT_WORDS && m.promptStart.test(text) && !hasFinalPeriod(text)) return true;
  return n <= LONG_PROMPT_WORDS && m.longPromptStart.test(text);
}

function isRelated(text: string, m: PageMatchers): boolean {
  const hit = m.relatedStart.exec(text);
  if (!hit) return false;
  const after = text.slice(hit[0].length).trimStart();
  return after.length === 0 || /^[:|»\-\u2013\u2014.]/u.test(after) || wordCount(text) <= RELATED_WORDS;
}

/**
 * A caption credited to the page's own site (`مولدة أهلية في حي … (SITE)`, its masthead's loose key): a
 * short line, not a sentence, whose bracket names the site that took the photo.
 */
export function isMastheadCaption(line: LineWords, m: PageMatchers, masthead: string): boolean {
  return (
    line.count <= CAPTION_WORDS &&
    !hasFinalPeriod(line.text) &&
    endsWithBracketedCredit(line.text, m, masthead)
  );
}

/** A caption that ends with its photo credit in brackets: `… (أرشيفية)`, `… (رويترز)`, `… [Getty]`. */
function endsWithBracketedCredit(text: string, m: PageMatchers, masthead?: string): boolean {
  const t = text.trim();
  const close = t.charAt(t.length - 1);
  if (close !== ")" && close !== "]") return false;
  const open = t.lastIndexOf(close === ")" ? "(" : "[");
  if (open < 0) return false;
  const inside = looseKey(t.slice(open + 1, -1).trim());
  // A known place before an agency's bracket is a dateline (`صنعاء (سبأ)`, `بيروت، لبنان (الأناضول)`,
  // `PLACE - NAME (OUTLET)`), and the bracket alone is the agency's credit (`(د ب أ)`): not captions.
  if (isDatelineHead(t.slice(0, open), m)) return false;
  // A long sentence that ends before the bracket is the article's last paragraph and its wire's credit.
  const before = t.slice(0, open).trimEnd();
  if (
    hasFinalPeriod(before) &&
    wordCount(before, MAX_CAPTION_SENTENCE_WORDS + 1) > MAX_CAPTION_SENTENCE_WORDS
  )
    return false;
  return m.captionMarkers.has(inside) || m.agencies.has(inside) || inside === masthead;
}

/** Most words of a caption that ends with a period before its credit's bracket. */
const MAX_CAPTION_SENTENCE_WORDS = 12;
/** Most words before an agency's bracket in a dateline (`بيروت، لبنان`, `الرباط - NAME`). */
const MAX_DATELINE_HEAD_WORDS = 5;

/**
 * Whether the text before a bracket is empty or opens with a known place up to a comma (U+060C, U+002C)
 * or a dash, in a few words: the head of a dateline.
 */
function isDatelineHead(head: string, m: PageMatchers): boolean {
  const t = head.trim();
  if (t.length === 0) return true;
  let cut = 0;
  while (cut < t.length && !isPieceBreak(t.charCodeAt(cut))) cut++;
  return (
    m.places.has(looseKey(t.slice(0, cut).trim())) &&
    wordCount(t, MAX_DATELINE_HEAD_WORDS + 1) <= MAX_DATELINE_HEAD_WORDS
  );
}

/** A comma (U+060C, U+002C) or a dash that ends the first piece of a dateline. */
function isPieceBreak(c: number): boolean {
  return c === 0x060c || c === 0x2c || isDashCode(c);
}

/** A caption that ends with a caption marker after a spaced dash or bar: `… - صورة أرشيفية`, `… | أرشيف`. */
function endsWithDashedCaption(text: string, m: PageMatchers): boolean {
  let cut = -1;
  for (const sep of CREDIT_SEPARATORS) {
    if (sep === "(") continue;
    const at = text.lastIndexOf(sep);
    if (at >= 0) cut = Math.max(cut, at + sep.length);
  }
  return cut > 0 && m.captionMarkers.has(looseKey(text.slice(cut).trim()));
}

/** Most words of the name after a photo credit that ends a caption (`… - تصوير: NAME`). */
const MAX_CREDIT_NAME_WORDS = 4;

/**
 * A caption that ends with its photographer's credit after a dash, bar or bracket:
 * `الوزير خلال المؤتمر - تصوير: NAME`, `… (تصوير: NAME)`, `… | عدسة: NAME`.
 */
function endsWithPhotoCredit(text: string, m: PageMatchers): boolean {
  let t = text.trim();
  if (t.endsWith(")")) t = t.slice(0, -1);
  let cut = -1;
  for (const sep of CREDIT_SEPARATORS) {
    const at = t.lastIndexOf(sep);
    if (at >= 0) cut = Math.max(cut, at + sep.length);
  }
  if (cut <= 0) return false;
  const tail = t.slice(cut).trimStart();
  const hit = m.creditStart.exec(tail);
  if (!hit) return false;
  const rest = tail.slice(hit[0].length).trimStart();
  if (!rest.startsWith(":")) return false;
  const n = wordCount(rest.slice(1));
  return n >= 1 && n <= MAX_CREDIT_NAME_WORDS;
}

/** A spaced dash (U+002D, U+2013, U+2014) or a colon after a caption's marker word. */
const CAPTION_LABEL_GLUE = /^(?: [-\u2013\u2014] |[ \t]?:)/u;

/** What stands between a caption and its photo credit: a spaced dash (U+002D, U+2013, U+2014), a bar, a bracket. */
const CREDIT_SEPARATORS = [" - ", " \u2013 ", " \u2014 ", " | ", "("];

function isCredit(line: LineWords, m: PageMatchers): boolean {
  const text = line.text;
  const hit = m.creditStart.exec(text);
  if (hit && /^[\s]*[:：]/u.test(text.slice(hit[0].length))) return true;
  const n = line.count;
  if (n > CAPTION_WORDS || hasFinalPeriod(text)) return false;
  if (endsWithBracketedCredit(text, m) || endsWithPhotoCredit(text, m) || endsWithDashedCaption(text, m))
    return true;
  // A caption opened by a marker of two words or more (`جانب من الاجتماع …`, `(الصورة من المصدر)`); one
  // word (`صورة`) also opens headlines (`صورة تكشف …`).
  const opener = m.captionStart.exec(text.charAt(0) === "(" ? text.slice(1) : text);
  if (opener?.[0].includes(" ")) return true;
  // One marker word set off by a spaced dash or a colon labels what the photo shows (`أرشيفية - …`).
  if (opener !== null && CAPTION_LABEL_GLUE.test(text.slice(opener[0].length))) return true;
  if (text.charAt(0) === "(" && text.endsWith(")") && opener !== null) return true;
  // Caption markers are short: the key of a longer line is not built in full only to miss the set.
  const bare = looseKeyUpTo(trimToWord(text), m.longestKey);
  if (m.captionMarkers.has(bare)) return true;
  return hit !== null && n <= 12 && m.captionMarkers.has(looseKey(hit[0]));
}

/** A counter or reading time: a short line with a number and a word such as مشاهدة, للقراءة. */
function isCounter(line: LineWords, m: PageMatchers): boolean {
  if (!line.has(MARK.digit) || line.hasMoreTokensThan(5)) return false;
  return hasAny(line, m.counterWords);
}

/** Whether every token of a line is a hashtag (`#السعودية #الرياض`). */
function isHashtagLine(line: LineWords): boolean {
  const first = line.token(0);
  return first !== undefined && HASHTAG.test(first) && line.tokens.every((w) => HASHTAG.test(w));
}

/** Most words between the tags of a line of markup that is a left-over element (a tag link). */
const MAX_MARKUP_WORDS = 4;

/** Most words of the label shown beside an icon's name (`تسجيل الدخول`, `القائمة`). */
const MAX_ICON_LABEL_WORDS = 3;

/**
 * Whether a line is an icon's class name left by the scrape beside its short label (`pictogram-avatar
 * تسجيل الدخول`, `fa-search بحث`): a word of lowercase Latin letters joined by hyphens or underscores (no
 * digit: `covid-19` is a word of a headline) and at most a few words more.
 */
function hasIconWithLabel(line: LineWords): boolean {
  if (line.hasMoreTokensThan(MAX_ICON_LABEL_WORDS + 1)) return false;
  let icons = 0;
  for (const t of line.tokens) if (ICON_WORD.test(t)) icons++;
  return icons > 0 && line.tokens.length > icons;
}

/** Whether a line with no Arabic letter is interface text (`Share`, `pictogram-avatar`, `ui.x.y`, markup). */
function isUiString(line: LineWords, m: PageMatchers): boolean {
  const text = line.text;
  const markup = line.has(MARK.markup) && MARKUP.test(text);
  if (hasIconWithLabel(line)) return true;
  if (ARABIC_LETTER.test(text) && !markup) return false;
  if (m.agencies.has(looseKey(text))) return false;
  if (I18N_KEY.test(text) || ICON_NAME.test(text)) return true;
  if (markup && !ARABIC_LETTER.test(text.replace(/<[^<>]{0,200}>/gu, ""))) return true;
  // A link or other element left whole (`<a href="/tags/x">الطقس</a>`): a tag name or a few words in tags.
  if (markup && text.startsWith("<") && text.endsWith(">")) {
    if (wordCount(text.replace(/<[^<>]{0,200}>/gu, " "), MAX_MARKUP_WORDS) <= MAX_MARKUP_WORDS) return true;
  }
  if (ARABIC_LETTER.test(text)) return false;
  if (URL.test(text)) return true;
  if (NUMERIC_DATE.test(asciiDigits(text)) || CLOCK_TIME.test(text)) return false;
  const n = wordCount(text);
  return (n <= 8 && !line.has(MARK.digit)) || n <= 2;
}

/**
 * Classifies a line that is page furniture by itself, or returns `null`. Dates, bylines and datelines are
 * not furniture; they are read by their own stages.
 */
export function furnitureKind(text: string, m: PageMatchers): FurnitureKind | null {
  return lineFurnitureKind(new LineWords(text), m);
}

/** {@link furnitureKind} of a line already split into words. */
export function lineFurnitureKind(line: LineWords, m: PageMatchers): FurnitureKind | null {
  const text = line.text;
  if (!hasWordChar(text)) return RULE_LINE.test(text) ? "rule" : "punctuation";
  // A run of tatweel (U+0640) counts as a word character but draws a rule (`ـــــــــ`).
  if (RULE_LINE.test(text)) return "rule";
  if (isEndMarker(text, m)) return "end-marker";
  if (isRelativeTime(line, m)) return "relative-time";
  if (isPrompt(line, m)) return "prompt";
  if (isUiString(line, m) || isCounter(line, m)) return "ui-string";
  const copyright = line.has(MARK.copyright) && COPYRIGHT.test(text);
  if (m.chromeStart.test(text) && (line.count <= 8 || copyright)) return "other";
  if (line.count <= 12 && copyright) return "other";
  if (isHashtagLine(line)) return "navigation";
  if (isWidget(line, m)) return "widget";
  if (isNavigation(line, m)) return "navigation";
  if (isRelated(text, m)) return "related";
  if (isCredit(line, m) || isWireSignOff(text, m)) return "credit";
  return null;
}

/** Most words of the agency after the initials of a wire's sign-off (`ع ع/ ونا`). */
const MAX_SIGN_OFF_AGENCY_WORDS = 2;

/**
 * Whether a line is a wire story's sign-off: the desk editor's initials, a slash and the agency (`ع ع/ ونا`,
 * `م.ع / سونا`), written under the story. The initials are single letters the lexicon does not know as an
 * agency and what follows the slash is no known place: `د ب أ/ برلين` is a dateline.
 */
function isWireSignOff(text: string, m: PageMatchers): boolean {
  if (isInitialsTrail(text) || isFilingCode(text, m)) return true;
  const slash = text.indexOf("/");
  if (slash <= 0 || text.indexOf("/", slash + 1) >= 0) return false;
  const initials = trimStartChars(text.slice(0, slash), "( ").trim();
  const agency = trimEndChars(text.slice(slash + 1), ") ").trim();
  if (!isLetterAbbreviation(initials) || m.agencies.has(looseKey(initials))) return false;
  const n = wordCount(agency, MAX_SIGN_OFF_AGENCY_WORDS + 1);
  if (n === 0 || n > MAX_SIGN_OFF_AGENCY_WORDS || DIGIT.test(agency)) return false;
  return !m.places.has(looseKey(agency));
}

/** Fewest letters of a trail of editors' initials (`س و/ع/ع`). */
const MIN_TRAIL_LETTERS = 3;

/**
 * Whether a line is a trail of desk editors' initials joined by slashes (`س و/ع/ع`, `س.ع/ ن.ف`), as wires
 * sign a story: single Arabic letters (U+0621–U+064A) apart, separated by spaces or periods within a piece
 * and by slashes between pieces, with a slash at least. No word of two letters stands in it.
 */
function isInitialsTrail(text: string): boolean {
  let letters = 0;
  let slashes = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f) slashes++;
    if (c === 0x20 || c === 0x2e || c === 0x2f) {
      run = 0;
      continue;
    }
    if (c < 0x0621 || c > 0x064a || ++run > 1) return false;
    letters++;
  }
  return slashes > 0 && letters >= MIN_TRAIL_LETTERS;
}

/** Fewest and most digits of a wire story's filing number (`بنا 1352 جمت`). */
const MIN_FILING_DIGITS = 2;
const MAX_FILING_DIGITS = 5;

/**
 * Whether a line is a wire's filing code under its story: a known agency, the story's number and the desk's
 * initials (`بنا 1352 جمت`), and nothing else. A dateline names a place, and its date is no bare number
 * followed by initials.
 */
function isFilingCode(text: string, m: PageMatchers): boolean {
  const words = tokens(text, 4);
  if (words.length !== 3) return false;
  const [agency, number, desk] = words as [string, string, string];
  if (
    !m.agencies.has(looseKey(agency)) ||
    number.length < MIN_FILING_DIGITS ||
    number.length > MAX_FILING_DIGITS
  )
    return false;
  for (let i = 0; i < number.length; i++) if (!DIGIT.test(number.charAt(i))) return false;
  return isInitialsWord(desk, m) && !m.places.has(looseKey(desk));
}

/**
 * Whether a line holds nothing but a date (with an optional label, weekday and time):
 * `الأحد 12 مارس 2023 - 10:30 ص`, `نشر في: 2019/05/12`, `date 2019-05-12`. A year or a time alone is not.
 */
export function isDateLine(text: string, m: PageMatchers, lexicon: Lexicon): boolean {
  return lineIsDateLine(new LineWords(text), m, lexicon);
}

/** {@link isDateLine} of a line already split into words. */
export function lineIsDateLine(line: LineWords, m: PageMatchers, lexicon: Lexicon): boolean {
  // Both ways below need a digit (DATE_PREFIX's, or a number token): a line without one is read no further.
  if (!line.has(MARK.digit)) return false;
  const text = line.text;
  if (DATE_PREFIX.test(text) && DATE_PREFIX.exec(text)?.[0].length === text.length) return true;
  let rest = text;
  let words = line;
  const label = m.dateLabelStart.exec(rest);
  if (label) {
    rest = rest.slice(label[0].length);
    words = new LineWords(rest);
  } else {
    // A wire's dated dateline on its own line: a known place, its link word, then the date
    // (`المنامة في 16 جمادى الآخرة 1448 هـ الموافق 26 نوفمبر 2026 م`).
    const dated = datedPlaceLength(text, m, lexicon);
    if (dated > 0) {
      rest = rest.slice(dated);
      words = new LineWords(rest);
    }
  }
  const months = monthKeys(lexicon);
  const calendar = calendarKeys(lexicon);
  let numbers = 0;
  let named = 0;
  let secondLabel = false;
  // Too many tokens fail as surely as a word that has no place in a date, which usually comes first; a
  // line with no token has no number.
  for (let i = 0; words.token(i) !== undefined; i++) {
    if (i >= MAX_DATE_TOKENS) return false;
    const w = words.bare(i);
    if (w.length === 0) continue;
    if (DIGIT.test(w)) {
      // A year may carry its era letter (`1448هـ`, `2026م`).
      if (!DATE_NUMBER_TOKEN.test(w) && !ISO_TIMESTAMP.test(w)) return false;
      numbers++;
      continue;
    }
    const k = words.key(i);
    if (months.has(k) || m.calendarWords.has(k) || calendar.months.has(k) || isMonthPair(w, months)) {
      named++;
      continue;
    }
    // Links between calendars, and the words of a second label (`… - آخر تحديث: …`).
    if (calendar.links.has(k)) continue;
    if (dateLabelKeys(lexicon).has(k)) {
      secondLabel = true;
      continue;
    }
    // A second label may give its time as relative (`نشر في: DATE - آخر تحديث: منذ ساعة`).
    if (secondLabel && (m.relativeTimeUnits.has(k) || relativeOpenerKeys(lexicon).has(k))) continue;
    return false;
  }
  if (numbers === 0) return false;
  if (NUMERIC_DATE.test(asciiDigits(rest))) return true;
  // A day or year beside a month or weekday name; a clock time alone is not a date.
  const withoutTime = rest.replace(CLOCK_TIME_ALL, " ");
  return named > 0 && DIGIT.test(withoutTime);
}

/** Most words of the place before a date's link word (`أبوظبي في`, `القدس المحتلة في`). */
const MAX_DATED_PLACE_WORDS = 3;

/**
 * The length of `PLACE في ` opening a line (a known place of up to three words, then a link word of the
 * lexicon's `datelineLinks`), or 0.
 */
export function datedPlaceLength(text: string, m: PageMatchers, lexicon: Lexicon): number {
  let end = 0;
  for (let n = 0; n < MAX_DATED_PLACE_WORDS; n++) {
    const space = text.indexOf(" ", end + 1);
    if (space < 0) return 0;
    end = space;
    const next = text.indexOf(" ", end + 1);
    if (next < 0) return 0;
    const link = text.slice(end + 1, next);
    if (lexicon.dates.datelineLinks.includes(link) && m.places.has(looseKey(text.slice(0, end))))
      return next + 1;
  }
  return 0;
}

/** Words of a date line beyond Gregorian months and weekdays, as loose keys. */
interface CalendarKeys {
  /** Hijri month names: they name a date as a month does. */
  readonly months: ReadonlySet<string>;
  /** Era markers (`هـ`, `م`) and the words that join two calendars (`الموافق`): they name nothing alone. */
  readonly links: ReadonlySet<string>;
}

const CALENDAR_CACHE = new WeakMap<object, CalendarKeys>();

function keysOf(phrases: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const phrase of phrases) for (const w of tokens(phrase)) set.add(looseKey(w));
  return set;
}

/** {@link CalendarKeys} of a lexicon, once per lexicon. */
function calendarKeys(lexicon: Lexicon): CalendarKeys {
  const dates = lexicon.dates;
  let keys = CALENDAR_CACHE.get(dates);
  if (!keys) {
    keys = {
      months: keysOf(Object.keys(dates.hijriMonths)),
      links: keysOf([...dates.hijriEra, ...dates.gregorianEra, ...dates.correspondence]),
    };
    CALENDAR_CACHE.set(dates, keys);
  }
  return keys;
}

const LABEL_CACHE = new WeakMap<object, ReadonlySet<string>>();

/** The loose keys of the words of the date labels (`نشر`, `في`, `آخر`, `تحديث` …), once per lexicon. */
function dateLabelKeys(lexicon: Lexicon): ReadonlySet<string> {
  let keys = LABEL_CACHE.get(lexicon.page);
  if (!keys) {
    keys = keysOf(lexicon.page.dateLabels);
    LABEL_CACHE.set(lexicon.page, keys);
  }
  return keys;
}

const RELATIVE_CACHE = new WeakMap<object, ReadonlySet<string>>();

/** The loose keys of the words that open a relative time (`منذ`, `قبل`), once per lexicon. */
function relativeOpenerKeys(lexicon: Lexicon): ReadonlySet<string> {
  let keys = RELATIVE_CACHE.get(lexicon.page);
  if (!keys) {
    keys = keysOf(lexicon.page.relativeTimeOpeners);
    RELATIVE_CACHE.set(lexicon.page, keys);
  }
  return keys;
}

/** A month written in two calendars with a slash (`نيسان/أبريل`, Levantine and Gregorian names). */
function isMonthPair(word: string, months: ReadonlySet<string>): boolean {
  const slash = word.indexOf("/");
  if (slash <= 0 || slash === word.length - 1) return false;
  return months.has(looseKey(word.slice(0, slash))) && months.has(looseKey(word.slice(slash + 1)));
}

/** The text with Arabic-Indic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits as ASCII digits. */
function asciiDigits(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x30);
    else out += text.charAt(i);
  }
  return out;
}

/** Whether a line is only a clock time, with an optional label and `ص`/`م` (`10:25`, `آخر تحديث: 09:13 م`). */
export function isClockLine(text: string, m: PageMatchers): boolean {
  return lineIsClockLine(new LineWords(text), m);
}

/** {@link isClockLine} of a line already split into words. */
export function lineIsClockLine(line: LineWords, m: PageMatchers): boolean {
  const text = line.text;
  // A time after the label is a time of the whole line too: the label ends before a non-digit, so the
  // lookbehind of CLOCK_TIME sees the same code unit in both. Most lines have none and stop here.
  if (!line.has(MARK.digit) || !line.has(MARK.colon | MARK.period) || !CLOCK_TIME.test(text)) return false;
  const label = m.dateLabelStart.exec(text);
  let rest = label ? text.slice(label[0].length) : text;
  // A day said relatively before the time (`اليوم, 09:13`, `أمس 10:20`) is the widget's label too.
  const first = label ? undefined : line.token(0);
  if (first !== undefined && m.relativeTimeAlone.has(looseKey(trimToWord(first)))) {
    rest = rest.slice(rest.indexOf(first) + first.length);
  }
  const t = rest.replace(CLOCK_TIME, "").replace(/[\s|•·,:\u060C\-\u2013]+/gu, "");
  return CLOCK_TIME.test(rest) && (t.length === 0 || /^(?:ص|م|صباحا|مساء|AM|PM)$/iu.test(t));
}
