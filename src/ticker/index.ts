/**
 * Ticker detection: breaking-news and latest-news strips at the top of a page (or under a header anywhere),
 * read into items with their headline, source and time.
 *
 * Each line is read once (`readLine`) and given a class: a header line, a time line (`اليوم, 09:13`), a
 * "read more" line, a line of items with a ticker mark (times, bullets, separators, sources), a plain
 * headline, or other text. Consecutive non-other lines form a block; a block becomes a ticker when it has a
 * header, or a line of two timed items or more, or (before the first body paragraph only) several marked
 * lines or a list of plain headlines. A plain headline right before the body is the title, never an item.
 */
import { isIgnorable, isWhiteSpace } from "../internal/chars.js";
import type { Lexicon } from "../lexicon/index.js";
import { normalizeWithMap, type OffsetMap, PARSE_NORMALIZATION } from "../normalize/index.js";
import { assertText, resolveOptions } from "../options.js";
import type { ParseOptions, Span, TickerItem } from "../schema.js";
import { type Line, splitLines } from "../segment/index.js";
import { countWords, digitValue, isBullet, isInlineSpace, isLetter, isMark } from "./chars.js";
import { foldKey } from "./fold.js";
import { MAX_JOINED_WORDS, MIN_JOINED_ITEMS, MIN_JOINED_WORDS } from "./joined.js";
import {
  isHeadlineLike,
  isMoreLinkLine,
  isShortHeadline,
  isTitleLike,
  type LineItem,
  type LineReading,
  lineItems,
  MAX_ITEM_WORDS,
  MAX_SPLIT_ITEM_WORDS,
  MIN_PLAIN_WORDS,
  NARROW_GAP,
  readHeader,
  readJoinedLine,
  readLine,
  readsAsDate,
  readTimeLine,
  type WideGapTest,
} from "./line.js";
import { CLAUSE_PUNCTUATION, type TickerPatterns, tickerPatterns } from "./patterns.js";
import { dayOffsets } from "./time.js";
import {
  dateLineWords,
  isDashByline,
  isDateLine,
  isMenuLine,
  isRelatedHeader,
  isRelativeTimeLine,
  isWidgetOrLabel,
  opensWithRelatedHeader,
  type WidgetWords,
  widgetWords,
} from "./widget.js";

/** What {@link findTicker} found, with spans in the coordinates of the lines it was given. */
export interface TickerDetection {
  /** The items, in page order. */
  readonly items: TickerItem[];
  /** Spans of ticker headers such as `الأخبار العاجلة`. */
  readonly headers: Span[];
  /** `Line.index` of every line wholly taken by the ticker (headers and items). */
  readonly lines: number[];
}

/** Plain headlines a header needs (before the body, the title not counted). */
const MIN_HEADED_PLAIN_ITEMS = 2;
/** Plain headlines an unlabelled list needs at the top of a page (the title not counted). */
const MIN_UNLABELLED_ITEMS = 3;
/**
 * Words of a line of headlines joined by single spaces with no header, at least: more than a title holds (three
 * headlines of eight words).
 */
const MIN_UNLABELLED_JOINED_WORDS = 24;
/** Headlines each followed by a relative time that make a widget, at least (a title and its own time, then two sidebar items, do not). */
const MIN_RELATIVE_TIMED_ITEMS = 3;
/** Byline, credit and date lines between a title and what follows it, at most. */
const MAX_LINES_UNDER_TITLE = 3;
/** Words of a timed headline alone on its line with no bullet (`15:37 ت م` is a wire stamp). */
const MIN_TIMED_SINGLE_WORDS = 3;

/** Words of a line that make it body text when it also has sentence punctuation … */
const BODY_MIN_WORDS = 12;
/** … or whatever its punctuation. */
const BODY_LONG_WORDS = 30;

type LineClass =
  | { readonly kind: "header"; readonly reading: LineReading }
  | { readonly kind: "time"; readonly time: string; readonly day: number | null }
  | { readonly kind: "more" }
  /** Items with a ticker mark; `glued` for two timed items or more; `starter` when a header opens the line. */
  | {
      readonly kind: "marked";
      readonly reading: LineReading;
      readonly glued: boolean;
      readonly starter: boolean;
    }
  /** A plain headline; `closed` when a full stop ends it, which only a list of such lines or a header allows. */
  | { readonly kind: "plain"; readonly reading: LineReading; readonly closed?: true }
  | { readonly kind: "other"; readonly body: boolean };

function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // . ! ? U+061F ؟ U+2026 … and closing quotes " » ” after a sentence.
  return (
    last === 0x2e ||
    last === 0x21 ||
    last === 0x3f ||
    last === 0x61f ||
    last === 0x2026 ||
    last === 0x22 ||
    last === 0xbb ||
    last === 0x201d
  );
}

