/**
 * Page structure: gives every line that the ticker did not take a role (furniture, title, byline, dateline,
 * date, heading or body paragraph), and reads the title, byline and dateline from those lines.
 *
 * A page reads top to bottom as: furniture (masthead, widgets, menus, breadcrumb), the title, the byline,
 * dateline and date lines, the body, then furniture again (related headlines, prompts, end markers). The
 * body starts at the first line that reads as a paragraph; the title is looked for above it.
 */
import { digitValue } from "../internal/chars.js";
import type { Lexicon } from "../lexicon/index.js";
import type { Block, Byline, Dateline, Furniture, FurnitureKind, Section, Span } from "../schema.js";
import type { Line } from "../segment/index.js";
import {
  isNameLike,
  isNisbaName,
  isShortForName,
  splitJoinedNames,
  startsWithGivenName,
  stripPersonTitles,
} from "./byline.js";
import {
  type InlineOrigin,
  type Origin,
  type OriginContext,
  readInlineOrigin,
  readOrigin,
} from "./dateline.js";
import {
  datedPlaceLength,
  furnitureKind,
  isClockLine,
  isDateLine,
  isMastheadCaption,
  lineFurnitureKind,
  lineIsClockLine,
  lineIsDateLine,
} from "./furniture.js";
import { endsSentence, isHeadingShape, isParagraphLike, opensSection } from "./headings.js";
import {
  ARABIC_LETTER,
  DATE_PREFIX,
  DIGIT,
  hasFinalClauseMark,
  hasFinalColon,
  hasFinalQuestion,
  hasQuoteChar,
  hasSentenceEnd,
  INNER_SENTENCE_END,
  isDashCode,
  keyLetters,
  LETTERS_AND_SPACES,
  LineWords,
  looseKey,
  MARK,
  type PageMatchers,
  PIECE_SEPARATOR,
  PIPE_LABEL,
  PLACE_NAME_SEPARATOR,
  pageMatchers,
  SECTION_LABEL,
  tokens,
  WHOLE_LINE_QUOTATION,
  WORD_CHAR,
  wordCount,
} from "./patterns.js";
import { cutTitle, isHeadlineLike } from "./title.js";

/** What {@link readPageStructure} found, with spans in the coordinates of the lines it was given. */
export interface PageStructure {
  /** The headline and where it stands. */
  readonly title: { readonly text: string; readonly span: Span } | null;
  /** Editor and author. */
  readonly byline: Byline;
  /** Agency and location, and where the dateline stands. */
  readonly dateline: (Dateline & { readonly span: Span }) | null;
  /** Body paragraphs under their headings. */
  readonly sections: Section[];
  /** Dropped page furniture. */
  readonly furniture: Furniture[];
  /** The role of every line given (ticker lines excluded), in order. */
  readonly blocks: Block[];
}

type Role = "furniture" | "origin" | "date" | "text" | "title" | "heading" | "paragraph";

/** One classified piece of a line (a whole line, or a `date …` prefix and the rest of its line). */
interface Row {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * {@link wordCount} of the text, or {@link MAX_FURNITURE_WORDS} + 1 for any longer line: every rule
   * compares it with a smaller threshold, so a long paragraph is not counted to its end.
   */
  readonly words: number;
  /** The text's words, read in the same scan that counted them. */
  readonly line: LineWords;
  role: Role;
  furniture: FurnitureKind;
  origin: Origin | null;
  inline: InlineOrigin | null;
  // The shapes and key of the text, computed when first asked (see paragraphLike, headlineLike and
  // rowKey): the passes over the rows ask them again and again.
  paragraphLike: boolean | undefined;
  headlineLike: boolean | undefined;
  key: string | undefined;
  /** {@link looksLikeReporter}, asked of header rows several times. */
  reporter: boolean | undefined;
  /** Index of the page line the row stands on (-1 until set). */
  lineIndex: number;
  /** Set on the page's first row when it is the site's name and its motto (`SITE - أول صحيفة …`). */
  mottoMasthead?: boolean;
}

function newRow(text: string, start: number, end: number, role: Role = "text"): Row {
  const line = LineWords.read(text, MAX_FURNITURE_WORDS);
  return {
    start,
    end,
    text,
    words: line.count,
    line,
    role,
    furniture: "other",
    origin: null,
    inline: null,
    paragraphLike: undefined,
    headlineLike: undefined,
    key: undefined,
    reporter: undefined,
    lineIndex: -1,
  };
}

/** {@link isParagraphLike} of the row's text. */
function paragraphLike(r: Row): boolean {
  r.paragraphLike ??= isParagraphLike(r.text, r.words);
  return r.paragraphLike;
}

/** {@link isHeadlineLike} of the row's text. */
function headlineLike(r: Row): boolean {
  r.headlineLike ??= isHeadlineLike(r.text, r.words);
  return r.headlineLike;
}

/** {@link looseKey} of the row's text. */
function rowKey(r: Row): string {
  r.key ??= looseKey(r.text);
  return r.key;
}

/** Most words of a line that can be furniture (an app promotion is the longest). */
const MAX_FURNITURE_WORDS = 40;
/** Most words of a line that can be a byline or dateline (a dated SPA dateline with reporters). */
const MAX_ORIGIN_LINE_WORDS = 24;
/** Rows of the body within which a byline, dateline or date line on its own line is still accepted. */
const EARLY_BODY_ROWS = 3;
/** Fewest headline rows in a run above the body for the run to be a list of other headlines. */
const MIN_HEADLINE_LIST = 3;
/** Most words of a title that ends with a period (it is followed by its byline or date line). */
const MAX_PERIOD_TITLE_WORDS = 14;
/** Most words of a reporter's description under the byline (`كاتب ومحلل سياسي`). */
const MAX_BIO_WORDS = 5;
/** Fewest appended teaser paragraphs for the teaser rule. */
const MIN_TEASERS = 3;
/** Share of the article's paragraphs that open with a connective for the teaser rule to apply. */
const CONNECTIVE_SHARE = 0.6;
/** Most words of a short line that repeats elsewhere on the page (a repeated caption or title). */
const REPEAT_WORDS = 20;

function baseRow(
  text: string,
  start: number,
  end: number,
  m: PageMatchers,
  lexicon: Lexicon,
  ctx: OriginContext,
): Row {
  const row = newRow(text, start, end);
  // Furniture, date lines and bylines are short: a long line is text, and is not read further.
  const words = row.words;
  if (words > MAX_FURNITURE_WORDS) return row;
  const line = row.line;
  const kind = lineFurnitureKind(line, m);
  // A credit line that opens with the author's marker (`إعداد: NAME | تصوير: NAME`) is the byline first.
  if (kind === "credit" && words <= MAX_ORIGIN_LINE_WORDS && m.authorStart.test(text)) {
    const origin = readOrigin(text, m, lexicon, ctx, line);
    if (origin !== null && origin.authors.length > 0) {
      row.role = "origin";
      row.origin = origin;
      return row;
    }
  }
  if (kind) {
    row.role = "furniture";
    row.furniture = kind;
  } else if (ctx.masthead !== undefined && isMastheadCaption(line, m, ctx.masthead)) {
    row.role = "furniture";
    row.furniture = "credit";
  } else if (lineIsDateLine(line, m, lexicon)) row.role = "date";
  else if (lineIsClockLine(line, m)) row.role = "furniture";
  else if (line.has(MARK.piece) && isPieceworkLine(text, m, lexicon)) {
    row.role = pieces(text).some((p) => isDateLine(p, m, lexicon)) ? "date" : "furniture";
    row.furniture = furnitureKind(pieces(text)[0] ?? "", m) ?? "other";
  } else if (words <= MAX_ORIGIN_LINE_WORDS) {
    const origin = readOrigin(text, m, lexicon, ctx, line);
    if (origin) {
      row.role = "origin";
      row.origin = origin;
    }
  }
  return row;
}

/** The pieces of a line of page chrome joined with ` | ` or bullets (`منذ ساعتين | 12 مارس 2023`). */
function pieces(text: string): string[] {
  return text
    .split(PIECE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => WORD_CHAR.test(p));
}

/** Whether every piece of a line is furniture, a date or a time (and there are two pieces or more). */
function isPieceworkLine(text: string, m: PageMatchers, lexicon: Lexicon): boolean {
  if (!PIECE_SEPARATOR.test(text)) return false;
  const parts = pieces(text);
  if (parts.length < 2) return false;
  return parts.every((p) => furnitureKind(p, m) !== null || isDateLine(p, m, lexicon) || isClockLine(p, m));
}

