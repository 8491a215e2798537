/**
 * Datelines and bylines read together: the origin of a story is written as a few parts separated by dashes,
 * colons, commas or brackets (`بيروت - رويترز`, `سمارت ــ تركيا`, `القاهرة: «الشرق الأوسط»`,
 * `أحمد الشميري (صنعاء)`, `ميونخ - NAME، وكالات`, `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`).
 * Each part is classified as an agency, a generic source, a place, a name or a date, in any order.
 */
import { digitValue, isWhiteSpace } from "../internal/chars.js";
import type { Lexicon } from "../lexicon/index.js";
import {
  isNameLike,
  isNamesPhrase,
  isNisbaName,
  readMarkedByline,
  splitJoinedNames,
  startsWithGivenName,
  stripPersonTitles,
} from "./byline.js";
import {
  bodyHeadKeys,
  DIGIT,
  hasQuoteChar,
  hasWordChar,
  isDashCode,
  LineWords,
  looseKey,
  looseKeyUpTo,
  MARK,
  monthKeys,
  type PageMatchers,
  QUOTE_CHARS,
  roleTitleKeys,
  speakerGroupKeys,
  tokens,
  trimStartChars,
  trimToWord,
  wordCount,
} from "./patterns.js";

/** The editor, authors, agency and location read from a byline or dateline. */
export interface Origin {
  readonly editor: string | null;
  readonly authors: readonly string[];
  readonly agency: string | null;
  readonly location: string | null;
  /** `true` when a marker or a known agency vouches for the reading; `false` for a reading by shape only. */
  readonly strong: boolean;
}

type PartKind = "agency" | "generic" | "place" | "placeOrAgency" | "name" | "date" | "unknown";

interface Part {
  /** Offsets in the text that was split. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  kind: PartKind;
}

/** The loose key of `وكالة ` (agency): a phrase that opens with it names an agency. */
const AGENCY_WORD = "وكاله ";
/** The same word with the article ال (`الوكالة الموريتانية للأنباء`). */
const DEFINITE_AGENCY_WORD = "الوكاله ";
/** Most words of an outlet's name written in quotes (`«الشرق الأوسط»`). */
const MAX_QUOTED_OUTLET_WORDS = 3;
/** Most words of a part read as two known phrases side by side. */
const MAX_GLUED_WORDS = 6;
/** Most words of a reporter's name beside a place or agency. */
const MAX_ORIGIN_NAME_WORDS = 4;

function hasStopWord(text: string, m: PageMatchers): boolean {
  for (const w of tokens(text)) if (m.nameStopWords.has(looseKey(trimToWord(w)))) return true;
  return false;
}

/** Most words of a byline or dateline read by shape only (no marker, no known agency). */
const MAX_WEAK_WORDS = 8;
/** Most words a standalone byline or dateline line can have, its date left aside. */
const MAX_ORIGIN_WORDS = 14;

/** Strips quotation marks around a phrase; `quoted` when one opened it (`بـ"…"` only closes one). */
function stripQuotes(text: string): { text: string; quoted: boolean } {
  let s = 0;
  let e = text.length;
  let quoted = false;
  while (s < e && (QUOTE_CHARS.includes(text.charAt(s)) || text.charAt(s) === " ")) {
    if (text.charAt(s) !== " ") quoted = true;
    s++;
  }
  while (e > s && (QUOTE_CHARS.includes(text.charAt(e - 1)) || text.charAt(e - 1) === " ")) e--;
  return { text: text.slice(s, e), quoted };
}

/** Whether a token belongs to a written date: a number, a month or weekday name, an era marker. */
function isDateToken(token: string, m: PageMatchers, months: ReadonlySet<string>): boolean {
  if (DIGIT.test(token)) return true;
  const k = looseKey(trimToWord(token));
  return k.length > 0 && (m.calendarWords.has(k) || months.has(k));
}

/** The kind of a phrase; with `names` false, a phrase the lexicon does not know is "unknown" unread. */
function classifyPhrase(raw: string, m: PageMatchers, names = true): PartKind {
  const { text, quoted } = stripQuotes(raw.trim());
  const k = phraseKey(text, m);
  if (k.length === 0) return "unknown";
  const known = knownKind(text, quoted, k, m);
  if (known) return known;
  if (isGenericFor(k, m)) return "generic";
  // An exclusivity label before an outlet (`خاص بوابة الرافدين`): the outlet's phrase, the label dropped later.
  const space = k.indexOf(" ");
  if (space > 0 && m.exclusiveLabels.has(k.slice(0, space))) {
    const rest = text.slice(text.indexOf(" ") + 1);
    if (knownKind(rest, quoted, phraseKey(rest, m), m) === "agency") return "agency";
  }
  if (names && isNamesPhrase(text, MAX_ORIGIN_NAME_WORDS, m)) return "name";
  return "unknown";
}

/**
 * The outlet named after a generic source (`نبض` of `خاص بنبض`, `نبض اليمن` of `خاص لـ نبض اليمن`): the
 * named outlet is the agency, as in `OUTLET _ خاص`; any other text is returned as it is.
 */
function beneficiary(text: string, m: PageMatchers): string {
  if (!isGenericFor(looseKey(text), m)) return text;
  const space = text.indexOf(" ");
  let i = space + 2;
  while (i < text.length && (text.charAt(i) === " " || text.charCodeAt(i) === 0x0640)) i++;
  const outlet = stripQuotes(text.slice(i)).text.trim();
  return outlet.length > 0 ? outlet : text;
}

/** Most words of a generic source with its beneficiary (`خاص بنبض`, `خاص لـ صوت المدينة`). */
const MAX_GENERIC_FOR_WORDS = 4;

/**
 * A generic source and the outlet it was for, joined by the preposition ب or ل (U+0628, U+0644) glued to
 * the outlet or standing apart (`خاص بنبض`, `خاص لـ صوت المدينة`): still the generic source, no name.
 */
function isGenericFor(key: string, m: PageMatchers): boolean {
  const space = key.indexOf(" ");
  if (space < 0 || !m.genericSources.has(key.slice(0, space))) return false;
  const rest = key.slice(space + 1);
  const c = rest.charCodeAt(0);
  // A word that opens with ب or ل but is an outlet's own word (`بوابة`) is no preposition: `خاص بوابة X`.
  const next = rest.split(" ", 1)[0] ?? "";
  if (m.mastheadWords.has(next) || m.outletHeads.has(next) || m.outletKinds.has(next)) return false;
  return (c === 0x0628 || c === 0x0644) && wordCount(rest, MAX_GENERIC_FOR_WORDS) < MAX_GENERIC_FOR_WORDS;
}

/**
 * What the lexicon or the quotes alone make of a phrase (its quotes stripped, `key` its loose key): an
 * agency, a generic source, a place or both; `null` for anything else (a name is not read here).
 */
function knownKind(text: string, quoted: boolean, key: string, m: PageMatchers): PartKind | null {
  const inSets = key.length <= m.longestKey;
  const isPlace = (inSets && m.places.has(key)) || isQualifiedPlace(text, m);
  const isAgency =
    (inSets && m.agencies.has(key)) ||
    key.startsWith(AGENCY_WORD) ||
    key.startsWith(DEFINITE_AGENCY_WORD) ||
    (!isPlace && isOutletShaped(text, m));
  if (isAgency && isPlace) return "placeOrAgency";
  if (isAgency) return "agency";
  if (inSets && (m.genericSources.has(key) || m.exclusiveLabels.has(key))) return "generic";
  if (isPlace) return "place";
  if (quoted && wordCount(text) <= MAX_QUOTED_OUTLET_WORDS && !DIGIT.test(text) && !hasStopWord(text, m))
    return "agency";
  return null;
}

/** Most words of an outlet's name told by its shape (`وكالة أنباء الشرق الأوسط` has four). */
const MAX_OUTLET_WORDS = 5;

/**
 * Whether a phrase has the shape of an outlet's name: a letter abbreviation (`أ ش أ`, `أ.ش.أ`), or a few
 * words without a function word of which one is an outlet word (`دجلة نيوز`, `جوهرة أف أم`) or the first an
 * outlet's head noun (`صدى الوادي`).
 */
export function isOutletShaped(text: string, m: PageMatchers): boolean {
  if (isLetterAbbreviation(text)) return true;
  const words = tokens(text, MAX_OUTLET_WORDS + 1);
  if (words.length > MAX_OUTLET_WORDS) return false;
  // A noun that only opens an outlet's name (`صدى`, `صوت`) leads it, before a definite noun as outlets
  // are named (`صدى الوادي`; `صوت واحد` is a phrase).
  // So does a noun of an outlet's kind (`بوابة الرافدين`, `صحيفة الأيام`, `قناة الغد`).
  const head = looseKey(trimToWord(words[0] ?? ""));
  let outlet =
    (m.outletHeads.has(head) || m.outletKinds.has(head)) && (words[1] ?? "").startsWith("\u0627\u0644");
  for (let i = 0; i < words.length; i++) {
    const k = looseKey(trimToWord(words[i] ?? ""));
    if (m.nameStopWords.has(k)) return false;
    const next = words[i + 1];
    if (
      m.outletWords.has(k) ||
      (next !== undefined && m.outletWords.has(`${k} ${looseKey(trimToWord(next))}`))
    )
      outlet = true;
  }
  return outlet && words.length > 1;
}

/**
 * Whether a phrase is a letter abbreviation: two or more single letters (Arabic U+0621–U+064A or Latin)
 * separated by spaces or dots (`أ ش أ`, `أ.ش.أ`, `د ب أ`), as agencies' initials are written.
 */
export function isLetterAbbreviation(text: string): boolean {
  let letters = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x2e || c === 0xa0) {
      run = 0;
      continue;
    }
    const letter = (c >= 0x0621 && c <= 0x064a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!letter || ++run > 1) return false;
    letters++;
  }
  return letters >= 2;
}

