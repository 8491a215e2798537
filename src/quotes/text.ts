/**
 * Tokens of a paragraph: words, quotation marks and punctuation, each with its span and a folded key so
 * that lexicon words match every common spelling. One linear pass over the characters; no RegExp on the
 * hot path.
 */
import { isIgnorable } from "../internal/chars.js";
import { OTHER_WORD_CHAR } from "./patterns.js";

export { isIgnorable };

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
  /** For a word, its key's entry in the shared key table (`null` for other tokens and for keys too long to keep). */
  readonly entry: KeyEntry | null;
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
export function isDigit(code: number): boolean {
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
  const folded = foldCode(code);
  return folded === code ? ch : folded < 0 ? "" : String.fromCharCode(folded);
}

/** {@link foldChar} as a code unit: the folded unit, or -1 when the unit vanishes. */
function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if ((code >= 0x0610 && code <= 0x061a) || (code >= 0x064b && code <= 0x065f) || code === 0x0670) return -1;
  if ((code >= 0x06d6 && code <= 0x06ed) || code === 0x0640 || isIgnorable(code)) return -1;
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return 0x0627;
  if (code === 0x0649) return 0x064a;
  if (code === 0x0629) return 0x0647;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  return code;
}

/** The folded form of a string ({@link foldChar} on each code unit), with runs of white space collapsed to one space. */
export function fold(text: string): string {
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      space = length > 0;
      continue;
    }
    const f = foldCode(code);
    if (f < 0) continue;
    if (foldUnits.length - length < 2) foldUnits = grown(foldUnits);
    if (space) foldUnits[length++] = 0x20;
    space = false;
    foldUnits[length++] = f;
  }
  return unitsToString(foldUnits, length);
}

/**
 * The words of `text` as the key of a name or title: {@link fold}ed, split at white space, each without
 * punctuation (only a-z, 0-9 and units from U+0621 up stay), empty ones left out. One pass over the units;
 * the words are the shared keys of the tokenizer, so they compare with token keys at once.
 */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  let length = 0;
  let hash = HASH_SEED;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isSpace(code)) {
      if (length > 0) {
        const entry = keyEntry(length, hash);
        words.push(entry !== null ? entry.key : unitsToString(units, length));
      }
      length = 0;
      hash = HASH_SEED;
      continue;
    }
    const f = foldCode(code);
    if (f < 0 || !(f < 0x80 ? (f >= 0x61 && f <= 0x7a) || (f >= 0x30 && f <= 0x39) : f >= 0x0621)) continue;
    if (length === units.length) units = grown(units);
    units[length++] = f;
    hash = Math.imul(hash ^ f, HASH_PRIME) & SMI_MASK;
  }
  return words;
}

/** What {@link wordUnit} gives for a unit that is not part of a word. */
const NOT_WORD = -2;

/** Units below this (ASCII, Latin-1 and the Arabic block up to U+06FF) are folded by table. */
const TABLE_END = 0x0700;

/**
 * {@link wordUnit} of every unit below {@link TABLE_END}: the tokenizer reads each letter of a paragraph once,
 * and a table lookup there costs less than the range tests of {@link isWordCode} and {@link foldChar}.
 */
// Filled inside a pure-annotated call: a loop at module level would be kept by bundlers in apps that
// import only `normalize`.
const WORD_UNITS = /* @__PURE__ */ (() => {
  const table = new Int16Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++)
    table[c] = isWordCode(c, String.fromCharCode(c)) ? foldCode(c) : NOT_WORD;
  return table;
})();

/**
 * The unit at `i` of `text` (whose code is `code`) as a word reads it: its folded form ({@link foldChar}), -1
 * when it vanishes from the key (a diacritic), or {@link NOT_WORD}.
 */
function wordUnit(text: string, i: number, code: number): number {
  if (code < TABLE_END) return WORD_UNITS[code] as number;
  return isWordCode(code, text[i] as string) ? foldCode(code) : NOT_WORD;
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
    if (isSpace(code) || isIgnorable(code)) {
      i++;
      continue;
    }
    if (wordUnit(text, i, code) !== NOT_WORD) {
      // The folded units go to the scratch buffer with their hash; the key is then found among the keys met
      // before, or made once ({@link keyEntry}).
      const start = i;
      let end = i;
      let length = 0;
      let hash = HASH_SEED;
      // Whether the key differs from the word as written (a unit folded, dropped or skipped).
      let changed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        const f = wordUnit(text, i, c);
        if (f !== NOT_WORD) {
          if (f !== c) changed = true;
          if (f >= 0) {
            if (length === units.length) units = grown(units);
            units[length++] = f;
            hash = Math.imul(hash ^ f, HASH_PRIME) & SMI_MASK;
          }
          i++;
          end = i;
          continue;
        }
        if (isIgnorable(c) && i + 1 < n && wordUnit(text, i + 1, text.charCodeAt(i + 1)) !== NOT_WORD) {
          changed = true;
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
            const separator = c === 0x2c || c === 0x066c ? 0x2c : 0x2e;
            if (separator !== c || j > i + 1) changed = true;
            if (length === units.length) units = grown(units);
            units[length++] = separator;
            hash = Math.imul(hash ^ separator, HASH_PRIME) & SMI_MASK;
            i = j;
            continue;
          }
        }
        break;
      }
      const entry = keyEntry(length, hash);
      const key = entry !== null ? entry.key : unitsToString(units, length);
      // Most words are written as they fold: the token's text is then the key itself, not another string.
      const written = changed ? text.slice(start, end) : key;
      tokens.push({ kind: "word", start, end, text: written, key, entry });
      continue;
    }
    const ch = text[i] as string;
    if (isQuoteMark(code)) {
      const double = code === 0x27 && text.charCodeAt(i + 1) === 0x27;
      const end = i + (double ? 2 : 1);
      tokens.push({
        kind: "quote",
        start: i,
        end,
        text: text.slice(i, end),
        key: double ? '"' : ch,
        entry: null,
      });
      i = end;
      continue;
    }
    const kind: TokenKind = ch === "#" || ch === "_" ? "joiner" : "punct";
    // A surrogate pair is one punctuation token.
    const end = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
    const written = end === i + 1 ? ch : text.slice(i, end);
    tokens.push({ kind, start: i, end, text: written, key: written, entry: null });
    i = end;
  }
  return tokens;
}

