/** detectTicker, the public standalone entry: argument checks, options, and spans in input coordinates. */
import { describe, expect, it } from "vitest";
import * as khabar from "../../src/index.js";
import { TickerItemSchema } from "../../src/schema.js";
import { detectTicker } from "../../src/ticker/index.js";
import { BODY, TITLE } from "./helpers.js";

const H1 = "انفجار في المرفأ الرئيسي للمدينة";
const H2 = "إغلاق الطريق الدولي بين المدينتين";

describe("detectTicker", () => {
  it("is exported from the package entry", () => {
    expect(khabar.detectTicker).toBe(detectTicker);
  });

  it.each([
    ["a number", 42],
    ["null", null],
    ["undefined", undefined],
    ["an array", ["عاجل"]],
  ])("throws a TypeError that names text for %s", (_name, value) => {
    expect(() => detectTicker(value as unknown as string)).toThrow(TypeError);
    expect(() => detectTicker(value as unknown as string)).toThrow(/^text:/);
  });

  it.each([
    ["an unknown option", { nope: true }],
    ["an unknown lexicon area", { lexicon: { nowhere: { headers: ["x"] } } }],
    ["an unknown ticker list", { lexicon: { ticker: { nothing: ["x"] } } }],
    ["a list where a table is expected", { lexicon: { ticker: { meridiems: ["x"] } } }],
  ])("throws a TypeError that names options for %s", (_name, options) => {
    expect(() => detectTicker("عاجل", options as never)).toThrow(TypeError);
    expect(() => detectTicker("عاجل", options as never)).toThrow(/^options/);
  });

  it("returns nothing for text without a ticker", () => {
    expect(detectTicker("")).toEqual([]);
    expect(detectTicker([TITLE, BODY].join("\n"))).toEqual([]);
  });

  it("returns items valid against TickerItemSchema", () => {
    const found = detectTicker(["عاجل", `${H1} (شهود) - 10:25 ${H2} - 09:40`, TITLE, BODY].join("\n"));
    expect(found).toHaveLength(2);
    for (const item of found) expect(() => TickerItemSchema.parse(item)).not.toThrow();
  });

  it("maps spans back to the input through tatweel, tashkeel, bidi marks and no-break spaces", () => {
    const line = `\u200fانفجـــار في المَرفأ الرئيسي (شهود) - 10:25\u00a0\u00a0${H2} - 09:40`;
    const text = ["عــاجل", line, TITLE, BODY].join("\n");
    const found = detectTicker(text);
    expect(found.map((i) => [i.text, i.source, i.time])).toEqual([
      ["انفجار في المرفأ الرئيسي", "شهود", "10:25"],
      [H2, null, "09:40"],
    ]);
    expect(text.slice(found[0]!.span.start, found[0]!.span.end)).toMatch(
      /^\u200f?انفجـــار في المَرفأ الرئيسي \(شهود\) - 10:25$/,
    );
    expect(text.slice(found[1]!.span.start, found[1]!.span.end)).toBe(`${H2} - 09:40`);
  });

  it.each([
    ["spaces", "   "],
    ["no-break spaces", "\u00a0\u00a0\u00a0\u00a0"],
    ["a tab", "\t"],
  ])("cuts items at wide gaps of %s that normalization collapses", (_name, gap) => {
    const H3 = "وصول وفد الوساطة إلى العاصمة";
    const text = ["عاجل", [H1, H2, H3].join(gap), TITLE, BODY].join("\n");
    const found = detectTicker(text);
    expect(found.map((i) => i.text)).toEqual([H1, H2, H3]);
    expect(found.map((i) => text.slice(i.span.start, i.span.end))).toEqual([H1, H2, H3]);
  });

  it("does not cut at a single space or at a no-break space", () => {
    // The third headline opens with a verb in the past, no cue of a new headline: only a wide gap could cut.
    const text = ["عاجل", `${H1} ${H2}\u00a0وصل وفد الوساطة إلى العاصمة`, TITLE, BODY].join("\n");
    expect(detectTicker(text).length).toBeLessThanOrEqual(1);
  });

  it("reads the lexicon of its options", () => {
    const text = ["نبض الشارع", `${H1} - 10:25`, TITLE, BODY].join("\n");
    expect(detectTicker(text)).toEqual([]);
    const found = detectTicker(text, { lexicon: { ticker: { headers: ["نبض الشارع"] } } });
    expect(found.map((i) => i.text)).toEqual([H1]);
  });

  it("reads added genre tags", () => {
    const text = ["عاجل", `${H1} (حصري) - 09:25 ${H2} - 09:10`, TITLE, BODY].join("\n");
    expect(detectTicker(text)[0]).toMatchObject({ text: H1, source: "حصري" });
    const found = detectTicker(text, { lexicon: { ticker: { genreTags: ["حصري"] } } });
    expect(found[0]).toMatchObject({ text: `${H1} (حصري)`, source: null });
  });

  it("reads added time qualifiers", () => {
    const text = ["عاجل", `${H1} - 9:25 ليلا`, TITLE, BODY].join("\n");
    expect(detectTicker(text).map((i) => i.time)).not.toContain("21:25");
    const found = detectTicker(text, { lexicon: { ticker: { meridiems: { ليلا: "pm" } } } });
    expect(found.map((i) => [i.text, i.time])).toEqual([[H1, "21:25"]]);
  });

  it("reads added day words", () => {
    const text = ["أهم الأخبار", H1, "اليوم, 09:13", H2, "قبل يومين, 23:00", TITLE, BODY].join("\n");
    const found = detectTicker(text, { lexicon: { ticker: { dayWords: { "قبل يومين": -2 } } } });
    expect(found.map((i) => [i.text, i.time, i.dayOffset])).toEqual([
      [H1, "09:13", 0],
      [H2, "23:00", -2],
    ]);
  });

  it("is consistent with parseArticle", () => {
    const text = ["الأخبار العاجلة", `${H1} (شهود) - 10:25 ${H2} - 09:40`, TITLE, BODY].join("\n");
    expect(detectTicker(text)).toEqual(khabar.parseArticle(text).ticker);
  });
});
