/**
 * Datelines and bylines whose outlet is not in the lexicon: the outlet is told by its shape (a word such as
 * نيوز or أف أم, a letter abbreviation, the page's masthead, the part beside وكالات/خاص), and parts may be
 * separated by slashes. Made-up lines in the shapes of page-formats.md.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { readInlineOrigin, readOrigin } from "../../src/metadata/dateline.js";
import { looseKey, pageMatchers } from "../../src/metadata/patterns.js";

const m = pageMatchers(DEFAULT_LEXICON);

/** [author(s) joined with ، , agency, location] of a line read between title and body, or null. */
function fields(text: string, masthead?: string): [string | null, string | null, string | null] | null {
  const ctx = { weakAllowed: true, masthead: masthead === undefined ? undefined : looseKey(masthead) };
  const o = readOrigin(text, m, DEFAULT_LEXICON, ctx);
  return o ? [o.authors.length > 0 ? o.authors.join("، ") : null, o.agency, o.location] : null;
}

describe("readOrigin: outlets told by their shape", () => {
  it.each([
    ["a letter abbreviation with spaces", "المنصورة - أ ش أ", null, "أ ش أ", "المنصورة"],
    ["a letter abbreviation with dots", "المنصورة - أ.ش.أ", null, "أ.ش.أ", "المنصورة"],
    [
      "the MENA agency written out",
      "أسوان - وكالة أنباء الشرق الأوسط",
      null,
      "وكالة أنباء الشرق الأوسط",
      "أسوان",
    ],
    ["a radio (أف أم)", "صفاقس - ديوان أف أم", null, "ديوان أف أم", "صفاقس"],
    ["a radio (إف إم)", "ديوان إف إم - صفاقس", null, "ديوان إف إم", "صفاقس"],
    ["a site (نيوز) after a slash", "البصرة/ الفرات نيوز", null, "الفرات نيوز", "البصرة"],
    ["a site (أونلاين)", "عدن - الساحل أونلاين", null, "الساحل أونلاين", "عدن"],
    ["PLACE/ NAME/ AGENCY", "الموصل/ أحمد الجبوري/ السومرية نيوز", "أحمد الجبوري", "السومرية نيوز", "الموصل"],
    ["OUTLET - وكالات", "نبض نيوز - وكالات", null, "نبض نيوز", null],
    ["OUTLET _ خاص, the outlet unknown", "صوت الجنوب _ خاص", null, "صوت الجنوب", null],
    ["the masthead beside a place", "سوسة - نسمة الساحل", null, "نسمة الساحل", "سوسة"],
  ])("%s: %s", (_name, text, author, agency, location) => {
    expect(fields(text, "نسمة الساحل")).toEqual([author, agency, location]);
  });

  it("two unknown parts joined by a tatweel dash are the outlet and the place", () => {
    expect(fields("صدى الشمال ــ منبج")).toEqual([null, "صدى الشمال", "منبج"]);
  });

  it("a reporter with a known given name before a tatweel dash stays the author", () => {
    expect(fields("أحمد سعيد ــ دمشق")).toEqual(["أحمد سعيد", null, "دمشق"]);
  });

  it("a reporter with a known given name beside وكالات stays the author", () => {
    expect(fields("أحمد سعيد - وكالات")).toEqual(["أحمد سعيد", "وكالات", null]);
  });

  it("several reporters with their places give each place once", () => {
    expect(fields("حلب - سامر الخطيب، إدلب - رامي السيد")).toEqual([
      "سامر الخطيب، رامي السيد",
      null,
      "حلب، إدلب",
    ]);
  });

  it("a place, a date and an agency between slashes", () => {
    expect(fields("الدوحة في 12 يناير /قنا/")).toEqual([null, "قنا", "الدوحة"]);
  });

  it.each([
    ["a headline that quotes a speaker", 'المدرب: "الفريق جاهز للمباراة المقبلة"'],
    ["a headline that quotes a minister", "وزير المالية: «لا زيادة في أسعار الخبز»"],
    ["a sentence cut by a slash", "ارتفاع الأسعار/ الحكومة تتدخل لضبط السوق"],
    ["a breadcrumb", "الرئيسية / محليات"],
    ["a numeric date", "12/05/2023"],
  ])("%s is no origin: %s", (_name, text) => {
    expect(fields(text)).toBeNull();
  });
});

describe("readInlineOrigin: datelines at the start of a paragraph", () => {
  it.each([
    [
      "NAME- OUTLET- PLACE: with an unknown outlet",
      "سارة المصري- الشرق الجديد- صيدا: بدأ عمال المرفأ إضرابا مفتوحا احتجاجا على تأخر الأجور.",
      ["سارة المصري"],
      "الشرق الجديد",
      "صيدا",
    ],
    [
      "PLACE DATE (AGENCY) -",
      "عمان 5 آذار (بترا) - قالت وزارة التربية إن الامتحانات ستبدأ الشهر المقبل.",
      [],
      "بترا",
      "عمان",
    ],
    [
      "PLACE في DATE /AGENCY/",
      "الدوحة في 12 يناير /قنا/ أعلنت وزارة النقل عن خطة جديدة لتطوير الطرق.",
      [],
      "قنا",
      "الدوحة",
    ],
  ])("%s", (_name, text, authors, agency, location) => {
    const o = readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin;
    expect(o?.authors).toEqual(authors);
    expect(o?.agency).toBe(agency);
    expect(o?.location).toBe(location);
  });

  it("a sentence with a slash date is no dateline", () => {
    const text = "وكانت الهيئة قد وقعت في 14 أبريل/ نيسان 2023 اتفاقية مع شركة لتوريد المركبات.";
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)).toBeNull();
  });
});
