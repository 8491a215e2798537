import { describe, expect, it } from "vitest";
import { alternation, escapeRegExp, loosePattern, wordsRegExp } from "../../src/internal/regex.js";

describe("escapeRegExp", () => {
  it.each(["a.b", "(CNN)--", "Editor-in-chief", "a|b", "x/y", "[1]", "c++", "^$", "\\"])(
    "makes %s match itself literally, also in u mode",
    (word) => {
      const re = new RegExp(`^${escapeRegExp(word)}$`, "u");
      expect(re.test(word)).toBe(true);
      expect(re.test(`${word}x`)).toBe(false);
    },
  );
});

describe("loosePattern", () => {
  it.each([
    ["أكد", ["اكد", "أكد", "إكد", "آكد"]],
    ["إلى", ["الي", "إلى", "إلي"]],
    ["الناطقة", ["الناطقه", "الناطقة"]],
  ])("matches every common spelling of %s", (word, spellings) => {
    const re = new RegExp(`^(?:${loosePattern(word)})$`, "u");
    for (const s of spellings) expect(re.test(s), s).toBe(true);
  });

  it("matches any run of spaces or tabs for a space", () => {
    expect(new RegExp(`^${loosePattern("فرانس برس")}$`, "u").test("فرانس \t برس")).toBe(true);
  });

  it("does not fold letters it does not name", () => {
    expect(new RegExp(`^${loosePattern("قال")}$`, "u").test("كال")).toBe(false);
  });
});

describe("alternation and wordsRegExp", () => {
  it("prefers the longest word", () => {
    expect(new RegExp(alternation(["عاجل", "خبر عاجل"]), "u").exec("خبر عاجل")?.[0]).toBe("خبر عاجل");
  });

  it("matches whole Arabic words only", () => {
    const re = wordsRegExp(["قال"]);
    expect(re.test("وقال")).toBe(false);
    expect(re.test("قال الوزير")).toBe(true);
    expect(re.test("مقال")).toBe(false);
  });

  it("ignores empty and repeated entries", () => {
    expect(alternation(["", " ", "أ", "أ"])).toBe(loosePattern("أ"));
  });
});
