/**
 * The API boundary of the normalizer: option checking, profiles, PARSE_NORMALIZATION and caching.
 */
import { describe, expect, it } from "vitest";
import {
  NORMALIZE_PROFILES,
  type NormalizeOptions,
  normalize,
  normalizeWithMap,
  PARSE_NORMALIZATION,
  type ResolvedNormalizeOptions,
} from "../../src/normalize/index.js";

/** Every option, typed so that the list breaks the build when the options type changes. */
const OPTION_NAMES = [
  "nfc",
  "presentationForms",
  "expandHonorifics",
  "removeTatweel",
  "keepTatweelDashes",
  "removeInvisibles",
  "keepZwnj",
  "removeBidiControls",
  "spaces",
  "trimLines",
  "lineBreaks",
  "persianLetters",
  "persianFinalYeh",
  "foldForeignLetters",
  "marks",
  "daggerAlef",
  "foldAlef",
  "foldAlefMaqsura",
  "foldTehMarbuta",
  "hamzaOnWawYeh",
  "digits",
  "punctuation",
  "quotes",
  "decodeEntities",
] as const satisfies readonly (keyof ResolvedNormalizeOptions)[];

describe("options", () => {
  it.each([
    [null, /^options: expected an object, got null/],
    ["search", /^options: expected an object, got "search"/],
    [[], /^options: expected an object, got an array/],
    [{ profile: "fast" }, /^options\.profile: expected "display" or "search" or "none", got "fast"/],
    [
      { marks: "some" },
      /^options\.marks: expected "keep" or "harakat" or "tashkeel" or "quranic" or "all", got "some"/,
    ],
    [{ foldAlef: "yes" }, /^options\.foldAlef: expected false or true, got "yes"/],
    [{ spaces: 1 }, /^options\.spaces: expected .*got a number \(1\)/],
    [{ nfc: null }, /^options\.nfc: expected false or true, got null/],
    [{ foldAlif: true }, /^options\.foldAlif: unknown option/],
  ])("rejects %j with a TypeError naming the option", (options, message) => {
    expect(() => normalize("نص", options as NormalizeOptions)).toThrow(TypeError);
    expect(() => normalize("نص", options as NormalizeOptions)).toThrow(message);
    expect(() => normalizeWithMap("نص", options as NormalizeOptions)).toThrow(message);
  });

  it.each([
    [undefined, "undefined"],
    [null, "null"],
    [42, "a number (42)"],
    [{}, "an object"],
    [["نص"], "an array"],
  ])("rejects text %j with a TypeError naming text", (text, got) => {
    expect(() => normalize(text as unknown as string)).toThrow(`text: expected a string, got ${got}`);
    expect(() => normalizeWithMap(text as unknown as string)).toThrow(TypeError);
  });

  it("accepts undefined values as absent", () => {
    expect(normalize("هٰذا", { profile: undefined, daggerAlef: undefined })).toBe("هٰذا");
  });

  it("lets a later call see a changed (unfrozen) options object", () => {
    const options: NormalizeOptions = { foldAlef: false };
    expect(normalize("أ", options)).toBe("أ");
    options.foldAlef = true;
    expect(normalize("أ", options)).toBe("ا");
  });
});

