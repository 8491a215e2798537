/**
 * Tokens of a paragraph: words, quotation marks and punctuation, each with its span and a folded key so
 * that lexicon words match every common spelling. One linear pass over the characters; no RegExp on the
 * hot path.
 */
import { OTHER_WORD_CHAR } from "./patterns.js";

/** What a token is. */
export type TokenKind = "word" | "quote" | "punct" | "joiner";

/** A word, quotation mark or punctuation sign of a paragraph. */
export interface Token {
  /** What the token is. */
  readonly kind: TokenKind;
  /** Offset of the first code unit in the paragraph text. */
  readonly start: number;
  /** Offset one past the last code unit. */
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** The folded form ({@link foldChar}); for punctuation and marks, the character itself. */
  readonly key: string;
}

/**
 * Whether a code unit is ignorable inside text: U+200B–U+200F (zero-width and directional marks), U+202A–U+202E
 * and U+2066–U+2069 (bidi embeddings and isolates), U+2060 (word joiner) and U+FEFF.
 */
export function isIgnorable(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** Whether a code unit is white space (ASCII, U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Whether a code unit belongs to a word: a letter, combining mark or digit (Arabic blocks by range, other scripts by property). */
export function isWordCode(code: number, ch: string): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0x0610 && code <= 0x061a) return true;
  if (code >= 0x0620 && code <= 0x0669) return true;
  if (code >= 0x066e && code <= 0x06d3) return true;
  if (code >= 0x06d5 && code <= 0x06ff) return code !== 0x06dd && code !== 0x06de && code !== 0x06e9;
  if (code >= 0x0750 && code <= 0x077f) return true;
  if (code >= 0x08a0 && code <= 0x08ff) return true;
  if (code >= 0xfb50 && code <= 0xfdff) return code !== 0xfd3e && code !== 0xfd3f;
  if (code >= 0xfe70 && code <= 0xfefc) return true;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return OTHER_WORD_CHAR.test(ch);
}

/** Whether a code unit is a digit (ASCII, U+0660–U+0669 Arabic-Indic, U+06F0–U+06F9 Persian). */
function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

/**
 * Quotation marks: U+0022 ", U+0027 ', U+00AB «, U+00BB », U+2018–U+201F ‘ ’ ‚ ‛ “ ” „ ‟, U+2039 ‹, U+203A ›,
 * U+FF02 ＂ and U+FF07 ＇.
 */
export function isQuoteMark(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0xab ||
    code === 0xbb ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0xff02 ||
    code === 0xff07
  );
}

/**
 * The folded form of one code unit, the same spelling equivalences as the lexicon patterns: diacritics
 * (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED) and tatweel (U+0640) vanish; alef with hamza or madda
 * (U+0622, U+0623, U+0625, U+0671) → U+0627; alef maksura U+0649 → yeh U+064A; teh marbuta U+0629 → heh
 * U+0647; Arabic-Indic and Persian digits → ASCII; ASCII capitals → small letters.
 */
export function foldChar(code: number, ch: string): string {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  if ((code >= 0x0610 && code <= 0x061a) || (code >= 0x064b && code <= 0x065f) || code === 0x0670) return "";
  if ((code >= 0x06d6 && code <= 0x06ed) || code === 0x0640 || isIgnorable(code)) return "";
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return "\u0627";
  if (code === 0x0649) return "\u064A";
  if (code === 0x0629) return "\u0647";
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  return ch;
}

/** The folded form of a string ({@link foldChar} on each code unit), with runs of white space collapsed to one space. */
export function fold(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      space = out.length > 0;
      continue;
    }
    const f = foldChar(code, text[i] as string);
    if (f === "") continue;
    if (space) out += " ";
    space = false;
    out += f;
  }
  return out;
}

/**
 * Splits a paragraph into tokens. A word is a run of letters, marks and digits (a `.` or `,` between two
 * digits stays inside a number; zero-width and bidi marks inside a word stay inside it). Two apostrophes in a
 * row (`''`) are one quotation mark. `#` and `_` (hashtags) are joiners, which the speaker grammar reads as
 * spaces. Every other visible character is a punctuation token of its own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const ch = text[i] as string;
    if (isSpace(code) || isIgnorable(code)) {
      i++;
      continue;
    }
    if (isWordCode(code, ch)) {
      const start = i;
      let key = "";
      let end = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        const cc = text[i] as string;
        if (isWordCode(c, cc)) {
          key += foldChar(c, cc);
          i++;
          end = i;
          continue;
        }
        if (isIgnorable(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1), text[i + 1] as string)) {
          i++;
          continue;
        }
        // A decimal point or thousands separator between digits (2.5، 270.000، ٣٫٥) stays in the number.
        if (
          (c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c) &&
          i > start &&
          isDigit(text.charCodeAt(i - 1)) &&
          i + 1 < n
        ) {
          let j = i + 1;
          while (j < n && isIgnorable(text.charCodeAt(j))) j++;
          if (j < n && isDigit(text.charCodeAt(j))) {
            key += c === 0x2c || c === 0x066c ? "," : ".";
            i = j;
            continue;
          }
        }
        break;
      }
      tokens.push({ kind: "word", start, end, text: text.slice(start, end), key });
      continue;
    }
    if (isQuoteMark(code)) {
      const double = code === 0x27 && text.charCodeAt(i + 1) === 0x27;
      const end = i + (double ? 2 : 1);
      tokens.push({ kind: "quote", start: i, end, text: text.slice(i, end), key: double ? '"' : ch });
      i = end;
      continue;
    }
    const kind: TokenKind = ch === "#" || ch === "_" ? "joiner" : "punct";
    // A surrogate pair is one punctuation token.
    const end = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
    tokens.push({ kind, start: i, end, text: text.slice(i, end), key: text.slice(i, end) });
    i = end;
  }
  return tokens;
}

/** Sentence-final punctuation: `.`, `!`, `?`, U+061F ؟, U+06D4 ۔, U+2026 …. */
export function isSentenceEnd(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "punct") return false;
  const k = token.key;
  return k === "." || k === "!" || k === "?" || k === "\u061F" || k === "\u06D4" || k === "\u2026";
}

/** A comma: `,`, U+060C ، or `;`, U+061B ؛. */
export function isComma(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "punct") return false;
  const k = token.key;
  return k === "," || k === "\u060C" || k === ";" || k === "\u061B";
}

/** A colon: `:` or U+FF1A. */
export function isColon(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "punct" && (token.key === ":" || token.key === "\uFF1A");
}

/** A dash: `-`, U+2010–U+2015. */
export function isDash(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "punct") return false;
  const c = token.key.charCodeAt(0);
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015);
}