/** Whether a line reads as a body paragraph: long, with sentence punctuation. */
function isBodyLike(text: string, words: number): boolean {
  if (words >= BODY_LONG_WORDS) return true;
  if (words < BODY_MIN_WORDS) return false;
  return endsSentence(text) || CLAUSE_PUNCTUATION.test(text);
}

function itemsWithin(items: readonly LineItem[], min: number, max: number): boolean {
  return items.length > 0 && items.every((i) => i.words >= min && i.words <= max);
}

/** Words of a line of joined headlines, at least: three of four words, two of the joints glued with no space. */
const MIN_JOINED_LINE_WORDS = MIN_JOINED_ITEMS * MIN_JOINED_WORDS - (MIN_JOINED_ITEMS - 1);

/** Words of a line of joined headlines, at most: eight headlines of the longest. */
const MAX_JOINED_LINE_WORDS = 8 * MAX_JOINED_WORDS;

/** Code units of the shortest line worth reading. */
const MIN_LINE_LENGTH = 3;

/** The two classes of other text, shared: most lines of a page are one of them. */
const OTHER: LineClass = { kind: "other", body: false };
/** A line attached to the item before it that adds nothing to it (a "read more" link, a relative time). */
const MORE: LineClass = { kind: "more" };
const BODY: LineClass = { kind: "other", body: true };

function otherLine(text: string, words: number): LineClass {
  return isBodyLike(text, words) ? BODY : OTHER;
}

/** Whether half the items of a line or more are widget readings or menu labels: a widget or menu line. */
function mostlyWidgets(items: readonly LineItem[], widgets: WidgetWords): boolean {
  let n = 0;
  for (const item of items) if (isWidgetOrLabel(item.text, widgets)) n++;
  return 2 * n >= items.length;
}

/** Gives a line its class. */
function classify(
  text: string,
  patterns: TickerPatterns,
  widgets: WidgetWords,
  wasWideGap: WideGapTest,
  underHeader = false,
  siteName: ReadonlySet<string> | null = null,
): LineClass {
  // Shorter than any header (`عاجل`), time (`1:00`) or item of two words: nothing to read.
  if (text.length < MIN_LINE_LENGTH) return OTHER;
  const reading = readLine(text, patterns, wasWideGap, siteName);
  const { header, items, mode, words, bullet } = reading;
  if (header && words === 0) return { kind: "header", reading };
  const timeLine = readTimeLine(text, patterns);
  if (timeLine) return { kind: "time", time: timeLine.time, day: timeLine.day };
  if (isMoreLinkLine(text, patterns)) return { kind: "more" };
  // Items of an Arabic page's strip hold Arabic letters; an English line with a time is no item.
  if (!reading.arabic) return otherLine(text, words);
  const starter = header !== null;

  if (items !== null) {
    // Weather, rates and prayer times cut at `|`, or a menu: readings and labels, not headlines.
    if (mostlyWidgets(items, widgets)) return otherLine(text, words);
    const timed = mode === "trailing-time" || mode === "leading-time";
    const allWithin = itemsWithin(items, 1, MAX_ITEM_WORDS);
    // Two timed items or more, not all of them dates (`نشر 12 يناير 2020 - 10:30 | تحديث …`).
    const datesOnly = items.every((i) => i.time === null || readsAsDate(i.text, i.words));
    if (timed && items.length >= 2 && reading.anchoredTimes >= 2 && allWithin && !datesOnly) {
      return { kind: "marked", reading, glued: true, starter };
    }
    const single = items.length === 1 ? items[0]! : null;
    const shortSingle =
      single !== null && single.words >= 2 && single.words <= MAX_SPLIT_ITEM_WORDS && !reading.sentenceBreak;
    const marked =
      mode === "separator" ||
      mode === "paren" ||
      (timed &&
        (items.length >= 2
          ? allWithin
          : // One timed item whose year makes it a date, with no bullet, is a date line (`الأحد 12 يناير 2020
            // - 10:30 ص`); a headline may hold a year (`مهرجان الربيع 2027 …`).
            shortSingle &&
            (bullet ||
              (single.words >= MIN_TIMED_SINGLE_WORDS && !readsAsDate(single.text, single.words))))) ||
      (reading.moreLink && allWithin);
    if (marked) return { kind: "marked", reading, glued: false, starter };
    return otherLine(text, words);
  }

  // The rest of the line is one item, not read yet; a longer line may hold headlines joined by single spaces
  // when it has no comma and does not end as a sentence does.
  if (
    words > MAX_ITEM_WORDS &&
    (words > MAX_JOINED_LINE_WORDS || endsSentence(text) || CLAUSE_PUNCTUATION.test(text))
  ) {
    return otherLine(text, words);
  }
  // A line with no punctuation but the colons after speakers may hold headlines joined by single spaces (a sentence has commas).
  // A menu whose bars cut it into labels is no strip, whatever words its labels hold (`تعليم`, `اقتصاد`).
  // A line that ends as a sentence does is prose, unless its headlines each close with a full stop.
  if (
    words >= MIN_JOINED_LINE_WORDS &&
    (reading.sentenceBreak || !endsSentence(text)) &&
    !reading.labels &&
    !CLAUSE_PUNCTUATION.test(text) &&
    onlyHeadColons(text, reading.from) &&
    !isMenuLine(text, widgets)
  ) {
    const joined = readJoinedLine(text, reading, patterns, underHeader);
    if (joined?.items && !mostlyWidgets(joined.items, widgets)) {
      return { kind: "marked", reading: joined, glued: false, starter };
    }
  }
  if (words > MAX_ITEM_WORDS) return otherLine(text, words);
  // Asked last, of the lines that would be items only: a widget reading or a menu label is no headline.
  const unlessWidget = (cls: LineClass) =>
    isWidgetOrLabel(text.slice(reading.from), widgets) ? otherLine(text, words) : cls;
  if (reading.moreLink) return unlessWidget({ kind: "marked", reading, glued: false, starter });
  // A bullet, or a header word used as one (`عاجل: TEXT`), in front of a single headline.
  const shortSingle = words >= 2 && words <= MAX_SPLIT_ITEM_WORDS && !reading.sentenceBreak;
  if (shortSingle && (bullet || (header && isHeadlineLike(text.slice(reading.from), patterns)))) {
    return unlessWidget({ kind: "marked", reading, glued: false, starter: false });
  }
  if (!header && !bullet && isHeadlineLike(text, patterns, words)) {
    // A menu is no headline; read as one, it would hide the strip under it (a list's first line is evidence).
    if (reading.labels || isMenuLine(text, widgets)) return otherLine(text, words);
    return unlessWidget({ kind: "plain", reading });
  }
  // A headline closed by a full stop (`… مع موجة البرد.`), with no comma: see findTicker.
  if (
    !header &&
    !bullet &&
    endsWithSingleStop(text) &&
    !CLAUSE_PUNCTUATION.test(text) &&
    isHeadlineLike(text.slice(0, -1), patterns, words) &&
    !reading.labels &&
    !isMenuLine(text, widgets)
  ) {
    return unlessWidget({ kind: "plain", reading, closed: true });
  }
  return otherLine(text, words);
}