/** A known place after a word such as ريف or شمال (`ريف حلب`, `شمال سوريا`) is a place too. */
function isQualifiedPlace(text: string, m: PageMatchers): boolean {
  const words = tokens(text, 4);
  if (words.length < 2 || words.length > 3) return false;
  if (!m.placeQualifiers.has(looseKey(trimToWord(words[0] ?? "")))) return false;
  return m.places.has(looseKey(words.slice(1).join(" ")));
}

/**
 * The loose key of a phrase as far as {@link knownKind} reads it: whole when the word sets may hold it,
 * else a prefix long enough to show it is too long and whether it opens with {@link AGENCY_WORD}.
 */
function phraseKey(text: string, m: PageMatchers): string {
  return looseKeyUpTo(text, Math.max(m.longestKey, AGENCY_WORD.length));
}

/** {@link knownKind} of a raw phrase. */
function knownPhraseKind(raw: string, m: PageMatchers): PartKind | null {
  const { text, quoted } = stripQuotes(raw.trim());
  const k = phraseKey(text, m);
  return k.length === 0 ? null : knownKind(text, quoted, k, m);
}

/**
 * Splits `text` into parts at dashes, colons, bars, commas, brackets and slashes (`بغداد/ دجلة نيوز`,
 * `/قنا/`); a slash or hyphen-minus between two digits belongs to a date (`12/05/2023`, `3-11-2026`).
 */
function splitParts(text: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && text.charAt(a) === " ") a++;
    while (b > a && text.charAt(b - 1) === " ") b--;
    if (b > a && hasWordChar(text, a, b))
      parts.push({ start: a, end: b, text: text.slice(a, b), kind: "unknown" });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // : | ، (U+060C) , ( ) [ ] /
    // A slash or a hyphen between two digits belongs to a date (`12/05/2023`, `3-11-2026`).
    const inDate = isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1));
    // A tatweel (U+0640) glued after a letter draws out a prefixed preposition (`بـ"…"`, `لـ«…»`): no dash.
    const drawn =
      c === 0x0640 && !" \u0640".includes(text.charAt(i - 1)) && !" \u0640".includes(text.charAt(i + 1));
    if (
      (isDashCode(c) && !(c === 0x2d && inDate) && !drawn) ||
      (c === 0x2f && !inDate) ||
      c === 0x3a ||
      c === 0x7c ||
      c === 0x060c ||
      c === 0x2c ||
      c === 0x28 ||
      c === 0x29 ||
      c === 0x5b ||
      c === 0x5d
    ) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, text.length);
  return parts;
}

/** Whether a UTF-16 code unit is a digit (ASCII, U+0660–U+0669, U+06F0–U+06F9); false for NaN. */
function isDigitCode(c: number): boolean {
  return digitValue(c) >= 0;
}

/** Reads `PLACE DATE AGENCY` (SPA) or `PLACE DATE` inside one part; returns the sub-parts or null. */
function splitDatedPart(part: Part, m: PageMatchers, months: ReadonlySet<string>): Part[] | null {
  const span = datedSpan(part, m, months);
  if (!span) return null;
  const { words, first, last } = span;
  const at = (a: number, b: number, kind: PartKind): Part => {
    const s = part.start + (words[a]?.s ?? 0);
    const e = part.start + (words[b]?.e ?? 0);
    return { start: s, end: e, text: part.text.slice(words[a]?.s ?? 0, words[b]?.e ?? 0), kind };
  };
  const out: Part[] = [];
  if (first > 0) out.push(at(0, first - 1, "unknown"));
  out.push(at(first, last, "date"));
  if (last + 1 < words.length) out.push(at(last + 1, words.length - 1, "unknown"));
  for (const p of out) if (p.kind === "unknown") p.kind = classifyPhrase(p.text, m);
  return out;
}

/** The words of a part, and the first and last of those that make its date. */
interface DatedSpan {
  readonly words: readonly { readonly s: number; readonly e: number; readonly t: string }[];
  readonly first: number;
  readonly last: number;
}

/** Most words in a row inside a date that are neither numbers nor date words (`الآخرة` of `جمادى الآخرة`). */
const MAX_DATE_INNER_WORDS = 2;

/** Where {@link splitDatedPart} finds the date in a part, or null when it finds none. */
function datedSpan(part: Part, m: PageMatchers, months: ReadonlySet<string>): DatedSpan | null {
  if (!DIGIT.test(part.text)) return null;
  const words: { s: number; e: number; t: string }[] = [];
  const re = /\S+/gu;
  for (let r = re.exec(part.text); r; r = re.exec(part.text))
    words.push({ s: r.index, e: r.index + r[0].length, t: r[0] });
  let first = -1;
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    if (DIGIT.test(words[i]?.t ?? "")) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  // A weekday or month written before the first number belongs to the date.
  while (
    first > 0 &&
    isDateToken(words[first - 1]?.t ?? "", m, months) &&
    !m.places.has(looseKey(words[first - 1]?.t ?? ""))
  )
    first--;
  while (last + 1 < words.length && isDateToken(words[last + 1]?.t ?? "", m, months)) last++;
  // Between the numbers of a date stand only date words and the odd word of a month's name (`جمادى
  // الآخرة`): a run of words there is a sentence between two figures (`2.1 مليون زائر … 900`), no date.
  let run = 0;
  for (let i = first; i <= last; i++) {
    const t = words[i]?.t ?? "";
    if (isDateToken(t, m, months)) {
      run = 0;
      continue;
    }
    if (!/^[\p{L}\p{M}]+$/u.test(t) || ++run > MAX_DATE_INNER_WORDS) return null;
  }
  return { words, first, last };
}

/** The runs of `/\S+/gu` in `text` (offsets), no more than `limit` of them. */
function nonSpaceRuns(text: string, limit: number): { s: number; e: number }[] {
  const runs: { s: number; e: number }[] = [];
  let i = 0;
  while (runs.length < limit) {
    while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const s = i;
    while (i < text.length && !isWhiteSpace(text.charCodeAt(i))) i++;
    runs.push({ s, e: i });
  }
  return runs;
}

/** Reads `سمارت تركيا` (a dash lost to normalization): two known phrases side by side. */
function splitGluedPart(part: Part, m: PageMatchers): Part[] | null {
  // A quotation mark inside the part opens a quote, which is never two names side by side.
  if (hasQuoteChar(part.text)) return null;
  const words = nonSpaceRuns(part.text, MAX_GLUED_WORDS + 1);
  if (words.length < 2 || words.length > MAX_GLUED_WORDS) return null;
  for (let cut = 1; cut < words.length; cut++) {
    const leftEnd = words[cut - 1]?.e ?? 0;
    const rightStart = words[cut]?.s ?? 0;
    const left = part.text.slice(0, leftEnd);
    const right = part.text.slice(rightStart);
    // Only a phrase that the lexicon or quotes vouch for counts here, so names are not read.
    const lk = knownPhraseKind(left, m);
    const rk = lk === null ? null : knownPhraseKind(right, m);
    if (lk !== null && rk !== null && (lk !== "place" || rk !== "place")) {
      return [
        { start: part.start, end: part.start + leftEnd, text: left, kind: lk },
        { start: part.start + rightStart, end: part.end, text: right, kind: rk },
      ];
    }
  }
  return null;
}

/**
 * The outlet of `مراسل OUTLET` or `خدمة OUTLET` (a correspondent of, a service of): the outlet is the
 * agency and no reporter is named. `null` when the part does not open with such a word, or when what
 * follows is a person (a known given name: `مراسلة سارة علي`), a known place or too long for an outlet.
 */
function staffedOutlet(p: Part, m: PageMatchers): Part | null {
  const space = p.text.indexOf(" ");
  if (space < 0 || !m.outletStaffWords.has(looseKey(trimToWord(p.text.slice(0, space))))) return null;
  let s = space;
  while (s < p.text.length && p.text.charAt(s) === " ") s++;
  const rest = p.text.slice(s);
  const n = wordCount(rest, MAX_OUTLET_WORDS + 1);
  if (n === 0 || n > MAX_QUOTED_OUTLET_WORDS || DIGIT.test(rest) || hasStopWord(rest, m)) return null;
  if (startsWithGivenName(rest, m)) return null;
  const kind = knownPhraseKind(rest, m);
  if (kind === "place" || kind === "generic") return null;
  return { start: p.start + s, end: p.end, text: rest, kind: "agency" };
}

/** The loose key of من (from) before a reporter's name in `PLACE - من NAME`, as wires write it. */
const FROM_WORD = "من";

/**
 * The reporter of `من NAME` (from NAME) in a dateline (`بيروت - من ريم حداد`): a name with a known given
 * name after the preposition. `null` for any other part (`من جهة أخرى`).
 */
function reporterFrom(p: Part, m: PageMatchers): Part | null {
  const space = p.text.indexOf(" ");
  if (space < 0 || looseKey(p.text.slice(0, space)) !== FROM_WORD) return null;
  let s = space;
  while (s < p.text.length && p.text.charAt(s) === " ") s++;
  const rest = p.text.slice(s);
  if (!startsWithGivenName(rest, m) || !isNamesPhrase(rest, MAX_ORIGIN_NAME_WORDS, m)) return null;
  return { start: p.start + s, end: p.end, text: rest, kind: "name" };
}

/** The loose key of ومن (and from), which opens the second reporter of `من PLACE: A ومن PLACE: B`. */
const AND_FROM_WORD = "ومن";
/** Most words of the place in `من PLACE: NAME`. */
const MAX_FROM_PLACE_WORDS = 3;

