/**
 * Misuse of the public API: a non-string text or bad options throws a TypeError that names the argument
 * and says what was expected; options never pollute prototypes or the default lexicon, and one call's
 * lexicon extension never leaks into the next call.
 */
import { describe, expect, it } from "vitest";
import * as khabar from "../../src/index.js";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { resolveOptions } from "../../src/options.js";

/** The public functions that take text first, with whether they take ParseOptions second. */
const TEXT_FUNCTIONS = [
  ["parseArticle", true],
  ["detectTicker", true],
  ["extractQuotes", true],
  ["extractDates", true],
  ["diagnoseInput", false],
  ["normalize", false],
  ["normalizeWithMap", false],
] as const;

type TextFunction = (text: unknown, options?: unknown) => unknown;
const exported = (name: string): TextFunction | undefined =>
  (khabar as unknown as Record<string, TextFunction | undefined>)[name];

const PAGE = "عاجل\nقال الوزير إن الاجتماع كان مثمرا.";

const NOT_STRINGS: [string, unknown, RegExp][] = [
  ["a number", 42, /got a number \(42\)/],
  ["null", null, /got null/],
  ["undefined", undefined, /got undefined/],
  ["an array", ["نص"], /got an array/],
  ["an object", { text: "نص" }, /got an object/],
  ["a String object", new String("نص"), /got an instance of String/],
  ["a Buffer-like Uint8Array", new Uint8Array([0xd8, 0xa7]), /got an instance of Uint8Array/],
];

describe.each(TEXT_FUNCTIONS.map(([name, parseOptions]) => [name, parseOptions] as const))(
  "%s",
  (name, takesParseOptions) => {
    const fn = exported(name);

    it.skipIf(!fn).each(NOT_STRINGS)("throws a TypeError naming `text` for %s", (_what, value, got) => {
      expect(() => fn!(value)).toThrow(TypeError);
      expect(() => fn!(value)).toThrow(/^text: expected a string, got /);
      // The shared check (src/options.ts assertText) also says what was given.
      if (name !== "normalize" && name !== "normalizeWithMap") expect(() => fn!(value)).toThrow(got);
    });

    it.skipIf(!fn)("accepts any string, the empty one included", () => {
      expect(() => fn!("")).not.toThrow();
      expect(() => fn!("\ud800\u0000")).not.toThrow();
      expect(() => fn!(PAGE)).not.toThrow();
    });

    it.skipIf(!fn || !takesParseOptions).each([
      ["a number", 42, /^options: expected an options object or undefined, got a number/],
      ["a string", "ar", /^options: expected an options object or undefined, got a string/],
      ["null", null, /^options: expected an options object or undefined, got null/],
      ["an array", [], /^options: expected an options object or undefined, got an array/],
      ["a Map", new Map(), /^options: expected an options object or undefined, got an instance of Map/],
      [
        "an unknown option",
        { lexicn: {} },
        /^options: unknown option "lexicn"; expected only lexicon, referenceDate/,
      ],
      [
        "a lexicon that is a number",
        { lexicon: 5 },
        /^options\.lexicon: expected an object, got a number \(5\)/,
      ],
      [
        "an unknown lexicon area",
        { lexicon: { tickr: { headers: [] } } },
        /^options\.lexicon: unknown area "tickr"/,
      ],
      [
        "a word list that is a string",
        { lexicon: { ticker: { headers: "عاجل" } } },
        /^options\.lexicon\.ticker\.headers: expected an array of strings or an object of words, got a string/,
      ],
      [
        "a word list holding a number",
        { lexicon: { ticker: { headers: [1] } } },
        /^options\.lexicon\.ticker\.headers: expected an array of strings or an object of words/,
      ],
      [
        "a referenceDate in the wrong format",
        { referenceDate: "1/2/2020" },
        /^options\.referenceDate: expected a date written YYYY-MM-DD, got a string \("1\/2\/2020"\)/,
      ],
      [
        "a referenceDate that is not a day",
        { referenceDate: "2021-02-29" },
        /^options\.referenceDate: expected a calendar date written YYYY-MM-DD, got "2021-02-29"/,
      ],
      [
        "a referenceDate that is a Date",
        { referenceDate: new Date(0) },
        /^options\.referenceDate: expected a string/,
      ],
    ])("throws a TypeError naming the option for %s", (_what, options, message) => {
      expect(() => fn!(PAGE, options)).toThrow(TypeError);
      expect(() => fn!(PAGE, options)).toThrow(message);
    });

    it.skipIf(!fn || !takesParseOptions)("accepts valid options", () => {
      expect(() => fn!(PAGE, {})).not.toThrow();
      expect(() => fn!(PAGE, { referenceDate: "2020-02-29" })).not.toThrow();
      expect(() =>
        fn!(PAGE, Object.assign(Object.create(null), { referenceDate: "2024-12-31" })),
      ).not.toThrow();
    });
  },
);

