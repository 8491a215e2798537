/**
 * Differential tests against PyArabic and CAMeL Tools: their outputs on every corpus text and on the probe
 * (one line per feature) are in ../shared/oracles/normalize/. For each operation whose meaning khabar
 * shares, khabar with the matching options must give the peer's output exactly; where khabar deliberately
 * differs (a known bug of the peer, ../shared/notes/normalization.md §3), the test names the difference
 * and checks that it is the only one.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type NormalizeOptions, normalize } from "../../src/normalize/index.js";

const ORACLES = join(import.meta.dirname, "../../../shared/oracles/normalize");

interface Oracle {
  /** Path of the input text, relative to the oracle file. */
  input: string;
  ops: Record<string, string>;
}

const none = (options: NormalizeOptions): NormalizeOptions => ({ profile: "none", ...options });

/** Operations khabar shares exactly: the peer operation and the khabar options that mean the same. */
const SAME: readonly (readonly [string, NormalizeOptions])[] = [
  // dediac_ar removes U+064B–U+0652 and the dagger alef (the latter is camel_tools #114 when it stands for a
  // written alef; khabar's daggerAlef: "remove" does the same on request, "alef" is the fix).
  ["camel_tools.dediac_ar", none({ marks: "tashkeel", daggerAlef: "remove" })],
  ["camel_tools.normalize_alef_maksura_ar", none({ foldAlefMaqsura: true })],
  ["camel_tools.normalize_teh_marbuta_ar", none({ foldTehMarbuta: true })],
  ["camel_tools.normalize_unicode.nfc", none({ nfc: true })],
  ["pyarabic.strip_tashkeel", none({ marks: "tashkeel" })],
  ["pyarabic.strip_harakat", none({ marks: "harakat" })],
  ["pyarabic.strip_tatweel", none({ removeTatweel: true })],
  ["pyarabic.strip_small", none({ daggerAlef: "remove" })],
  ["pyarabic.normalize_teh", none({ foldTehMarbuta: true })],
  ["pyarabic.normalize.normalize_spellerrors", none({ foldTehMarbuta: true, foldAlefMaqsura: true })],
];

/**
 * Operations where khabar deliberately differs, each with the difference named and a `fault` that,
 * applied to both outputs (after khabar has normalized the peer's, for what the peer left undone), makes
 * them equal: that shows the named difference is the only one.
 */
const DIFFERENT: readonly (readonly [string, string, NormalizeOptions, (text: string) => string])[] = [
  [
    "camel_tools.normalize_alef_ar",
    "khabar also folds ٲ ٳ ٵ (U+0672, U+0673, U+0675)",
    none({ foldAlef: true }),
    (t) => t,
  ],
  [
    "pyarabic.trans.normalize_digits",
    "khabar also writes ٫ ٬ between digits as . , and ٪ as % (PyArabic leaves 3٫5 half-converted)",
    none({ digits: "ascii" }),
    (t) => t,
  ],
  [
    "pyarabic.normalize_hamza.tasheel",
    "khabar's foldAlef also folds the wasla ٱ (U+0671); PyArabic turns a combining hamza U+0654 into ا " +
      "(decomposed أ → اا) where khabar composes first",
    none({ nfc: true, foldAlef: true, hamzaOnWawYeh: "drop" }),
    (t) => t.replace(/(?<=[اوي])ا/g, ""),
  ],
  [
    "pyarabic.normalize_alef",
    "PyArabic #39: ى (U+0649) becomes ا (إلى → الا); khabar keeps ى",
    none({ foldAlef: true, daggerAlef: "alef" }),
    (t) => t.replaceAll("\u0649", "\u0627"),
  ],
  [
    "pyarabic.normalize_ligature",
    "PyArabic #74: ﻷ ﻹ ﻵ lose their hamza/madda (→ لا) where khabar keeps them (→ لأ لإ لآ); and PyArabic " +
      "maps only the four isolated lam-alef forms, khabar every Arabic presentation form",
    none({ presentationForms: true }),
    (t) => normalize(t, none({ foldAlef: true })),
  ],
  [
    "pyarabic.strip_diacritics",
    "PyArabic deletes the combining hamza/madda U+0653–U+0655 (decomposed أ → ا); khabar never does",
    none({ marks: "all", daggerAlef: "remove" }),
    (t) => t.replace(/[\u0653-\u0655]/g, ""),
  ],
  [
    "camel_tools.normalize_unicode",
    "CAMeL writes ﷼ as ريال with an Arabic yeh; khabar keeps its decomposition's ی (U+06CC) unless persianLetters",
    none({ nfc: true, presentationForms: true, expandHonorifics: true, spaces: "ascii" }),
    (t) => t.replaceAll("ریال", "ريال"),
  ],
];

/** Not compared, with why. */
const NOT_COMPARED: Readonly<Record<string, string>> = {
  "camel_tools.arclean": "deletes every character it does not list and turns ZWNJ/ZWJ/LRM into spaces",
  "pyarabic.normalize_hamza": "writes every hamza as ء (آ → ءء); no khabar operation means that",
  "pyarabic.normalize_hamza.per_word": "as normalize_hamza, word by word",
  "pyarabic.normalize.normalize_searchtext": "a pipeline that runs normalize_alef, so ى → ا (PyArabic #39)",
};

const files = existsSync(ORACLES) ? readdirSync(ORACLES).filter((f) => f.endsWith(".json")) : [];

describe.skipIf(!files.length)("against PyArabic and CAMeL Tools (../shared/oracles/normalize)", () => {
  const oracles = files.map((file) => {
    const oracle = JSON.parse(readFileSync(join(ORACLES, file), "utf8")) as Oracle;
    return { file, oracle, input: readFileSync(join(ORACLES, oracle.input), "utf8") };
  });

  it("has an oracle per corpus text and the probe, and every operation is accounted for", () => {
    expect(files).toContain("probe.json");
    expect(files.length).toBeGreaterThan(30);
    const known = new Set([
      ...SAME.map(([op]) => op),
      ...DIFFERENT.map(([op]) => op),
      ...Object.keys(NOT_COMPARED),
    ]);
    for (const { oracle } of oracles) for (const op of Object.keys(oracle.ops)) expect(known).toContain(op);
  });

  describe.each(SAME)("%s: the same output", (op, options) => {
    it.each(oracles.map((o) => [o.file, o] as const))("%s", (_file, { oracle, input }) => {
      expect(normalize(input, options)).toBe(oracle.ops[op]);
    });
  });

  describe.each(DIFFERENT)("%s: %s", (op, _difference, options, fault) => {
    it.each(oracles.map((o) => [o.file, o] as const))("%s", (_file, { oracle, input }) => {
      const theirs = normalize(oracle.ops[op]!, options);
      expect(fault(normalize(input, options))).toBe(fault(theirs));
    });
  });

  it("finds the named differences on the probe (so that the tests above compare something)", () => {
    const probe = oracles.find((o) => o.file === "probe.json")!;
    const differs = (op: string, options: NormalizeOptions) =>
      normalize(probe.input, options) !== probe.oracle.ops[op];
    for (const [op, , options] of DIFFERENT) {
      if (op !== "camel_tools.normalize_alef_ar") expect(differs(op, options), op).toBe(true);
    }
    expect(probe.oracle.ops["pyarabic.normalize_alef"]).toContain("الا");
    expect(normalize("إلى", none({ foldAlef: true }))).toBe("الى");
  });
});