function toRows(
  lines: readonly Line[],
  taken: ReadonlySet<number>,
  m: PageMatchers,
  lexicon: Lexicon,
  ctx: OriginContext,
): Row[] {
  const rows: Row[] = [];
  for (const line of lines) {
    if (taken.has(line.index)) continue;
    const prefix = DATE_PREFIX.exec(line.text);
    const rest = prefix ? line.text.slice(prefix[0].length) : "";
    if (prefix && WORD_CHAR.test(rest)) {
      const skip = rest.length - rest.trimStart().length;
      const restStart = prefix[0].length + skip;
      rows.push(newRow(prefix[0], line.start, line.start + prefix[0].length, "date"));
      rows.push(baseRow(line.text.slice(restStart), line.start + restStart, line.end, m, lexicon, ctx));
    } else if (
      !pushPlaceBesideDate(rows, line, m, lexicon, ctx) &&
      !pushBylineAndDate(rows, line, m, lexicon, ctx) &&
      !pushBylineBesideDate(rows, line, m, lexicon, ctx)
    )
      rows.push(baseRow(line.text, line.start, line.end, m, lexicon, ctx));
    (rows[rows.length - 1] as Row).lineIndex = line.index;
  }
  return rows;
}

/**
 * Reads a wire's dated dateline on its own line (`المنامة في 12 مارس 2026`) as the place's dateline row and
 * the date's row, as `PLACE، DATE` reads. Returns whether it did.
 */
function pushPlaceBesideDate(
  rows: Row[],
  line: Line,
  m: PageMatchers,
  lexicon: Lexicon,
  ctx: OriginContext,
): boolean {
  const text = line.text;
  const at = datedPlaceLength(text, m, lexicon);
  if (at === 0 || !isDateLine(text, m, lexicon)) return false;
  const place = text.slice(0, text.lastIndexOf(" ", at - 2));
  const origin = readOrigin(place, m, lexicon, ctx);
  if (origin === null || origin.location === null) return false;
  const placeRow = newRow(place, line.start, line.start + place.length, "origin");
  placeRow.origin = origin;
  placeRow.lineIndex = line.index;
  rows.push(placeRow);
  rows.push(newRow(text.slice(at), line.start + at, line.end, "date"));
  return true;
}

/** Most places a byline line is tried at for the start of its date. */
const MAX_BYLINE_DATE_TRIES = 10;

/**
 * The byline of the piece of a line that stands beside its date, when it names a person: a byline read as
 * such, or a reporter's name alone (`سامي فرج | 12 مارس 2026`); null otherwise.
 */
function personOrigin(text: string, m: PageMatchers, lexicon: Lexicon, ctx: OriginContext): Origin | null {
  let origin = readOrigin(text, m, lexicon, ctx);
  if (origin === null && looksLikeReporter(newRow(text, 0, text.length), m))
    origin = {
      editor: null,
      authors: [stripPersonTitles(text, m)],
      agency: null,
      location: null,
      strong: false,
    };
  return origin !== null && namesPerson(origin) ? origin : null;
}

/** Offset of the last digit of `text` (the `DIGIT` set: ASCII, U+0660–U+0669, U+06F0–U+06F9), or -1. */
function lastDigitIndex(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (digitValue(text.charCodeAt(i)) >= 0) return i;
  return -1;
}

/**
 * Reads a byline followed on its line by its date, after a spaced dash (U+002D, U+2013, U+2014 …) or only
 * spaces (`بقلم سامي فرج - السبت 14 نوفمبر 2026`, `سامي فرج  10 يوليو 2026`, `سامي فرج - 06/01/2025`), as
 * two rows, the byline and the date (and the dash, furniture), as {@link pushBylineAndDate} reads a bar.
 * The longest date line that ends the line, with a byline naming a person before it, is the date.
 */
