/**
 * Pieces of page widgets and menus that a cut at `|` or at a wide gap turns into item-shaped text:
 * `القاهرة 27° مشمس`, `الدولار 30.90 جنيه`, `الفجر 04:47 الظهر 11:39`, `حالة الطقس`. A headline tells of an event
 * in a few words; these are readings and labels. The widget words are the page lexicon's (the same lists the
 * page structure drops widget lines with).
 */
import type { Lexicon } from "../lexicon/index.js";
import { collapseSpaces, digitValue, isDash, isInlineSpace, isLetter } from "./chars.js";
import { foldKey } from "./fold.js";

/** Fewest words holding a letter in a headline: menu entries (`حالة الطقس`) and readings have fewer. */
export const MIN_HEADLINE_LETTER_WORDS = 3;
/** Most words holding a letter in a widget reading (`سعر الدولار 30.90 جنيه للشراء`). */
const MAX_READING_LETTER_WORDS = 4;

/** The folded widget words of one page lexicon. */
export interface WidgetWords {
  readonly currency: ReadonlySet<string>;
  readonly prayer: ReadonlySet<string>;
  /** Words of site menus and section labels (`محليات`, `رياضة`), one word each. */
  readonly navigation: ReadonlySet<string>;
  /** Roots of breadcrumbs and menus (`الرئيسية`), one word each. */
  readonly menuRoots: ReadonlySet<string>;
  /** Masthead roles of a site's staff (`رئيس التحرير`), folded with single spaces. */
  readonly mastheadRoles: ReadonlySet<string>;
  /** Headers of related-story lists (`أخبار ذات صلة`, `الأكثر قراءة`), folded with single spaces. */
  readonly related: ReadonlySet<string>;
  /** Words that open a relative time (`منذ`, `قبل`, `نشر`), one word each. */
  readonly relativeOpeners: ReadonlySet<string>;
  /** Units and counts of relative times (`ساعات`, `يومين`). */
  readonly relativeUnits: ReadonlySet<string>;
}

const cache = new WeakMap<Lexicon["page"], WidgetWords>();

/** The widget words of a page lexicon, folded once per lexicon object. */
export function widgetWords(page: Lexicon["page"]): WidgetWords {
  let words = cache.get(page);
  if (!words) {
    words = {
      currency: new Set(page.currencyWords.map(foldKey)),
      prayer: new Set(page.prayerWords.map(foldKey)),
      navigation: new Set(page.navigationWords.map(foldKey)),
      menuRoots: new Set(page.breadcrumbRoots.map(foldKey)),
      mastheadRoles: new Set(page.mastheadRoles.map((r) => foldKey(collapseSpaces(r)))),
      related: new Set(page.relatedMarkers.map((r) => foldKey(collapseSpaces(r)))),
      relativeOpeners: new Set(page.relativeTimeOpeners.flatMap((r) => r.split(" ")).map(foldKey)),
      relativeUnits: new Set(page.relativeTimeUnits.map(foldKey)),
    };
    cache.set(page, words);
  }
  return words;
}

/** Code units of a masthead role before its colon, at most (`رئيس مجلس الإدارة ورئيس التحرير`). */
const MAX_ROLE_LENGTH = 40;

/** U+00B0 DEGREE SIGN, U+2103 DEGREE CELSIUS, U+2109 DEGREE FAHRENHEIT. */
function isDegree(code: number): boolean {
  return code === 0xb0 || code === 0x2103 || code === 0x2109;
}

/**
 * Whether item-shaped text is a widget reading or a menu label rather than a headline: fewer than
 * {@link MIN_HEADLINE_LETTER_WORDS} words with a letter; two prayer names or more, or one with a clock time;
 * a short reading with a temperature (a digit before `°`) or a currency word beside a number; or a masthead
 * credit (`رئيس التحرير: NAME`, a role of the page lexicon's `mastheadRoles` before a colon).
 */