/** Whether the line ends with one full stop (U+002E), not an ellipsis. */
function endsWithSingleStop(text: string): boolean {
  const n = text.length;
  return n > 1 && text.charCodeAt(n - 1) === 0x2e && text.charCodeAt(n - 2) !== 0x2e;
}

/** Headlines closed by a full stop that make a list on their own, at least. */
const MIN_CLOSED_RUN = 3;

/**
 * Keeps a headline closed by a full stop as a plain headline only in a run of {@link MIN_CLOSED_RUN} such lines
 * or more (a list styled alike) or right under a header; elsewhere it is a short paragraph or a caption.
 */
function settleClosedHeadlines(classes: LineClass[], lines: readonly Line[]): void {
  let k = 0;
  while (k < classes.length) {
    const cls = classes[k]!;
    if (cls.kind !== "plain" || !cls.closed) {
      k++;
      continue;
    }
    let end = k;
    while (end < classes.length) {
      const c = classes[end]!;
      if (c.kind !== "plain" || !c.closed) break;
      end++;
    }
    const before = k > 0 ? classes[k - 1]! : null;
    const after = end < classes.length ? classes[end]! : null;
    const headed =
      before !== null && (before.kind === "header" || (before.kind === "marked" && before.starter));
    // Without a header, a list stands above the title: a run right under a plain headline (the title) or
    // running straight into body paragraphs is the article's own short paragraphs, each closed by its stop.
    const proseAround =
      (before !== null && before.kind === "plain" && !before.closed) ||
      (after !== null && after.kind === "other" && after.body);
    if (!headed && (end - k < MIN_CLOSED_RUN || proseAround)) {
      for (let j = k; j < end; j++) {
        const text = lines[j]!.text;
        classes[j] = otherLine(text, countWords(text));
      }
    }
    k = end;
  }
}

/** A line of a block, with the time and "read more" lines that follow it. */
interface Entry {
  readonly line: Line;
  /** Position of the line in the array given to {@link findTicker}. */
  readonly at: number;
  readonly cls: LineClass;
  /** Time lines and "read more" lines after it. */
  readonly attached: { readonly line: Line; readonly at: number; readonly cls: LineClass }[];
}

interface Block {
  readonly start: number;
  hasHeader: boolean;
  readonly headerLines: Entry[];
  readonly entries: Entry[];
}

function isEvidence(e: Entry): boolean {
  if (e.cls.kind === "marked") return true;
  // A plain headline followed by its time or a "read more" line is an item of a widget.
  return e.cls.kind === "plain" && e.attached.length > 0;
}

function isGlued(e: Entry): boolean {
  return e.cls.kind === "marked" && e.cls.glued;
}

