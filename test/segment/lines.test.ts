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

  it("returns nothing for empty or blank text", () => {
    expect(splitLines("")).toEqual([]);
    expect(splitLines(" \n\r\n\t")).toEqual([]);
  });
});
