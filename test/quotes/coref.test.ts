/**
 * The text and key helpers of coreference, checked against the plain definitions they replace (one
 * character at a time): collapsing spaces and joiners, folding, and splitting into punctuation-free words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces } from "../../src/quotes/coref.js";
import { fold, foldChar, foldedWords, isSpace } from "../../src/quotes/text.js";

/** Runs of white space, `#`, `_` and tatweel read as one space, none at either end (by code point). */
function referenceCollapse(text: string): string {
  let out = "";
  let space = false;
  for (const ch of text) {
    if (ch === "#" || ch === "_" || ch === "\u0640" || ch.trim() === "") {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += ch;
  }
  return out;
}

function referenceFold(text: string): string {
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

function referenceFoldedWords(text: string): string[] {
  const strip = (word: string) => {
    let out = "";
    for (const ch of word) {
      const c = ch.charCodeAt(0);
      if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) : c >= 0x0621) out += ch;
    }
    return out;
  };
  return referenceFold(text)
    .split(" ")
    .map(strip)
    .filter((w) => w.length > 0);
}

const PIECES = [
  "وزير",
  "الخارجية",
  "أحمد",
  "مستشفى",
  " ",
  "  ",
  "\u00A0",
  "\uFEFF",
  "\u3000",
  "\t",
  "\n",
  "#",
  "_",
  "ـ",
  "\u064E",
  "\u200F",
  "«",
  "»",
  '"',
  "(",
  ")",
  "،",
  "-",
  "ABC",
  "x1",
  "٣",
  "😀",
  "\uD83D",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((p) => p.join(""));

describe("coreference text helpers", () => {
  it.each([
    ["وزير  الخارجية", "وزير الخارجية"],
    [" #وسم_ما ", "وسم ما"],
    ["وزير\u00A0الخارجية\u3000", "وزير الخارجية"],
    ["", ""],
  ])("collapses %j to %j", (input, expected) => {
    expect(collapseSpaces(input)).toBe(expected);
  });

  it.each([
    ["الأمين العام", ["الامين", "العام"]],
    ['"الائتلاف" (سانا)', ["الائتلاف", "سانا"]],
    ["ABC - x1", ["abc", "x1"]],
    ["« »", []],
  ])("folds %j into the words %j", (input, expected) => {
    expect(foldedWords(input)).toEqual(expected);
  });

  it("collapses, folds and splits as the character-by-character definitions", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 30 })), (t) => {
        expect(collapseSpaces(t)).toBe(referenceCollapse(t));
        expect(fold(t)).toBe(referenceFold(t));
        expect(foldedWords(t)).toEqual(referenceFoldedWords(t));
      }),
      { numRuns: 3000 },
    );
  });
});