/**
 * Reads `من PLACE: NAME` and `من PLACE: NAME ومن PLACE: NAME` (reporters and the places they write from, as
 * the Maghreb press credits them): the names are the authors and the places, joined with `، `, the location.
 * Each place is a few words without digit or function word; each name reads as a name, and at least one
 * opens with a known given name. `null` for any other line.
 */
export function readReportersFrom(text: string, m: PageMatchers): Origin | null {
  const words = tokens(text, MAX_ORIGIN_WORDS + 2);
  if (words.length > MAX_ORIGIN_WORDS + 1 || looseKey(words[0] ?? "") !== FROM_WORD) return null;
  const places: string[] = [];
  const authors: string[] = [];
  let known = false;
  let i = 0;
  while (i < words.length) {
    // A segment: من or ومن, the place up to the word that carries the colon, then the name.
    const opener = looseKey(words[i] ?? "");
    if (opener !== (i === 0 ? FROM_WORD : AND_FROM_WORD)) return null;
    i++;
    const place: string[] = [];
    let closed = false;
    while (i < words.length && place.length < MAX_FROM_PLACE_WORDS && !closed) {
      const w = words[i] as string;
      closed = w.endsWith(":");
      place.push(closed ? w.slice(0, -1) : w);
      i++;
    }
    if (!closed) return null;
    const name: string[] = [];
    while (i < words.length && looseKey(words[i] ?? "") !== AND_FROM_WORD) name.push(words[i++] as string);
    const placeText = place.join(" ").trim();
    const nameText = name.join(" ");
    if (placeText.length === 0 || DIGIT.test(placeText) || hasStopWord(placeText, m)) return null;
    if (name.length < 2 || !isNamesPhrase(nameText, MAX_ORIGIN_NAME_WORDS, m)) return null;
    if (startsWithGivenName(nameText, m)) known = true;
    places.push(placeText);
    authors.push(stripPersonTitles(nameText, m));
  }
  if (!known || authors.length === 0) return null;
  return { editor: null, authors, agency: null, location: places.join("، "), strong: true };
}

/** Most words of the place in brackets after a reporter's name (`نورة الكواري (الخور)`). */
const MAX_BRACKET_PLACE_WORDS = 3;

/**
 * Reads two or more reporters each with the place they write from in brackets, `NAME (PLACE) - NAME (PLACE)`,
 * joined by a dash, a comma (`،` U+060C), `، و`, ` و` or a bar: the names are the authors, joined with `، `.
 * The places are each reporter's own, known to the lexicon or not; the line names no one place of the story,
 * which a dateline gives. Each name reads as a name (a conjunction و that opens one dropped, unless it is a
 * و-name), and at least one opens with a known given name (`حزب العمل (المعارضة)` is none) unless a byline
 * marker (`تقرير:`) vouches for the names. `null` for any other line.
 */
export function readBracketedReporters(text: string, m: PageMatchers, marked = false): Origin | null {
  const authors: string[] = [];
  let known = false;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("(", at);
    if (open < 0) break;
    const close = text.indexOf(")", open + 1);
    if (close < 0) return null;
    let name = text.slice(at, open).trim();
    name = trimStartChars(name, "-\u2013\u2014|\u060C,").trim();
    const first = name.split(" ", 1)[0] ?? "";
    // The conjunction و (U+0648) opens a later reporter's name (`، وهودان عبدي`).
    if (authors.length > 0 && first.startsWith("\u0648")) {
      if (first === "\u0648") name = name.slice(1).trim();
      else if (!m.wawNames.has(looseKey(first))) name = name.slice(1);
    }
    const place = text.slice(open + 1, close).trim();
    const placeWords = wordCount(place, MAX_BRACKET_PLACE_WORDS + 1);
    if (
      placeWords === 0 ||
      placeWords > MAX_BRACKET_PLACE_WORDS ||
      DIGIT.test(place) ||
      hasStopWord(place, m)
    )
      return null;
    if (wordCount(name, 2) < 2 || !isNamesPhrase(name, MAX_ORIGIN_NAME_WORDS, m)) return null;
    if (startsWithGivenName(name, m)) known = true;
    authors.push(stripPersonTitles(name, m));
    at = close + 1;
  }
  // Only separators may stand after the last bracket.
  if (authors.length < 2 || !(known || marked) || /[^\s\-\u2013\u2014|\u060C,.]/u.test(text.slice(at)))
    return null;
  return { editor: null, authors, agency: null, location: null, strong: true };
}