function pushBylineBesideDate(
  rows: Row[],
  line: Line,
  m: PageMatchers,
  lexicon: Lexicon,
  ctx: OriginContext,
): boolean {
  const text = line.text;
  // A date has digits: a line without one is read no further, and a right part past the last one is no date.
  const lastDigit = lastDigitIndex(text);
  if (lastDigit < 0 || wordCount(text, MAX_ORIGIN_LINE_WORDS + 1) > MAX_ORIGIN_LINE_WORDS) return false;
  let tries = 0;
  for (let i = 1; i < text.length - 2 && tries < MAX_BYLINE_DATE_TRIES; i++) {
    if (text.charCodeAt(i) !== 0x20 || text.charCodeAt(i - 1) === 0x20) continue;
    tries++;
    const dash = isDashCode(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 0x20;
    const rightStart = dash ? i + 2 : i + 1;
    // Every later cut leaves a right part without a digit, which `isDateLine` refuses.
    if (rightStart > lastDigit) break;
    const left = text.slice(0, i).trimEnd();
    const right = text.slice(rightStart).trim();
    // A given name does not open a date (`علي` and the preposition `على` share a loose key).
    if (m.givenNames.has(looseKey(right.split(" ", 1)[0] ?? ""))) continue;
    if (
      left.length === 0 ||
      right.length === 0 ||
      !isDateLine(right, m, lexicon) ||
      isDateLine(left, m, lexicon)
    )
      continue;
    const origin = personOrigin(left, m, lexicon, ctx);
    if (origin === null) continue;
    const rightAt = text.indexOf(right, rightStart);
    const leftRow = newRow(left, line.start, line.start + left.length, "origin");
    leftRow.origin = origin;
    const rightRow = newRow(right, line.start + rightAt, line.start + rightAt + right.length, "date");
    leftRow.lineIndex = line.index;
    rows.push(leftRow);
    if (dash) {
      const dashRow = newRow(text.charAt(i + 1), line.start + i + 1, line.start + i + 2, "furniture");
      dashRow.lineIndex = line.index;
      rows.push(dashRow);
    }
    rows.push(rightRow);
    return true;
  }
  return false;
}

/** The bar that joins a byline and its date on one line (`NAME | DATE`, `DATE | كتب: NAME`). */
const BYLINE_DATE_BAR = " | ";

/**
 * Reads a line of two pieces joined by a bar, one a date line and the other a byline naming a person
 * (`سامي فرج | 12 مارس 2026`, `الخميس 12 مارس 2026 - 10:20 | كتب: سامي فرج`), as two rows: the date and
 * the byline. Returns whether it did.
 */
function pushBylineAndDate(
  rows: Row[],
  line: Line,
  m: PageMatchers,
  lexicon: Lexicon,
  ctx: OriginContext,
): boolean {
  const text = line.text;
  const bar = text.indexOf(BYLINE_DATE_BAR);
  if (bar <= 0 || text.indexOf(BYLINE_DATE_BAR, bar + 1) >= 0) return false;
  const leftEnd = text.slice(0, bar).trimEnd().length;
  const rightStart = bar + BYLINE_DATE_BAR.length;
  const left = text.slice(0, leftEnd);
  const right = text.slice(rightStart).trim();
  if (left.length === 0 || right.length === 0) return false;
  const leftDate = isDateLine(left, m, lexicon);
  if (leftDate === isDateLine(right, m, lexicon)) return false;
  const person = leftDate ? right : left;
  if (wordCount(person, MAX_ORIGIN_LINE_WORDS + 1) > MAX_ORIGIN_LINE_WORDS) return false;
  const origin = personOrigin(person, m, lexicon, ctx);
  if (origin === null) return false;
  const rightEnd = rightStart + right.length;
  const leftRow = newRow(left, line.start, line.start + leftEnd, leftDate ? "date" : "origin");
  const rightRow = newRow(
    right,
    line.start + rightStart,
    line.start + rightEnd,
    leftDate ? "origin" : "date",
  );
  (leftDate ? rightRow : leftRow).origin = origin;
  // The bar itself is page furniture: every visible character of the page lies in some block.
  const barStart = text.indexOf("|", bar);
  const barRow = newRow("|", line.start + barStart, line.start + barStart + 1, "furniture");
  rows.push(leftRow, barRow, rightRow);
  leftRow.lineIndex = line.index;
  barRow.lineIndex = line.index;
  return true;
}

/** Most words of a masthead: the site's name on the first line of the page. */
const MAX_MASTHEAD_WORDS = 4;

/**
 * The loose key of the page's masthead: its first line when that is a short name (a few words, no
 * sentence or clause mark, no digit but a trailing number such as `24`), or undefined. On a line of pieces
 * joined with `|` (`HN24 | حوران نيوز 24`, `الأطلس 24 | جريدة إلكترونية مغربية`) the site's name is the
 * first piece; the rest is its other name or its motto. After a headline (`HEADLINE | SITE`, the page's
 * title as the browser shows it) it is the last piece, and so after a dash when the next line repeats it
 * (`HEADLINE - SITE`, then `SITE`). On `SITE - MOTTO`, where the motto names the kind of
 * outlet (`الخليج الأول - أول صحيفة بحرينية إلكترونية`), it is the piece before the dash.
 */
function mastheadKey(
  lines: readonly Line[],
  taken: ReadonlySet<number>,
  m: PageMatchers,
): string | undefined {
  const first = lines.find((l) => !taken.has(l.index));
  if (!first) return undefined;
  if (!ARABIC_LETTER.test(first.text)) return undefined;
  const bar = first.text.indexOf("|");
  let text = bar > 0 ? first.text.slice(0, bar).trim() : first.text;
  const motto = mottoCut(first.text, m);
  if (bar < 0 && motto > 0) text = first.text.slice(0, motto).trim();
  let n = wordCount(text, MAX_MASTHEAD_WORDS);
  // A page's own title line (`HEADLINE | SITE`): the site's name is the short piece after the last bar.
  if (bar > 0 && n > MAX_MASTHEAD_WORDS) {
    text = first.text.slice(first.text.lastIndexOf("|") + 1).trim();
    n = wordCount(text, MAX_MASTHEAD_WORDS);
  } else if (bar < 0 && n > MAX_MASTHEAD_WORDS) {
    // `HEADLINE - SITE`: a dash also parts headlines, so the piece after it is the site's name only when
    // the next line gives that name alone.
    const dash = Math.max(...[" - ", " \u2013 ", " \u2014 "].map((d) => first.text.lastIndexOf(d)));
    const next = lines.find((l) => l.index > first.index && !taken.has(l.index));
    const site = dash > 0 ? first.text.slice(dash + 3).trim() : "";
    if (next !== undefined && site.length > 0 && looseKey(next.text.trim()) === looseKey(site)) {
      text = site;
      n = wordCount(text, MAX_MASTHEAD_WORDS);
    }
  }
  if (n === 0 || n > MAX_MASTHEAD_WORDS) return undefined;
  if (hasSentenceEnd(text) || hasFinalClauseMark(text) || text.includes(":")) return undefined;
  return looseKey(text);
}

/** Most words of a site's motto after its name (`أول صحيفة بحرينية إلكترونية`); a headline runs longer. */
const MAX_MOTTO_WORDS = 6;

/**
 * Offset of the ` - ` (or ` – `, U+2013) that parts a site's name from its motto on a first line, the motto
 * holding a word of an outlet's kind (`صحيفة`, `موقع`, `شبكة`); -1 for any other line.
 */
function mottoCut(text: string, m: PageMatchers): number {
  const dash = text.search(/ [-\u2013] /u);
  if (dash <= 0 || wordCount(text.slice(0, dash), MAX_MASTHEAD_WORDS + 1) > MAX_MASTHEAD_WORDS) return -1;
  const motto = tokens(text.slice(dash + 3));
  if (motto.length > MAX_MOTTO_WORDS) return -1;
  return motto.some((w) => m.outletKinds.has(looseKey(w)) || m.mastheadWords.has(looseKey(w))) ? dash : -1;
}

const FIRST_HEADLINE_ROW = new WeakMap<readonly Row[], number>();

/**
 * Index of the first headline-like text row (rows.length when none), computed once per page: asking it
 * anew for every row made a page of many short lines quadratic.
 */
function firstHeadlineRow(rows: readonly Row[]): number {
  let first = FIRST_HEADLINE_ROW.get(rows);
  if (first === undefined) {
    // A short first line followed by page chrome is the masthead, not a headline before the title.
    const first0 = rows[0];
    const masthead =
      first0 !== undefined &&
      ((first0.words <= MAX_MASTHEAD_WORDS && rows[1]?.role === "furniture") || first0.mottoMasthead === true)
        ? 1
        : 0;
    first = rows.findIndex((row, i) => i >= masthead && row.role === "text" && headlineLike(row));
    if (first < 0) first = rows.length;
    FIRST_HEADLINE_ROW.set(rows, first);
  }
  return first;
}

/**
 * A line that reads as a paragraph but is directly followed by a byline, dateline or date line: a short one
 * that ends with a period, or a long headline (no sentence end, up to a headline's length).
 */
function isPeriodTitle(rows: readonly Row[], i: number): boolean {
  const r = rows[i] as Row;
  if (!ARABIC_LETTER.test(r.text)) return false;
  const longHeadline = headlineLike(r) && !hasSentenceEnd(r.text);
  if (r.words > MAX_PERIOD_TITLE_WORDS && !longHeadline) return false;
  if (firstHeadlineRow(rows) < i) return false;
  let next = i + 1;
  while (next < rows.length && (rows[next] as Row).role === "furniture") next++;
  const role = rows[next]?.role;
  return role === "origin" || role === "date";
}

/** Most words of a headline after a wire's section label (`عام / `), as of any headline. */
const MAX_LABELLED_TITLE_WORDS = 30;

/**
 * Whether the row opens with a wire's section label of the lexicon and a slash (`عام / `, `تقرير / `): the
 * headline of a wire story, even one that ends with a period. No body paragraph opens so.
 */
function isLabelledTitle(r: Row, m: PageMatchers): boolean {
  if (r.words > MAX_LABELLED_TITLE_WORDS + 2) return false;
  const label = SECTION_LABEL.exec(r.text);
  return label !== null && m.sectionLabels.has(looseKey((label[1] ?? "").trim()));
}

function isTitleCandidate(row: Row, m: PageMatchers, rows: readonly Row[], i: number): boolean {
  if (row.role !== "text") return false;
  if (!headlineLike(row) && !isPeriodTitle(rows, i) && !isLabelledTitle(row, m)) return false;
  // A menu whose words are mostly section names (`الرئيسية  وطني  جهات  اقتصاد`) is no headline.
  if (!row.line.hasMoreTokensThan(MAX_MENU_WORDS) && isNavigationLike(row.text, m)) return false;
  return !looksLikeReporter(row, m) && !isReporterBio(rows, i) && placeDashName(row.text, m) === null;
}

/** A few words right under a reporter's byline and above another headline row: the reporter's description. */
function isReporterBio(rows: readonly Row[], i: number): boolean {
  const prev = rows[i - 1];
  const next = rows[i + 1];
  if (prev?.role !== "origin" || prev.origin === null || prev.origin.authors.length === 0) return false;
  return (rows[i] as Row).words <= MAX_BIO_WORDS && next?.role === "text" && headlineLike(next);
}

/** A reporter's name on its own line: two to four words that begin with a known given name. */
function looksLikeReporter(r: Row, m: PageMatchers): boolean {
  r.reporter ??= isReporterName(r, m);
  return r.reporter;
}

function isReporterName(r: Row, m: PageMatchers): boolean {
  // Too many words for a name, titles aside, decides before the words of a long paragraph are all split.
  if (!isShortForName(r.line, m)) return false;
  const text = r.text;
  const n = wordCount(stripPersonTitles(text, m));
  return n >= 2 && n <= 4 && isNameLike(text, m) && startsWithGivenName(text, m) && !hasPresentVerb(text, m);
}

/** Most reporters named on one bare line of names. */
const MAX_LISTED_REPORTERS = 4;
/** Most words of each name on such a line, as of a reporter's name on a line of its own. */
const MAX_NAME_LINE_WORDS = 4;

/**
 * The reporters of a bare line of names under the title, parted by commas (U+060C, U+002C) or joined by
 * the conjunction و (U+0648) glued or apart (`A، B`, `A، B وC`, `A و B`): two to four names, each of which
 * {@link looksLikeReporter} would take on a line of its own. `null` for anything else.
 */
function listedReporters(r: Row, m: PageMatchers): string[] | null {
  if (r.words > MAX_LISTED_REPORTERS * MAX_NAME_LINE_WORDS + MAX_LISTED_REPORTERS) return null;
  const names: string[] = [];
  let start = 0;
  const text = r.text;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 0x060c && c !== 0x2c) continue;
    let chunk = text.slice(start, i).trim();
    start = i + 1;
    // `، وC`: the conjunction after a comma, unless the word is a given name that begins with و (`وليد`).
    if (names.length > 0 && chunk.startsWith("\u0648")) {
      const first = chunk.split(" ", 1)[0] ?? "";
      if (first === "\u0648") chunk = chunk.slice(1).trim();
      else if (!m.wawNames.has(looseKey(first))) chunk = chunk.slice(1);
    }
    for (const name of splitJoinedNames(chunk, m)) {
      const n = wordCount(name, MAX_NAME_LINE_WORDS + 1);
      if (n < 2 || n > MAX_NAME_LINE_WORDS || !isNameLike(name, m) || !startsWithGivenName(name, m))
        return null;
      names.push(name);
    }
    if (names.length > MAX_LISTED_REPORTERS) return null;
  }
  return names.length >= 2 ? names : null;
}

/** Fewest and most letters of a present-tense verb told by its prefix (`يعود`, `تفوز`, `يستقيل`). */
const MIN_VERB_LETTERS = 4;
const MAX_VERB_LETTERS = 6;

/**
 * Whether a word after the first has the shape of a present-tense verb of the third person: ي or ت (U+064A,
 * U+062A) and three to five letters more, and is no known given name (`يوسف`, `تامر`). A headline that
 * opens with a bare name goes on with one (`محمد صلاح يقود ليفربول`); a reporter's name does not.
 */
