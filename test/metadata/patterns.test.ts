import { describe, expect, it } from "vitest";
import {
  COPYRIGHT,
  DASH_CHARS,
  DIGIT,
  FINAL_CLAUSE_MARK,
  FINAL_COLON,
  FINAL_EXCLAMATION,
  FINAL_PERIOD,
  FINAL_QUESTION,
  hasFinalClauseMark,
  hasFinalColon,
  hasFinalExclamation,
  hasFinalPeriod,
  hasFinalQuestion,
  hasSentenceEnd,
  hasWordChar,
  isDashCode,
  isWordCode,
  keyLetters,
  LineWords,
  looseKey,
  MARK,
  MARKUP,
  PIECE_SEPARATOR,
  SENTENCE_END,
  tokens,
  trimToWord,
  WORD_CHAR,
  wordCount,
} from "../../src/metadata/patterns.js";

// The scans of patterns.ts stand in for RegExps and for simpler code that the stage ran before; each is
// checked here against what it replaces, on every code unit and on generated strings.

/** A deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that the rules look at: letters of every form, digits, punctuation, closers and odd spaces. */
const PIECES = [
  "ا",
  "أ",
  "إ",
  "آ",
  "ٱ",
  "ى",
  "ة",
  "ه",
  "ي",
  "و",
  "ال",
  "ـ",
  "َ",
  "ٰ",
  "A",
  "z",
  "İ",
  "Σ",
  "1",
  "٣",
  "۵",
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\u2003",
  "\u2028",
  "\ufeff",
  "\n",
  ".",
  "..",
  "!",
  "?",
  "؟",
  "…",
  ",",
  "،",
  ";",
  "؛",
  ":",
  "：",
  '"',
  "'",
  "»",
  "«",
  "”",
  "’",
  ")",
  "(",
  "]",
  "[",
  "-",
  "–",
  "|",
  "•",
  "·",
  "/",
  "\\",
  ">",
  "›",
  "←",
  "<",
  "&",
  "©",
  "(c)",
  "#",
  "🔴",
  "𝐀",
  "\ud800",
];

function strings(count: number, seed: number, maxPieces = 12): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let s = "";
    const n = Math.floor(next() * maxPieces);
    for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
    return s;
  });
}

const SAMPLES = strings(20_000, 7);

/** The loose key as the stage first computed it, one code unit at a time. */
function referenceLooseKey(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0) {
      space = out.length > 0;
      continue;
    }
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    if (space) {
      out += " ";
      space = false;
    }
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) out += "\u0627";
    else if (c === 0x0649) out += "\u064A";
    else if (c === 0x0629) out += "\u0647";
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 0x20);
    else if (c < 0x80 || (c >= 0x0600 && c <= 0x06ff)) out += text.charAt(i);
    else out += text.charAt(i).toLowerCase();
  }
  return out;
}

describe("end-of-line scans read what their RegExps match", () => {
  it.each([
    ["FINAL_PERIOD", FINAL_PERIOD, hasFinalPeriod],
    ["SENTENCE_END", SENTENCE_END, hasSentenceEnd],
    ["FINAL_QUESTION", FINAL_QUESTION, hasFinalQuestion],
    ["FINAL_CLAUSE_MARK", FINAL_CLAUSE_MARK, hasFinalClauseMark],
    ["FINAL_EXCLAMATION", FINAL_EXCLAMATION, hasFinalExclamation],
    ["FINAL_COLON", FINAL_COLON, hasFinalColon],
  ] as const)("%s, on every code unit after a period and on generated strings", (_, regexp, scan) => {
    for (let c = 0; c < 0x10000; c++) {
      for (const text of [`قال.${String.fromCharCode(c)}`, `قال${String.fromCharCode(c)}`]) {
        if (scan(text) !== regexp.test(text)) expect([text, scan(text)]).toEqual([text, regexp.test(text)]);
      }
    }
    for (const text of SAMPLES) {
      if (scan(text) !== regexp.test(text)) expect([text, scan(text)]).toEqual([text, regexp.test(text)]);
    }
  });

  it.each([
    ["انتهى الاجتماع.", true],
    ["انتهى الاجتماع...", false],
    ['قال: "انتهى".»  ', true],
    ["انتهى الاجتماع", false],
    ["", false],
  ])("a final period in %j: %s", (text, expected) => {
    expect(hasFinalPeriod(text)).toBe(expected);
  });
});