function classifyParts(
  parts: Part[],
  m: PageMatchers,
  months: ReadonlySet<string>,
  names = true,
  masthead?: string,
): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const outlet = staffedOutlet(p, m) ?? reporterFrom(p, m);
    if (outlet) {
      out.push(outlet);
      continue;
    }
    p.kind = classifyPhrase(p.text, m, names);
    // The masthead is one outlet even when it reads as two known phrases (`السودان اليوم`: a place and a
    // paper); markMasthead marks it whole.
    if ((p.kind === "unknown" || p.kind === "name") && namesMasthead(p.text, masthead, m)) {
      out.push(p);
      continue;
    }
    if (p.kind === "unknown") {
      const dated = splitDatedPart(p, m, months);
      if (dated) {
        out.push(...dated);
        continue;
      }
    }
    // Two known phrases side by side read as two parts even when together they look like a name.
    if (p.kind === "unknown" || p.kind === "name") {
      const glued = splitGluedPart(p, m);
      if (glued) {
        out.push(...glued);
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** Options of {@link readOrigin}. */
export interface OriginContext {
  /** Accept readings by shape only (a place and a name, a place alone): true between title and body. */
  readonly weakAllowed: boolean;
  /** The page's masthead (its first line), as a loose key: a part that names it is the outlet. */
  readonly masthead?: string | undefined;
}

/**
 * Whether a phrase names the page's masthead: its key is the masthead's, the masthead's and one or two words
 * more (`نبض ليبيا` under `نبض`), or the masthead's without a last word that only says what kind of site it
 * is or a number (`صوت الكرخ` under `صوت الكرخ نيوز`, `خليج بزنس` under `خليج بزنس أونلاين`, `الأطلس` under
 * `الأطلس 24`).
 */
export function namesMasthead(phrase: string, masthead: string | undefined, m: PageMatchers): boolean {
  if (!masthead) return false;
  const key = looseKey(stripQuotes(phrase).text);
  if (key.length === 0) return false;
  if (key === masthead) return true;
  // The masthead and a word or two more: the outlet's full name (`نبض ليبيا` under `نبض`).
  if (key.startsWith(`${masthead} `)) return wordCount(key.slice(masthead.length + 1), 3) <= 2;
  if (masthead.startsWith(`${key} `)) {
    const rest = masthead.slice(key.length + 1);
    if (!rest.includes(" ") && (m.outletWords.has(rest) || isAllDigits(rest))) return true;
  }
  return key === mastheadCore(masthead, m);
}

/**
 * The masthead's own name without the words that only say what kind of outlet it is, before it (`شبكة`,
 * `صحيفة`, `موقع`) and after it (`الإخبارية`, `نيوز`, `24`): `جبل النار` of `شبكة جبل النار الإخبارية`.
 * `null` when nothing is cut or nothing is left.
 */
function mastheadCore(masthead: string, m: PageMatchers): string | null {
  const words = masthead.split(" ");
  let s = 0;
  let e = words.length;
  while (s < e && m.mastheadWords.has(words[s] ?? "")) s++;
  while (e > s && (m.outletWords.has(words[e - 1] ?? "") || isAllDigits(words[e - 1] ?? ""))) e--;
  // After a kind word, a last nisba says whose outlet it is (`صحيفة الوادي العمانية`, the Omani paper).
  if (s > 0 && e - s >= 2 && isDefiniteNisba(words[e - 1] ?? "")) e--;
  if (e - s === words.length || e <= s) return null;
  return words.slice(s, e).join(" ");
}

/** Fewest letters of a definite nisba: ال, a root of two letters or more, and يه (the loose key of ية). */
const MIN_NISBA_LETTERS = 6;

/**
 * Whether a loose-keyed word is a definite feminine nisba: ال (U+0627 U+0644) … يه (U+064A U+0647, the
 * loose key of ية), as `العمانيه`, `المصريه`, `الالكترونيه`.
 */
function isDefiniteNisba(word: string): boolean {
  return word.length >= MIN_NISBA_LETTERS && word.startsWith("\u0627\u0644") && word.endsWith("\u064A\u0647");
}

function isAllDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Parts that name the page's masthead are the outlet (`سودان بوست _ خاص` under a `سودان بوست` masthead). */
function markMasthead(parts: readonly Part[], masthead: string | undefined, m: PageMatchers): void {
  if (!masthead) return;
  for (const p of parts) {
    if (p.kind === "agency") continue;
    // A known place, or a phrase read as a date for its digits (`HN24`), names the masthead only whole
    // (`عدن` is the city under an `عدن 24` masthead).
    const whole = p.kind === "place" || p.kind === "date";
    const named = whole
      ? looseKey(stripQuotes(p.text).text) === masthead
      : namesMasthead(p.text, masthead, m);
    if (named) p.kind = "agency";
  }
}

/** The place parts as written, a run of adjacent places kept whole and runs apart joined with `، `. */
function locationOf(text: string, content: readonly Part[]): string | null {
  const runs: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (const p of content) {
    if (p.kind === "place") {
      if (runStart < 0) runStart = p.start;
      runEnd = p.end;
    } else if (runStart >= 0) {
      runs.push(text.slice(runStart, runEnd));
      runStart = -1;
    }
  }
  if (runStart >= 0) runs.push(text.slice(runStart, runEnd));
  return runs.length > 0 ? runs.join("، ") : null;
}

function joinNames(names: readonly string[]): string[] {
  return names.map((n) => n.trim()).filter((n) => n.length > 0);
}

/** Most words of an outlet named after its city (`صوت الشعب حلب` has three). */
const MAX_CITY_OUTLET_WORDS = 3;

/** Whether a phrase of two or three words ends with a place the lexicon knows (`صدى عدن`, `صوت حلب`). */
function holdsPlace(text: string, m: PageMatchers): boolean {
  const words = tokens(text);
  if (words.length < 2 || words.length > MAX_CITY_OUTLET_WORDS) return false;
  return m.places.has(looseKey(words[words.length - 1] as string)) && !hasStopWord(text, m);
}

/**
 * Turns classified parts into an origin. The agency is the named outlet, or the generic source
 * (`وكالات`, `خاص`) when none is named; the location is the run of place parts as written.
 */
function assemble(
  text: string,
  parts: Part[],
  m: PageMatchers,
  ctx: OriginContext,
  tatweelPair = false,
  ownLine = false,
): Origin | null {
  const content = parts.filter((p) => p.kind !== "date");
  if (content.length === 0) return null;
  // How many content parts are of each kind, kept up to date as parts are resolved below (one count
  // instead of a filter of the parts per question: this runs for most short lines of a page).
  const count: Record<PartKind, number> = {
    agency: 0,
    generic: 0,
    place: 0,
    placeOrAgency: 0,
    name: 0,
    date: 0,
    unknown: 0,
  };
  for (const p of content) count[p.kind]++;
  const resolve = (p: Part, kind: PartKind) => {
    count[p.kind]--;
    count[kind]++;
    p.kind = kind;
  };
  // A bracketed or lexicon word that is both a city and an outlet (الرياض) is the place when an agency is
  // named beside it, and the agency when a place is.
  for (const p of content) {
    if (p.kind !== "placeOrAgency") continue;
    resolve(p, count.agency > 0 ? "place" : count.place > 0 ? "agency" : "place");
  }
  // `AGENCY ــ PLACE`: two parts joined by a tatweel dash (U+0640), the convention of the outlets that
  // write it, put the outlet first and the place second, even when the lexicon knows neither.
  if (tatweelPair && ctx.weakAllowed && content.length === 2 && count.unknown > 0) {
    const [a, b] = content as [Part, Part];
    const outletLike = (p: Part) =>
      wordCount(p.text, MAX_QUOTED_OUTLET_WORDS) <= MAX_QUOTED_OUTLET_WORDS &&
      !DIGIT.test(p.text) &&
      !hasStopWord(p.text, m);
    const reporter = a.kind === "name" && startsWithGivenName(a.text, m);
    if (
      (a.kind === "unknown" || a.kind === "name") &&
      !reporter &&
      outletLike(a) &&
      (b.kind === "unknown" || b.kind === "place")
    )
      resolve(a, "agency");
    if (b.kind === "unknown" && outletLike(b) && a.kind === "agency") resolve(b, "place");
  }
  // The part beside وكالات or خاص, with no place, is the outlet that took the wires or wrote the story
  // (`عمان نيوز - وكالات`), unless it is a reporter with a known given name (`أحمد علي - وكالات`).
  if (
    count.generic > 0 &&
    count.agency === 0 &&
    count.place === 0 &&
    count.unknown === 0 &&
    count.name === 1
  ) {
    const named = content.find((p) => p.kind === "name") as Part;
    if (!startsWithGivenName(named.text, m)) resolve(named, "agency");
  }
  // A "name" that ends with a known place and opens with no known given name is an outlet named after its
  // city (`صدى عدن`, `صوت حلب`): people are not named after cities, and the outlet is the agency. So is
  // the one name beside وكالات or خاص and a place (`صدى الجنوب ـ عدن ـ خاص`) when no given name vouches
  // for it: the generic source says the outlet wrote the story.
  if (count.agency === 0 && count.name > 0) {
    const outlet = content.find(
      (p) =>
        p.kind === "name" &&
        !startsWithGivenName(p.text, m) &&
        ((count.generic > 0 && count.name === 1) || holdsPlace(p.text, m)),
    );
    if (outlet) resolve(outlet, "agency");
  }
  // On a dateline's own line, one word of initials beside a known place and nothing else is the agency the
  // lexicon does not know (`الدار البيضاء — ومك`, `الرياض 14 ربيع الأول 1448 هـ الموافق … م ونج`): the
  // wires name themselves by such initials, and a place is not written beside another so.
  if (ownLine && ctx.weakAllowed && count.unknown === 1 && count.place === 1 && content.length === 2) {
    const u = content.find((p) => p.kind === "unknown") as Part;
    if (isInitialsWord(u.text, m)) resolve(u, "agency");
  }
  // `PLACE DATE … م INITIALS` with neither known (`تلكلخ 3 جمادى الآخرة 1448 هـ الموافق … م ونج`): the date
  // between a word or two and an agency's initials is the wire's dateline, which nothing else looks like.
  if (ownLine && ctx.weakAllowed && parts.length === 3 && count.unknown === 2 && content.length === 2) {
    const [where, when, who] = parts as [Part, Part, Part];
    if (
      when.kind === "date" &&
      // A lone number is no date (`الحرارة تتجاوز 50 درجة`): a day is written with its month.
      (wordCount(when.text, 2) > 1 || !isAllDigits(when.text.trim())) &&
      where.kind === "unknown" &&
      who.kind === "unknown" &&
      wordCount(where.text, 3) <= 2 &&
      !hasStopWord(where.text, m) &&
      isInitialsWord(who.text, m)
    ) {
      resolve(who, "agency");
      resolve(where, "place");
    }
  }
  // `PLACE: «OUTLET»` (the README's `القاهرة: «الشرق الأوسط»`) with a town of a name's shape the lexicon
  // does not know (`ود مدني: «…»`): a reporter's name is joined to the outlet by a dash (`NAME- سبق:`), a
  // place by the colon; a known given name still opens a reporter's name.
  if (content.length === 2 && count.name === 1 && count.agency === 1) {
    const [where, outlet] = content as [Part, Part];
    if (
      where.kind === "name" &&
      outlet.kind === "agency" &&
      OUTLET_OPENERS.includes(text.charAt(outlet.start)) &&
      text.slice(where.end, outlet.start).trim() === ":" &&
      !startsWithGivenName(where.text, m)
    )
      resolve(where, "place");
  }
  const strongEvidence = count.agency > 0 || count.generic > 0;
  // `NAME (PLACE)`: what a reporter with a known given name is followed by in brackets is the place they
  // write from, even when it reads as a name (`مراد حمدي (تيزي وزو)`).
  if (ctx.weakAllowed && content.length === 2 && count.name === 2) {
    const [who, where] = content as [Part, Part];
    if (
      startsWithGivenName(who.text, m) &&
      !startsWithGivenName(where.text, m) &&
      text.charAt(where.start - 1) === "(" &&
      wordCount(where.text, MAX_FROM_PLACE_WORDS + 1) <= MAX_FROM_PLACE_WORDS
    )
      resolve(where, "place");
  }
  // `PLACE - NAME` with a place of a name's shape the lexicon does not know (`بني ملال – سامي الفيلالي`):
  // before a reporter whose given name is known, a phrase of a word or two that opens with none stands in
  // the place's slot, as in `الغردقة - أحمد علي`; so does each such phrase of `PLACE - NAME | PLACE - NAME`
  // (`البصرة - NAME | ذي قار - NAME`). A tatweel pair puts the outlet first instead.
  for (let i = 0; ctx.weakAllowed && !tatweelPair && count.name >= 2 && i + 1 < content.length; i++) {
    const where = content[i] as Part;
    const who = content[i + 1] as Part;
    if (
      where.kind === "name" &&
      who.kind === "name" &&
      (content.length === 2 || count.place > 0) &&
      startsWithGivenName(who.text, m) &&
      !startsWithGivenName(where.text, m) &&
      isDashBetween(text, where.end, who.start) &&
      wordCount(where.text, 3) <= 2 &&
      // A noun and a definite complement is the shape of a body's name (`حزب الأمة`), not of a place.
      !(tokens(where.text)[1] ?? "").startsWith("\u0627\u0644")
    )
      resolve(where, "place");
  }
  if (count.unknown > 1 && ctx.weakAllowed && everyUnknownPaired(content, m)) {
    // `PLACE - NAME | PLACE - NAME`: each phrase the lexicon does not know stands before its own reporter,
    // in the slot of the place each writes from.
    for (const p of content) if (p.kind === "unknown") resolve(p, "place");
  }
  if (count.unknown > 0) {
    // One unknown part of a word or two, beside a known agency or a reporter with a known given name, is
    // a place not in the lexicon (`الغردقة - أحمد علي`, `سمارت ــ أعزاز`); between title and body only.
    if (count.unknown > 1 || !ctx.weakAllowed) return null;
    const u = content.find((p) => p.kind === "unknown") as Part;
    // Beside a known place an unknown phrase is a place only in the slot of one: before its own reporter,
    // as in `PLACE - NAME، PLACE - NAME` (two reporters in two places).
    const next = content[content.indexOf(u) + 1];
    const pairedPlace = next?.kind === "name" && startsWithGivenName(next.text, m);
    if (wordCount(u.text, 2) > 2 || DIGIT.test(u.text) || (count.place > 0 && !pairedPlace)) return null;
    const vouched =
      strongEvidence || content.some((p) => p.kind === "name" && startsWithGivenName(p.text, m));
    if (!vouched) return null;
    resolve(u, "place");
  }
  // Each reporter beside their own place (`PLACE - NAME | PLACE - NAME`) may take a longer line.
  const paired = count.place > 1 && count.place === count.name;
  if (!strongEvidence && !paired && wordCount(text, MAX_WEAK_WORDS) > MAX_WEAK_WORDS) return null;
  if (!strongEvidence && !ctx.weakAllowed) return null;
  if (count.name > 0 && count.place === 0 && count.agency === 0 && count.generic === 0) return null;
  let agencyPart: Part | undefined;
  let genericPart: Part | undefined;
  const authors: string[] = [];
  for (const p of content) {
    if (p.kind === "agency") agencyPart ??= p;
    else if (p.kind === "generic") genericPart ??= p;
    else if (p.kind === "name") authors.push(...joinNames(splitJoinedNames(stripPersonTitles(p.text, m), m)));
  }
  const location = locationOf(text, content);
  const source = agencyPart ?? genericPart;
  const agency = source ? beneficiary(stripQuotes(source.text).text, m) : null;
  return { editor: null, authors, agency, location, strong: strongEvidence };
}

/** Fewest and most Arabic letters of an agency's initials read as one word (`ونج`, `ومك`, `واس`). */
const MIN_INITIALS_LETTERS = 2;
const MAX_INITIALS_LETTERS = 4;

/**
 * Whether a phrase is one short word with the shape of an agency's initials run together: two to four Arabic
 * letters (U+0621–U+064A), without the article ال (a place or a noun takes it, initials do not) and not a
 * word the lexicon knows as a given name, a function word, a menu or calendar word or a relative time.
 */
export function isInitialsWord(text: string, m: PageMatchers): boolean {
  const word = stripQuotes(text.trim()).text;
  if (word.length < MIN_INITIALS_LETTERS || word.length > MAX_INITIALS_LETTERS) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  if (word.startsWith("\u0627\u0644")) return false;
  const k = looseKey(word);
  // A function word or verb after the conjunction و or ف (U+0648, U+0641) is a sentence going on (`وقال`).
  const c = word.charCodeAt(0);
  if ((c === 0x0648 || c === 0x0641) && m.nameStopWords.has(looseKey(word.slice(1)))) return false;
  return !(
    m.givenNames.has(k) ||
    m.nameStopWords.has(k) ||
    m.navigationWords.has(k) ||
    m.sectionLabels.has(k) ||
    m.calendarWords.has(k) ||
    m.relativeTimeAlone.has(k) ||
    m.siteWords.has(k) ||
    m.outletWords.has(k)
  );
}

/**
 * Whether every unknown part is a word or two without digit directly followed by a reporter's name that
 * opens with a known given name (`الناظور - سامي فرج | وجدة - هالة علي`).
 */
function everyUnknownPaired(content: readonly Part[], m: PageMatchers): boolean {
  for (let i = 0; i < content.length; i++) {
    const p = content[i] as Part;
    if (p.kind !== "unknown") continue;
    const next = content[i + 1];
    if (next?.kind !== "name" || !startsWithGivenName(next.text, m)) return false;
    if (wordCount(p.text, 3) > 2 || DIGIT.test(p.text)) return false;
  }
  return true;
}

/** Most unknown phrases of a line read as places each before its reporter (`PLACE - NAME | PLACE - NAME`). */
const MAX_PAIRED_UNKNOWNS = 3;

/**
 * Reads a whole line as a byline and/or dateline. Returns `null` when the line is anything else.
 *
 * @param words - The text split into words, when the caller has it already.
 */
export function readOrigin(
  text: string,
  m: PageMatchers,
  lexicon: Lexicon,
  ctx: OriginContext,
  words: LineWords = new LineWords(text),
): Origin | null {
  const trimmed = text.trim();
  // Only a bullet (• * ·) can open what the RegExp strips once the text is trimmed.
  const line = "•*·".includes(trimmed.charAt(0)) ? trimmed.replace(/^[•*·\s]+/u, "") : trimmed;
  const marked = readMarkedByline(line, m);
  const bracketed = readBracketedReporters(
    marked?.role === "author" ? marked.rest : line,
    m,
    marked !== null,
  );
  if (bracketed && (marked === null || marked.role === "author")) return bracketed;
  if (marked) return readMarked(marked, m, lexicon, ctx);
  const from = readReportersFrom(line, m);
  if (from) return from;
  // The words of `text` are those of `line`: trimming and bullets hold no letter or digit.
  const count = words.count;
  // Only the words of a date go uncounted below, and a date has a digit: a longer line without one is
  // known to fail before its parts are read.
  const digit = words.has(MARK.digit);
  if (count > MAX_ORIGIN_WORDS && !digit) return null;
  const months = monthKeys(lexicon);
  const split = splitParts(line);
  if (count > MAX_ORIGIN_WORDS) {
    // A part gives at most the date that splitDatedPart finds in it, whatever the part reads as: a line
    // too long even without all those words fails before its parts are read.
    let dateWords = 0;
    for (const p of split) {
      const span = datedSpan(p, m, months);
      const from = span?.words[span.first];
      const to = span?.words[span.last];
      if (from && to) dateWords += wordCount(p.text.slice(from.s, to.e));
    }
    if (count - dateWords > MAX_ORIGIN_WORDS) return null;
  }
  let parts: Part[];
  const first = split[0];
  if (split.length === 1 || first === undefined || DIGIT.test(first.text)) {
    // One part without a digit is an origin only when the lexicon knows it, whole or as two phrases side
    // by side: read as a name it would stand alone, which no rule accepts. So its name reading, the
    // dearest test here, is skipped.
    parts = classifyParts(split, m, months, split.length > 1 || digit, ctx.masthead);
    // The masthead alone is the site's name, not an origin; only beside another part does it name one.
    if (split.length > 1) markMasthead(parts, ctx.masthead, m);
  } else {
    // `assemble` accepts one unknown phrase of a word or two (a place not in the lexicon): a longer one or
    // a second one fails the line. The later parts are read first, the last first, which in a sentence is
    // where one fails.
    const later: Part[] = [];
    let unknown = 0;
    for (let i = split.length - 1; i >= 1; i--) {
      const read = classifyParts([split[i] as Part], m, months, true, ctx.masthead);
      markMasthead(read, ctx.masthead, m);
      for (const p of read) {
        if (p.kind !== "unknown") continue;
        if (unknown >= MAX_PAIRED_UNKNOWNS || !ctx.weakAllowed || wordCount(p.text, 2) > 2) return null;
        unknown++;
      }
      later.unshift(...read);
    }
    const head = classifyParts([first], m, months, true, ctx.masthead);
    markMasthead(head, ctx.masthead, m);
    parts = [...head, ...later];
  }
  const dateWords = parts.filter((p) => p.kind === "date").reduce((n, p) => n + wordCount(p.text), 0);
  if (count - dateWords > MAX_ORIGIN_WORDS) return null;
  const second = split[1];
  // The low line _ (U+005F) joins the pair as the tatweel does (`OUTLET _ PLACE`, `OUTLET _ خاص`).
  const pairGlue = first !== undefined && second !== undefined ? line.slice(first.end, second.start) : "";
  const tatweelPair = split.length === 2 && (pairGlue.includes("\u0640") || pairGlue.includes("_"));
  const described = withoutDescriptions(parts, lexicon);
  const only = described[0];
  const description = parts[1];
  if (
    described.length === 1 &&
    description !== undefined &&
    parts.length === 2 &&
    only?.kind === "name" &&
    ctx.weakAllowed &&
    isReporterDescription(description.text, m)
  ) {
    // `NAME | صحفي`: the description vouches for the name before it as a reporter's.
    const authors = joinNames(splitJoinedNames(stripPersonTitles(only.text, m), m));
    return { editor: null, authors, agency: null, location: null, strong: false };
  }
  return assemble(line, described, m, ctx, tatweelPair, true);
}

/** Whether a phrase opens with a press occupation, bare or with the article ال (`صحفي`, `الكاتب الصحفي`). */
function isReporterDescription(text: string, m: PageMatchers): boolean {
  const k = looseKey(trimToWord(tokens(text, 1)[0] ?? ""));
  return (
    m.reporterDescriptions.has(k) || (k.startsWith("\u0627\u0644") && m.reporterDescriptions.has(k.slice(2)))
  );
}

/**
 * The parts without the reporter's description after their name (`بقلم: NAME - كاتب صحفي`, `NAME | صحفي`):
 * a phrase opened by an occupation or post of the quotes lexicon (كاتب، صحفي، محلل، مراسل …) after a name
 * describes the name before it; it is neither a second reporter nor a place.
 */
function withoutDescriptions(parts: Part[], lexicon: Lexicon): Part[] {
  const first = parts.findIndex((p) => p.kind === "name");
  if (first < 0) return parts;
  const roles = roleTitleKeys(lexicon);
  return parts.filter(
    (p, i) =>
      i <= first ||
      (p.kind !== "name" && p.kind !== "unknown") ||
      !roles.has(looseKey(trimToWord(tokens(p.text, 1)[0] ?? ""))),
  );
}

function readMarked(
  marked: ReturnType<typeof readMarkedByline> & object,
  m: PageMatchers,
  lexicon: Lexicon,
  ctx: OriginContext,
): Origin | null {
  const months = monthKeys(lexicon);
  const parts = withoutDescriptions(classifyParts(splitParts(marked.rest), m, months), lexicon);
  markMasthead(parts, ctx.masthead, m);
  // After a marker, a lone unknown phrase of name size is the name (`كتب: فلان الفلاني`).
  for (const p of parts) {
    if (p.kind === "unknown" && marked.role !== "source" && isNameLike(p.text, m)) p.kind = "name";
  }
  if (parts.some((p) => p.kind === "unknown")) return null;
  const places = parts.filter((p) => p.kind === "place" || p.kind === "placeOrAgency");
  const agencyPart = parts.find((p) => p.kind === "agency") ?? parts.find((p) => p.kind === "generic");
  const names = parts.filter((p) => p.kind === "name");
  const names2 = joinNames(names.flatMap((n) => splitJoinedNames(stripPersonTitles(n.text, m), m)));
  const firstPlace = places[0];
  const lastPlace = places[places.length - 1];
  const location = firstPlace && lastPlace ? marked.rest.slice(firstPlace.start, lastPlace.end) : null;
  const agency = agencyPart ? stripQuotes(agencyPart.text).text : null;
  let origin: Origin;
  if (marked.role === "editor") {
    if (names.length === 0) return null;
    origin = { editor: names2.join("، "), authors: [], agency: null, location, strong: true };
  } else if (marked.role === "source") {
    if (!agencyPart && names.length === 0) return null;
    origin = { editor: null, authors: [], agency: agency ?? names[0]?.text ?? null, location, strong: true };
  } else {
    if (names.length === 0 && !agencyPart) return null;
    origin = { editor: null, authors: names2, agency, location, strong: true };
  }
  // A photographer's or designer's credit after the bar (`إعداد: A | تصوير: B`) names no reporter.
  if (marked.after.length > 0 && !m.creditStart.test(marked.after)) {
    const more = readOrigin(marked.after, m, lexicon, ctx);
    if (more) origin = mergeOrigins(origin, more);
  }
  return origin;
}

/** Fills the empty fields of `a` from `b`; authors are appended. */
export function mergeOrigins(a: Origin, b: Origin): Origin {
  return {
    editor: a.editor ?? b.editor,
    authors: [...a.authors, ...b.authors.filter((x) => !a.authors.includes(x))],
    agency: a.agency ?? b.agency,
    location: a.location ?? b.location,
    strong: a.strong || b.strong,
  };
}

/** An origin read from the start of a body paragraph, with the length of the prefix it occupies. */
export interface InlineOrigin {
  readonly origin: Origin;
  /** Offset one past the prefix (its closing dash or colon included) in the paragraph text. */
  readonly end: number;
}

/** Most words before the delimiter of an inline dateline. */
const MAX_INLINE_WORDS = 9;
/** Fewest words of story that must follow an inline dateline. */
const MIN_STORY_WORDS = 4;

/** Whether `text` has fewer than `n` words (counted no further than `n`: the story may be long). */
function hasFewerWords(text: string, n: number): boolean {
  return wordCount(text, n - 1) < n;
}

/** Length of a run of dashes (`--`, `—`, ` - `) or a colon and the spaces around it, starting at `at`. */
function delimiterRun(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charAt(i) === " ") i++;
  let marks = 0;
  while (
    i < text.length &&
    (isDashCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x3a || text.charCodeAt(i) === 0x2f)
  ) {
    i++;
    marks++;
  }
  if (marks === 0) return 0;
  while (i < text.length && text.charAt(i) === " ") i++;
  return i - at;
}

/**
 * Reads a dateline or byline at the start of a body paragraph: `دبي، الإمارات العربية المتحدة (CNN)-- …`,
 * `لندن (رويترز) - …`, `فهد العتيبي- سبق: …`, `الرياض - واس: …`, `بيروت: …`. The prefix stays part of
 * the paragraph; only the fields are taken from it. A known agency or place must vouch for it.
 */
export function readInlineOrigin(
  text: string,
  m: PageMatchers,
  lexicon: Lexicon,
  masthead?: string,
): InlineOrigin | null {
  const months = monthKeys(lexicon);
  const head = text.slice(0, 160);
  // `PLACE (AGENCY)--`
  // The bracket may open the paragraph (`(رويترز) - …`): the agency alone, no place.
  const open = head.indexOf("(");
  if (open >= 0) {
    const close = head.indexOf(")", open);
    if (close > open) {
      const inside = head.slice(open + 1, close).trim();
      const run = delimiterRun(text, close + 1);
      const kind = classifyPhrase(inside, m);
      const before = head.slice(0, open).trim();
      const known = kind === "agency" || kind === "placeOrAgency" || namesMasthead(inside, masthead, m);
      // An outlet the lexicon does not know, in brackets after known places and before a dash
      // (`بيروت (صدى الأرز)-- …`): the shape of CNN's dateline, which other outlets copy.
      const outletShaped = !known && open > 0 && isBracketedOutlet(inside, text, close + 1, m);
      const place = open === 0 && !known ? bracketedPlace(inside, kind, text, close + 1, m) : null;
      if (place !== null && !hasFewerWords(text.slice(close + 1 + run), MIN_STORY_WORDS)) {
        return {
          origin: { editor: null, authors: [], agency: null, location: place, strong: true },
          end: close + 1 + run,
        };
      }
      if (run > 0 && (known || outletShaped) && wordCount(before) <= MAX_INLINE_WORDS) {
        const placeParts = classifyParts(splitParts(before), m, months);
        // Before an outlet told by its shape only, a place the lexicon does not know needs the date
        // between them to vouch for the dateline (`كسلا 3-11-2026 (ونا) –`): no sentence opens so.
        const dated = placeParts.some((p) => p.kind === "date");
        const allPlaces = placeParts.every(
          (p) =>
            p.kind === "place" ||
            p.kind === "placeOrAgency" ||
            p.kind === "date" ||
            (p.kind === "unknown" && (!outletShaped || (dated && wordCount(p.text, 3) <= 2))) ||
            // A town the lexicon does not know, of a name's shape (`كفر سالم (كونا) -`), before an agency
            // it knows: no given name opens it, as one would open a reporter's name.
            (p.kind === "name" &&
              known &&
              !startsWithGivenName(p.text, m) &&
              !bodyHeadKeys(lexicon).has(looseKey(trimToWord(tokens(p.text, 1)[0] ?? ""))) &&
              isTownShaped(p.text, m, lexicon) &&
              wordCount(p.text, MAX_BRACKET_PLACE_WORDS + 1) <= MAX_BRACKET_PLACE_WORDS),
        );
        // The place is what stands before the date (`عمان 5 آذار (بترا) -`).
        const places = placeParts.filter((p) => p.kind !== "date");
        const from = places[0];
        const to = places[places.length - 1];
        const location = from && to ? before.slice(from.start, to.end) : null;
        const story = text.slice(close + 1 + run);
        if (allPlaces && !hasFewerWords(story, MIN_STORY_WORDS) && !before.includes(".")) {
          // `(AGENCY) - PLACE: …`: the agency first, then a known place closed by a colon or a dash.
          const after = open === 0 && known ? placeAfterAgency(text, close + 1 + run, m) : null;
          return {
            origin: {
              editor: null,
              authors: [],
              agency: inside,
              location: after?.place ?? location,
              strong: true,
            },
            end: after?.end ?? close + 1 + run,
          };
        }
      }
    }
  }
  const quotedOutlet = readPlaceQuotedOutlet(text, m, masthead);
  if (quotedOutlet) return quotedOutlet;
  // `PARTS:` or `PARTS -` within the first words, parts made of known agencies, places and names. The
  // longest such prefix wins, so that `NAME- OUTLET- PLACE:` is read to its colon.
  let best: InlineOrigin | null = null;
  const words = /\S+/gu;
  let count = 0;
  let scanned = 0;
  scan: for (let r = words.exec(head); r; r = words.exec(head)) {
    // The words of a date do not use up the window: a Hijri date and its Gregorian day take a dozen
    // (`الدوحة في 15 جمادى الأولى 1448 هـ الموافق 26 أكتوبر 2026 م /قنا/`).
    if (!isDateToken(r[0], m, months)) count++;
    if (count > MAX_INLINE_WORDS + 1 || ++scanned > MAX_INLINE_WORDS + MAX_DATED_INLINE_TOKENS) break;
    const tokenEnd = r.index + r[0].length;
    for (let i = r.index; i < tokenEnd; i++) {
      const c = text.charCodeAt(i);
      // . ، ( ؟ end the prefix; a colon, a slash (`/قنا/`) or a dash may close it, a tatweel (U+0640) only
      // when it stands apart from the letters (one inside a word is no dash).
      if (c === 0x2e || c === 0x060c || c === 0x28 || c === 0x061f) break scan;
      const tatweelDash =
        c === 0x0640 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i + 1) === 0x20);
      if (c !== 0x3a && c !== 0x2f && !(isDashCode(c) && (c !== 0x0640 || tatweelDash))) continue;
      const prefix = text.slice(0, i).trim();
      const run = delimiterRun(text, i);
      if (prefix.length === 0 || hasFewerWords(text.slice(i + run), MIN_STORY_WORDS)) break scan;
      // A colon that opens a quotation introduces speech (`NAME - TITLE: «…»`), not the story after a byline.
      const speech = c === 0x3a && QUOTE_CHARS.includes(text.charAt(i + run));
      const found = speech
        ? null
        : ((c === 0x3a ? readReporterOutlet(prefix, m, lexicon, i + run) : null) ??
          inlineCandidate(prefix, i + run, m, months, masthead, lexicon, c));
      if (found) best = withAgencyAfter(found, text, c, m) ?? found;
      else if (c === 0x3a) break scan;
      i += run - 1;
    }
  }
  return best ?? readDatedWireOrigin(text, m, months);
}