function hasPresentVerb(text: string, m: PageMatchers): boolean {
  const words = tokens(text);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? "";
    const c = w.charCodeAt(0);
    if ((c !== 0x064a && c !== 0x062a) || w.length < MIN_VERB_LETTERS || w.length > MAX_VERB_LETTERS)
      continue;
    if (!m.givenNames.has(looseKey(w))) return true;
  }
  return false;
}

/**
 * Picks the title among the rows above the body: within the rows before the first byline, dateline or
 * date line (or all rows above the body when there is none before it), the first headline of the last
 * run of headline-like rows, runs being split by furniture and other rows.
 */
function pickTitle(
  rows: readonly Row[],
  headerEnd: number,
  m: PageMatchers,
  taken: ReadonlySet<number>,
  tickerHeaders: ReadonlySet<string>,
): number {
  // A date row directly above a headline is the page's date header, not the article's date line; a date
  // among the widgets or beside the ticker is the day the page was scraped; an outlet alone on the first
  // line is the masthead. None of them stands under the title.
  let anchor = -1;
  for (let i = 0; i < headerEnd; i++) {
    const r = rows[i] as Row;
    if (r.role === "origin") {
      // So is an outlet alone on the line under a short first line (`خليج 365`, then `Khaleej365 | أخبار
      // الإمارات`): the site's name written twice, or with its motto.
      if (
        isOutletOnly(r.origin) &&
        (i === 0 ||
          (i === 1 && isPageFirstRow(rows, 0, taken) && (rows[0] as Row).words <= MAX_MASTHEAD_WORDS))
      )
        continue;
      // A place alone, read by its shape only, is a section label (`العراق` in the menu), no dateline.
      if (!(r.origin?.strong ?? false) && !namesPerson(r.origin)) continue;
      anchor = i;
      break;
    }
    if (r.role === "date") {
      if (isWidgetDate(rows, i, taken)) continue;
      let next = i + 1;
      while (next < headerEnd && (rows[next] as Row).role === "furniture") next++;
      if (next < headerEnd && isTitleCandidate(rows[next] as Row, m, rows, next)) continue;
      anchor = i;
      break;
    }
  }
  // In a run of two headline rows the second is a standfirst; a run of three or more is a list of other
  // headlines that ends with the title. A short label before a longer headline (a section's name such as
  // `أخبار مصر`) is navigation, not the first of the run.
  const choose = (start: number, end: number): number => {
    if (end - start >= MIN_HEADLINE_LIST) return end - 1;
    const first = rows[start] as Row;
    const label =
      end - start === 2 &&
      (isLabelRow(first) || isBreadcrumbRow(first, m)) &&
      (rows[start + 1] as Row).words > first.words;
    // Under a `آخر الأخبار` header the first line is the ticker's headlines, left unsplit by the ticker.
    const before = rows[start - 1];
    const underTicker =
      end - start === 2 && before?.role === "furniture" && tickerHeaders.has(rowKey(before));
    return label || underTicker ? start + 1 : start;
  };
  // The first line of the page, when short, is the masthead as long as a headline follows it.
  const masthead = (rows[0]?.lineIndex ?? -1) >= 0 && isMastheadRow(rows, 0, taken) ? 0 : -1;
  let laterCandidate = false;
  for (let i = 1; i < headerEnd && masthead === 0 && !laterCandidate; i++)
    laterCandidate = isTitleCandidate(rows[i] as Row, m, rows, i);
  const pick = (end: number): number => {
    let best = -1;
    let runStart = -1;
    for (let i = 0; i < end; i++) {
      if (!(i === masthead && laterCandidate) && isTitleCandidate(rows[i] as Row, m, rows, i)) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        best = choose(runStart, i);
        runStart = -1;
      }
    }
    return runStart >= 0 ? choose(runStart, end) : best;
  };
  const before = anchor >= 0 ? pick(anchor) : -1;
  if (before >= 0 && isLabelRow(rows[before] as Row) && namesPerson((rows[anchor] as Row).origin)) {
    // A byline set above the headline (`كتب/ NAME`, then the title): what stands before it is a section's
    // label or the menu's last item, and the longer headline right under the byline is the title.
    let next = anchor + 1;
    while (
      next < headerEnd &&
      ((rows[next] as Row).role === "furniture" || (rows[next] as Row).role === "date")
    )
      next++;
    const under = rows[next];
    if (
      next < headerEnd &&
      under !== undefined &&
      isTitleCandidate(under, m, rows, next) &&
      under.words > (rows[before] as Row).words
    )
      return next;
  }
  return before >= 0 ? before : pick(headerEnd);
}

const TICKER_HEADERS = new WeakMap<object, ReadonlySet<string>>();

/** The loose keys of the ticker's headers (`آخر الأخبار`, `عاجل`), once per lexicon. */
function tickerHeaderKeys(lexicon: Lexicon): ReadonlySet<string> {
  let keys = TICKER_HEADERS.get(lexicon.ticker);
  if (!keys) {
    keys = new Set(lexicon.ticker.headers.map((h) => looseKey(h)));
    TICKER_HEADERS.set(lexicon.ticker, keys);
  }
  return keys;
}

/** Whether only furniture, date and byline rows stand between rows `from` and `to` (both excluded). */
function onlyHeaderBetween(rows: readonly Row[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const role = (rows[k] as Row).role;
    if (role !== "furniture" && role !== "date" && role !== "origin") return false;
  }
  return true;
}

/** Most words of a reporter's name alone under the title when its given name is not known. */
const MAX_BARE_NAME_WORDS = 3;

/**
 * A name of two or three words on the line right under the title (furniture aside), followed by the date,
 * the dateline or the first paragraph, is the reporter's, even when the lexicon does not know the given
 * name: nothing else of that shape stands there.
 */
function isNameUnderTitle(rows: readonly Row[], i: number, titleIndex: number, m: PageMatchers): boolean {
  const r = rows[i] as Row;
  if (titleIndex < 0 || r.words < 2 || r.words > MAX_BARE_NAME_WORDS) return false;
  for (let k = titleIndex + 1; k < i; k++) if ((rows[k] as Row).role !== "furniture") return false;
  let next = i + 1;
  while (next < rows.length && (rows[next] as Row).role === "furniture") next++;
  const after = rows[next];
  const followed =
    after !== undefined &&
    (after.role === "date" || after.role === "origin" || (after.role === "text" && paragraphLike(after)));
  return followed && isBareName(r.text, m);
}

/**
 * Whether two or three words read as a person's name without a known given name to vouch for it: of a
 * name's shape, the second word not definite unless it is a family name of the relation shape, and no
 * word a place, an outlet or a menu word.
 */
function isBareName(text: string, m: PageMatchers): boolean {
  if (!isNameLike(text, m)) return false;
  // A body's name is a noun and its complement (`مجلس الأمن`); a person's second word, with no given name
  // known to vouch for the first, is not definite (`زهير بن عودة`).
  const words = tokens(text);
  if (words.length < 2 || words.length > MAX_BARE_NAME_WORDS) return false;
  if ((words[1] ?? "").startsWith("\u0627\u0644") && !isNisbaName(words)) return false;
  // A place or an outlet of a few words is no name.
  for (const w of words) {
    const k = looseKey(w);
    if (m.places.has(k) || m.agencies.has(k) || m.navigationWords.has(k)) return false;
  }
  return true;
}

/** Most words of the place in `PLACE - NAME` read by its shape only. */
const MAX_SHAPE_PLACE_WORDS = 2;

/**
 * Reads `PLACE - NAME` or `PLACE: NAME` (one dash U+002D/U+2013/U+2014 or colon between spaces) where the
 * lexicon knows neither the place nor the given name (`بني ملال – حسناء الفيلالي`): a word or two of
 * letters, not definite in the second word (`حزب الأمة` is a body), before a bare name
 * ({@link isBareName}). Only a row of the article's header is read so; `null` for any other text.
 */
function placeDashName(text: string, m: PageMatchers): { place: string; name: string } | null {
  const cut = PLACE_NAME_SEPARATOR.exec(text);
  if (!cut || text.indexOf(cut[0], cut.index + 1) >= 0) return null;
  const place = text.slice(0, cut.index).trim();
  const name = text.slice(cut.index + cut[0].length).trim();
  const words = tokens(place, MAX_SHAPE_PLACE_WORDS + 1);
  if (words.length === 0 || words.length > MAX_SHAPE_PLACE_WORDS) return null;
  if ((words[1] ?? "").startsWith("\u0627\u0644") || !LETTERS_AND_SPACES.test(place)) return null;
  for (const w of words) {
    const k = looseKey(w);
    if (m.nameStopWords.has(k) || m.navigationWords.has(k) || m.sectionLabels.has(k) || m.givenNames.has(k))
      return null;
  }
  return isBareName(name, m) ? { place, name } : null;
}

/** Most words of a menu line told by its share of section names. */
const MAX_MENU_WORDS = 10;
/** Most words of a section label above the headline (`الكرة المغربية`, `أخبار عاجلة`). */
const MAX_LABEL_WORDS = 3;