export function isWidgetOrLabel(text: string, words: WidgetWords): boolean {
  // A masthead credit, `رئيس التحرير: NAME`: a role of the site's staff before a colon.
  const colon = text.indexOf(":");
  if (
    colon > 0 &&
    colon <= MAX_ROLE_LENGTH &&
    words.mastheadRoles.has(foldKey(collapseSpaces(text.slice(0, colon))))
  ) {
    return true;
  }
  // A first pass counts words and spots numbers without building a string: most lines are headlines or
  // prose, and only a short line or one with a clock time needs its words looked up.
  let letterWords = 0;
  let numbers = 0;
  let clock = false;
  let temperatures = 0;
  let inWord = false;
  let hasLetter = false;
  let hasNumber = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isInlineSpace(code)) {
      if (inWord && hasLetter) letterWords++;
      inWord = false;
      hasLetter = false;
      hasNumber = false;
      continue;
    }
    inWord = true;
    if (digitValue(code) >= 0) {
      if (!hasNumber) numbers++;
      hasNumber = true;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
      if (next === 0x3a && i + 2 < text.length && digitValue(text.charCodeAt(i + 2)) >= 0) clock = true;
      if (isDegree(next) || (next === 0x20 && i + 2 < text.length && isDegree(text.charCodeAt(i + 2))))
        temperatures++;
    } else if (!hasLetter && isLetter(code)) hasLetter = true;
  }
  if (letterWords < MIN_HEADLINE_LETTER_WORDS) return true;
  const reading = letterWords <= MAX_READING_LETTER_WORDS;
  // Several cities each with its reading (`طقس: الدار البيضاء 18° الرباط 17° فاس 12°`): a word or two per
  // temperature and a label; a headline with two temperatures has more words (`درجات الحرارة بين 18° و25° في عمان`).
  if (temperatures > 0 && (reading || (temperatures >= 2 && letterWords <= 2 * temperatures + 1)))
    return true;
  // Several rates each with its number (`الدولار 3.75 ريال اليورو 4.10 ريال`), as the cities of a weather widget.
  const rates = numbers >= 2 && letterWords <= 2 * numbers + 1;
  if (!clock && !(reading && numbers > 0) && !rates) return false;
  let prayers = 0;
  let currencies = 0;
  for (const token of text.split(" ")) {
    const key = foldKey(trimNonLetters(token));
    if (words.prayer.has(key)) prayers++;
    if (words.currency.has(key)) currencies++;
  }
  if (prayers >= 2 || (prayers === 1 && clock)) return true;
  return (reading && numbers > 0 && currencies > 0) || (rates && currencies >= 2);
}

/** Words of a related-story list's header, at most (`المزيد من أخبار المحافظات`). */
const MAX_RELATED_HEADER_WORDS = 4;

/**
 * Whether the line is the header of a related-story list (`أخبار ذات صلة`, `الأكثر قراءة:`, `المزيد من أخبار
 * الرياضة`): a marker of the page lexicon's `relatedMarkers` opening a short line. The headlines under it link
 * to other stories, breaking or not; a ticker header (`آخر الأخبار`) is read as such before this is asked.
 */
export function isRelatedHeader(text: string, words: WidgetWords): boolean {
  const tokens = collapseSpaces(trimNonLetters(text)).split(" ");
  if (tokens.length > MAX_RELATED_HEADER_WORDS) return false;
  let key = "";
  for (const token of tokens) {
    key = key.length === 0 ? foldKey(token) : `${key} ${foldKey(token)}`;
    if (words.related.has(key)) return true;
  }
  return false;
}

/** Words of a relative time line, at most (`آخر تحديث منذ 5 ساعات`). */
const MAX_RELATIVE_TIME_WORDS = 6;

/**
 * Whether the line is a relative time (`منذ 5 ساعات`, `نشر منذ ساعتين`, `قبل يومين`): an opener of the page
 * lexicon's `relativeTimeOpeners`, then only their words, counts and units of `relativeTimeUnits`. It tells when
 * the article was posted, so it stands under its title.
 */
export function isRelativeTimeLine(text: string, words: WidgetWords): boolean {
  const tokens = collapseSpaces(text).split(" ");
  if (tokens.length < 2 || tokens.length > MAX_RELATIVE_TIME_WORDS) return false;
  if (!words.relativeOpeners.has(foldKey(trimNonLetters(tokens[0]!)))) return false;
  let unit = false;
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    const key = foldKey(trimNonLetters(token));
    if (key.length === 0 && digitValue(token.charCodeAt(0)) >= 0) continue;
    if (words.relativeUnits.has(key)) unit = true;
    else if (!words.relativeOpeners.has(key)) return false;
  }
  return unit;
}

/** Words of each side of a `PLACE - NAME` byline, at most. */
const MAX_BYLINE_SIDE_WORDS = 3;

/**
 * Whether the line is a byline or dateline of two short sides about a dash (`الكويت - فاطمة الرشيدي`,
 * `بغداد – وكالات`): words with letters only, no digit (a date line has them). Such a line stands under a title.
 */
export function isDashByline(text: string): boolean {
  let dash = -1;
  for (let i = 1; i + 1 < text.length; i++) {
    if (!isDash(text.charCodeAt(i))) continue;
    if (dash >= 0) return false;
    dash = i;
  }
  if (dash < 0) return false;
  for (let i = 0; i < text.length; i++) if (digitValue(text.charCodeAt(i)) >= 0) return false;
  const sideWords = (side: string) => {
    const tokens = collapseSpaces(side)
      .split(" ")
      .filter((t) => t.length > 0);
    return tokens.every((t) => isLetter(t.charCodeAt(0))) ? tokens.length : 0;
  };
  const before = sideWords(text.slice(0, dash));
  const after = sideWords(text.slice(dash + 1));
  return before >= 1 && before <= MAX_BYLINE_SIDE_WORDS && after >= 1 && after <= MAX_BYLINE_SIDE_WORDS;
}