describe("code-unit tests read what the RegExps and lists did", () => {
  it("isWordCode is WORD_CHAR of every code unit, and isDashCode is DASH_CHARS", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWordCode(c) !== WORD_CHAR.test(ch)) expect([c, isWordCode(c)]).toEqual([c, WORD_CHAR.test(ch)]);
      if (isDashCode(c) !== DASH_CHARS.includes(ch))
        expect([c, isDashCode(c)]).toEqual([c, DASH_CHARS.includes(ch)]);
    }
  });

  it("hasWordChar is WORD_CHAR of the slice, letters beyond U+FFFF included", () => {
    expect(hasWordChar("𝐀")).toBe(true);
    expect(hasWordChar("🔴 ...")).toBe(false);
    expect(hasWordChar("-- قال", 0, 3)).toBe(false);
    for (const text of SAMPLES) {
      const from = Math.floor(text.length / 3);
      expect(hasWordChar(text, from)).toBe(WORD_CHAR.test(text.slice(from)));
    }
  });
});

describe("tokens, counts and keys", () => {
  it("tokens splits as the RegExp split did, and stops at its limit", () => {
    for (const text of SAMPLES) {
      const split = text.split(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/u).filter((t) => t.length > 0);
      expect(tokens(text)).toEqual(split);
      expect(tokens(text, 2)).toEqual(split.slice(0, 2));
    }
  });

  it("wordCount with a bound stops one past it", () => {
    for (const text of SAMPLES) expect(wordCount(text, 3)).toBe(Math.min(wordCount(text), 4));
    expect(wordCount("أ ب ج د هـ و", 2)).toBe(3);
    expect(wordCount("، أ ب -", 5)).toBe(2);
  });

  it("looseKey is the key computed one code unit at a time, for short and long texts", () => {
    for (const text of [...SAMPLES, ...strings(200, 11, 400)])
      expect(looseKey(text)).toBe(referenceLooseKey(text));
    expect(looseKey("  أَحمدُ   الإمامِ  ")).toBe("احمد الامام");
  });

  it("looseKey of every code unit below U+0800, alone and around spaces, is the reference key", () => {
    // Words that are their own key take a shortcut; every unit must still fold, drop or stay as before.
    for (let c = 0; c < 0x0800; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `ب${ch}`, `${ch} ب`, `ب ${ch}`, `ب ${ch} ب`, `ب  ${ch}`, ` ${ch}`, `${ch} `])
        expect(looseKey(text)).toBe(referenceLooseKey(text));
    }
  });

  it("LineWords.read counts up to its bound and notes the marks, read whole or not", () => {
    for (const text of SAMPLES) {
      const line = LineWords.read(text, 3);
      expect(line.count).toBe(Math.min(wordCount(text), 4));
      expect(line.marks).toBe(new LineWords(text).marks);
    }
  });

  it("the Arabic letters of a line are those of its loose key", () => {
    for (const text of SAMPLES) {
      const letters = keyLetters(looseKey(text));
      expect(new LineWords(text).letters).toBe(letters);
      if (wordCount(text) <= 40) expect(LineWords.read(text, 40).letters).toBe(letters);
    }
    expect(new LineWords("ٱلقاهرة - رويترز").letters).toBe(keyLetters("القاهره رويترز"));
  });

  it("LineWords gives the tokens, bare words, keys and marks of its text", () => {
    for (const text of SAMPLES) {
      const line = new LineWords(text);
      const all = tokens(text);
      expect(line.count).toBe(wordCount(text));
      expect(line.hasMoreTokensThan(1)).toBe(all.length > 1);
      all.forEach((t, i) => {
        expect(line.token(i)).toBe(t);
        expect(line.bare(i)).toBe(trimToWord(t));
        expect(line.key(i)).toBe(looseKey(trimToWord(t)));
      });
      expect(line.token(all.length)).toBeUndefined();
      expect(line.tokens).toEqual(all);
      // A mark is absent only where its RegExp cannot match.
      if (!line.has(MARK.digit)) expect(DIGIT.test(text)).toBe(false);
      if (!line.has(MARK.copyright)) expect(COPYRIGHT.test(text)).toBe(false);
      if (!line.has(MARK.markup)) expect(MARKUP.test(text)).toBe(false);
      if (!line.has(MARK.piece)) expect(PIECE_SEPARATOR.test(text)).toBe(false);
    }
  });
});
