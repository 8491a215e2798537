import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { readInlineOrigin, readOrigin } from "../../src/metadata/dateline.js";
import { furnitureKind } from "../../src/metadata/furniture.js";
import { pageMatchers } from "../../src/metadata/patterns.js";
import { isHeadlineLike } from "../../src/metadata/title.js";

// Made-up lines and pages in the shapes of page-formats.md (round 5 of generalization).

const m = pageMatchers(DEFAULT_LEXICON);
const STORY = "أعلنت مديرية الصحة افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير ضمن خطة لتحسين الخدمات.";
const MORE = "وأضافت المديرية أن المستشفى سيخدم نحو نصف مليون نسمة في المنطقة والقرى المجاورة لها.";

/** [title, author, agency, location] of a page. */
function page(lines: readonly string[]): [string | null, string | null, string | null, string | null] {
  const a = parseArticle(lines.join("\n"));
  return [a.title, a.byline.author, a.dateline?.agency ?? null, a.dateline?.location ?? null];
}

describe("a date inside a dateline is numbers and date words, not a sentence between two figures", () => {
  it("a headline with two figures is no dated dateline", () => {
    const line = "عام / مديرية الطرق: 3.5 مليون زائر للمعرض وتوقعات بمبيعات تتجاوز 700 مليون دينار";
    expect(readOrigin(line, m, DEFAULT_LEXICON, { weakAllowed: true })).toBeNull();
  });

  it.each([
    ["a Hijri month of two words", "حمص 3 جمادى الآخرة 1448 هـ الموافق 13 نوفمبر 2026 م سنا"],
    ["a Levantine month of two words", "حمص 13 تشرين الثاني 2026 سنا"],
  ])("still reads %s", (_why, line) => {
    const o = readOrigin(line, m, DEFAULT_LEXICON, { weakAllowed: true });
    expect([o?.agency, o?.location]).toEqual(["سنا", "حمص"]);
  });

  it("the SPA-style wire title page keeps its title and dateline", () => {
    expect(
      page([
        "وكالة الأنباء الوطنية",
        "عام / مديرية الطرق: 3.5 مليون زائر للمعرض وتوقعات بمبيعات تتجاوز 700 مليون دينار",
        "حمص 3 جمادى الآخرة 1448 هـ الموافق 13 نوفمبر 2026 م ونا",
        STORY,
        MORE,
      ]),
    ).toEqual([
      "مديرية الطرق: 3.5 مليون زائر للمعرض وتوقعات بمبيعات تتجاوز 700 مليون دينار",
      null,
      "ونا",
      "حمص",
    ]);
  });
});

describe("isHeadlineLike: a line broken at a link", () => {
  it.each([
    ["ends with لـ", "وقال مدير المستشفى في تصريح لـ"],
    ["ends with بـ", "وصرح المتحدث باسم الوزارة بـ"],
  ])("not a headline when it %s", (_why, line) => {
    expect(isHeadlineLike(line)).toBe(false);
  });

  it.each([
    ["a headline", "افتتاح مستشفى جديد في المدينة"],
    ["a headline ending with initials", "مقتل ثلاثة في غارة شمال البلاد - أ ف ب"],
  ])("still %s", (_why, line) => {
    expect(isHeadlineLike(line)).toBe(true);
  });

  it("the first paragraph stays a paragraph when the next line is cut at the outlet's link", () => {
    const a = parseArticle(
      [
        "صدى الوادي 24",
        "الرئيسية » مجتمع",
        "افتتاح مستشفى جديد بطاقة 200 سرير في المدينة",
        "الأحد 15 نونبر 2026 - 10:42",
        "أعلنت مديرية الصحة، إلى حدود صباح يوم الجمعة 13 نونبر الجاري، افتتاح مستشفى جديد في المدينة.",
        "وقال مدير المستشفى في تصريح لـ",
        "صدى الوادي 24",
        "، إن المستشفى سيخدم نحو نصف مليون نسمة في المنطقة.",
      ].join("\n"),
    );
    expect(a.dates.map((d) => d.iso)).toEqual(["2026-11-15", "--11-13"]);
  });
});

describe("a wire's sign-off: the editor's initials, a slash and the agency", () => {
  it.each([["ع ع/ ونا"], ["م.ع / سونا"], ["(ه ن/ وكالة)"]])("%s is a credit", (line) => {
    expect(furnitureKind(line, m)).toBe("credit");
  });

  it.each([
    ["a known agency's initials before a place", "د ب أ/ برلين"],
    ["a place after the slash", "ع ع/ الخرطوم"],
    ["a word, not initials", "عمر/ ونا"],
    ["two slashes", "ع ع/ ونا/ 2026"],
  ])("not %s", (_why, line) => {
    expect(furnitureKind(line, m)).toBeNull();
  });

  it("leaves the inline dateline of the first paragraph as the page's dateline", () => {
    const lines = [
      "مستشفى جديد بطاقة 200 سرير في المدينة",
      `تلودي 3-11-2026 (ونا) – ${STORY}`,
      MORE,
      "ع ع/ ونا",
    ];
    expect(page(lines).slice(2)).toEqual(["ونا", "تلودي"]);
  });
});

describe("readInlineOrigin: PLACE DATE (OUTLET) – with neither in the lexicon", () => {
  it.each([
    ["a hyphenated date", `تلودي 3-11-2026 (ونا) – ${STORY}`, "ونا", "تلودي"],
    ["a slashed date", `تلودي 3/11/2026 (سما) - ${STORY}`, "سما", "تلودي"],
    ["a known place", `الخرطوم 3-11-2026 (ونا) – ${STORY}`, "ونا", "الخرطوم"],
  ])("%s", (_why, text, agency, location) => {
    const o = readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin;
    expect([o?.agency, o?.location]).toEqual([agency, location]);
  });

  it.each([
    ["no date between an unknown word and the bracket", `تلودي (ونا) – ${STORY}`],
    ["a sentence before the bracket", `أعلن الوزير 3 قرارات (جديدة) – ${STORY}`],
  ])("not with %s", (_why, text) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin.agency ?? null).toBeNull();
  });
});
