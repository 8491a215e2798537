/**
 * Date lines in the shapes of scraped pages that the first rules missed: Arabic-Indic numeric dates,
 * a month named in two calendars with a slash, a Hijri date with its Gregorian twin after الموافق, and era
 * letters glued to the year. Made-up lines.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { furnitureKind, isClockLine, isDateLine } from "../../src/metadata/furniture.js";
import { pageMatchers } from "../../src/metadata/patterns.js";

const m = pageMatchers(DEFAULT_LEXICON);

describe("isDateLine (more shapes)", () => {
  it.each([
    ["Arabic-Indic numeric date after a label", "نشر بتاريخ: ١٢/٠٣/٢٠٢٤"],
    ["Arabic-Indic day, month name and year", "الخميس ٧ آذار ٢٠٢٤"],
    ["a month in two calendars", "نشر في 7 آذار/مارس 2024"],
    ["Hijri with its Gregorian date", "الخميس 26 شعبان 1445 هـ الموافق 7 مارس 2024 م"],
    ["era letters glued to the years", "الخميس 26 شعبان 1445هـ الموافق 7 مارس 2024م"],
    ["a two-word Hijri month", "3 جمادى الأولى 1445 هـ"],
    ["an ISO timestamp", "2024-03-07T10:20:00+03:00"],
    ["a publication and an update label on one line", "نشر في: 7 مارس 2024 - آخر تحديث: 8 مارس 2024"],
  ])("%s: %s", (_name, text) => {
    expect(isDateLine(text, m, DEFAULT_LEXICON)).toBe(true);
  });

  it.each([
    ["a year with its era letter alone", "2024م"],
    ["a place and a year", "الرياض 2024"],
    ["two words joined by a slash that are not months", "7 عمان/الأردن 2024"],
    ["a Hijri year in a sentence", "تأسست المدينة عام 1445 هـ الموافق 2024 م في عهد الملك."],
    ["a number with a letter that is no era", "7 مارس 2024ب"],
    ["label words and a year with a noun", "نشر 5 مقالات في 2024"],
    ["a timestamp with text glued", "2024-03-07T10:20:00+03:00abc"],
  ])("not %s", (_name, text) => {
    expect(isDateLine(text, m, DEFAULT_LEXICON)).toBe(false);
  });
});

describe("clock widgets with a relative day", () => {
  it.each([
    ["اليوم, 09:13", true],
    ["أمس 10:20 م", true],
    ["اليوم 10:20 في القاهرة", false],
    ["الرياض, 09:13", false],
  ])("%s is a clock line: %s", (text, expected) => {
    expect(isClockLine(text, m)).toBe(expected);
  });
});

describe("a date line in Arabic-Indic digits alone", () => {
  it("is not interface text", () => {
    expect(furnitureKind("٢٥/١١/٢٠٢٦ - ١٠:٢٠", m)).toBeNull();
  });
});

describe("a rule of tatweel", () => {
  it.each([
    ["ـــــــــ", "rule"],
    ["ـ ـ ـ ـ", "rule"],
  ])("%s is a rule", (text, kind) => {
    expect(furnitureKind(text, m)).toBe(kind);
  });

  it("a word written with tatweel is no rule", () => {
    expect(furnitureKind("جـــــديد", m)).not.toBe("rule");
  });
});