/**
 * Whether the line opens with the header of a related-story list set off by a colon or a mark (`أخبار ذات صلة:
 * TEXT | TEXT`, `اقرأ أيضا • TEXT`): links to other stories, not a strip, whatever follows. A marker not set off
 * so may open a headline (`المزيد من الأمطار غدا`).
 */
export function opensWithRelatedHeader(text: string, words: WidgetWords): boolean {
  let key = "";
  let i = 0;
  for (let n = 0; n < MAX_RELATED_HEADER_WORDS; n++) {
    while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isInlineSpace(text.charCodeAt(i))) i++;
    if (i === start) return false;
    const token = text.slice(start, i);
    const word = trimNonLetters(token);
    key = key.length === 0 ? foldKey(word) : `${key} ${foldKey(word)}`;
    if (!words.related.has(key)) continue;
    if (token.endsWith(":")) return true;
    let j = i;
    while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
    const next = j < text.length ? text.charCodeAt(j) : -1;
    // U+003A colon, U+007C bar, U+2022 bullet, U+00BB », U+2013/2014 dashes, U+002D hyphen-minus.
    if (
      next === 0x3a ||
      next === 0x7c ||
      next === 0x2022 ||
      next === 0xbb ||
      next === 0x2d ||
      next === 0x2013 ||
      next === 0x2014
    ) {
      return true;
    }
  }
  return false;
}

/** The word without the digits and punctuation around it (`30.90جنيه` → `جنيه`, `الدولار:` → `الدولار`). */
function trimNonLetters(word: string): string {
  let s = 0;
  let e = word.length;
  while (s < e && !isLetter(word.charCodeAt(s))) s++;
  while (e > s && !isLetter(word.charCodeAt(e - 1))) e--;
  return word.slice(s, e);
}

/** Words of a line of section names, at least, when it has no cut: `الرئيسية محليات اقتصاد رياضة`. */
const MIN_MENU_WORDS = 3;

/**
 * Whether a line is a site menu: it opens with a menu root (`الرئيسية`, `Home`), or half its words or more
 * are section names and at least {@link MIN_MENU_WORDS} of them are. A headline neither opens with the word
 * "main" nor strings section names together; read as a headline, a menu would stand between a strip and the
 * top of the page and hide the strip.
 */
export function isMenuLine(text: string, words: WidgetWords): boolean {
  let total = 0;
  let navigation = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
    let j = i;
    while (j < text.length && !isInlineSpace(text.charCodeAt(j))) j++;
    if (j > i) {
      const key = foldKey(trimNonLetters(text.slice(i, j)));
      if (key.length > 0) {
        if (total === 0 && words.menuRoots.has(key)) return true;
        total++;
        if (words.navigation.has(key)) navigation++;
      }
    }
    i = j;
  }
  return navigation >= MIN_MENU_WORDS && 2 * navigation >= total;
}

/** The folded words of date lines (month names, weekdays, era and label words), one word each. */
const dateWordCache = new WeakMap<Lexicon["dates"], ReadonlySet<string>>();

/** The words of a dates lexicon that fill a date line, folded once per lexicon object. */
export function dateLineWords(dates: Lexicon["dates"]): ReadonlySet<string> {
  let words = dateWordCache.get(dates);
  if (!words) {
    const set = new Set<string>();
    const phrases = [
      ...Object.keys(dates.months),
      ...Object.keys(dates.hijriMonths),
      ...Object.keys(dates.weekdays),
      ...dates.hijriEra,
      ...dates.gregorianEra,
      ...dates.correspondence,
      ...dates.publishedLabels,
      ...dates.updatedLabels,
    ];
    for (const phrase of phrases)
      for (const word of collapseSpaces(phrase).split(" ")) set.add(foldKey(word));
    words = set;
    dateWordCache.set(dates, words);
  }
  return words;
}

/** Words of a date line that are neither numbers nor date words nor common words, at most. */
const MAX_DATE_LINE_OTHER_WORDS = 1;

/**
 * Whether a line is a date or a publication stamp: every word but one at most is a number, a word of dates
 * (`الثلاثاء`, `تشرين`, `الموافق`, `نشر`) or a common word (`في`): `نُشر في: الثلاثاء 14 تشرين الثاني 2023`.
 */
export function isDateLine(
  text: string,
  dateWords: ReadonlySet<string>,
  common: ReadonlySet<string>,
): boolean {
  let other = 0;
  let dated = 0;
  for (const token of text.split(" ")) {
    if (token.length === 0) continue;
    if (digitValue(token.charCodeAt(0)) >= 0) {
      dated++;
      continue;
    }
    const key = foldKey(trimNonLetters(token));
    if (key.length === 0) continue;
    if (dateWords.has(key)) dated++;
    else if (!common.has(key) && ++other > MAX_DATE_LINE_OTHER_WORDS) return false;
  }
  return dated > 0;
}
