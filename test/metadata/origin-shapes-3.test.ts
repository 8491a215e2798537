/**
 * Datelines and bylines in shapes the Arabic press uses beyond the wire formats: a place alone in brackets
 * opening the story, reporter and service bylines. Made-up lines in the shapes of page-formats.md.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { readInlineOrigin, readOrigin } from "../../src/metadata/dateline.js";
import { looseKey, pageMatchers } from "../../src/metadata/patterns.js";

const m = pageMatchers(DEFAULT_LEXICON);

describe("readInlineOrigin: (PLACE) - opening the first paragraph", () => {
  it.each([
    ["a known place", "(بغداد) - أعلنت وزارة النفط العراقية اليوم عن زيادة الصادرات.", "بغداد"],
    [
      "a town the lexicon does not know",
      "(المحلة) - شهدت المدينة أمس احتجاجات واسعة على انقطاع المياه.",
      "المحلة",
    ],
    [
      "a known place of two words, en dash",
      "(دير الزور) – وصلت قافلة مساعدات جديدة إلى المدينة صباح اليوم.",
      "دير الزور",
    ],
  ])("%s", (_name, text, location) => {
    const o = readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin;
    expect(o?.location).toBe(location);
    expect(o?.agency).toBeNull();
  });

  it.each([
    ["a label before a colon", "(عاجل): أعلنت وزارة النفط العراقية اليوم عن زيادة الصادرات."],
    ["a bracket of three words", "(بحسب مصادر مطلعة) - أعلنت الوزارة اليوم عن زيادة الصادرات."],
    ["a number", "(2025) - أعلنت وزارة النفط العراقية اليوم عن زيادة الصادرات."],
    ["a function word", "(في المقابل) - أعلنت وزارة النفط العراقية اليوم عن زيادة الصادرات."],
    ["a section word", "(فيديو) - أعلنت وزارة النفط العراقية اليوم عن زيادة الصادرات."],
    ["too short a story after it", "(المحلة) - احتجاجات واسعة."],
  ])("not a place: %s", (_name, text) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin.location ?? null).toBeNull();
  });
});

describe("readOrigin: an outlet's correspondent or service names the outlet, not a reporter", () => {
  const header = { weakAllowed: true };
  it.each([
    ["مراسل OUTLET - PLACE", "مراسل صوت البلد - الزرقاء", "صوت البلد", "الزرقاء"],
    ["مراسلة OUTLET - PLACE", "مراسلة نبض الشارع - إربد", "نبض الشارع", "إربد"],
    ["PLACE - خدمة OUTLET", "رام الله - خدمة نبأ برس", "نبأ برس", "رام الله"],
    ["خدمة OUTLET alone", "خدمة الساحل أونلاين", "الساحل أونلاين", null],
  ])("%s", (_name, line, agency, location) => {
    expect(readOrigin(line, m, DEFAULT_LEXICON, header)).toMatchObject({ authors: [], agency, location });
  });

  it("a correspondent with a known given name is the reporter", () => {
    expect(readOrigin("مراسلة سارة العلي - إربد", m, DEFAULT_LEXICON, header)).toMatchObject({
      authors: ["سارة العلي"],
      agency: null,
    });
  });

  it.each([
    ["a service word before a sentence", "خدمة العملاء في الشركة متاحة على مدار الساعة"],
    ["a correspondent's story told in a sentence", "مراسل القناة في المدينة نقل صورا من موقع الحادث"],
  ])("no outlet: %s", (_name, line) => {
    expect(readOrigin(line, m, DEFAULT_LEXICON, header)?.agency ?? null).toBeNull();
  });
});

describe("readOrigin: reporters and mastheads in datelines", () => {
  const header = { weakAllowed: true };
  it.each([
    ["PLACE - من NAME", "عمان - من سارة الخطيب", ["سارة الخطيب"], null, "عمان"],
    [
      "two reporters after إعداد, one with an article given name",
      "إعداد: أحمد يوسف، الطاهر بشير",
      ["أحمد يوسف", "الطاهر بشير"],
      null,
      null,
    ],
  ])("%s", (_name, line, authors, agency, location) => {
    expect(readOrigin(line, m, DEFAULT_LEXICON, header)).toMatchObject({ authors, agency, location });
  });

  it("من before a phrase that is no name is no reporter", () => {
    expect(readOrigin("عمان - من جهة أخرى", m, DEFAULT_LEXICON, header)).toBeNull();
  });

  it("PLACE/ MASTHEAD keeps the masthead whole though it holds a place", () => {
    const ctx = { weakAllowed: true, masthead: looseKey("ليبيا اليوم") };
    expect(readOrigin("طرابلس/ ليبيا اليوم", m, DEFAULT_LEXICON, ctx)).toMatchObject({
      agency: "ليبيا اليوم",
      location: "طرابلس",
    });
  });
});