/** Most words of a known place after an agency's bracket (`(د ب أ) - برلين:`). */
const MAX_PLACE_AFTER_WORDS = 3;

/**
 * The known place of up to three words that follows an agency's bracket at `from` and is closed by a colon
 * or a dash (`(د ب أ) - برلين: …`), and the offset after its delimiter; `null` for anything else.
 */
function placeAfterAgency(
  text: string,
  from: number,
  m: PageMatchers,
): { place: string; end: number } | null {
  let i = from;
  let words = 0;
  while (i < text.length && words <= MAX_PLACE_AFTER_WORDS) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || (isDashCode(c) && c !== 0x0640 && text.charCodeAt(i - 1) === 0x20)) {
      const place = text.slice(from, i).trim();
      const run = delimiterRun(text, i);
      if (
        place.length === 0 ||
        !m.places.has(looseKey(place)) ||
        hasFewerWords(text.slice(i + run), MIN_STORY_WORDS)
      )
        return null;
      return { place, end: i + run };
    }
    if (c === 0x20) words++;
    i++;
  }
  return null;
}

/** Most words of a known agency read after a place's dash with no mark after it (`وكالة الأنباء السعودية`). */
const MAX_AGENCY_AFTER_WORDS = 4;

/**
 * `PLACE - AGENCY story` with no mark after the agency (`دمشق-سانا أعلن …`, `أنقرة ـ الأناضول أعلن …`,
 * `موسكو - سبوتنيك. …`): after a place alone closed by a dash or a slash, a known agency of up to four
 * words, followed by a space or a period, is the dateline's agency. Only the lexicon vouches for it: an
 * unknown phrase there is the story's first words.
 */