/** Whether the entries are marked lines only, reading two items or more, each with a time. */
function timesEveryItem(entries: readonly Entry[]): boolean {
  let items = 0;
  for (const e of entries) {
    if (e.cls.kind !== "marked") return false;
    for (const item of e.cls.reading.items ?? []) {
      if (item.time === null) return false;
      items++;
    }
  }
  return items >= 2;
}

/**
 * The entries of a block that are ticker items, or `null` when the block is no ticker. `inTop`: the block
 * stands before the first body paragraph; `titleAfter`: a plain headline stands between the block and the
 * body, so the block's own last headline is not the title.
 */
function keptEntries(
  block: Block,
  inTop: boolean,
  titleAfter: boolean,
  titleBylined: boolean,
  labelAfter: boolean,
  titleAbove = false,
  endsPage = false,
): Entry[] | null {
  const { entries, hasHeader } = block;
  let firstEvidence = -1;
  let lastEvidence = -1;
  let evidence = 0;
  let glued = false;
  entries.forEach((e, k) => {
    if (!isEvidence(e)) return;
    if (firstEvidence < 0) firstEvidence = k;
    lastEvidence = k;
    evidence++;
    glued ||= isGlued(e);
  });
  if (evidence > 0) {
    // Plain lines after the last marked line are the title and what follows it, not items; under a header,
    // when a section label or menu closes the block and the title stands under it, they are the strip's last
    // headlines — unless the strip times every item it marks: its last headline would have a time too, so an
    // untimed line after it is the title (a caption under the byline read as the title otherwise took it).
    if (hasHeader && titleAfter && labelAfter && !timesEveryItem(entries.slice(0, lastEvidence + 1))) {
      return entries.slice();
    }
    const kept = entries.slice(hasHeader ? 0 : firstEvidence, lastEvidence + 1);
    if (hasHeader) return kept;
    // Below the top of the page, or under a headline (the title, over its bullet points), only a line of
    // timed items is a ticker without a header.
    // A headline-shaped line over a strip with a headline under it (a widget or a slogan over the strip and
    // the title: `تابعونا على …`) is not the title: the strip stands.
    const titleUnder = titleAfter || lastEvidence < entries.length - 1;
    if (!inTop || (firstEvidence > 0 && !titleUnder)) return glued ? kept.filter(isEvidence) : null;
    const onlyLine = kept.length === 1 ? kept[0]! : null;
    const manyItems = onlyLine?.cls.kind === "marked" && (onlyLine.cls.reading.items?.length ?? 1) >= 3;
    // One headline under its own label (`عاجل: TEXT`) above the title: the strip of a page with one item.
    const titled = titleAfter || lastEvidence < entries.length - 1;
    const labelledAboveTitle =
      titled && onlyLine?.cls.kind === "marked" && onlyLine.cls.reading.header !== null;
    // Two headlines parted by a wide gap on one line above the title (`TEXT    TEXT`); parted by a bar, two
    // pieces are as often a masthead (`رئيس التحرير: NAME | …`).
    const pairAboveTitle =
      titled &&
      onlyLine?.cls.kind === "marked" &&
      onlyLine.cls.reading.mode === "separator" &&
      !hasBullet(onlyLine.line.text) &&
      (onlyLine.cls.reading.items ?? []).every((i) => i.words >= MIN_PLAIN_WORDS && !i.text.includes(":"));
    return evidence >= 2 || manyItems || glued || labelledAboveTitle || pairAboveTitle ? kept : null;
  }
  // Plain headlines only: the last one right before the body is the title (unless a headline stands between
  // them), and a header needs two items, so that a category label over the title and its subtitle makes no
  // ticker.
  if (!hasHeader && !inTop) return null;
  // A headed list that ends the page has no title under it: the page was cut off after its strip.
  const lastIsTitle = inTop && !titleAfter && !titleAbove && !(hasHeader && endsPage);
  const kept = lastIsTitle ? entries.slice(0, -1) : entries.slice();
  // Two unlabelled headlines only when the title under them has its byline or date right below it: a title,
  // its subtitle and a caption would read as two headlines and a title too.
  const min = hasHeader
    ? MIN_HEADED_PLAIN_ITEMS
    : titleBylined
      ? MIN_HEADED_PLAIN_ITEMS
      : MIN_UNLABELLED_ITEMS;
  return kept.length >= min ? kept : null;
}

/**
 * Whether the line opens or closes with a particle or preposition (the lexicon's common words), as a piece of a
 * sentence broken at its links does (`على مشروع القانون …`, `… في بيان نشرته عبر`). A question opens with one
 * (`هل …؟`, U+061F closing it), and a headline may close with a common word that is a word of time (`يوم`).
 */
