import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extendLexicon } from "../../src/lexicon/index.js";
import { compileQuotes, participleForms, verbForms, withSuffixes } from "../../src/quotes/cues.js";
import { fold } from "../../src/quotes/text.js";

const forms = (perfect: string, imperfect: string) => verbForms(perfect, imperfect).map(([f]) => f);

describe("verbForms", () => {
  it("inflects a sound verb in every person, gender and number", () => {
    const f = forms("أكد", "يؤكد");
    for (const w of [
      "أكد",
      "أكدت",
      "أكدوا",
      "أكدا",
      "أكدتا",
      "أكدن",
      "أكدنا",
      "يؤكد",
      "تؤكد",
      "يؤكدون",
      "يؤكدن",
      "نؤكد",
      "أؤكد",
    ])
      expect(f).toContain(w);
  });

  it("shortens a hollow verb before a consonant suffix (قال → قلت، قلن، يقلن)", () => {
    const f = forms("قال", "يقول");
    for (const w of [
      "قال",
      "قالت",
      "قالوا",
      "قلن",
      "قلت",
      "قلنا",
      "يقول",
      "تقول",
      "يقولون",
      "يقلن",
      "نقول",
      "أقول",
    ])
      expect(f).toContain(w);
    expect(f).not.toContain("قالن");
  });

  it("drops the last letter of a defective verb before a suffix (نفى → نفت، نفوا، ينفون)", () => {
    const f = forms("نفى", "ينفي");
    for (const w of ["نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون"]) expect(f).toContain(w);
    expect(f).not.toContain("نفىت");
  });

  it("gives only the perfect when the imperfect is left empty", () => {
    expect(forms("أبرز", "").every((w) => !w.startsWith("ي"))).toBe(true);
  });

  it("marks the gender and number a form shows", () => {
    const info = new Map(verbForms("قال", "يقول"));
    expect(info.get("قالت")).toMatchObject({ gender: "f", plural: false });
    expect(info.get("قالوا")).toMatchObject({ gender: "m", plural: true });
    expect(info.get("يقول")).toMatchObject({ gender: "m", imperfect: true });
    expect(info.get("قلت")).toMatchObject({ person: 1 });
  });
});

describe("participleForms and withSuffixes", () => {
  it("inflects a participle given with tanween alef", () => {
    expect(participleForms("مضيفا").map(([f]) => f)).toEqual([
      "مضيفا",
      "مضيفة",
      "مضيفين",
      "مضيفتين",
      "مضيفات",
    ]);
  });

  it("turns teh marbuta into teh before a pronoun (من جهة → من جهته)", () => {
    expect(withSuffixes("جهة", ["ه", "ها"])).toEqual(["جهة", "جهته", "جهتها"]);
  });
});

describe("compileQuotes", () => {
  const lex = compileQuotes(DEFAULT_LEXICON);

  it.each(["قال", "قالت", "يقولون", "أضافت", "تابع", "نوه", "أوضحوا", "قائلا", "قائلة", "مشيرا", "مؤكدة"])(
    "knows the cue %s",
    (w) => {
      expect(lex.cueForms.has(fold(w))).toBe(true);
    },
  );

  it.each(["تبين", "يعتبر", "قيل", "التسبب", "إطلاق"])("does not take %s as a cue", (w) => {
    expect(lex.cueForms.has(fold(w))).toBe(false);
  });

  it("generates complementizers with pronoun suffixes (أنه، إنها، بأنهم، أنني)", () => {
    for (const w of ["أن", "إن", "بأن", "أنه", "إنها", "بأنهم", "أنني", "إننا"])
      expect(lex.complementizers.has(fold(w))).toBe(true);
    expect(lex.complementizers.has(fold("لأن"))).toBe(false);
  });

  it("compiles once per lexicon object, and again for an extended one", () => {
    expect(compileQuotes(DEFAULT_LEXICON)).toBe(lex);
    const extended = extendLexicon({ quotes: { speechVerbs: { غرد: "يغرد", همس: "يهمس" } } });
    const other = compileQuotes(extended);
    expect(other).not.toBe(lex);
    expect(other.cueForms.has(fold("همست"))).toBe(true);
    expect(lex.cueForms.has(fold("همست"))).toBe(false);
  });
});