function withAgencyAfter(
  found: InlineOrigin,
  text: string,
  closer: number,
  m: PageMatchers,
): InlineOrigin | null {
  const o = found.origin;
  if (o.agency !== null || o.location === null || o.authors.length > 0 || o.editor !== null) return null;
  if (closer !== 0x2f && !isDashCode(closer)) return null;
  let end = found.end;
  let agency: { text: string; end: number } | null = null;
  for (let n = 0; n < MAX_AGENCY_AFTER_WORDS; n++) {
    while (end < text.length && text.charAt(end) === " ") end++;
    let stop = end;
    while (stop < text.length && text.charAt(stop) !== " " && text.charAt(stop) !== ".") stop++;
    if (stop === end) break;
    end = stop;
    const phrase = text.slice(found.end, end).trim();
    if (m.agencies.has(looseKey(phrase))) agency = { text: phrase, end };
    if (text.charAt(end) === ".") break;
  }
  if (agency === null) return null;
  let after = agency.end;
  if (text.charAt(after) === ".") after++;
  else if (text.charAt(after) !== " ") return null;
  while (after < text.length && text.charAt(after) === " ") after++;
  if (hasFewerWords(text.slice(after), MIN_STORY_WORDS)) return null;
  return { origin: { ...o, agency: agency.text, strong: true }, end: after };
}

