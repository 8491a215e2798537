/**
 * Diagnostics about the input itself: what a caller should know about text that is empty, not Arabic,
 * binary, broken, huge or cut off. None of them stops the parse. Everything here is one linear scan of the
 * code units, with no regular expression, so it costs the same on any input.
 */
import { isWhiteSpace } from "../internal/chars.js";
import { assertText } from "../options.js";
import type { Span, Warning } from "../schema.js";
import { DIAGNOSE_WORDS } from "./words.js";

/** Inputs above this many UTF-16 code units get a `huge-input` warning (they are still parsed in full). */
export const HUGE_INPUT = 5_000_000;

/** `binary-junk` is reported when junk code units exceed this share of the visible ones (1 in 100). */
export const BINARY_JUNK_SHARE = 0.01;

/** `binary-junk` is reported for mis-decoded Arabic once this many mojibake pairs are seen. */
export const MOJIBAKE_PAIRS = 3;

/** The truncation check reads only a last paragraph of at least this many words: shorter ones are labels. */
export const TRUNCATION_MIN_WORDS = 6;

/** What {@link diagnoseInput} may know about the page besides its text. */
export interface DiagnoseContext {
  /**
   * Where the last body paragraph stands in the text, from the page structure: the truncation check reads
   * it. `null` when the page has no body (nothing to check); when absent, the last non-blank line is read.
   */
  readonly lastParagraph?: Span | null | undefined;
}

export { isWhiteSpace };

/**
 * Whether a code unit is an invisible format control that carries no text: soft hyphen U+00AD, Arabic
 * letter mark U+061C, Mongolian vowel separator U+180E, zero-width and directional marks U+200B–U+200F,
 * bidi embeddings U+202A–U+202E, word joiner and invisible operators U+2060–U+2064, bidi isolates and
 * deprecated format controls U+2066–U+206F.
 */
export function isFormatControl(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f)
  );
}

/**
 * Whether a code unit is an Arabic letter (not a digit, mark or punctuation sign): U+0620–U+063F,
 * U+0641–U+064A, U+066E–U+066F, U+0671–U+06D3, U+06D5, U+06EE–U+06EF, U+06FA–U+06FC, U+06FF, the Arabic
 * Supplement U+0750–U+077F, Extended-B/A U+0870–U+0887 and U+08A0–U+08C9, and the presentation forms
 * U+FB50–U+FDFB and U+FE70–U+FEFC.
 */
export function isArabicLetter(c: number): boolean {
  if (c < 0x0620) return false;
  if (c <= 0x06ff) {
    return (
      (c <= 0x063f && c !== 0x0640) ||
      (c >= 0x0641 && c <= 0x064a) ||
      c === 0x066e ||
      c === 0x066f ||
      (c >= 0x0671 && c <= 0x06d3) ||
      c === 0x06d5 ||
      c === 0x06ee ||
      c === 0x06ef ||
      (c >= 0x06fa && c <= 0x06fc) ||
      c === 0x06ff
    );
  }
  return (
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x0870 && c <= 0x0887) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/**
 * Whether a code unit never belongs in text: C0 controls other than tab and the line breaks (U+0000–U+0008,
 * U+000E–U+001F), DEL U+007F, the C1 controls U+0080–U+009F, the replacement character U+FFFD left by a
 * failed decode, and the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF.
 */
export function isJunk(c: number): boolean {
  return (
    c <= 0x08 ||
    (c >= 0x0e && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xfffd ||
    c === 0xfffe ||
    c === 0xffff ||
    (c >= 0xfdd0 && c <= 0xfdef)
  );
}

/**
 * Whether the pair `c`, `next` is what the UTF-8 bytes of an Arabic letter become when read as Latin-1 or
 * Windows-1252: a lead byte D8–DB shown as `Ø Ù Ú Û` (U+00D8–U+00DB), then a continuation byte 80–BF shown
 * as U+0080–U+00BF or as the Windows-1252 letter for it (`ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž
 * Ÿ €`, U+0152–U+02DC and U+2013–U+20AC).
 */
export function isMojibakePair(c: number, next: number): boolean {
  if (c < 0xd8 || c > 0xdb) return false;
  if (next >= 0x80 && next <= 0xbf) return true;
  return WINDOWS_1252_HIGH.has(next);
}

/** The characters Windows-1252 puts at bytes 0x80–0x9F. */
const WINDOWS_1252_HIGH: ReadonlySet<number> = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
  0x0178,
]);