/** A short line without digit, colon or quote: the shape of a section label (its place decides). */
function isLabelRow(r: Row): boolean {
  if (r.words > MAX_LABEL_WORDS || r.line.has(MARK.digit | MARK.colon)) return false;
  return !hasQuoteChar(r.text);
}

/**
 * A breadcrumb of a section and a series or file (`ملفات | درنة بعد عام`, `رياضة | كأس العالم`): a menu word
 * before a bar, and a short label without digit, colon or quote after it. Above a longer headline it is
 * the page's path to the story, not its title.
 */
function isBreadcrumbRow(r: Row, m: PageMatchers): boolean {
  const crumb = PIPE_LABEL.exec(r.text);
  if (crumb === null || !isSectionWords(crumb[1] ?? "", m)) return false;
  const rest = r.text.slice(crumb[0].length);
  return (
    wordCount(rest, MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS &&
    !rest.includes("|") &&
    !DIGIT.test(rest) &&
    !rest.includes(":") &&
    !hasQuoteChar(rest)
  );
}

/** Whether a phrase is one or two words, all of them menu words (`ملفات`, `أخبار محلية`). */
function isSectionWords(text: string, m: PageMatchers): boolean {
  const words = tokens(text);
  return words.length > 0 && words.length <= 2 && words.every((w) => m.navigationWords.has(looseKey(w)));
}

/** Fewest lines of a menu written one item a line, and fewest of them known as navigation. */
const MIN_MENU_ROWS = 4;
const MIN_MENU_NAVIGATION_ROWS = 2;
/** Most words of a menu item; the last line of a run may have more only when it is known navigation. */
const MAX_MENU_ITEM_WORDS = 2;

/** Marks that no menu item holds: comma (U+060C, U+002C), period, !, ? and the Arabic question mark U+061F. */
const MENU_BREAKING_MARKS = "\u060C,.!?\u061F";

/** Whether a row can be one item of a menu written one item a line (`الرئيسية`, `المغرب العربي`, `الخليج`). */
function isMenuItemRow(r: Row): boolean {
  if (r.role === "date" || !isLabelRow(r)) return false;
  for (let i = 0; i < r.text.length; i++) if (MENU_BREAKING_MARKS.includes(r.text.charAt(i))) return false;
  return true;
}

/**
 * A site's menu written one item a line: a run of four or more short lines on consecutive page lines, two
 * of which at least are known navigation (`الرئيسية`, `أخبار`, `فيديو`), is navigation whole. Its other
 * items are section names the lexicon need not know, and a place or an outlet among them (`الخليج`, `مصر`)
 * is no dateline, nor the title. A longer line closing the run is the headline under the menu.
 */
function markMenuRuns(rows: Row[]): void {
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (
      end < rows.length &&
      isMenuItemRow(rows[end] as Row) &&
      (end === start || (rows[end] as Row).lineIndex === (rows[end - 1] as Row).lineIndex + 1)
    )
      end++;
    if (end === start) {
      start++;
      continue;
    }
    while (
      end > start &&
      (rows[end - 1] as Row).words > MAX_MENU_ITEM_WORDS &&
      !isNavigationRow(rows[end - 1] as Row)
    )
      end--;
    let known = 0;
    for (let i = start; i < end; i++) if (isNavigationRow(rows[i] as Row)) known++;
    if (end - start >= MIN_MENU_ROWS && known >= MIN_MENU_NAVIGATION_ROWS) {
      for (let i = start; i < end; i++) {
        const r = rows[i] as Row;
        r.role = "furniture";
        r.furniture = "navigation";
        r.origin = null;
      }
    }
    start = Math.max(end, start + 1);
  }
}

/** Whether the row was read as navigation furniture. */
function isNavigationRow(r: Row): boolean {
  return r.role === "furniture" && r.furniture === "navigation";
}

/** Whether row `i` stands on the first line of the page that the ticker did not take. */
function isPageFirstRow(rows: readonly Row[], i: number, taken: ReadonlySet<number>): boolean {
  const r = rows[i] as Row;
  for (let k = 0; k < r.lineIndex; k++) if (!taken.has(k)) return false;
  return r.lineIndex >= 0;
}

/** Whether the row is the first line of the page and short enough to be the site's name. */
function isMastheadRow(rows: readonly Row[], i: number, taken: ReadonlySet<number>): boolean {
  const r = rows[i] as Row;
  for (let k = 0; k < r.lineIndex; k++) if (!taken.has(k)) return false;
  if (r.words > MAX_MASTHEAD_WORDS) return false;
  // Page chrome (menus, widgets, the date, the ticker) follows a masthead; a headline follows a title.
  const next = rows[i + 1];
  return taken.has(r.lineIndex + 1) || next?.role === "furniture" || next?.role === "date";
}

/**
 * The row of the headline when the title picked is the page's own title line (`HEADLINE | SITE` on the first
 * line, as a browser shows it) and the headline stands again lower, above the body: the article starts
 * there, and the masthead, motto and menu between are page chrome, not a standfirst. `titleIndex` otherwise.
 */
function headlineShownAgain(
  rows: readonly Row[],
  titleIndex: number,
  headerEnd: number,
  m: PageMatchers,
  page: { taken: ReadonlySet<number>; masthead: string | undefined },
): number {
  if (titleIndex < 0 || !isPageFirstRow(rows, titleIndex, page.taken)) return titleIndex;
  const title = rows[titleIndex] as Row;
  const cut = cutTitle(title.text, m, page.masthead);
  if (cut.end - cut.start === title.text.length) return titleIndex;
  const key = looseKey(title.text.slice(cut.start, cut.end));
  for (let i = titleIndex + 1; i < headerEnd; i++) {
    const r = rows[i] as Row;
    if (r.role === "text" && rowKey(r) === key) return i;
  }
  return titleIndex;
}

/**
 * With no title found (the ticker took it, or the page has none), the byline and date lines right above
 * the body, with only captions between, are still the article's header: index of the first of them, or
 * -1 when no byline naming a person stands there.
 */
function untitledHeaderStart(rows: readonly Row[], headerEnd: number): number {
  let k = headerEnd;
  let person = false;
  for (; k > 0; k--) {
    const r = rows[k - 1] as Row;
    if (r.role === "origin") person ||= namesPerson(r.origin);
    else if (r.role !== "date" && !(r.role === "furniture" && r.furniture === "credit")) break;
  }
  return person ? k : -1;
}

/** Whether an origin names an editor or a reporter. */
function namesPerson(o: Origin | null): boolean {
  return o !== null && (o.editor !== null || o.authors.length > 0);
}

/** An origin that names only an outlet (no reporter, editor or place): a masthead or a credit. */
function isOutletOnly(o: Origin | null): boolean {
  return (
    o !== null && o.agency !== null && o.location === null && o.editor === null && o.authors.length === 0
  );
}

/**
 * A date among the page's widgets (weather or rates beside it) or beside the ticker (a ticker line right
 * before or after it) is the day the page was shown, not the article's date line.
 */
/**
 * A wire dateline with its date right above the title (`الرياض 22 ربيع الأول 1447 هـ … واس`, as SPA
 * writes it): a place, an agency and a digit on the line just before the headline is the story's origin,
 * not the masthead, which names no date.
 */
function isWireDatelineAboveTitle(r: Row, i: number, titleIndex: number): boolean {
  const o = r.origin;
  return (
    i > 0 &&
    i === titleIndex - 1 &&
    o?.strong === true &&
    o.agency !== null &&
    o.location !== null &&
    r.line.has(MARK.digit)
  );
}

/**
 * A dateline that names both a place and an outlet (`بيروت ــ «صدى الأرز»`) right above the title or with
 * only the story's date line between them: the story's origin set above the headline, not the masthead,
 * which does not stand there and names no place beside the outlet.
 */
function isDatelineAboveTitle(rows: readonly Row[], i: number, titleIndex: number, m: PageMatchers): boolean {
  const o = (rows[i] as Row).origin;
  if (i === 0 || titleIndex <= i) return false;
  if (o?.strong !== true || o.agency === null || o.location === null) return false;
  // A breadcrumb stands there too (`أخبار لبنان / اقتصاد`): a section word read as the place, or a line
  // made mostly of section words, is the crumb to the story's section, not its origin.
  if (m.navigationWords.has(looseKey(o.location)) || isNavigationLike((rows[i] as Row).text, m)) return false;
  return titleIndex === i + 1 || (titleIndex === i + 2 && (rows[i + 1] as Row).role === "date");
}

/** Most date rows between a byline set above the headline and the headline (`CITY - NAME`, `نُشر DATE`). */
const MAX_DATES_UNDER_BYLINE = 1;

/**
 * A reporter's byline set above the headline, the article's header in the order some outlets print it
 * (`دبي - سلمى الكعبي`, then the date line, then the title; or the date line first): a person named, no
 * outlet (an outlet's name above the title is its masthead), on no line of the page's top chrome (not the
 * first line), and nothing but the story's date line between it and the title.
 */