/**
 * Reads `NAME- OUTLET: …` opening a paragraph (Sabq's inline byline, which other outlets copy) with an
 * outlet the lexicon does not know: two parts joined by a dash alone, before the colon; a reporter's name
 * that opens with a given name, then one to three words (no digit, function word, place, given name or post
 * such as `الوزير`, which would make `NAME - POST:` a speaker) and a story that does not open with a quote.
 */
function readReporterOutlet(
  prefix: string,
  m: PageMatchers,
  lexicon: Lexicon,
  end: number,
): InlineOrigin | null {
  const parts = splitParts(prefix);
  if (parts.length !== 2 && parts.length !== 3) return null;
  const [who, outlet, where] = parts as [Part, Part, Part | undefined];
  if (!isDashBetween(prefix, who.end, outlet.start, true)) return null;
  if (where !== undefined && !isDashBetween(prefix, outlet.end, where.start, true)) return null;
  if (classifyPhrase(who.text, m) !== "name" || !startsWithGivenName(who.text, m)) return null;
  // Of two parts the outlet is one the lexicon does not know (the known ones are read elsewhere); of three,
  // `NAME- OUTLET- PLACE:`, it may be known, and the third part is the town, known or of a word or two the
  // lexicon lacks: reporters are joined by و or a comma, not by a dash after the outlet.
  const knownOutlet = where !== undefined && classifyPhrase(outlet.text, m) === "agency";
  if (!knownOutlet && !isUnknownOutletOrPlace(outlet.text, MAX_QUOTED_OUTLET_WORDS, m, lexicon)) return null;
  const placeKind = where === undefined ? null : classifyPhrase(where.text, m);
  const knownPlace = placeKind === "place" || placeKind === "placeOrAgency";
  if (
    where !== undefined &&
    !knownPlace &&
    !isUnknownOutletOrPlace(where.text, MAX_UNKNOWN_TOWN_WORDS, m, lexicon)
  )
    return null;
  return {
    origin: {
      editor: null,
      authors: splitJoinedNames(who.text, m),
      agency: outlet.text,
      location: where?.text ?? null,
      strong: true,
    },
    end,
  };
}

/** Most words of a town the lexicon does not know, in the place's slot of `NAME- OUTLET- PLACE:`. */
const MAX_UNKNOWN_TOWN_WORDS = 2;

/**
 * Whether a part of an inline byline can be an outlet or town the lexicon does not know: a few words, no
 * digit, function word, given name or post such as `الوزير` (which would make `NAME - POST:` a speaker).
 */
function isUnknownOutletOrPlace(text: string, maxWords: number, m: PageMatchers, lexicon: Lexicon): boolean {
  const words = tokens(text, maxWords + 1);
  if (words.length > maxWords || DIGIT.test(text) || hasStopWord(text, m)) return false;
  const kind = classifyPhrase(text, m);
  if (kind !== "unknown" && kind !== "name") return false;
  if (startsWithGivenName(text, m)) return false;
  return !roleTitleKeys(lexicon).has(looseKey(trimToWord(words[0] ?? "")));
}

/**
 * Whether the words of a phrase of a name's shape can be a town's: none a post (`الوزير`) nor a function
 * word or verb of narration after the conjunction و or ف (U+0648, U+0641: `وقال`), as a sentence opens.
 */
function isTownShaped(text: string, m: PageMatchers, lexicon: Lexicon): boolean {
  const roles = roleTitleKeys(lexicon);
  for (const w of tokens(text)) {
    const k = looseKey(trimToWord(w));
    if (roles.has(k)) return false;
    const c = k.charCodeAt(0);
    if ((c === 0x0648 || c === 0x0641) && m.nameStopWords.has(k.slice(1))) return false;
  }
  return true;
}

/** Quotation marks that open an outlet's name in `PLACE: «OUTLET»`: « U+00AB, " U+0022, “ U+201C, ” U+201D. */
const OUTLET_OPENERS = "\u00AB\u0022\u201C\u201D";
/** The marks that close each of {@link OUTLET_OPENERS}, in the same order. */
const OUTLET_CLOSERS = "\u00BB\u0022\u201D\u201C";
/** Most characters of an outlet's name in quotation marks. */
const MAX_QUOTED_OUTLET_CHARS = 40;

/**
 * Reads `PLACE: «OUTLET» …` opening a paragraph (the dateline of the press that writes its own name in
 * quotation marks, run into the story). The place is a few words without digit or function word; the
 * outlet one to three words, no digit, no function word. A known place, or an outlet the lexicon knows or
 * that names the masthead, must vouch for the reading: a speaker and a quotation (`الوزير: «نعم» …`) do
 * not.
 */
function readPlaceQuotedOutlet(
  text: string,
  m: PageMatchers,
  masthead: string | undefined,
): InlineOrigin | null {
  const head = text.slice(0, 120);
  const colon = head.indexOf(":");
  if (colon <= 0) return null;
  const place = head.slice(0, colon).trim();
  const n = wordCount(place, MAX_FROM_PLACE_WORDS + 1);
  if (n === 0 || n > MAX_FROM_PLACE_WORDS || DIGIT.test(place) || hasStopWord(place, m)) return null;
  for (let i = 0; i < place.length; i++)
    if (SENTENCE_MARKS.includes(place.charAt(i)) || place.charAt(i) === "\u060C") return null;
  let open = colon + 1;
  while (open < head.length && head.charAt(open) === " ") open++;
  const which = OUTLET_OPENERS.indexOf(head.charAt(open));
  if (which < 0) return null;
  const close = head.indexOf(OUTLET_CLOSERS.charAt(which), open + 1);
  if (close < 0 || close - open > MAX_QUOTED_OUTLET_CHARS) return null;
  const outlet = head.slice(open + 1, close).trim();
  const words = wordCount(outlet, MAX_QUOTED_OUTLET_WORDS + 1);
  if (words === 0 || words > MAX_QUOTED_OUTLET_WORDS || DIGIT.test(outlet) || hasStopWord(outlet, m))
    return null;
  const outletKind = knownPhraseKind(outlet, m);
  const knownPlace = m.places.has(looseKey(place)) || isQualifiedPlace(place, m);
  const knownOutlet =
    outletKind === "agency" || outletKind === "placeOrAgency" || namesMasthead(outlet, masthead, m);
  if (!knownPlace && !knownOutlet) return null;
  if (hasFewerWords(text.slice(close + 1), MIN_STORY_WORDS)) return null;
  return {
    origin: { editor: null, authors: [], agency: outlet, location: place, strong: true },
    end: close + 1,
  };
}

/** The loose key of the era marker م (U+0645) written after a Gregorian year (`2026 م`). */
const GREGORIAN_ERA = "\u0645";

/** Marks that end a sentence: period, colon, Arabic question mark U+061F, exclamation mark. */
const SENTENCE_MARKS = ".:\u061F!";
/** Most tokens of an undelimited wire dateline (`الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`). */
const MAX_DATED_INLINE_TOKENS = 16;

/**
 * Reads `PLACE DATE AGENCY` opening a paragraph with no dash or colon after the agency, as SPA writes it:
 * the first known agency within the first words closes the prefix, which must read as a known place, a
 * date and that agency, with the story after it.
 */