function opensOrClosesWithParticle(text: string, patterns: TickerPatterns): boolean {
  const end = text.trimEnd().length;
  let a = 0;
  while (a < end && isWhiteSpace(text.charCodeAt(a))) a++;
  let b = a;
  while (b < end && !isWhiteSpace(text.charCodeAt(b))) b++;
  let c = end;
  while (c > a && !isWhiteSpace(text.charCodeAt(c - 1))) c--;
  const first = foldKey(text.slice(a, b));
  const last = foldKey(text.slice(c, end));
  const question = text.charCodeAt(end - 1) === 0x61f;
  return (
    (!question && patterns.commonWords.has(first)) ||
    (patterns.commonWords.has(last) && !patterns.timeWords.has(last))
  );
}

function hasBullet(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isBullet(text.charCodeAt(i))) return true;
  return false;
}

/** Words of a source written before its headline with a colon (`رويترز: TEXT`, `الوكالة الوطنية: TEXT`). */
const MAX_LEADING_SOURCE_WORDS = 3;
/** Words the headline after such a source keeps. */
const MIN_AFTER_SOURCE_WORDS = 3;

/** The source and headline of `SOURCE: TEXT`, or `null` when the item does not open so. */
function leadingSource(item: LineItem): { source: string; text: string } | null {
  if (item.source !== null) return null;
  const colon = item.text.indexOf(":");
  if (colon <= 0 || !isWhiteSpace(item.text.charCodeAt(colon + 1))) return null;
  const source = item.text.slice(0, colon).trim();
  const text = item.text.slice(colon + 1).trim();
  const words = countWords(source);
  if (words < 1 || words > MAX_LEADING_SOURCE_WORDS || countWords(text) < MIN_AFTER_SOURCE_WORDS) return null;
  for (let i = 0; i < source.length; i++) if (digitValue(source.charCodeAt(i)) >= 0) return null;
  return { source, text };
}

/**
 * Sources written before the headlines with a colon, when every item of a strip of two or more opens so: a
 * strip that names its sources names them all, while a single `NAME: TEXT` may be a speaker's words.
 */
function leadingSources(items: readonly LineItem[]): ({ source: string; text: string } | null)[] | null {
  if (items.length < 2) return null;
  const found = items.map(leadingSource);
  return found.every((f) => f !== null) ? found : null;
}

/** Words of a masthead, the page's first line, at most (`مرصد الكويت 24`, `بوابة الأهرام`). */
const MAX_MASTHEAD_WORDS = 4;
/** Code units of a word of the site's name, at least: shorter words are particles. */
const MIN_MASTHEAD_WORD_LENGTH = 3;

/**
 * The folded words of the site's name, from the short first line of the page (the masthead), or `null`: a
 * strip that parts its items with its brand repeats that name, so twice on a line is enough there.
 */
function mastheadWords(lines: readonly Line[], patterns: TickerPatterns): ReadonlySet<string> | null {
  const first = lines[0]?.text;
  if (first === undefined || countWords(first) > MAX_MASTHEAD_WORDS) return null;
  const words = new Set<string>();
  for (const token of first.split(" ")) {
    const key = foldKey(token);
    if (key.length >= MIN_MASTHEAD_WORD_LENGTH && !patterns.commonWords.has(key)) words.add(key);
  }
  return words.size > 0 ? words : null;
}

/** The page before normalization: its text and the map from the normalized text back to it. */
export interface TickerSource {
  /** The page text as given. */
  readonly text: string;
  /** Maps ranges of the normalized text the lines were split from back to `text`. */
  readonly map: OffsetMap;
}

/**
 * Whether the page text from `start` to `end` holds a tab or two white spaces with only marks that
 * normalization deletes between them: ignorable marks ({@link isIgnorable}, and ALM U+061C) and tashkeel
 * ({@link isMark}).
 */
function hasSourceGap(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) return true;
    if (c !== 0xfeff && isWhiteSpace(c)) {
      if (++run >= NARROW_GAP) return true;
    } else if (!isIgnorable(c) && !isMark(c) && c !== 0x061c) {
      run = 0;
    }
  }
  return false;
}

/** The {@link WideGapTest} of a line through the page before normalization. */
function wideGapTestOf(line: Line, source: TickerSource | undefined): WideGapTest {
  if (!source) return null;
  const { text, map } = source;
  // A line whose page text holds no tab and no two spaces in a row lost no gap to normalization, only marks
  // (bidi, zero-width, diacritics) at most, which must not change how it is read: the test's mere presence
  // opens gap cuts.
  const span = map.toSource(line.start, line.end);
  if (!hasSourceGap(text, span.start, span.end)) return null;
  // Normalization keeps the first space of a run and deletes the rest, which a range map leaves out at its
  // edges: the gap runs from the start of the run to the start of what follows it. Only spaces count: a
  // bidi or zero-width mark inside the run (U+200E, U+2066…, U+FEFF), which normalization deletes, must not
  // make a gap wider or split it in two.
  return (start, end, minSpaces) => {
    const from = map.toSource(line.start + start, line.start + start + 1).start;
    const to = map.toSource(line.start + end, line.start + end + 1).start;
    let spaces = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x09) return true;
      if (c !== 0xfeff && isWhiteSpace(c)) spaces++;
    }
    return spaces >= minSpaces;
  };
}