describe("profiles", () => {
  it("every profile sets every option", () => {
    for (const profile of ["display", "search", "none"] as const) {
      expect(Object.keys(NORMALIZE_PROFILES[profile]).sort()).toEqual([...OPTION_NAMES].sort());
      expect(Object.isFrozen(NORMALIZE_PROFILES[profile])).toBe(true);
    }
  });

  it("none turns everything off", () => {
    const none = NORMALIZE_PROFILES.none;
    for (const name of OPTION_NAMES) expect([false, "keep", "yeh"]).toContain(none[name]);
  });

  /** Every option off, as `"none"` has it, so that a profile below lists only what it turns on. */
  const NONE = {
    nfc: false,
    presentationForms: false,
    expandHonorifics: false,
    removeTatweel: false,
    keepTatweelDashes: false,
    removeInvisibles: false,
    keepZwnj: false,
    removeBidiControls: false,
    spaces: "keep",
    trimLines: false,
    lineBreaks: "keep",
    persianLetters: false,
    persianFinalYeh: "yeh",
    foldForeignLetters: false,
    marks: "keep",
    daggerAlef: "keep",
    foldAlef: false,
    foldAlefMaqsura: false,
    foldTehMarbuta: false,
    hamzaOnWawYeh: "keep",
    digits: "keep",
    punctuation: "keep",
    quotes: "keep",
    decodeEntities: false,
  } as const satisfies ResolvedNormalizeOptions;

  it("none is every option off, in the order of the option list", () => {
    expect(NORMALIZE_PROFILES.none).toEqual(NONE);
    expect(Object.keys(NORMALIZE_PROFILES.none)).toEqual([...OPTION_NAMES]);
  });

  it("display is lossless repair: exactly these operations on", () => {
    expect(NORMALIZE_PROFILES.display).toEqual({
      ...NONE,
      nfc: true,
      presentationForms: true,
      expandHonorifics: true,
      removeTatweel: true,
      removeInvisibles: true,
      removeBidiControls: true,
      spaces: "collapse",
      lineBreaks: "lf",
      persianLetters: true,
    });
  });

  it("search adds the folds and nothing that loses foreign letters or quote direction", () => {
    expect(NORMALIZE_PROFILES.search).toEqual({
      ...NORMALIZE_PROFILES.display,
      trimLines: true,
      marks: "all",
      daggerAlef: "remove",
      foldAlef: true,
      foldAlefMaqsura: true,
      foldTehMarbuta: true,
      digits: "ascii",
    });
    expect(NORMALIZE_PROFILES.search).toMatchObject({
      hamzaOnWawYeh: "keep",
      foldForeignLetters: false,
      quotes: "keep",
      punctuation: "keep",
    });
  });
});

describe("PARSE_NORMALIZATION", () => {
  it("is the display profile with tashkeel and the dagger alef removed and entities decoded, and frozen", () => {
    expect(PARSE_NORMALIZATION).toEqual({
      profile: "display",
      marks: "tashkeel",
      daggerAlef: "remove",
      decodeEntities: true,
      keepTatweelDashes: true,
    });
    expect(Object.isFrozen(PARSE_NORMALIZATION)).toBe(true);
  });

  it("makes vocalized words match their bare spelling and keeps line breaks", () => {
    expect(normalize("قالَ الوزيرُ:\r\nهٰذا «خبرٌ»", PARSE_NORMALIZATION)).toBe("قال الوزير:\nهذا «خبر»");
  });

  it("keeps Quranic marks and hamza marks (only tashkeel goes)", () => {
    expect(normalize("ب\u06d6 ا\u0654", PARSE_NORMALIZATION)).toBe("ب\u06d6 أ");
  });
});

describe("calls with different options in turn", () => {
  // The pass keeps the scan table of the last options at module level: each call must see its own.
  const text = "أَحْمَد  ـــ إلى";
  const calls: [string, NormalizeOptions | undefined, string][] = [
    ["display", undefined, "أَحْمَد إلى"],
    ["search", { profile: "search" }, "احمد الي"],
    ["none", { profile: "none" }, text],
    ["PARSE_NORMALIZATION", PARSE_NORMALIZATION, "أحمد ـــ إلى"],
  ];
  it.each([...calls, ...calls, ...calls.slice().reverse()])("%s", (_name, options, expected) => {
    expect(normalize(text, options)).toBe(expected);
    expect(normalizeWithMap(text, options).text).toBe(expected);
  });

  it("keeps a long unchanged run after a change whole (a change, 40 letters, a change)", () => {
    const letters = "ا".repeat(40);
    const { text: out, map } = normalizeWithMap(`بـ${letters}\u00a0ب`);
    expect(out).toBe(`ب${letters} ب`);
    // The tatweel (source 1) is the only edit: the run after it maps one for one.
    expect(map.toSource(1, 41)).toEqual({ start: 2, end: 42 });
    expect(map.toSource(41, 42)).toEqual({ start: 42, end: 43 });
  });
});
