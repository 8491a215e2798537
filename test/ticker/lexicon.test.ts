/** The ticker lexicon is data: clean word lists and tables whose values the stage understands. */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extendLexicon } from "../../src/lexicon/index.js";
import { TICKER_LEXICON } from "../../src/lexicon/ticker.js";
import { defaultTickerRegExps, tickerPatterns } from "../../src/ticker/patterns.js";

const lists = Object.entries(TICKER_LEXICON).filter(([, v]) => Array.isArray(v)) as [string, string[]][];
const tables = Object.entries(TICKER_LEXICON).filter(([, v]) => !Array.isArray(v)) as [
  string,
  Record<string, string | number>,
][];

describe("TICKER_LEXICON", () => {
  it("is the ticker area of the default lexicon", () => {
    expect(DEFAULT_LEXICON.ticker).toBe(TICKER_LEXICON);
  });

  it.each(lists)("%s: non-empty, trimmed, without duplicates", (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w).toBe(w.trim());
    expect(new Set(words).size).toBe(words.length);
  });

  it.each(tables)("%s: non-empty with trimmed keys", (_name, table) => {
    expect(Object.keys(table).length).toBeGreaterThan(0);
    for (const w of Object.keys(table)) expect(w).toBe(w.trim());
  });

  it("maps every meridiem to am or pm", () => {
    for (const half of Object.values(TICKER_LEXICON.meridiems)) expect(["am", "pm"]).toContain(half);
  });

  it("maps every day word to today or a day before", () => {
    for (const days of Object.values(TICKER_LEXICON.dayWords)) {
      expect(Number.isInteger(days)).toBe(true);
      expect(days).toBeLessThanOrEqual(0);
    }
  });

  it.each([
    ["الأخبار العاجلة", "headers"],
    ["شريط الأخبار", "headers"],
    ["آخر الأخبار", "headers"],
    ["أحدث الأخبار", "headers"],
    ["أهم الأخبار", "headers"],
    ["عاجل", "headers"],
    ["ticker", "separatorWords"],
    ["فيديو", "genreTags"],
    ["صور", "genreTags"],
    ["المزيد", "moreLinks"],
  ])("holds %s in %s", (word, list) => {
    expect((TICKER_LEXICON as unknown as Record<string, string[]>)[list]).toContain(word);
  });
});

describe("tickerPatterns", () => {
  it("compiles once per lexicon object", () => {
    expect(tickerPatterns(DEFAULT_LEXICON.ticker)).toBe(tickerPatterns(DEFAULT_LEXICON.ticker));
    const extended = extendLexicon({ ticker: { headers: ["نبض"] } });
    expect(tickerPatterns(extended.ticker)).not.toBe(tickerPatterns(DEFAULT_LEXICON.ticker));
  });

  it("escapes metacharacters of added words", () => {
    const extended = extendLexicon({ ticker: { headers: ["(a+)+", "عاجل [خاص]"] } });
    const { header } = tickerPatterns(extended.ticker);
    header.lastIndex = 0;
    expect(header.exec("عاجل [خاص]")?.[0]).toBe("عاجل [خاص]");
    header.lastIndex = 0;
    expect(header.exec("aaaa")).toBeNull();
  });

  it("ignores table values it does not understand", () => {
    const extended = extendLexicon({ ticker: { meridiems: { x: "noon" }, dayWords: { y: 3 } } });
    const p = tickerPatterns(extended.ticker);
    expect(p.meridiems.has("x")).toBe(false);
    expect(p.dayWords.has("y")).toBe(false);
  });

  it("lists its regexps for the ReDoS test", () => {
    expect(defaultTickerRegExps().every((r) => r instanceof RegExp)).toBe(true);
  });
});
