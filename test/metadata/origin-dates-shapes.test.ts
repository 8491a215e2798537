/**
 * Byline and date shapes from scraped pages that the first rules missed: two reporters in two places, one of
 * the places unknown to the lexicon; a comma between the month and the year. Made-up lines.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extractDates } from "../../src/index.js";
import { readInlineOrigin, readOrigin } from "../../src/metadata/dateline.js";
import { pageMatchers } from "../../src/metadata/patterns.js";

const m = pageMatchers(DEFAULT_LEXICON);
const header = { weakAllowed: true };

describe("two reporters in two places", () => {
  it.each([
    ["the first place unknown", "كسلاوية - عثمان الطاهر، الخرطوم - محمد علي", "كسلاوية، الخرطوم"],
    ["the second place unknown", "الخرطوم - عثمان الطاهر، كسلاوية - محمد علي", "الخرطوم، كسلاوية"],
  ])("%s", (_name, line, location) => {
    const o = readOrigin(line, m, DEFAULT_LEXICON, header);
    expect(o?.authors).toEqual(["عثمان الطاهر", "محمد علي"]);
    expect(o?.location).toBe(location);
  });

  it.each([
    ["an unknown phrase beside a place with no reporter after it", "الخرطوم - كسلاوية"],
    ["an unknown phrase after the reporter", "عثمان الطاهر - الخرطوم، كسلاوية"],
  ])("not %s", (_name, line) => {
    expect(readOrigin(line, m, DEFAULT_LEXICON, header)).toBeNull();
  });
});

describe("a comma between month and year", () => {
  const pairs = (text: string) => extractDates(text).map((d) => [d.raw, d.iso]);
  it.each([
    ["Latin comma", "تاريخ النشر: 28 نوفمبر, 2026", [["28 نوفمبر, 2026", "2026-11-28"]]],
    ["Arabic comma", "نشر في 3 مارس، 2025", [["3 مارس، 2025", "2025-03-03"]]],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it("a count after a comma is no year", () => {
    expect(pairs("وصل في 5 ديسمبر، 3000 زائر إلى المدينة.")).toEqual([["5 ديسمبر", "--12-05"]]);
  });

  it("a Hijri month takes no year after a comma", () => {
    expect(pairs("في 5 رمضان، 2026 كان الموعد.")[0]?.[1] ?? null).toBeNull();
  });
});

describe("a wire dateline with its date and no dash before the story", () => {
  const story = "أطلقت وزارة الصحة اليوم حملتها الوطنية للتطعيم ضد الإنفلونزا.";
  it.each([
    // The parse removes tatweel (U+0640) before this stage: هـ reaches it as ه.
    ["Hijri and Gregorian", "الرياض 09 رجب 1446 ه الموافق 09 يناير 2025 م واس"],
    ["Gregorian only", "الرياض 09 يناير 2025 واس"],
    ["a comma after the place", "الرياض، 09 يناير 2025 واس"],
  ])("%s", (_name, prefix) => {
    const found = readInlineOrigin(`${prefix} ${story}`, m, DEFAULT_LEXICON);
    expect(found?.origin).toMatchObject({ agency: "واس", location: "الرياض" });
    expect(found?.end).toBe(prefix.length);
  });

  it.each([
    ["no date before the agency", `الرياض واس ${story}`],
    ["no place before the date", `وقال المتحدث 09 يناير 2025 واس ${story}`],
    ["a sentence that ends before the agency", `الرياض 09 يناير 2025. واس ${story}`],
    ["no story after the agency", "الرياض 09 يناير 2025 واس"],
  ])("not with %s", (_name, text) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)).toBeNull();
  });
});

describe("an agency in brackets opening the paragraph", () => {
  const story = "أعلنت وزارة الزراعة اليوم إطلاق برنامج لدعم المزارعين.";
  it("(AGENCY) - gives the agency and no place", () => {
    const found = readInlineOrigin(`(رويترز) - ${story}`, m, DEFAULT_LEXICON);
    expect(found?.origin).toMatchObject({ agency: "رويترز", location: null });
  });

  it.each([
    ["a number", `(1) - ${story}`],
    ["an outlet the lexicon does not know", `(جبل المدينة) - ${story}`],
  ])("not with %s in the brackets", (_name, text) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)).toBeNull();
  });
});

describe("an outlet named after its city", () => {
  it.each([
    ["OUTLET ـ PLACE ـ خاص", "صدى حلب ـ حلب ـ خاص", [], "صدى حلب", "حلب"],
    ["PLACE - OUTLET", "حلب - صدى حلب", [], "صدى حلب", "حلب"],
    ["NAME - OUTLET", "محمد الأحمد - صدى حلب", ["محمد الأحمد"], "صدى حلب", null],
  ])("%s", (_name, line, authors, agency, location) => {
    const o = readOrigin(line, m, DEFAULT_LEXICON, header);
    expect(o).toMatchObject({ authors, agency, location });
  });

  it("a reporter with a known given name stays the reporter beside خاص and a place", () => {
    expect(readOrigin("أحمد علي - حلب - خاص", m, DEFAULT_LEXICON, header)).toMatchObject({
      authors: ["أحمد علي"],
      agency: "خاص",
      location: "حلب",
    });
  });
});