/** Classes of code units for the scan of {@link diagnoseInput}. */
enum Unit {
  Visible = 0,
  Blank = 1,
  LineBreak = 2,
  Arabic = 3,
  Junk = 4,
  HighSurrogate = 5,
  LowSurrogate = 6,
  MojibakeLead = 7,
}

/** The class of every UTF-16 code unit, built on first use: one table lookup per unit keeps the scan fast. */
let unitClasses: Uint8Array | undefined;

function classes(): Uint8Array {
  if (unitClasses) return unitClasses;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] =
      c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029
        ? Unit.LineBreak
        : isWhiteSpace(c) || isFormatControl(c)
          ? Unit.Blank
          : isArabicLetter(c)
            ? Unit.Arabic
            : c >= 0xd800 && c <= 0xdbff
              ? Unit.HighSurrogate
              : c >= 0xdc00 && c <= 0xdfff
                ? Unit.LowSurrogate
                : isJunk(c)
                  ? Unit.Junk
                  : c >= 0xd8 && c <= 0xdb
                    ? Unit.MojibakeLead
                    : Unit.Visible;
  }
  unitClasses = table;
  return table;
}

/**
 * Code units after which a paragraph is complete: sentence ends (`.` `!` `?` U+061F `؟` U+06D4 `۔` U+2026
 * `…` U+203C U+2047–U+2049), closing quotation marks and brackets (`"` `'` `»` U+00BB `”` U+201D `’`
 * U+2019 `›` U+203A `)` `]` `}` U+FD3E/U+FD3F ornate parentheses), and the end-of-text signs some wires use.
 */
function endsComplete(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x061f ||
    c === 0x06d4 ||
    c === 0x2026 ||
    c === 0x203c ||
    (c >= 0x2047 && c <= 0x2049) ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0xbb ||
    c === 0xab ||
    c === 0x201d ||
    c === 0x201c ||
    c === 0x2019 ||
    c === 0x203a ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0xfd3e ||
    c === 0xfd3f ||
    c === 0x2f
  );
}

/**
 * Code units after which a sentence must go on: comma `,` and Arabic comma U+060C `،`, semicolon `;` and
 * Arabic semicolon U+061B `؛`, colon `:`, and tatweel U+0640 (it joins a letter to a next letter that is gone).
 */
function endsDangling(c: number): boolean {
  return c === 0x2c || c === 0x060c || c === 0x3b || c === 0x061b || c === 0x3a || c === 0x0640;
}

/** Arabic tashkeel and Quranic marks (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED) are skipped when a word is folded. */
function isArabicMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed)
  );
}

/** A word folded for lookup: marks dropped, alef with hamza or madda (U+0622, U+0623, U+0625, U+0671) as bare alef U+0627. */
function foldWord(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isArabicMark(c)) continue;
    out += c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671 ? "\u0627" : word[i];
  }
  return out;
}

// Built inside pure-annotated calls: a bare `new Set(DIAGNOSE_WORDS.x)` reads a property at load time, which
// bundlers must keep, so an app importing only `normalize` would carry these word lists.
const DANGLING_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(DIAGNOSE_WORDS.danglingWords))();
const DANGLING_PREFIXES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(DIAGNOSE_WORDS.danglingPrefixes))();

/** Whether a code unit is invisible: white space or a format control. */
function isBlank(c: number): boolean {
  return isWhiteSpace(c) || isFormatControl(c);
}

/** The span of the last line of `text` that holds a visible character, trimmed; `null` when there is none. */
function lastNonBlankLine(text: string): Span | null {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
    start--;
  }
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  return { start, end };
}