function isBylineAboveTitle(
  rows: readonly Row[],
  i: number,
  titleIndex: number,
  taken: ReadonlySet<number>,
): boolean {
  const r = rows[i] as Row;
  const o = r.origin;
  if (i === 0 || titleIndex <= i || o === null || o.agency !== null || !namesPerson(o)) return false;
  if (isMastheadRow(rows, i, taken)) return false;
  let dates = 0;
  for (let k = i + 1; k < titleIndex; k++) {
    if ((rows[k] as Row).role !== "date" || ++dates > MAX_DATES_UNDER_BYLINE) return false;
  }
  return true;
}

function isWidgetDate(rows: readonly Row[], i: number, taken: ReadonlySet<number>): boolean {
  const r = rows[i] as Row;
  const widget = (x: Row | undefined) => x?.role === "furniture" && x.furniture === "widget";
  if (widget(rows[i - 1]) || widget(rows[i + 1])) return true;
  return taken.has(r.lineIndex + 1) || (r.lineIndex > 0 && taken.has(r.lineIndex - 1));
}

function isNavigationLike(text: string, m: PageMatchers): boolean {
  const words = tokens(text);
  let nav = 0;
  for (const w of words) if (m.navigationWords.has(looseKey(w))) nav++;
  return words.length > 0 && nav / words.length >= 0.5;
}

function opensWithConnective(text: string, m: PageMatchers): boolean {
  const words = tokens(text, 2);
  const first = words[0] ?? "";
  // و (U+0648) opens most continuing paragraphs; a verb that begins with و (وصف) is read as one too.
  if (first.startsWith("\u0648")) return true;
  const one = looseKey(first.replace(/[\u060C,]$/u, ""));
  const two = looseKey(`${first} ${words[1] ?? ""}`.replace(/[\u060C,]$/u, ""));
  return m.connectives.has(one) || m.connectives.has(two);
}

/** Most paragraph-like rows above the article header that are set aside as page chrome. */
const MAX_CHROME_PARAGRAPHS = 3;
/** Most rows (furniture aside) after a paragraph-like row in which its article header is looked for. */
const HEADER_WINDOW_ROWS = 5;

/** Index of the first row from `from` on that reads as a paragraph (-1 when none). */
function nextParagraphRow(rows: readonly Row[], from: number, m: PageMatchers): number {
  for (let i = from; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (r.role === "text" && paragraphLike(r) && !isPeriodTitle(rows, i) && !isLabelledTitle(r, m)) return i;
  }
  return -1;
}

/**
 * Whether the article's header (a headline directly followed by its byline, dateline or date line) stands
 * after the paragraph-like row `i` and before the next paragraph: the row is then above the title, a run
 * of ticker headlines or another widget, not the body's first paragraph. A body does not go on to a
 * headline and a byline before its second paragraph.
 */
function articleHeaderFollows(rows: readonly Row[], i: number): boolean {
  let headline = false;
  let seen = 0;
  for (let j = i + 1; j < rows.length && seen < HEADER_WINDOW_ROWS; j++) {
    const r = rows[j] as Row;
    if (r.role === "furniture") continue;
    seen++;
    if (r.role === "date" || r.role === "origin") {
      const vouched = r.role === "date" || namesPerson(r.origin) || (r.origin?.strong ?? false);
      if (headline && vouched) return true;
      continue;
    }
    if (r.role !== "text" || paragraphLike(r)) return false;
    headline = headlineLike(r);
  }
  return false;
}

/** Reads the page structure of the lines not taken by the ticker. */
export function readPageStructure(
  lines: readonly Line[],
  taken: ReadonlySet<number>,
  lexicon: Lexicon,
): PageStructure {
  const m = pageMatchers(lexicon);
  const masthead = mastheadKey(lines, taken, m);
  const rows = toRows(lines, taken, m, lexicon, { weakAllowed: true, masthead });
  const first = rows[0];
  if (first !== undefined && isPageFirstRow(rows, 0, taken) && mottoCut(first.text, m) > 0)
    first.mottoMasthead = true;
  markMenuRuns(rows);

  // 1. The first row that reads as a paragraph opens the body, unless the title and its byline or date
  // line still follow it: then it is page chrome above the article (headlines of a ticker run together).
  let bodyStart = nextParagraphRow(rows, 0, m);
  for (let guard = 0; bodyStart >= 0 && guard < MAX_CHROME_PARAGRAPHS; guard++) {
    if (!articleHeaderFollows(rows, bodyStart)) break;
    const chrome = rows[bodyStart] as Row;
    chrome.role = "furniture";
    chrome.furniture = "other";
    bodyStart = nextParagraphRow(rows, bodyStart + 1, m);
  }
  const headerEnd = bodyStart < 0 ? rows.length : bodyStart;

  // 2. The title, and what stands above and below it.
  const titleIndex = headlineShownAgain(
    rows,
    pickTitle(rows, headerEnd, m, taken, tickerHeaderKeys(lexicon)),
    headerEnd,
    m,
    { taken, masthead },
  );
  let firstStandfirst = -1;
  const widgetAbove = rows
    .slice(0, Math.max(titleIndex, 0))
    .some((r) => r.role === "furniture" && r.furniture === "widget");
  const headerStart = titleIndex >= 0 ? titleIndex : untitledHeaderStart(rows, headerEnd);
  for (let i = 0; i < headerEnd; i++) {
    const r = rows[i] as Row;
    if (i === titleIndex) {
      r.role = "title";
      continue;
    }
    const aboveTitle = headerStart < 0 || i < headerStart;
    if (r.role === "text") {
      const placed = aboveTitle ? null : placeDashName(r.text, m);
      if (placed !== null && onlyHeaderBetween(rows, titleIndex, i)) {
        r.role = "origin";
        r.origin = {
          editor: null,
          authors: [stripPersonTitles(placed.name, m)],
          agency: null,
          location: placed.place,
          strong: false,
        };
      } else if (!aboveTitle && (looksLikeReporter(r, m) || isNameUnderTitle(rows, i, titleIndex, m))) {
        r.role = "origin";
        r.origin = {
          editor: null,
          authors: splitJoinedNames(stripPersonTitles(r.text, m), m),
          agency: null,
          location: null,
          strong: false,
        };
      } else if (!aboveTitle && listedReporters(r, m) !== null) {
        r.role = "origin";
        r.origin = {
          editor: null,
          authors: listedReporters(r, m) ?? [],
          agency: null,
          location: null,
          strong: false,
        };
      } else if (!aboveTitle && r.words <= MAX_BIO_WORDS && rows[i - 1]?.role === "origin") {
        r.role = "furniture";
        r.furniture = "credit";
      } else if (!aboveTitle && masthead !== undefined && rowKey(r) === masthead) {
        // The site's name alone (under a first line `HEADLINE | SITE` read as the title): no standfirst.
        r.role = "furniture";
        r.furniture = "navigation";
      } else if (!aboveTitle) {
        // A line between the title and the body that is neither byline nor date: a standfirst, which the
        // annotation rules count as a body paragraph.
        r.role = "paragraph";
        if (firstStandfirst < 0) firstStandfirst = i;
      } else {
        r.role = "furniture";
        r.furniture = isReporterBio(rows, i)
          ? "credit"
          : isNavigationLike(r.text, m)
            ? "navigation"
            : "other";
      }
    } else if (
      r.role === "origin" &&
      aboveTitle &&
      !isWireDatelineAboveTitle(r, i, titleIndex) &&
      !isDatelineAboveTitle(rows, i, titleIndex, m) &&
      !isBylineAboveTitle(rows, i, titleIndex, taken) &&
      ((i === 0 && r.origin?.agency !== null) || !(r.origin?.strong ?? false) || !namesPerson(r.origin))
    ) {
      // Above the title, an outlet or place without a reporter is the masthead: the site, not the story's
      // origin, which the dateline under the title gives. An outlet on the page's first line is the masthead
      // whatever else the line holds (`OUTLET | its motto` is no byline); a byline with a marker (`بقلم:`)
      // may open an opinion page.
      r.role = "furniture";
      r.furniture = "other";
    } else if (r.role === "date" && aboveTitle) {
      const nearTitle = titleIndex >= 0 && titleIndex - i <= 2;
      if (widgetAbove || !nearTitle) {
        r.role = "furniture";
        r.furniture = "widget";
      }
    }
  }
  if (firstStandfirst >= 0) bodyStart = firstStandfirst;
  if (bodyStart < 0) bodyStart = rows.length;

  // 3. The body: paragraphs, headings, late bylines, related links and trailing furniture.
  // The title shown again under itself is furniture before the body is read, so that it does not count
  // among the first rows of the body within which a byline, dateline or date line is still accepted.
  if (titleIndex >= 0) markTitleRepeats(rows, titleIndex, m, masthead);
  readBody(rows, bodyStart, m, masthead, tickerHeaderKeys(lexicon));

  // 4. Datelines and bylines at the start of the first paragraphs.
  const anyOrigin = rows.some((r) => r.role === "origin");
  let seen = 0;
  for (const r of rows) {
    if (r.role !== "paragraph") continue;
    seen++;
    if (seen > 2 || (seen === 2 && anyOrigin)) break;
    r.inline = readInlineOrigin(r.text, m, lexicon, masthead);
    if (r.inline) break;
  }

  return assemble(rows, titleIndex, m, masthead);
}

