import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/segment/index.js";

describe("splitLines", () => {
  it.each([
    ["LF", "أ\nب", ["أ", "ب"]],
    ["CRLF", "أ\r\nب", ["أ", "ب"]],
    ["CR", "أ\rب", ["أ", "ب"]],
    ["blank and space-only lines dropped", "أ\n\n \u00a0\t\nب", ["أ", "ب"]],
    ["U+2028 and U+2029", "أ\u2028ب\u2029ج", ["أ", "ب", "ج"]],
  ])("splits at %s", (_name, input, expected) => {
    expect(splitLines(input).map((l) => l.text)).toEqual(expected);
  });

  it("keeps spans that point at the trimmed text", () => {
    const text = "  عاجل \r\n\r\n خبر";
    for (const line of splitLines(text)) {
      expect(text.slice(line.start, line.end)).toBe(line.text);
    }
    expect(splitLines(text).map((l) => l.index)).toEqual([0, 1]);
  });

  it("splits at every LF, CR and CRLF of a page that mixes them, with the offsets of the text", () => {
    const text = "أ\rب\nج\r\nد\n\rه \r";
    expect(splitLines(text).map((l) => [l.text, l.start, l.end])).toEqual([
      ["أ", 0, 1],
      ["ب", 2, 3],
      ["ج", 4, 5],
      ["د", 7, 8],
      ["ه", 10, 11],
    ]);
  });

  // A trailing U+2029 sends a text down the general path, which tests every code unit; the lines before it
  // must be those the LF/CR search finds.
  it.each([
    ["LF", " عاجل \n\nخبر أول\n  خبر ثان  "],
    ["CRLF", " عاجل \r\n\r\nخبر أول\r\n  خبر ثان  "],
    ["CR", " عاجل \r\rخبر أول\r  خبر ثان  "],
    ["LF CR", "عاجل\n\rخبر\r\n\n"],
    ["none", "  خبر  "],
  ])("finds the lines of %s ends as the general path does", (_name, text) => {
    expect(splitLines(text)).toEqual(splitLines(`${text}\u2029`));
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitLines("")).toEqual([]);
    expect(splitLines(" \n\r\n\t")).toEqual([]);
  });
});