/**
 * Why the paragraph at `span` looks cut off, with the span of its last word; `null` when it looks complete.
 *
 * The rule, chosen to stay silent on complete articles (a body that simply lacks its final full stop is
 * common and is not reported): a paragraph of at least {@link TRUNCATION_MIN_WORDS} words is cut when it
 * ends on a comma, semicolon, colon or tatweel, or when its last word is a function word that cannot end a
 * sentence (a preposition, conjunction, complementizer, relative pronoun, or a lone prefix letter such as
 * `ب`). A paragraph that ends with a sentence end, a closing quotation mark or bracket is complete. When
 * `isBody` is false (the caller did not say where the body ends, so the line may be furniture), a final
 * comma, semicolon or colon does not count.
 */
function truncationIn(text: string, span: Span, isBody: boolean): { reason: string; span: Span } | null {
  let end = Math.min(span.end, text.length);
  const start = Math.max(0, Math.min(span.start, end));
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === start) return null;
  let words = 0;
  let inWord = false;
  let lastWordStart = start;
  for (let i = start; i < end; i++) {
    const blank = isBlank(text.charCodeAt(i));
    if (!blank && !inWord) {
      words++;
      lastWordStart = i;
    }
    inWord = !blank;
  }
  if (words < TRUNCATION_MIN_WORDS) return null;
  const last = text.charCodeAt(end - 1);
  const lastWord = { start: lastWordStart, end };
  if (endsComplete(last)) return null;
  // Furniture often ends on a colon or comma (`تابعونا على:`, a tag list `سوريا، إدلب،`): the signs count only
  // when the caller says the line is body text; tatweel always does.
  if (endsDangling(last) && (isBody || last === 0x0640)) {
    const sign = text.slice(end - 1, end);
    return { reason: `its last paragraph stops on "${sign}"`, span: lastWord };
  }
  const folded = foldWord(text.slice(lastWordStart, end));
  if (DANGLING_WORDS.has(folded) || DANGLING_PREFIXES.has(folded)) {
    return {
      reason: `its last paragraph stops on the word "${folded}", which cannot end a sentence`,
      span: lastWord,
    };
  }
  return null;
}

/** Where the input ends inside a character: a trailing high surrogate or U+FFFD; `null` otherwise. */
function cutCharacterAtEnd(text: string): Span | null {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  const c = text.charCodeAt(end - 1);
  if ((c >= 0xd800 && c <= 0xdbff) || c === 0xfffd) return { start: end - 1, end };
  return null;
}

/** The kinds of line ending: CR LF, LF, CR, and the Unicode separators U+2028/U+2029 (`LS`). */
type LineEnding = "CRLF" | "LF" | "CR" | "LS";

/**
 * Looks at the raw input and reports what is odd about it: `empty-input` (nothing visible: only white
 * space and format controls; reported alone), `no-arabic` (no Arabic letter; digits, marks and punctuation
 * do not count), `binary-junk` (control characters, U+FFFD or noncharacters above 1% of the visible text,
 * or UTF-8 Arabic read as Latin-1), `lone-surrogate`, `mixed-line-endings`, `huge-input` and `truncated`.
 * Spans point at the first offending code units.
 *
 * @param text - The page text as given to `parseArticle`.
 * @param context - What the page structure found, when known (see {@link DiagnoseContext}).
 * @returns The warnings, in the order of the codes above.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * diagnoseInput("").map((w) => w.code); //=> ["empty-input"]
 * diagnoseInput("Hello\r\nworld\n").map((w) => w.code); //=> ["no-arabic", "mixed-line-endings"]
 * ```
 */
