/**
 * Where an unlabelled list of headlines at the top of a page ends and the title starts: the last headline of
 * the list is an item when a line that reads as a title (even one no ticker headline could be: a date in it,
 * a colon, quotation marks) stands below it before the body, and the title otherwise. A headline may hold a
 * year; a date line may not pass for a headline.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { countWords } from "../../src/ticker/chars.js";
import { hasWrittenDate, isHeadlineLike, isShortHeadline, isTitleLike } from "../../src/ticker/line.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { dateLineWords, isDateLine } from "../../src/ticker/widget.js";
import { BODY, BODY2, type ItemTuple, items } from "./helpers.js";

const H1 = "انقطاع الكهرباء عن أحياء واسعة في المدينة";
const H2 = "وزير النقل يفتتح محطة القطار الجديدة";
const H3 = "تأجيل امتحانات الفصل الأول إلى الأسبوع المقبل";
const H4 = "الأرصاد تتوقع أمطارا غزيرة على المرتفعات";
const YEAR_HEADLINE = "انطلاق مهرجان الربيع 2027 بمشاركة عشرين دولة";

const bare = (...hs: string[]): ItemTuple[] => hs.map((h) => [h, null, null]);
const patterns = tickerPatterns();

describe("findTicker: an unlabelled list and the title under it", () => {
  it.each<[string, string[], ItemTuple[]]>([
    [
      "a title that names a date keeps the last headline an item",
      [H1, H2, H3, H4, "وزارة التربية تحدد 6 جوان 2027 موعدا لامتحان البكالوريا", "كتب: سامر الخطيب", BODY],
      bare(H1, H2, H3, H4),
    ],
    [
      "a title with quotation marks and a colon, under a masthead",
      [
        "بوابة الخبر",
        H1,
        H2,
        H3,
        'نقابة المعلمين تقرر الإضراب.. والوزارة: "الأبواب مفتوحة للحوار"',
        "سامر الخطيب",
        BODY,
        BODY2,
      ],
      bare(H1, H2, H3),
    ],
    [
      "a plain title: the last headline of the block is the title",
      [H1, H2, H3, H4, "كتب: سامر الخطيب", BODY],
      bare(H1, H2, H3),
    ],
    [
      "a headline that holds a year stays in the list",
      [H1, YEAR_HEADLINE, H2, H3, "الحكومة تقر موازنة العام المقبل", BODY],
      bare(H1, YEAR_HEADLINE, H2, H3),
    ],
    [
      "a date line between the list and the body is no title",
      [H1, H2, H3, H4, "الاثنين 16 نوفمبر 2026", BODY],
      bare(H1, H2, H3),
    ],
    [
      "a byline between the list and the body is no title",
      [H1, H2, H3, H4, "بقلم: منى عبد الرحمن", BODY],
      bare(H1, H2, H3),
    ],
  ])("%s", (_name, lines, expected) => {
    expect(items(lines.join("\n"))).toEqual(expected);
  });

  it.each<[string, string[], ItemTuple[]]>([
    [
      "one labelled headline above the title is the strip's one item",
      ["بوابة الخبر", `عاجل: ${H1}`, "الحكومة تقر موازنة العام المقبل", "كتب: سامر الخطيب", BODY],
      bare(H1),
    ],
    [
      "two headlines parted by four spaces above the title",
      [`${H1}    ${H2}`, "الحكومة تقر موازنة العام المقبل", "كتب: سامر الخطيب", BODY],
      bare(H1, H2),
    ],
    [
      "two unlabelled headlines over a title with its byline",
      ["الرئيسية » أخبار", H1, H2, "الحكومة تقر موازنة العام المقبل", "كتب: سامر الخطيب", BODY],
      bare(H1, H2),
    ],
    [
      "two unlabelled headlines over a title with its date line",
      [H1, H2, "الحكومة تقر موازنة العام المقبل", "نُشر في: الثلاثاء 14 تشرين الثاني 2026", BODY],
      bare(H1, H2),
    ],
    [
      "a title, its subtitle and a caption with no byline make no strip",
      [H1, H2, "صورة أرشيفية لمحطة الكهرباء في المدينة", BODY],
      [],
    ],
    [
      "a date line under the title is no title itself",
      [H1, H2, "نُشر في: الثلاثاء 14 تشرين الثاني 2026", BODY],
      [],
    ],
    [
      "a headline of three words inside the list",
      [H1, "ارتفاع أسعار الذهب", H2, H3, "الحكومة تقر موازنة العام المقبل", BODY],
      bare(H1, "ارتفاع أسعار الذهب", H2, H3),
    ],
    [
      "a name of three words between two headlines breaks the list",
      [H1, "سامر أحمد الخطيب", H2, "الحكومة تقر موازنة العام المقبل", BODY],
      [],
    ],
    [
      "a masthead of two names parted by a bar above the title is no strip",
      ["رئيس مجلس الإدارة: عبد الله سالم | رئيس التحرير: سامي خليل", "الحكومة تقر موازنة العام المقبل", BODY],
      [],
    ],
    [
      "a masthead over labelled headlines stays out of the strip",
      [
        "رئيس مجلس الإدارة: عبد الله سالم | رئيس التحرير: سامي خليل",
        `عاجل: ${H1}`,
        `عاجل: ${H2}`,
        "الحكومة تقر موازنة العام المقبل",
        BODY,
      ],
      bare(H1, H2),
    ],
    [
      "a labelled title with no headline under it is the title",
      [`عاجل: ${H1}`, "كتب: سامر الخطيب", BODY],
      [],
    ],
    [
      "a labelled sentence opening the body is no item",
      ["الحكومة تقر موازنة العام المقبل", `عاجل: ${BODY}`],
      [],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(items(lines.join("\n"))).toEqual(expected);
  });

  it("a title and its subtitle make no list", () => {
    expect(items([H1, "وزارة التربية تحدد 6 جوان 2027 موعدا لامتحان البكالوريا", BODY].join("\n"))).toEqual(
      [],
    );
  });
});

describe("isTitleLike", () => {
  it.each([
    "وزارة التربية تحدد 6 جوان 2027 موعدا لامتحان البكالوريا",
    'نقابة المعلمين تقرر الإضراب.. والوزارة: "الأبواب مفتوحة للحوار"',
    H1,
  ])("%s may be a title", (text) => {
    expect(isTitleLike(text, patterns, countWords(text))).toBe(true);
  });

  it.each([
    "الاثنين 16 نوفمبر 2026",
    "نشر في 16/11/2026 - 10:05",
    "السبت 3 جمادى الآخرة 1448 هـ الموافق 13 نوفمبر 2026 م",
    "بقلم: منى عبد الرحمن",
    "عمان - سامر الخطيب",
    BODY,
    "وقال الوزير إن الخطة جاهزة.",
  ])("%s is no title", (text) => {
    expect(isTitleLike(text, patterns, countWords(text))).toBe(false);
  });
});

describe("a year in a headline", () => {
  it.each([YEAR_HEADLINE, "الحكومة تعرض موازنة 2027 على البرلمان الأسبوع المقبل"])(
    "%s is a headline",
    (text) => {
      expect(isHeadlineLike(text, patterns)).toBe(true);
    },
  );

  it.each([
    "الأحد 15 نوفمبر 2026",
    "جميع الحقوق محفوظة 2026",
    "الموقع الرسمي للجريدة © 2026 جميع الحقوق",
    "الخميس 3 جمادى الآخرة 1448 هـ",
    "آخر تحديث 26/11/2026 الساعة العاشرة صباحا",
  ])("%s is no headline", (text) => {
    expect(isHeadlineLike(text, patterns)).toBe(false);
  });

  it.each<[string, boolean]>([
    ["15 نوفمبر 2026", true],
    ["26/11/2026", true],
    ["3 جمادى الآخرة 1448", true],
    ["عملية مرحبا 2024 بميناء طنجة", false],
    ["موازنة 2027", false],
  ])("hasWrittenDate(%s) is %s", (text, expected) => {
    expect(hasWrittenDate(text)).toBe(expected);
  });
});

describe("isDateLine", () => {
  const dateWords = dateLineWords(DEFAULT_LEXICON.dates);
  it.each<[string, boolean]>([
    ["نشر في: الثلاثاء 14 تشرين الثاني 2026", true],
    ["الأحد 22 نوفمبر 2026 11:05 ص", true],
    ["3 جمادى الآخرة 1448 هـ الموافق 13 نوفمبر 2026 م", true],
    ["آخر تحديث: 26/11/2026", true],
    ["وزارة التربية تحدد 6 جوان 2027 موعدا لامتحان البكالوريا", false],
    ["الحكومة تقر موازنة العام المقبل", false],
    ["سامر الخطيب", false],
  ])("%s: %s", (text, expected) => {
    expect(isDateLine(text, dateWords, patterns.commonWords)).toBe(expected);
  });
});

describe("isShortHeadline", () => {
  it.each<[string, boolean]>([
    ["ارتفاع أسعار الذهب", true],
    ["الحكومة تستقيل رسميا", true],
    ["المنتخب يفوز وديا", true],
    ["سامر أحمد الخطيب", false],
    ["كتب: سامر الخطيب", false],
    ["الحكومة تقر موازنة العام", false],
  ])("%s: %s", (text, expected) => {
    expect(isShortHeadline(text, patterns)).toBe(expected);
  });
});