/**
 * Whether row `i`, read as an outlet only because its words stand in quotation marks (`"لقاح مسموم"`), is
 * rather a heading in quotation marks: the lexicon does not know the name, and the row stands between a
 * finished paragraph and a paragraph, where no credit line stands.
 */
function isQuotedHeading(rows: readonly Row[], i: number, m: PageMatchers): boolean {
  const r = rows[i] as Row;
  const agency = r.origin?.agency;
  if (agency == null || m.agencies.has(looseKey(agency)) || !WHOLE_LINE_QUOTATION.test(r.text)) return false;
  const prev = rows[i - 1];
  const next = rows[i + 1];
  return (
    prev !== undefined &&
    next !== undefined &&
    prev.role === "paragraph" &&
    endsSentence(prev.text) &&
    (next.role === "text" || next.role === "paragraph") &&
    paragraphLike(next)
  );
}

function readBody(
  rows: Row[],
  bodyStart: number,
  m: PageMatchers,
  masthead: string | undefined,
  tickerHeaders: ReadonlySet<string>,
): void {
  let relatedRun = false;
  let runKind: FurnitureKind = "related";
  let afterEnd = false;
  const header = rows.slice(0, bodyStart);
  let dated = header.some((r) => r.role === "date");
  let originSeen = header.some((r) => r.role === "origin");
  let bodyRow = 0;
  for (let i = bodyStart; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (r.role === "furniture") {
      if (r.furniture === "end-marker") afterEnd = true;
      if ((r.furniture === "related" || r.furniture === "navigation") && !paragraphLike(r)) {
        relatedRun = r.words <= 4 || hasFinalColon(r.text);
        runKind = r.furniture;
      }
      continue;
    }
    bodyRow++;
    // A source line (`المصدر: وأج`) names the story's origin wherever it stands, unless a dateline did.
    const sourceLine = r.role === "origin" && !originSeen && m.sourceStart.test(r.text);
    if (r.role === "origin" && isOutletOnly(r.origin) && isQuotedHeading(rows, i, m)) {
      r.role = "text";
      r.origin = null;
    }
    if (
      r.role === "origin" &&
      !sourceLine &&
      (bodyRow > EARLY_BODY_ROWS || originSeen) &&
      isOutletOnly(r.origin)
    ) {
      // An outlet's name alone far into the body, or after the dateline, is its credit line (`المصدر
      // أونلاين` at the end).
      r.role = "furniture";
      r.furniture = "credit";
      continue;
    }
    if (r.role === "origin") {
      // Below the title only a reading vouched for by a marker or an agency, or a reporter beside a place,
      // is a byline; a short body line such as `الأمم المتحدة` is not.
      const vouched = r.origin?.strong || (r.origin !== null && r.origin.authors.length > 0);
      if (vouched && (r.origin?.strong || (bodyRow <= EARLY_BODY_ROWS && !originSeen))) {
        originSeen = true;
        continue;
      }
      r.role = "text";
      r.origin = null;
    }
    if (r.role === "date") {
      if (bodyRow <= EARLY_BODY_ROWS && !dated) {
        dated = true;
        continue;
      }
      r.role = "furniture";
      r.furniture = "other";
      continue;
    }
    if (r.role !== "text") continue;
    if (masthead !== undefined && r.words <= MAX_MASTHEAD_WORDS && rowKey(r) === masthead) {
      // The site's name again in the body: a credit, not a paragraph.
      r.role = "furniture";
      r.furniture = "credit";
    } else if (afterEnd) {
      r.role = "furniture";
      r.furniture = paragraphLike(r) ? "other" : "related";
    } else if (relatedRun && !paragraphLike(r)) {
      r.role = "furniture";
      r.furniture = runKind;
    } else {
      relatedRun = false;
      r.role = "paragraph";
    }
  }
  markHeadings(rows, bodyStart, m, tickerHeaders);
  markTrailingRelated(rows, bodyStart, m);
  markSignature(rows, bodyStart, m);
  markTeasers(rows, bodyStart, m);
  markRepeats(rows);
}

/**
 * Whether a paragraph answers the one two rows up rather than what stands just above it: a two-word turn
 * connective (`من جهتها`, `في المقابل`) among its first words, after the verb it usually follows.
 */
function continuesAcross(text: string, m: PageMatchers): boolean {
  // A comma (U+060C or U+002C) may close the phrase: `من جهتها،`.
  const words = tokens(text, 4).map((w) => (w.endsWith("\u060C") || w.endsWith(",") ? w.slice(0, -1) : w));
  for (let i = 1; i + 1 < words.length; i++) {
    if (m.connectives.has(looseKey(`${words[i]} ${words[i + 1]}`))) return true;
  }
  return false;
}

/**
 * Whether a headline opens with a breaking-news label and a bar (`عاجل | …`): a link to another story set
 * between two paragraphs, not a heading of this one. A colon after the label (`عاجل: …`) may open a
 * sentence of the article, so only the bar decides.
 */
function isBreakingLink(text: string, tickerHeaders: ReadonlySet<string>): boolean {
  const label = PIPE_LABEL.exec(text);
  return label !== null && tickerHeaders.has(looseKey((label[1] ?? "").trim()));
}

function markHeadings(
  rows: Row[],
  bodyStart: number,
  m: PageMatchers,
  tickerHeaders: ReadonlySet<string>,
): void {
  const content = rows.filter((r, i) => i >= bodyStart && (r.role === "paragraph" || r.role === "heading"));
  for (let k = 1; k < content.length - 1; k++) {
    const r = content[k] as Row;
    const prev = content[k - 1] as Row;
    const next = content[k + 1] as Row;
    if (paragraphLike(r) || !isHeadingShape(r.text)) continue;
    if (isBreakingLink(r.text, tickerHeaders)) {
      r.role = "furniture";
      r.furniture = "related";
      continue;
    }
    if (
      prev.role !== "paragraph" ||
      !endsSentence(prev.text) ||
      !(paragraphLike(next) || opensSection(next.text, next.words))
    )
      continue;
    // A question whose next paragraph carries on the one before it (`ودعت روسيا من جهتها …`) stands in
    // the middle of a section: a link to another story, not a heading.
    if (hasFinalQuestion(r.text) && continuesAcross(next.text, m)) {
      r.role = "furniture";
      r.furniture = "related";
    } else r.role = "heading";
  }
}

/**
 * Two or more short headline rows after the last paragraph are related headlines. A reporter's name at the
 * top of the run is the article's signature, not a headline: it is left for {@link markSignature}.
 */
function markTrailingRelated(rows: Row[], bodyStart: number, m: PageMatchers): void {
  const run: Row[] = [];
  for (let i = rows.length - 1; i >= bodyStart; i--) {
    const r = rows[i] as Row;
    if (r.role === "furniture" || r.role === "origin" || r.role === "date") continue;
    if (r.role === "paragraph" && !paragraphLike(r) && headlineLike(r)) run.push(r);
    else break;
  }
  const paragraphsLeft = rows.some((r, i) => i >= bodyStart && r.role === "paragraph" && !run.includes(r));
  if (run.length >= 2 && paragraphsLeft) {
    const top = run[run.length - 1] as Row;
    const signed = looksLikeReporter(top, m);
    for (const r of run) {
      if (r === top && signed && !hasAuthor(rows)) continue;
      r.role = "furniture";
      r.furniture = r === top && signed ? "credit" : "related";
    }
  }
}

/** Whether a byline row names a reporter. */
function hasAuthor(rows: readonly Row[]): boolean {
  return rows.some((r) => r.role === "origin" && r.origin !== null && r.origin.authors.length > 0);
}

/** A reporter's name on the last line of the article (a signature) is its byline when none came before. */
function markSignature(rows: Row[], bodyStart: number, m: PageMatchers): void {
  if (hasAuthor(rows)) return;
  for (let i = rows.length - 1; i > bodyStart; i--) {
    const r = rows[i] as Row;
    if (r.role === "furniture") continue;
    if (r.role === "paragraph" && looksLikeReporter(r, m)) {
      r.role = "origin";
      r.origin = {
        editor: null,
        authors: [stripPersonTitles(r.text, m)],
        agency: null,
        location: null,
        strong: false,
      };
    }
    return;
  }
}