export function diagnoseInput(text: string, context?: DiagnoseContext): Warning[] {
  assertText(text);
  const warnings: Warning[] = [];
  const n = text.length;
  let visible = 0;
  let arabic = 0;
  let junk = 0;
  let firstJunk = -1;
  let mojibake = 0;
  let firstMojibake = -1;
  let loneSurrogates = 0;
  let firstLoneSurrogate = -1;
  const endings: Record<LineEnding, number> = { CRLF: 0, LF: 0, CR: 0, LS: 0 };
  const firstEnding: Record<LineEnding, number> = { CRLF: -1, LF: -1, CR: -1, LS: -1 };
  const seeEnding = (kind: LineEnding, at: number): void => {
    if (endings[kind]++ === 0) firstEnding[kind] = at;
  };
  const unit = classes();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    switch (unit[c]) {
      case Unit.Blank:
        break;
      case Unit.LineBreak:
        if (c === 0x0d) {
          if (text.charCodeAt(i + 1) === 0x0a) {
            seeEnding("CRLF", i);
            i++;
          } else seeEnding("CR", i);
        } else seeEnding(c === 0x0a ? "LF" : "LS", i);
        break;
      case Unit.Arabic:
        visible++;
        arabic++;
        break;
      case Unit.Junk:
        visible++;
        if (junk++ === 0) firstJunk = i;
        break;
      case Unit.HighSurrogate: {
        visible++;
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
        else if (loneSurrogates++ === 0) firstLoneSurrogate = i;
        break;
      }
      case Unit.LowSurrogate:
        visible++;
        if (loneSurrogates++ === 0) firstLoneSurrogate = i;
        break;
      case Unit.MojibakeLead:
        visible++;
        if (isMojibakePair(c, text.charCodeAt(i + 1))) {
          if (mojibake++ === 0) firstMojibake = i;
          i++;
        }
        break;
      default:
        visible++;
    }
  }
  if (visible === 0) {
    warnings.push({
      code: "empty-input",
      message:
        n === 0
          ? "The input is empty."
          : "The input holds no visible text: only white space and invisible format characters.",
      span: null,
    });
    return warnings;
  }
  if (arabic === 0) {
    warnings.push({
      code: "no-arabic",
      message: "The input holds no Arabic letter; khabar reads Arabic news pages.",
      span: null,
    });
  }
  if (junk > 0 && junk > visible * BINARY_JUNK_SHARE) {
    warnings.push({
      code: "binary-junk",
      message: `${junk} of the ${visible} visible code units are control characters, U+FFFD or noncharacters; the input may be binary or mis-decoded.`,
      span: { start: firstJunk, end: firstJunk + 1 },
    });
  } else if (mojibake >= MOJIBAKE_PAIRS) {
    warnings.push({
      code: "binary-junk",
      message: `The input holds ${mojibake} pairs such as "Ø§" that are UTF-8 Arabic read as Latin-1 or Windows-1252; decode it as UTF-8.`,
      span: { start: firstMojibake, end: firstMojibake + 2 },
    });
  }
  if (loneSurrogates > 0) {
    warnings.push({
      code: "lone-surrogate",
      message: `The input holds ${loneSurrogates} lone UTF-16 surrogate${loneSurrogates === 1 ? "" : "s"}; it may have been cut inside a character or mis-decoded.`,
      span: { start: firstLoneSurrogate, end: firstLoneSurrogate + 1 },
    });
  }
  const kinds = (Object.keys(endings) as LineEnding[]).filter((k) => endings[k] > 0);
  if (kinds.length > 1) {
    // The most frequent ending is the file's own; the first line ending of another kind is the odd one out.
    const main = kinds.reduce((a, b) => (endings[b] > endings[a] ? b : a));
    const odd = kinds.filter((k) => k !== main).reduce((a, b) => (firstEnding[b] < firstEnding[a] ? b : a));
    const at = firstEnding[odd];
    warnings.push({
      code: "mixed-line-endings",
      message: `The input mixes line endings (${kinds.map((k) => `${k} ${endings[k]}`).join(", ")}); the first ${odd} is at offset ${at}.`,
      span: { start: at, end: at + (odd === "CRLF" ? 2 : 1) },
    });
  }
  if (n > HUGE_INPUT) {
    warnings.push({
      code: "huge-input",
      message: `The input is ${n} code units long; a news page is rarely above ${HUGE_INPUT}. It was parsed in full.`,
      span: null,
    });
  }
  const cut = cutCharacterAtEnd(text);
  const paragraph = context?.lastParagraph === undefined ? lastNonBlankLine(text) : context.lastParagraph;
  const truncation = cut
    ? { reason: "it ends inside a character", span: cut }
    : paragraph
      ? truncationIn(text, paragraph, context?.lastParagraph !== undefined)
      : null;
  if (truncation) {
    warnings.push({
      code: "truncated",
      message: `The page looks cut off: ${truncation.reason}.`,
      span: truncation.span,
    });
  }
  return warnings;
}