// ------------------------------------------------------------------ keys of words

/** Scratch buffer of the folded units of the word being read. */
let units: Uint16Array = new Uint16Array(64);
/** Scratch buffer of {@link fold}. */
let foldUnits: Uint16Array = new Uint16Array(64);

function grown(buffer: Uint16Array): Uint16Array {
  const bigger = new Uint16Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

// Hashes stay within 30 bits: small integers, which V8 passes and stores without a heap number.
const HASH_SEED = 0x011c9dc5;
const SMI_MASK = 0x3fffffff;
const HASH_PRIME = 0x01000193;

/**
 * Slots of the key table at first (a power of two); at half full it doubles, up to {@link MAX_KEY_SLOTS}.
 */
const FIRST_KEY_SLOTS = 1 << 12;
/**
 * Most slots of the key table; at half full (32 768 words, more than a year of one site's headlines uses)
 * it starts over, so a probe stays short. Starting over below that made a run over a few hundred articles
 * build every key of the vocabulary again and again.
 */
const MAX_KEY_SLOTS = 1 << 16;
/** Longest key kept in the table; a longer word (a URL, a hostile run) gets a string of its own. */
const MAX_KEPT_KEY = 40;

/**
 * A folded word of the shared key table, with room for one value that a stage caches about the word (the
 * quotes stage keeps the word's analysis there): a token reaches it without hashing its key again.
 */
export interface KeyEntry {
  readonly key: string;
  readonly hash: number;
  /** Whoever set {@link value} (a value is only valid for its owner, e.g. a compiled lexicon). */
  owner: object | null;
  value: unknown;
}

/**
 * The folded words met so far, by hash (open addressing). News text repeats its vocabulary, so most tokens
 * find their key here from the scratch buffer without building a string; and one string per word means its
 * hash is computed once, for every later lookup by key (phrase lists, names). Shared by every parse; what
 * it holds depends only on the words, so it changes no result.
 */
let keyEntries: (KeyEntry | undefined)[] = /* @__PURE__ */ new Array(FIRST_KEY_SLOTS);
let keyCount = 0;

/**
 * The entry of the key whose folded units are the first `length` units of the scratch buffer, with their
 * `hash` (made when the key is first met), or `null` for a key longer than {@link MAX_KEPT_KEY}.
 */
function keyEntry(length: number, hash: number): KeyEntry | null {
  if (length > MAX_KEPT_KEY) return null;
  const mask = keyEntries.length - 1;
  let slot = hash & mask;
  for (;;) {
    const entry = keyEntries[slot];
    if (entry === undefined) break;
    if (entry.hash === hash && entry.key.length === length && sameUnits(entry.key, length)) return entry;
    slot = (slot + 1) & mask;
  }
  const entry: KeyEntry = { key: unitsToString(units, length), hash, owner: null, value: null };
  if (keyCount >= keyEntries.length >> 1) {
    if (keyEntries.length < MAX_KEY_SLOTS) growKeyTable();
    else {
      keyEntries.fill(undefined);
      keyCount = 0;
    }
    slot = freeSlot(hash);
  }
  keyEntries[slot] = entry;
  keyCount++;
  return entry;
}

/** The first free slot of the key table from the home slot of `hash` on. */
function freeSlot(hash: number): number {
  const mask = keyEntries.length - 1;
  let slot = hash & mask;
  while (keyEntries[slot] !== undefined) slot = (slot + 1) & mask;
  return slot;
}

/** Doubles the key table, keeping every entry (and the value a stage cached on it). */
function growKeyTable(): void {
  const old = keyEntries;
  keyEntries = new Array(old.length * 2);
  for (const entry of old) if (entry !== undefined) keyEntries[freeSlot(entry.hash)] = entry;
}

function sameUnits(key: string, length: number): boolean {
  for (let k = 0; k < length; k++) if (key.charCodeAt(k) !== units[k]) return false;
  return true;
}

/** The first `length` units of a buffer as a string (in chunks: `apply` takes a bounded argument count). */
function unitsToString(buffer: Uint16Array, length: number): string {
  if (length <= 4096)
    return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < length; k += 4096)
    parts.push(
      String.fromCharCode.apply(null, buffer.subarray(k, Math.min(length, k + 4096)) as unknown as number[]),
    );
  return parts.join("");
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