/**
 * Teasers of other stories appended after an article (a CNN page ends with several) are whole ledes: single
 * sentences that do not continue the story. When most of the article's paragraphs open with a connective
 * (و…, كما, إلى ذلك …) and a trailing run of three or more single-sentence paragraphs opens with none, the
 * run is related furniture.
 */
function markTeasers(rows: Row[], bodyStart: number, m: PageMatchers): void {
  const paragraphs = rows.filter((r, i) => i >= bodyStart && r.role === "paragraph");
  let runStart = paragraphs.length;
  while (runStart > 0) {
    const r = paragraphs[runStart - 1] as Row;
    const oneSentence = !INNER_SENTENCE_END.test(r.text.trimEnd().slice(0, -1));
    // A teaser opens with a word; a paragraph that opens with a quotation mark carries on a quote.
    const opensWithWord = ARABIC_LETTER.test(r.text.charAt(0));
    if (opensWithConnective(r.text, m) || !oneSentence || !opensWithWord || !paragraphLike(r)) break;
    runStart--;
  }
  const run = paragraphs.length - runStart;
  const article = paragraphs.slice(1, runStart);
  if (run < MIN_TEASERS || article.length < 2) return;
  const connected = article.filter((r) => opensWithConnective(r.text, m)).length;
  if (connected / article.length < CONNECTIVE_SHARE) return;
  for (const r of paragraphs.slice(runStart)) {
    r.role = "furniture";
    r.furniture = "related";
  }
}

/** The title shown a second time (with or without its site suffix) is furniture. */
function markTitleRepeats(
  rows: Row[],
  titleIndex: number,
  m: PageMatchers,
  masthead: string | undefined,
): void {
  const title = rows[titleIndex] as Row;
  const cut = cutTitle(title.text, m, masthead);
  const key = looseKey(title.text.slice(cut.start, cut.end));
  const letters = keyLetters(key);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (i === titleIndex || (r.role !== "paragraph" && r.role !== "heading" && r.role !== "text")) continue;
    if (r.words > REPEAT_WORDS) continue;
    // The key of a part of a line is a part of the line's key: a line with fewer Arabic letters than the
    // title's key, or whose key does not hold it, cannot repeat it, and is not cut.
    if (r.line.letters < letters || !rowKey(r).includes(key)) continue;
    const c = cutTitle(r.text, m, masthead);
    if (looseKey(r.text.slice(c.start, c.end)) === key) {
      r.role = "furniture";
      r.furniture = "other";
    }
  }
}

/** A short line that stands twice on the page (a caption shown twice, the title repeated) is furniture. */
function markRepeats(rows: Row[]): void {
  const repeatable = rows.filter(
    (r) => (r.role === "paragraph" || r.role === "heading") && r.words <= REPEAT_WORDS && !paragraphLike(r),
  );
  if (repeatable.length === 0) return;
  // Equal keys have as many Arabic letters: only the lines with as many as a repeatable one are keyed.
  const letters = new Set(repeatable.map((r) => r.line.letters));
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.role === "furniture" || r.words > REPEAT_WORDS || !letters.has(r.line.letters)) continue;
    const k = rowKey(r);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const r of repeatable) {
    if ((counts.get(rowKey(r)) ?? 0) > 1) {
      r.role = "furniture";
      r.furniture = "other";
    }
  }
}

function blockKind(r: Row): Block["kind"] {
  if (r.role === "origin") {
    const o = r.origin;
    const person = o !== null && (o.editor !== null || o.authors.length > 0);
    return person ? "byline" : "dateline";
  }
  if (r.role === "text") return "paragraph";
  return r.role;
}

function trimmedSpan(text: string, start: number, from: number, to: number): Span {
  let a = from;
  let b = to;
  while (a < b && /\s/u.test(text.charAt(a))) a++;
  while (b > a && /\s/u.test(text.charAt(b - 1))) b--;
  return { start: start + a, end: start + b };
}

function assemble(
  rows: readonly Row[],
  titleIndex: number,
  m: PageMatchers,
  masthead: string | undefined,
): PageStructure {
  const blocks: Block[] = [];
  const furniture: Furniture[] = [];
  const sections: Section[] = [{ heading: null, headingSpan: null, paragraphs: [] }];
  let title: PageStructure["title"] = null;
  let editor: string | null = null;
  let author: string | null = null;
  let agency: string | null = null;
  let location: string | null = null;
  let datelineSpan: Span | null = null;
  let placeFromByline = false;
  const take = (given: Origin, span: Span) => {
    const o = { ...given, agency: withoutExclusiveLabel(given.agency, m) };
    editor ??= o.editor;
    if (author === null && o.authors.length > 0) author = o.authors.join("، ");
    // A dateline that names its outlet and its place (`حمص، سوريا (CNN)--`) states the story's origin: it
    // wins over the city of a reporter's byline (`حمص - NAME`), which only says where the reporter is.
    if (placeFromByline && agency === null && o.agency !== null && o.location !== null) {
      location = null;
      placeFromByline = false;
    }
    if ((o.agency !== null && agency === null) || (o.location !== null && location === null)) {
      if (agency === null && location === null) {
        datelineSpan = span;
        placeFromByline = o.agency === null && o.authors.length > 0;
      }
      agency ??= o.agency;
      location ??= o.location;
    }
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    const span = { start: r.start, end: r.end };
    const kind = blockKind(r);
    blocks.push({ kind, span });
    if (kind === "title" && i === titleIndex) {
      const cut = cutTitle(r.text, m, masthead);
      title = {
        text: r.text.slice(cut.start, cut.end),
        span: { start: r.start + cut.start, end: r.start + cut.end },
      };
    } else if (kind === "furniture") {
      furniture.push({ kind: r.furniture, text: r.text, span });
    } else if (r.role === "origin" && r.origin) {
      take(r.origin, span);
    } else if (kind === "heading") {
      sections.push({ heading: r.text, headingSpan: span, paragraphs: [] });
    } else if (kind === "paragraph") {
      if (r.inline) take(r.inline.origin, trimmedSpan(r.text, r.start, 0, r.inline.end));
      (sections[sections.length - 1] as Section).paragraphs.push({ text: r.text, span });
    }
  }
  if (agency === null) {
    // A wire's credit after the last paragraph (`… الشهر المقبل. (رويترز)`, or `(أ ف ب)` on the next line)
    // names the story's origin when no dateline did.
    const credit = trailingCredit(rows, m);
    if (credit !== null) {
      agency = credit.agency;
      datelineSpan ??= credit.span;
    }
  }
  const dateline =
    datelineSpan !== null && (agency !== null || location !== null)
      ? { agency, location, span: datelineSpan }
      : null;
  return { title, byline: { editor, author }, dateline, sections, furniture, blocks };
}

/**
 * A known agency in brackets closing the article: at the end of its last paragraph (`… المقبل (رويترز).`,
 * `… المقبل. (أ ف ب)`) or alone on the line right after it (`(د ب أ)`).
 */
function trailingCredit(rows: readonly Row[], m: PageMatchers): { agency: string; span: Span } | null {
  let last = rows.length - 1;
  while (last >= 0 && (rows[last] as Row).role !== "paragraph") last--;
  if (last < 0) return null;
  const after = rows[last + 1];
  const own = after?.role === "furniture" ? bracketedAgencyAt(after.text, 0, m) : null;
  if (after && own)
    return { agency: own.agency, span: { start: after.start + own.start, end: after.start + own.end } };
  const r = rows[last] as Row;
  const open = r.text.lastIndexOf("(");
  const found = open > 0 ? bracketedAgencyAt(r.text, open, m) : null;
  return found
    ? { agency: found.agency, span: { start: r.start + found.start, end: r.start + found.end } }
    : null;
}

/**
 * The known agency in the bracket that opens at `open` and closes the text (a final period may follow):
 * its name and the bracket's offsets; `null` for any other bracket.
 */
function bracketedAgencyAt(
  text: string,
  open: number,
  m: PageMatchers,
): { agency: string; start: number; end: number } | null {
  if (text.charAt(open) !== "(") return null;
  const close = text.indexOf(")", open);
  const tail = text.slice(close + 1).trim();
  if (close < 0 || (tail !== "" && tail !== ".")) return null;
  const agency = text.slice(open + 1, close).trim();
  return m.agencies.has(looseKey(agency)) ? { agency, start: open, end: close + 1 } : null;
}

/**
 * The agency without a label that marks the story as the outlet's own (`خاص نابلس نت` → `نابلس نت`); `null`
 * when the label is all there is (`المكلا - خاص`): it names no source.
 */
function withoutExclusiveLabel(agency: string | null, m: PageMatchers): string | null {
  if (agency === null) return null;
  const space = agency.indexOf(" ");
  const first = space < 0 ? agency : agency.slice(0, space);
  if (!m.exclusiveLabels.has(looseKey(first))) return agency;
  const rest = space < 0 ? "" : agency.slice(space + 1).trim();
  return rest.length > 0 ? rest : null;
}