function readDatedWireOrigin(
  text: string,
  m: PageMatchers,
  months: ReadonlySet<string>,
): InlineOrigin | null {
  const head = text.slice(0, 200);
  let digit = false;
  let previous = { s: 0, e: 0 };
  for (const run of nonSpaceRuns(head, MAX_DATED_INLINE_TOKENS)) {
    const token = head.slice(run.s, run.e);
    // A sentence mark before the agency (. : ؟ !): this line does not open with a dateline of this shape.
    for (let i = 0; i < token.length; i++) if (SENTENCE_MARKS.includes(token.charAt(i))) return null;
    if (DIGIT.test(token)) {
      digit = true;
      previous = run;
      continue;
    }
    if (!digit) continue;
    // Initials the lexicon does not know close the prefix only right after the era marker م that ends the
    // Gregorian date (`… 27 أغسطس 2026 م ونج أطلقت …`), where nothing but the agency stands.
    const initials =
      looseKey(head.slice(previous.s, previous.e)) === GREGORIAN_ERA && isInitialsWord(token, m);
    previous = run;
    if (!initials && classifyPhrase(token, m, false) !== "agency") continue;
    const end = run.e;
    const prefix = head.slice(0, end);
    const parts = classifyParts(splitParts(prefix), m, months);
    if (!parts.some((p) => p.kind === "date")) return null;
    const last = parts[parts.length - 1];
    if (initials && last !== undefined && last.kind === "unknown" && last.text === token)
      last.kind = "agency";
    const origin = assemble(prefix, parts, m, { weakAllowed: false });
    if (!origin || origin.location === null || origin.agency === null) return null;
    if (hasFewerWords(text.slice(end), MIN_STORY_WORDS)) return null;
    return { origin: { ...origin, strong: true }, end };
  }
  return null;
}

/**
 * Whether the bracketed phrase before `at` can be an outlet's name in `PLACE (OUTLET)--`: one to three
 * words without digit or stop word, and a dash (not a colon) right after the bracket.
 */
function isBracketedOutlet(inside: string, text: string, at: number, m: PageMatchers): boolean {
  let i = at;
  while (i < text.length && text.charAt(i) === " ") i++;
  if (!isDashCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x0640) return false;
  const n = wordCount(inside, MAX_QUOTED_OUTLET_WORDS + 1);
  return n >= 1 && n <= MAX_QUOTED_OUTLET_WORDS && !DIGIT.test(inside) && !hasStopWord(inside, m);
}

/**
 * Most words of a place the lexicon does not know alone in brackets opening a paragraph (`(بنها) - …`):
 * two unknown words are rather an outlet's name (`(صدى المدينة) - …`).
 */
const MAX_BRACKETED_PLACE_WORDS = 1;

/**
 * The place of `(PLACE) - …` opening a paragraph, the Arabic press's short dateline: a known place, or one
 * word the lexicon does not know (no digit, function word, site or section word) before a dash
 * (not a colon: `(عاجل): …` is a label). `null` when the bracket holds anything else.
 */
function bracketedPlace(
  inside: string,
  kind: PartKind,
  text: string,
  at: number,
  m: PageMatchers,
): string | null {
  let i = at;
  while (i < text.length && text.charAt(i) === " ") i++;
  if (!isDashCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x0640) return null;
  if (kind === "place") return inside;
  if (kind !== "unknown" && kind !== "name") return null;
  const words = tokens(inside, MAX_BRACKETED_PLACE_WORDS + 1);
  if (words.length === 0 || words.length > MAX_BRACKETED_PLACE_WORDS || DIGIT.test(inside)) return null;
  for (const w of words) {
    const k = looseKey(trimToWord(w));
    if (
      m.nameStopWords.has(k) ||
      m.givenNames.has(k) ||
      m.siteWords.has(k) ||
      m.sectionLabels.has(k) ||
      m.outletWords.has(k) ||
      m.navigationWords.has(k)
    )
      return null;
  }
  return inside;
}

/**
 * Whether a phrase the lexicon does not know can be an outlet's name by its place in a dateline: one to
 * three words without digit or function word, and no post, body, anonymous source or group of people
 * opening it (`عدن - الوزير:`, `حلب - سكان محليون:` introduce speech).
 */
function isOutletByPosition(text: string, m: PageMatchers, lexicon: Lexicon): boolean {
  const words = tokens(text, MAX_QUOTED_OUTLET_WORDS + 1);
  if (words.length === 0 || words.length > MAX_QUOTED_OUTLET_WORDS) return false;
  if (DIGIT.test(text) || hasStopWord(text, m)) return false;
  const head = looseKey(trimToWord(words[0] ?? ""));
  return (
    !roleTitleKeys(lexicon).has(head) &&
    !bodyHeadKeys(lexicon).has(head) &&
    !speakerGroupKeys(lexicon).has(head)
  );
}

/**
 * Whether the text between two parts holds a dash (any of {@link isDashCode}); with `only`, whether it is
 * dashes and spaces alone.
 */
function isDashBetween(text: string, from: number, to: number, only = false): boolean {
  let dash = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDashCode(c)) dash = true;
    else if (only && c !== 0x20) return false;
  }
  return dash;
}

/**
 * Whether a phrase after `PLACE -` is a reporter's name of the relation shape (`نورة المري`, `سالم الكعبي`,
 * {@link isNisbaName}) rather than an outlet's: `CITY - NAME:` is the common byline, and an outlet's name
 * opens with a noun of its kind (`قناة`, `موقع`) instead.
 */
function isReporterNisba(text: string, m: PageMatchers): boolean {
  const words = tokens(text, 3).map(trimToWord);
  const head = looseKey(words[0] ?? "");
  return isNisbaName(words) && !m.outletKinds.has(head) && !m.outletHeads.has(head);
}

function inlineCandidate(
  prefix: string,
  end: number,
  m: PageMatchers,
  months: ReadonlySet<string>,
  masthead: string | undefined,
  lexicon: Lexicon,
  closer: number,
): InlineOrigin | null {
  const parts = classifyParts(splitParts(prefix), m, months);
  markMasthead(parts, masthead, m);
  if (parts.every((p) => p.kind === "date")) return null;
  // `PLACE - OUTLET:` and `PLACE/ OUTLET/` (U+003A, U+002F): a phrase the lexicon does not know, closed by
  // a colon or a slash right after a known place, stands where the agency stands.
  if (parts.length === 2 && (closer === 0x3a || closer === 0x2f)) {
    const [where, outlet] = parts as [Part, Part];
    if (
      (where.kind === "place" || where.kind === "placeOrAgency") &&
      (outlet.kind === "unknown" || (outlet.kind === "name" && !startsWithGivenName(outlet.text, m))) &&
      isOutletByPosition(outlet.text, m, lexicon) &&
      !isReporterNisba(outlet.text, m)
    )
      outlet.kind = "agency";
  }
  // `PLACE - INITIALS -`: an agency's initials beside a known place, as on a dateline's own line.
  if (parts.length === 2) {
    const [a, b] = parts as [Part, Part];
    const initials = a.kind === "unknown" ? a : b.kind === "unknown" ? b : null;
    const other = initials === a ? b : a;
    if (initials && other.kind === "place" && isInitialsWord(initials.text, m)) initials.kind = "agency";
  }
  // `NAME- OUTLET- PLACE:` with an outlet of a name's shape (`جبل النار`): of two names joined by a dash
  // before the place, the second is the outlet unless a known given name opens it (reporters are joined
  // by و or a comma, not by a dash).
  if (parts.length === 3) {
    const [who, outlet, where] = parts as [Part, Part, Part];
    if (
      who.kind === "name" &&
      outlet.kind === "name" &&
      (where.kind === "place" || where.kind === "placeOrAgency") &&
      !startsWithGivenName(outlet.text, m) &&
      isDashBetween(prefix, who.end, outlet.start) &&
      wordCount(outlet.text, MAX_QUOTED_OUTLET_WORDS + 1) <= MAX_QUOTED_OUTLET_WORDS
    )
      outlet.kind = "agency";
  }
  // In `NAME- OUTLET- PLACE:` an outlet the lexicon does not know is the one phrase left between a
  // reporter and a known place.
  const unknown = parts.filter((p) => p.kind === "unknown");
  // And in `NAME- OUTLET- PLACE:` with an outlet known (or the masthead), a place the lexicon does not know
  // is the phrase of a word or two left last, in the place's slot.
  const lastPart = parts[parts.length - 1];
  if (
    lastPart !== undefined &&
    unknown.length === 1 &&
    lastPart === unknown[0] &&
    parts.some((p) => p.kind === "name") &&
    parts.some((p) => p.kind === "agency") &&
    !parts.some((p) => p.kind === "place" || p.kind === "placeOrAgency") &&
    wordCount(lastPart.text, 3) <= 2 &&
    !DIGIT.test(lastPart.text) &&
    !hasStopWord(lastPart.text, m)
  ) {
    lastPart.kind = "place";
    unknown.length = 0;
  }
  if (unknown.length > 0) {
    const u = unknown[0] as Part;
    const named = parts.some((p) => p.kind === "name");
    const placed = parts.some((p) => p.kind === "place" || p.kind === "placeOrAgency");
    const outletSized = wordCount(u.text, MAX_QUOTED_OUTLET_WORDS) <= MAX_QUOTED_OUTLET_WORDS;
    if (
      unknown.length > 1 ||
      !named ||
      !placed ||
      !outletSized ||
      DIGIT.test(u.text) ||
      hasStopWord(u.text, m)
    )
      return null;
    u.kind = "agency";
  }
  const origin = assemble(prefix, parts, m, { weakAllowed: true });
  const knownPlace = parts.some((p) => p.kind === "place" || p.kind === "placeOrAgency");
  if (origin && (origin.strong || knownPlace)) return { origin: { ...origin, strong: true }, end };
  return null;
}
