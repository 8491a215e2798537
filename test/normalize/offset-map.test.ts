/**
 * The offset map of normalizeWithMap: deletions, one-to-many expansions, CRLF, NFC clusters, empty ranges,
 * the whole text, and the arguments it accepts.
 */
import { describe, expect, it } from "vitest";
import { normalizeWithMap, PARSE_NORMALIZATION } from "../../src/normalize/index.js";
import { widenToEdits } from "../../src/normalize/nfc.js";
import { EditList } from "../../src/normalize/offset-map.js";

/** The source text a normalized range came from. */
function sourceOf(text: string, start: number, end: number, options = {}): string {
  const { map } = normalizeWithMap(text, options);
  const span = map.toSource(start, end);
  return text.slice(span.start, span.end);
}

describe("OffsetMap", () => {
  it("is the identity when nothing changes", () => {
    const text = "قال الوزير";
    const { text: out, map } = normalizeWithMap(text);
    expect(out).toBe(text);
    expect(map.toSource(4, 10)).toEqual({ start: 4, end: 10 });
    expect(map.toNormalized(0, 3)).toEqual({ start: 0, end: 3 });
    expect(map.toSource(2, 2)).toEqual({ start: 2, end: 2 });
  });

  describe("deletions", () => {
    // "قال" RLM "الوزير": normalized "قالالوزير"? No: the RLM sits between a word and a space.
    const text = "قال\u200f الوزيـــر";
    const { text: out, map } = normalizeWithMap(text);

    it("normalizes as expected", () => {
      expect(out).toBe("قال الوزير");
    });

    it("maps a range covering both neighbours over the deleted characters between them", () => {
      // "ل" (2) and the space (3) in the output: source "ل" (2), RLM (3), space (4).
      expect(map.toSource(2, 4)).toEqual({ start: 2, end: 5 });
      // "الوزير" (4–10) came from "الوزيـــر" (5–14), tatweel included.
      expect(map.toSource(4, 10)).toEqual({ start: 5, end: 14 });
    });

    it("leaves the deleted characters at the edges of a range out", () => {
      expect(map.toSource(0, 3)).toEqual({ start: 0, end: 3 });
      expect(map.toSource(3, 4)).toEqual({ start: 4, end: 5 });
    });

    it("maps an empty range at a deletion point to the left edge of the deletion", () => {
      expect(map.toSource(3, 3)).toEqual({ start: 3, end: 3 });
    });

    it("maps a deleted source range to an empty range", () => {
      expect(map.toNormalized(3, 4)).toEqual({ start: 3, end: 3 });
      expect(map.toNormalized(10, 13)).toEqual({ start: 9, end: 9 });
    });

    it("maps source ranges around deletions to what they became", () => {
      expect(map.toNormalized(5, 14)).toEqual({ start: 4, end: 10 });
      expect(map.toNormalized(2, 5)).toEqual({ start: 2, end: 4 });
    });
  });

  describe("deletions at the ends", () => {
    const text = "\ufeff\u200fخبر\u200e";
    const { text: out, map } = normalizeWithMap(text);

    it("maps the whole output to the whole input", () => {
      expect(out).toBe("خبر");
      expect(map.toSource(0, 3)).toEqual({ start: 0, end: text.length });
      expect(map.toNormalized(0, text.length)).toEqual({ start: 0, end: 3 });
    });

    it("maps the ends as ends and inner ranges tightly", () => {
      expect(map.toSource(0, 0)).toEqual({ start: 0, end: 0 });
      expect(map.toSource(3, 3)).toEqual({ start: text.length, end: text.length });
      expect(map.toSource(1, 2)).toEqual({ start: 3, end: 4 });
    });

    it("maps an input that vanishes entirely", () => {
      const gone = normalizeWithMap("\u200b\u200b");
      expect(gone.text).toBe("");
      expect(gone.map.toSource(0, 0)).toEqual({ start: 0, end: 2 });
      expect(gone.map.toNormalized(0, 1)).toEqual({ start: 0, end: 0 });
    });
  });

  describe("expansions", () => {
    it("maps every part of ﷲ → الله back to ﷲ", () => {
      const text = "قال ﷲ";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("قال الله");
      for (let a = 4; a < 8; a++) {
        for (let b = a + 1; b <= 8; b++) expect(map.toSource(a, b)).toEqual({ start: 4, end: 5 });
      }
      expect(map.toNormalized(4, 5)).toEqual({ start: 4, end: 8 });
      expect(map.toSource(3, 5)).toEqual({ start: 3, end: 5 });
    });

    it("maps ﻷ → لأ and the text after it", () => {
      const text = "ﻷن خبر";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("لأن خبر");
      expect(map.toSource(1, 2)).toEqual({ start: 0, end: 1 });
      expect(map.toSource(4, 7)).toEqual({ start: 3, end: 6 });
      expect(map.toNormalized(1, 2)).toEqual({ start: 2, end: 3 });
    });

    it("maps a decoded reference to the whole reference", () => {
      expect(sourceOf("a&nbsp;b", 1, 2, { decodeEntities: true })).toBe("&nbsp;");
      expect(sourceOf("&amp;quot;x", 0, 1, { decodeEntities: true })).toBe("&amp;quot;");
    });
  });

  describe("line breaks and spaces", () => {
    it("records CRLF → LF", () => {
      const text = "أ\r\nب";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("أ\nب");
      expect(map.toSource(2, 3)).toEqual({ start: 3, end: 4 });
      expect(map.toSource(1, 2)).toEqual({ start: 2, end: 3 });
      expect(map.toSource(0, 2)).toEqual({ start: 0, end: 3 });
    });

    it("maps a collapsed run of spaces to its first space, and a range across it to all of it", () => {
      const text = "a \u00a0  b";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("a b");
      expect(map.toSource(1, 2)).toEqual({ start: 1, end: 2 });
      expect(map.toSource(1, 3)).toEqual({ start: 1, end: 6 });
    });
  });

  describe("NFC clusters", () => {
    it("maps a composed cluster to its whole source", () => {
      const text = "با\u0654حمد";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("بأحمد");
      expect(map.toSource(1, 2)).toEqual({ start: 1, end: 3 });
      expect(map.toSource(2, 5)).toEqual({ start: 3, end: 6 });
      expect(map.toNormalized(2, 3)).toEqual({ start: 1, end: 2 });
    });

    it("maps reordered marks as one cluster", () => {
      const text = "قب\u0651\u064eل";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("قب\u064e\u0651ل");
      expect(map.toSource(2, 3)).toEqual({ start: 1, end: 4 });
      expect(map.toSource(4, 5)).toEqual({ start: 4, end: 5 });
    });

    it("keeps deletions next to a cluster outside it", () => {
      const text = "\u200fا\u0654\u200f";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("أ");
      expect(map.toNormalized(0, 1)).toEqual({ start: 0, end: 0 });
      expect(map.toNormalized(1, 3)).toEqual({ start: 0, end: 1 });
      expect(map.toSource(0, 0)).toEqual({ start: 0, end: 0 });
    });

    it("maps a cluster that ends an expansion to the expansion and the marks", () => {
      const text = "ﷲ\u0651\u064e";
      const { text: out, map } = normalizeWithMap(text);
      expect(out).toBe("الله\u064e\u0651");
      expect(map.toSource(3, 6)).toEqual({ start: 0, end: 3 });
      expect(map.toSource(0, 1)).toEqual({ start: 0, end: 3 });
    });
  });

  describe("arguments", () => {
    const { map } = normalizeWithMap("قال\u200f الوزير");

    it("clamps positions to the text and reads an end below the start as the start", () => {
      expect(map.toSource(-5, 2)).toEqual(map.toSource(0, 2));
      expect(map.toSource(3, 999)).toEqual(map.toSource(3, 10));
      expect(map.toSource(5, 2)).toEqual(map.toSource(5, 5));
      expect(map.toSource(2.7, 4.2)).toEqual(map.toSource(2, 4));
    });

    it("throws a TypeError naming a position that is not a number", () => {
      expect(() => map.toSource(Number.NaN, 2)).toThrow(/start/);
      expect(() => map.toNormalized(0, "3" as unknown as number)).toThrow(/end/);
    });
  });

  it("maps with parseArticle's options too (tashkeel removed)", () => {
    const text = "قالَ الوزيرُ";
    const { text: out, map } = normalizeWithMap(text, PARSE_NORMALIZATION);
    expect(out).toBe("قال الوزير");
    // Up to the end of the output: the end of the input, the damma deleted there included.
    expect(map.toSource(4, 10)).toEqual({ start: 5, end: 12 });
    expect(map.toSource(4, 9)).toEqual({ start: 5, end: 10 });
    expect(map.toSource(0, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe("EditList", () => {
  type Edit = [number, number, number, number];
  /** The flat edits after adding each `[s0, s1, o0, o1]` in turn. */
  const editsAfter = (...edits: Edit[]) => {
    const list = new EditList();
    for (const [s0, s1, o0, o1] of edits) list.add(s0, s1, o0, o1);
    return Array.from(list.edits());
  };

  it.each<[string, Edit[], number[]]>([
    [
      "two deletions in a row make one",
      [
        [3, 4, 3, 3],
        [4, 6, 3, 3],
      ],
      [3, 6, 3, 3],
    ],
    [
      "deletions with a kept unit between stay two",
      [
        [3, 4, 3, 3],
        [5, 6, 4, 4],
      ],
      [3, 4, 3, 3, 5, 6, 4, 4],
    ],
    [
      "a replacement after a deletion is its own edit",
      [
        [3, 4, 3, 3],
        [4, 5, 3, 7],
      ],
      [3, 4, 3, 3, 4, 5, 3, 7],
    ],
    [
      "a deletion after a replacement is its own edit",
      [
        [3, 4, 3, 7],
        [4, 5, 7, 7],
      ],
      [3, 4, 3, 7, 4, 5, 7, 7],
    ],
  ])("%s", (_name, edits, expected) => {
    expect(editsAfter(...edits)).toEqual(expected);
  });

  it("grows past its first 16 edits and keeps every one", () => {
    const edits = Array.from({ length: 40 }, (_, k): Edit => [2 * k, 2 * k + 1, k, k]);
    expect(editsAfter(...edits)).toEqual(edits.flat());
  });
});

describe("widenToEdits", () => {
  // Source [2, 3) became output [2, 6) (ﷲ → الله), source [7, 10) was deleted (at output 10).
  const widen = widenToEdits([2, 3, 2, 6, 7, 10, 10, 10]);

  it.each([
    ["a cluster inside an expansion takes all of it", 3, 4, [2, 6, true]],
    ["a cluster ending inside one reaches its end", 1, 3, [1, 6, true]],
    ["a cluster starting inside one goes back to its start", 5, 8, [2, 8, true]],
    ["a cluster that cuts no edit stays", 6, 9, [6, 9, false]],
    ["a cluster before every edit stays", 0, 2, [0, 2, false]],
  ] as const)("%s", (_name, a, b, expected) => {
    expect(widen(a, b)).toEqual(expected);
  });
});
