/**
 * The tokenizer: words with their folded keys, numbers with separators, quotation marks, joiners and
 * punctuation. The fast tokenizer (folding table, keys shared between tokens) is checked against a plain
 * reference that folds one character at a time with `foldChar`, the definition of a key.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fold,
  foldChar,
  isIgnorable,
  isQuoteMark,
  isSpace,
  isWordCode,
  type Token,
  type TokenKind,
  tokenize,
} from "../../src/quotes/text.js";

function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

/** A token without its key-table entry (a cache, not part of what the token is). */
type Plain = Omit<Token, "entry">;

/** The tokens of `text` without their key-table entries. */
function plainTokens(text: string): Plain[] {
  return tokenize(text).map(({ kind, start, end, text, key }) => ({ kind, start, end, text, key }));
}

/** The tokenizer as specified, one character at a time (the implementation before the folding table). */
function referenceTokenize(text: string): Plain[] {
  const tokens: Plain[] = [];
  const n = text.length;
  let i = 0;
  const word = (k: number) => isWordCode(text.charCodeAt(k), text[k] as string);
  while (i < n) {
    const code = text.charCodeAt(i);
    const ch = text[i] as string;
    if (isSpace(code) || isIgnorable(code)) {
      i++;
      continue;
    }
    if (word(i)) {
      const start = i;
      let key = "";
      let end = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (word(i)) {
          key += foldChar(c, text[i] as string);
          i++;
          end = i;
          continue;
        }
        if (isIgnorable(c) && i + 1 < n && word(i + 1)) {
          i++;
          continue;
        }
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
    const end = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
    tokens.push({ kind, start: i, end, text: text.slice(i, end), key: text.slice(i, end) });
    i = end;
  }
  return tokens;
}

/** Pieces of text that exercise every branch: folded letters, marks, digits, separators, other scripts. */
const PIECES = [
  "قال",
  "أكد",
  "إن",
  "آل",
  "ٱلله",
  "مستشفى",
  "المدينة",
  "عليّ",
  "على",
  "ـ",
  "\u064E",
  "\u0670",
  "\u06D6",
  "\u200C",
  "\u200F",
  "\uFEFF",
  "2",
  "٣",
  "۴",
  ".",
  ",",
  "٫",
  "٬",
  "،",
  "؟",
  '"',
  "''",
  "'",
  "«",
  "»",
  "#",
  "_",
  "Café",
  "ÉTÉ",
  "Ωμέγα",
  "שלום",
  "日本",
  "ﷲ",
  "ﻻ",
  "😀",
  "\uD83D",
  "\uDE00",
  "\u0600",
  "\u066A",
  "\u06D4",
  " ",
  "  ",
  "\u00A0",
  "\t",
];

const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));

describe("tokenize", () => {
  it.each([
    ["قال أحمد", ["قال", "احمد"]],
    ["مستشفى المدينة", ["مستشفي", "المدينه"]],
    ["إِنَّ", ["ان"]],
    ["270.000 و2,5 و٣٫٥", ["270.000", "و2,5", "و3.5"]],
    // Only ASCII capitals fold to small letters.
    ["Café ÉTÉ", ["café", "ÉtÉ"]],
    ["ال\u200Cعمل", ["العمل"]],
  ] as const)("keys of %s", (text, keys) => {
    expect(
      tokenize(text)
        .filter((t) => t.kind === "word")
        .map((t) => t.key),
    ).toEqual(keys);
  });

  it.each([
    // A separator not between two digits ends the word; a mark alone is not a word.
    [
      "2. و",
      [
        ["word", "2"],
        ["punct", "."],
        ["word", "و"],
      ],
    ],
    [
      'قال: "نعم"',
      [
        ["word", "قال"],
        ["punct", ":"],
        ["quote", '"'],
        ["word", "نعم"],
        ["quote", '"'],
      ],
    ],
    [
      "#وسم_ما",
      [
        ["joiner", "#"],
        ["word", "وسم"],
        ["joiner", "_"],
        ["word", "ما"],
      ],
    ],
    [
      "''نعم''",
      [
        ["quote", '"'],
        ["word", "نعم"],
        ["quote", '"'],
      ],
    ],
    ["😀", [["punct", "😀"]]],
  ] as const)("tokens of %s", (text, expected) => {
    expect(tokenize(text).map((t) => [t.kind, t.key])).toEqual(expected);
  });

  it.each(["2.\u200F5 و٣\u200E٫\u200F٥", "قا\u200Fل إ\u200Dن", "ال\u064Eعمل\u0640 مستشفى", "Ωμέγα 日本 ﷲ ﻻ"])(
    "gives the tokens (texts and keys) of the reference for %j",
    (text) => {
      expect(plainTokens(text)).toEqual(referenceTokenize(text));
    },
  );

  it("gives the same tokens as the character-by-character reference", () => {
    fc.assert(
      fc.property(pieceText, (text) => {
        expect(plainTokens(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same tokens as the reference on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(plainTokens(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps an entry, and the value cached on it, while the shared key table grows", () => {
    const [before] = tokenize("استقبل");
    if (before?.entry) before.entry.value = "cached";
    // More distinct words than the table's first slots hold: it grows (it starts over only at its largest).
    const words: string[] = [];
    for (let k = 0; k < 5_000; k++) words.push(`نمو${k}`);
    expect(tokenize(words.join(" ")).map((t) => t.key)).toEqual(words);
    const [after] = tokenize("استقبل");
    expect(after?.entry).toBe(before?.entry);
    expect(after?.entry?.value).toBe("cached");
  });

  it("keeps keys right past the capacity of the shared key table", () => {
    // More distinct words than the table holds at its largest: it starts over, and every key is still the
    // folded word.
    const words: string[] = [];
    for (let k = 0; k < 80_000; k++) words.push(`كلمة${k}`);
    const text = words.join(" ");
    const keys = tokenize(text).map((t) => t.key);
    expect(keys).toEqual(words.map((w) => fold(w)));
    expect(tokenize("أكد أكد").map((t) => t.key)).toEqual(["اكد", "اكد"]);
  });

  it("gives every spelling of a word one key-table entry; other tokens none", () => {
    const [a, b, c, d] = tokenize("أكد اكد، قال");
    expect(a?.key).toBe("اكد");
    expect(a?.entry?.key).toBe("اكد");
    expect(b?.entry).toBe(a?.entry);
    expect(c?.entry).toBeNull();
    expect(d?.entry?.key).toBe("قال");
    expect(tokenize(`${"ب".repeat(100)} قال`)[0]?.entry).toBeNull();
  });

  it("reads a word longer than the kept keys whole", () => {
    const long = "أ".repeat(10_000);
    expect(tokenize(`${long} قال`).map((t) => t.key)).toEqual(["ا".repeat(10_000), "قال"]);
  });
});