function headerSpan(line: Line, reading: LineReading): Span | null {
  if (!reading.header) return null;
  return { start: line.start + reading.header.start, end: line.start + reading.header.end };
}

/**
 * Finds breaking-news strips among the lines of a page. Spans are in the coordinates of the text the lines
 * were split from.
 *
 * @param lines - The non-blank lines of the page, as {@link splitLines} gives them.
 * @param lexicon - The lexicon; its `ticker` area gives the header words, site words, genre tags, "read more"
 * links, time qualifiers and day words.
 * @param source - When the lines were split from normalized text, the page before normalization and the map
 * back to it: normalization collapses runs of spaces and tabs, and such a gap between headlines separates two
 * items.
 */
export function findTicker(lines: readonly Line[], lexicon: Lexicon, source?: TickerSource): TickerDetection {
  const patterns = tickerPatterns(lexicon.ticker);
  const widgets = widgetWords(lexicon.page);
  const siteName = mastheadWords(lines, patterns);
  const classes = lines.map((l) =>
    classify(l.text, patterns, widgets, wideGapTestOf(l, source), false, siteName),
  );
  // A headline of three words between two plain headlines is one of their list (`ارتفاع أسعار الذهب`), when
  // it tells of an event: a name of three words (a byline) does not.
  for (let k = 1; k + 1 < lines.length; k++) {
    const cls = classes[k]!;
    if (
      cls.kind !== "other" ||
      cls.body ||
      classes[k - 1]!.kind !== "plain" ||
      classes[k + 1]!.kind !== "plain"
    ) {
      continue;
    }
    const text = lines[k]!.text;
    if (isShortHeadline(text, patterns) && !isWidgetOrLabel(text, widgets) && !isMenuLine(text, widgets)) {
      classes[k] = { kind: "plain", reading: readLine(text, patterns) };
    }
  }
  // A line of headlines joined by single spaces right under a header is a strip whatever its pieces: there, a
  // piece with no cue inside costs one item, where refusing the line would lose them all.
  for (let k = 1; k < lines.length; k++) {
    if (classes[k - 1]!.kind !== "header" || classes[k]!.kind !== "other") continue;
    const line = lines[k]!;
    const loose = classify(line.text, patterns, widgets, wideGapTestOf(line, source), true, siteName);
    if (loose.kind === "marked") classes[k] = loose;
  }
  // Headlines each followed by its relative time (`H / منذ ساعة / H / منذ ساعتين / …`), three pairs or more, are the
  // items of a latest-news widget: the times are attached as `اليوم, 09:13` is (an item's time is HH:MM only,
  // so they give none). A first pair may be a title and the time it was posted.
  for (let k = 0; k + 1 < lines.length; ) {
    let end = k;
    while (
      end + 1 < lines.length &&
      classes[end]!.kind === "plain" &&
      isRelativeTimeLine(lines[end + 1]!.text, widgets)
    ) {
      end += 2;
    }
    // Right before the body with no header or byline above it, the first pair is the title and its time.
    const above = k > 0 ? lines[k - 1]!.text : "";
    const headed =
      k > 0 &&
      (classes[k - 1]!.kind === "header" || patterns.nonItemStart.test(above) || isDashByline(above));
    const next = end < lines.length ? classes[end]! : null;
    const from = !headed && next?.kind === "other" && next.body ? k + 2 : k;
    if (end - from >= 2 * MIN_RELATIVE_TIMED_ITEMS) {
      for (let j = from + 1; j < end; j += 2) classes[j] = MORE;
      k = end;
    } else k++;
  }
  // The header of a related-story list (`المزيد من أخبار المحافظات`) or a relative time (`نشر منذ 5 ساعات`) may
  // read as a short headline: it is none.
  classes.forEach((cls, k) => {
    const text = lines[k]!.text;
    if (cls.kind === "plain" && (isRelatedHeader(text, widgets) || isRelativeTimeLine(text, widgets))) {
      classes[k] = OTHER;
    } else if (
      (cls.kind === "plain" || cls.kind === "marked") &&
      cls.reading.header === null &&
      opensWithRelatedHeader(text, widgets)
    ) {
      classes[k] = OTHER;
    }
  });
  settleClosedHeadlines(classes, lines);
  const dateWords = dateLineWords(lexicon.dates);
  const isDate = (text: string) => isDateLine(text, dateWords, patterns.commonWords);
  // A byline, credit or date line: what stands under a title.
  const isMetaLine = (text: string) => patterns.nonItemStart.test(text) || isDate(text);
  const mayBeTitle = (text: string) =>
    !isDate(text) &&
    isTitleLike(text, patterns, countWords(text)) &&
    !isWidgetOrLabel(text, widgets) &&
    !isMenuLine(text, widgets);
  // A long line with no punctuation above the title and the first sentence of the body holds headlines joined by
  // single spaces, header or not: a sentence of that length has a comma or a full stop, a title is shorter, and
  // a menu or tag line is told apart before. Its pieces are kept as under a header.
  const firstSentence = classes.findIndex(
    (c, k) =>
      c.kind === "other" &&
      c.body &&
      (endsSentence(lines[k]!.text) || CLAUSE_PUNCTUATION.test(lines[k]!.text)),
  );
  for (let k = 0; k < firstSentence; k++) {
    if (classes[k]!.kind !== "other") continue;
    const line = lines[k]!;
    const words = countWords(line.text);
    if (words < MIN_UNLABELLED_JOINED_WORDS || words > MAX_JOINED_LINE_WORDS || endsSentence(line.text))
      continue;
    if (
      CLAUSE_PUNCTUATION.test(line.text) ||
      isMetaLine(line.text) ||
      (readHeader(line.text, patterns) === null && opensWithRelatedHeader(line.text, widgets))
    ) {
      continue;
    }
    let titled = false;
    for (let j = k + 1; j < firstSentence && !titled; j++) {
      titled = countWords(lines[j]!.text) < MIN_UNLABELLED_JOINED_WORDS && mayBeTitle(lines[j]!.text);
    }
    if (!titled) continue;
    const loose = classify(line.text, patterns, widgets, wideGapTestOf(line, source), true, siteName);
    if (loose.kind === "marked") classes[k] = loose;
  }
  let firstBody = classes.findIndex((c) => c.kind === "other" && c.body);
  if (firstBody < 0) firstBody = lines.length;
  // nextTitle[k]: the first line at or after line k that may be the title (lines.length when none): a plain
  // headline, or, before the body, another line that reads as a title (`… تحدد 6 جوان 2027 موعدا …`).
  const nextTitle = new Array<number>(lines.length + 1).fill(lines.length);
  for (let k = lines.length - 1; k >= 0; k--) {
    const cls = classes[k]!;
    const title =
      (cls.kind === "plain" && !cls.closed) ||
      (k < firstBody && cls.kind === "other" && mayBeTitle(lines[k]!.text));
    nextTitle[k] = title ? k : nextTitle[k + 1]!;
  }

  // A list of headlines between a byline and the body is a sidebar of latest news: the title stands above the
  // byline (`TITLE / كتبت: NAME / منذ 5 ساعات / H1 / H2 / H3 / body`), so the last headline is an item too. A
  // byline (`كتبت:`, `PLACE - NAME`) or a relative time tells who wrote the article and when, so it stands under
  // a title, never in a masthead over a strip; a date alone may be the masthead's.
  const titledAbove = (start: number): boolean => {
    let k = start - 1;
    let byline = false;
    for (let metas = 0; metas < MAX_LINES_UNDER_TITLE && k >= 0; metas++, k--) {
      const cls = classes[k]!;
      const text = lines[k]!.text;
      if (cls.kind !== "other" && cls.kind !== "time") break;
      if (patterns.nonItemStart.test(text) || isRelativeTimeLine(text, widgets) || isDashByline(text)) {
        byline = true;
      } else if (cls.kind !== "time" && !isDate(text)) break;
    }
    return byline && k >= 0 && k < start - 1 && (classes[k]!.kind === "plain" || mayBeTitle(lines[k]!.text));
  };

  const brokenAtLink = (e: Entry) => opensOrClosesWithParticle(e.line.text, patterns);

  const blocks: Block[] = [];
  let block: Block | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const cls = classes[k]!;
    if (cls.kind === "other") {
      block = null;
      continue;
    }
    if (cls.kind === "time" || cls.kind === "more") {
      const last: Entry | undefined = block?.entries[block.entries.length - 1];
      if (last) last.attached.push({ line, at: k, cls });
      else block = null;
      continue;
    }
    const entry: Entry = { line, at: k, cls, attached: [] };
    const opensStrip = cls.kind === "header" || (cls.kind === "marked" && cls.starter);
    if (opensStrip && block !== null && block.entries.length > 0) block = null;
    if (block === null) {
      block = { start: k, hasHeader: false, headerLines: [], entries: [] };
      blocks.push(block);
    }
    if (opensStrip) block.hasHeader = true;
    if (cls.kind === "header") block.headerLines.push(entry);
    else block.entries.push(entry);
  }

  const items: TickerItem[] = [];
  const headers: Span[] = [];
  const taken: number[] = [];
  for (const b of blocks) {
    const last = b.entries.at(-1);
    const after = last ? (last.attached.at(-1) ?? last).at + 1 : b.start + 1;
    const titleAt = nextTitle[after]! < firstBody ? nextTitle[after]! : (last?.at ?? -1);
    const bylined = titleAt >= 0 && titleAt + 1 < firstBody && isMetaLine(lines[titleAt + 1]!.text);
    const next = after < lines.length ? lines[after]!.text : null;
    const labelAfter = next !== null && (isWidgetOrLabel(next, widgets) || isMenuLine(next, widgets));
    // Headlines under a related-story header link to other stories: no strip without a header of its own.
    const above = b.start > 0 ? b.start - 1 : -1;
    if (
      !b.hasHeader &&
      above >= 0 &&
      classes[above]!.kind === "other" &&
      isRelatedHeader(lines[above]!.text, widgets)
    ) {
      continue;
    }
    // Plain lines with no header, one of which opens or closes with a particle (`على مشروع القانون …`, `… في
    // بيان نشرته عبر`), are a sentence broken into lines at its links (a name or a body set apart), not
    // headlines: no headline of the gold sets opens or closes with one.
    if (!b.hasHeader && b.entries.every((e) => e.cls.kind === "plain") && b.entries.some(brokenAtLink))
      continue;
    const kept = keptEntries(
      b,
      b.start < firstBody,
      nextTitle[after]! < firstBody,
      bylined,
      labelAfter,
      titledAbove(b.start),
      after >= lines.length,
    );
    if (!kept || kept.length === 0) continue;
    const blockItems: { item: LineItem; line: Line; end: number; time: string | null; day: number | null }[] =
      [];
    const blockLines: number[] = [];
    for (const h of b.headerLines) {
      const span = h.cls.kind === "header" ? headerSpan(h.line, h.cls.reading) : null;
      if (span) headers.push(span);
      blockLines.push(h.line.index);
    }
    for (const e of kept) {
      if (e.cls.kind !== "marked" && e.cls.kind !== "plain") continue;
      const span = headerSpan(e.line, e.cls.reading);
      if (span) headers.push(span);
      blockLines.push(e.line.index);
      for (const item of lineItems(e.line.text, e.cls.reading, patterns)) {
        blockItems.push({ item, line: e.line, end: e.line.start + item.end, time: item.time, day: item.day });
      }
      const last = blockItems[blockItems.length - 1];
      for (const a of e.attached) {
        blockLines.push(a.line.index);
        if (!last) continue;
        last.end = a.line.end;
        if (a.cls.kind === "time" && last.time === null) {
          last.time = a.cls.time;
          last.day = a.cls.day;
        }
      }
    }
    const days = dayOffsets(blockItems);
    const leading = leadingSources(blockItems.map((b) => b.item));
    blockItems.forEach((b, k) => {
      const lead = leading?.[k];
      items.push({
        text: lead ? lead.text : b.item.text,
        source: lead ? lead.source : b.item.source,
        time: b.time,
        dayOffset: days[k] ?? 0,
        span: { start: b.line.start + b.item.start, end: b.end },
      });
    });
    for (const index of blockLines) taken.push(index);
  }
  headers.sort((a, b) => a.start - b.start);
  taken.sort((a, b) => a - b);
  return { items, headers, lines: taken };
}