describe("normalize options", () => {
  it.each([
    ["a number", 42],
    ["an unknown profile", { profile: "nope" }],
  ])("normalize rejects %s with a TypeError naming options", (_what, options) => {
    expect(() => khabar.normalize(PAGE, options as never)).toThrow(TypeError);
    expect(() => khabar.normalize(PAGE, options as never)).toThrow(/options/);
  });
});

/** A deep copy of the default lexicon, to compare after the calls. */
const snapshotLexicon = () => structuredClone(DEFAULT_LEXICON);

describe("no prototype pollution, no shared state", () => {
  it.each([
    ['{"lexicon":{"__proto__":{"x":[]}}}', /^options\.lexicon: the key "__proto__" is not allowed/],
    [
      '{"lexicon":{"ticker":{"__proto__":{"headers":["x"]}}}}',
      /^options\.lexicon\.ticker: the key "__proto__"/,
    ],
    ['{"__proto__":{"polluted":true}}', /^options: the key "__proto__" is not allowed/],
    [
      '{"lexicon":{"constructor":{"prototype":["x"]}}}',
      /^options\.lexicon: the key "constructor" is not allowed/,
    ],
    ['{"lexicon":{"ticker":{"headers":{"__proto__":"x"}}}}', /the key "__proto__" is not allowed/],
  ])("parseArticle(text, JSON.parse(%s)) throws and pollutes nothing", (json, message) => {
    const before = snapshotLexicon();
    expect(() => khabar.parseArticle(PAGE, JSON.parse(json))).toThrow(message);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).headers).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(DEFAULT_LEXICON).toEqual(before);
    expect(Object.keys(DEFAULT_LEXICON)).toEqual(Object.keys(before));
  });

  it("a lexicon extension in one call does not reach the next call, the default lexicon or the caller's object", () => {
    const page = "خبر مستعجل\nقوات النظام تقصف محيط القرية (ناشطون) - 12:16 حركة نزوح جديدة (بيان) - 10:25";
    const baseline = khabar.parseArticle(page);
    const before = snapshotLexicon();
    const options = { lexicon: { ticker: { headers: ["خبر مستعجل"] }, quotes: {} } };
    const optionsCopy = structuredClone(options);
    khabar.parseArticle(page, options);
    expect(options).toEqual(optionsCopy);
    expect(Object.isFrozen(options.lexicon.ticker.headers)).toBe(false);
    options.lexicon.ticker.headers.push("تعديل بعد الاستدعاء");
    expect(DEFAULT_LEXICON).toEqual(before);
    expect(khabar.parseArticle(page)).toEqual(baseline);
  });

  it("the lexicon built for an extension is frozen, shared by identical extensions, and new for a changed one", () => {
    const a = resolveOptions({ lexicon: { ticker: { headers: ["خبر مستعجل"] } } }).lexicon;
    const b = resolveOptions({ lexicon: { ticker: { headers: ["خبر مستعجل"] } } }).lexicon;
    const c = resolveOptions({ lexicon: { ticker: { headers: ["خبر طارئ"] } } }).lexicon;
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(Object.isFrozen(a.ticker.headers)).toBe(true);
    expect(() => (a.ticker.headers as string[]).push("x")).toThrow(TypeError);
    expect(a.ticker.headers).toContain("خبر مستعجل");
    expect(DEFAULT_LEXICON.ticker.headers).not.toContain("خبر مستعجل");
    expect(Object.isFrozen(DEFAULT_LEXICON.ticker.headers)).toBe(false);
  });

  it("results of two calls share no object", () => {
    const a = khabar.parseArticle(PAGE);
    const b = khabar.parseArticle(PAGE);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b.blocks).not.toBe(a.blocks);
    expect(b.byline).not.toBe(a.byline);
  });
});