/**
 * Finds the breaking-news items of a page on its own, without parsing the rest of it. Spans are in UTF-16
 * code units of `text`.
 *
 * @param text - The page text as scraped.
 * @param options - Lexicon additions (e.g. `{ lexicon: { ticker: { headers: ["نبض"] } } }`).
 * @returns The items in page order.
 * @throws TypeError when `text` is not a string or `options` is invalid.
 * @example
 * ```ts
 * import { detectTicker } from "khabar";
 * detectTicker("عاجل\nانفجار في المرفأ (مصدر محلي) - 10:25 إغلاق الطريق الدولي (شهود) - 09:40\nعنوان").map((i) => i.time);
 * //=> ["10:25", "09:40"]
 * ```
 */
export function detectTicker(text: string, options?: ParseOptions): TickerItem[] {
  assertText(text);
  const { lexicon } = resolveOptions(options);
  const normalized = normalizeWithMap(text, PARSE_NORMALIZATION);
  const detection = findTicker(splitLines(normalized.text), lexicon, { text, map: normalized.map });
  return detection.items.map((item) => ({
    ...item,
    span: normalized.map.toSource(item.span.start, item.span.end),
  }));
}

/**
 * Whether every colon of the line from `from` on follows a letter and comes before a space, as after a speaker
 * or a source (`الحماية المدنية: …`): a time (`10:30`) or a label glued to its text is no such colon.
 */
function onlyHeadColons(text: string, from: number): boolean {
  for (let i = text.indexOf(":", from); i >= 0; i = text.indexOf(":", i + 1)) {
    if (
      i === from ||
      !isLetter(text.charCodeAt(i - 1)) ||
      i + 1 >= text.length ||
      !isInlineSpace(text.charCodeAt(i + 1))
    )
      return false;
  }
  return true;
}
