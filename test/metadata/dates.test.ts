import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extractDates } from "../../src/index.js";
import { findDatesIn } from "../../src/metadata/dates.js";
import { normalizeWithMap, PARSE_NORMALIZATION } from "../../src/normalize/index.js";

type Case = readonly [
  name: string,
  text: string,
  expected: ReadonlyArray<readonly [raw: string, iso: string | null]>,
];

const pairs = (text: string) => extractDates(text).map((d) => [d.raw, d.iso]);

describe("extractDates: month names of every system", () => {
  it.each<Case>([
    [
      "Levantine, with weekday",
      "وقّع الطرفان الثلاثاء 24 تشرين الأول 2017 اتفاقا.",
      [["الثلاثاء 24 تشرين الأول 2017", "2017-10-24"]],
    ],
    [
      "Levantine كانون الثاني",
      "عقدت الجلسة في 3 كانون الثاني 2019.",
      [["3 كانون الثاني 2019", "2019-01-03"]],
    ],
    ["Levantine شباط without year", "انتهت المهلة في 14 شباط.", [["14 شباط", "--02-14"]]],
    [
      "Levantine آب and أيلول",
      "بين 30 آب و2 أيلول",
      [
        ["30 آب", "--08-30"],
        ["2 أيلول", "--09-02"],
      ],
    ],
    ["Egyptian", "أعلنت الوزارة يوم 29 يوليو 2015 نتائجها.", [["29 يوليو 2015", "2015-07-29"]]],
    ["Egyptian إبريل spelling", "في 5 إبريل 2016", [["5 إبريل 2016", "2016-04-05"]]],
    ["Egyptian يونية spelling", "في 30 يونية 2013", [["30 يونية 2013", "2013-06-30"]]],
    ["Algerian/Tunisian جانفي", "صدر القرار يوم 17 جانفي 2020.", [["17 جانفي 2020", "2020-01-17"]]],
    ["Algerian/Tunisian فيفري", "منذ 14 فيفري", [["14 فيفري", "--02-14"]]],
    ["Algerian/Tunisian ماي", "صدور قرار يوم 17 ماي قرار بإيقاف الشركة", [["17 ماي", "--05-17"]]],
    ["Algerian/Tunisian جويلية", "في 5 جويلية 1962", [["5 جويلية 1962", "1962-07-05"]]],
    ["Algerian/Tunisian أوت", "في 20 أوت 1955", [["20 أوت 1955", "1955-08-20"]]],
    ["Moroccan يوليوز", "في 30 يوليوز 2019", [["30 يوليوز 2019", "2019-07-30"]]],
    ["Moroccan غشت", "في 20 غشت", [["20 غشت", "--08-20"]]],
    ["Moroccan شتنبر", "في 8 شتنبر 2023", [["8 شتنبر 2023", "2023-09-08"]]],
    ["Moroccan دجنبر", "في 31 دجنبر 2020", [["31 دجنبر 2020", "2020-12-31"]]],
    ["Moroccan نونبر", "في 6 نونبر", [["6 نونبر", "--11-06"]]],
    ["day without space before the month", "في 15أكتوبر 2015", [["15أكتوبر 2015", "2015-10-15"]]],
    ["year without space after the month", "في 12 مارس2023 أعلن", [["12 مارس2023", "2023-03-12"]]],
    ["day after الـ", "في الـ15 من مارس 2020", [["15 من مارس 2020", "2020-03-15"]]],
    ["link من شهر", "في 9 من شهر مايو 2018", [["9 من شهر مايو 2018", "2018-05-09"]]],
    ["year after من العام", "في 12 مارس من العام 2015", [["12 مارس من العام 2015", "2015-03-12"]]],
    ["Gregorian era marker", "في 11 أغسطس 2015 م واس", [["11 أغسطس 2015 م", "2015-08-11"]]],
    ["Gregorian era marker attached", "في 11 أغسطس 2015م", [["11 أغسطس 2015م", "2015-08-11"]]],
    ["Arabic-Indic digits", "في ١٢ مارس ٢٠٢٥ أعلن", [["١٢ مارس ٢٠٢٥", "2025-03-12"]]],
    ["Extended Arabic-Indic digits", "في ۱۲ مارس ۲۰۲۵", [["۱۲ مارس ۲۰۲۵", "2025-03-12"]]],
    ["leap day", "في 29 فبراير 2024", [["29 فبراير 2024", "2024-02-29"]]],
    ["relative word after the month keeps --MM-DD", "في 12 مارس الماضي", [["12 مارس", "--03-12"]]],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("extractDates: two names of one month", () => {
  it.each<Case>([
    ["space", "في التاسع من أبريل نيسان في باريس", [["التاسع من أبريل نيسان", "--04-09"]]],
    ["slash", "في السابع من نيسان/أبريل في دوما", [["السابع من نيسان/أبريل", "--04-07"]]],
    ["slash and space", "في 2 أكتوبر/ تشرين الأول الجاري", [["2 أكتوبر/ تشرين الأول", "--10-02"]]],
    ["slash then year", "مات يوم 29 مايو/آيار 2017.", [["29 مايو/آيار 2017", "2017-05-29"]]],
    ["parenthesis then year", "في 4 يوليو (تموز) 2014", [["4 يوليو (تموز) 2014", "2014-07-04"]]],
    ["a different month is not a second name", "بين 3 مارس أبريل", [["3 مارس", "--03-03"]]],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("extractDates: ordinal days", () => {
  it.each<Case>([
    ["الأول", "في الأول من مارس", [["الأول من مارس", "--03-01"]]],
    ["العاشر", "أعلن في العاشر من فبراير أن", [["العاشر من فبراير", "--02-10"]]],
    ["compound teen", "في التاسع عشر من يناير 2011", [["التاسع عشر من يناير 2011", "2011-01-19"]]],
    ["compound with و", "في الحادي والعشرين من يونيو", [["الحادي والعشرين من يونيو", "--06-21"]]],
    ["nominative", "يوم الثلاثون من أبريل", [["الثلاثون من أبريل", "--04-30"]]],
    ["with proclitic و", "والعاشر من مايو", [["العاشر من مايو", "--05-10"]]],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("extractDates: day 1 named by a word before the month", () => {
  it.each<Case>([
    ["Maghreb فاتح", "ابتداء من فاتح يوليوز 2024 سيتم", [["فاتح يوليوز 2024", "2024-07-01"]]],
    ["أول", "اعتبارا من أول مارس 2024،", [["أول مارس 2024", "2024-03-01"]]],
    ["اول without hamza, after و", "واول يونيو المقبل", [["اول يونيو", "--06-01"]]],
    ["غرة of a Hijri month", "يبدأ الصيام غرة رمضان 1445 هـ", [["غرة رمضان 1445 هـ", "2024-03-11"]]],
    ["not before a month", "وهي أول مرة منذ أول أمس", []],
    ["not with a link word (أول من is no date)", "كان أول من مارس الرياضة", []],
    ["not an adjective", "قميص فاتح اللون", []],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("extractDates: lists and ranges", () => {
  it.each<Case>([
    [
      "two days with و",
      "اجتمعت يومي 15 و 16 أكتوبر الحالي",
      [
        ["15 و 16 أكتوبر", "--10-15"],
        ["16 أكتوبر", "--10-16"],
      ],
    ],
    [
      "two ordinals",
      "ليلة التاسع والعاشر من أيار/مايو",
      [
        ["التاسع والعاشر من أيار/مايو", "--05-09"],
        ["العاشر من أيار/مايو", "--05-10"],
      ],
    ],
    [
      "three days",
      "أيام 5 و6 و7 مارس 2020",
      [
        ["5 و6 و7 مارس 2020", "2020-03-05"],
        ["6 و7 مارس 2020", "2020-03-06"],
        ["7 مارس 2020", "2020-03-07"],
      ],
    ],
    [
      "dash range",
      "من 15-17 أكتوبر",
      [
        ["15-17 أكتوبر", "--10-15"],
        ["17 أكتوبر", "--10-17"],
      ],
    ],
    [
      "إلى range",
      "من 3 إلى 5 مايو",
      [
        ["3 إلى 5 مايو", "--05-03"],
        ["5 مايو", "--05-05"],
      ],
    ],
    [
      "two months",
      "ما بين 23 يوليو و29 أغسطس من كل عام",
      [
        ["23 يوليو", "--07-23"],
        ["29 أغسطس", "--08-29"],
      ],
    ],
    [
      "year of the range end",
      "بين 28 سبتمبر و2 أكتوبر 2015",
      [
        ["28 سبتمبر", "2015-09-28"],
        ["2 أكتوبر 2015", "2015-10-02"],
      ],
    ],
    [
      "range across the new year",
      "من 28 ديسمبر إلى 2 يناير 2016",
      [
        ["28 ديسمبر", "2015-12-28"],
        ["2 يناير 2016", "2016-01-02"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("extractDates: Hijri dates", () => {
  it.each<Case>([
    ["with year and era", "في 10 رمضان 1445 هـ أعلن", [["10 رمضان 1445 هـ", "2024-03-20"]]],
    ["era without tatweel", "في 10 رمضان 1445 ه أعلن", [["10 رمضان 1445 ه", "2024-03-20"]]],
    ["two-word month", "في 12 ربيع الأول 1446", [["12 ربيع الأول 1446", "2024-09-15"]]],
    ["ذي form", "في 10 ذي الحجة 1444", [["10 ذي الحجة 1444", "2023-06-28"]]],
    ["without year: unresolved", "فجر الخميس 28 شوال، وهو الموعد", [["الخميس 28 شوال", null]]],
    ["ordinal without year", "في الخامس عشر من شهر رمضان", [["الخامس عشر من شهر رمضان", null]]],
    ["a Gregorian year after a Hijri month is not its year", "في 10 رمضان 2020 أعلن", [["10 رمضان", null]]],
    [
      "with its Gregorian day (الموافق): one mention",
      "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس",
      [["26 شوال 1436 هـ الموافق 11 أغسطس 2015 م", "2015-08-11"]],
    ],
    [
      "Gregorian first, then الموافق Hijri",
      "السبت 21 سبتمبر 2024 م الموافق 18 ربيع الأول 1446 هـ",
      [["السبت 21 سبتمبر 2024 م الموافق 18 ربيع الأول 1446 هـ", "2024-09-21"]],
    ],
    [
      "pair joined by a dash",
      "الاثنين 1 رمضان 1445 هـ - 11 مارس 2024 م",
      [["الاثنين 1 رمضان 1445 هـ - 11 مارس 2024 م", "2024-03-11"]],
    ],
    [
      "pair in parentheses",
      "في 26 شوال 1436 (11 أغسطس 2015)",
      [["26 شوال 1436 (11 أغسطس 2015)", "2015-08-11"]],
    ],
    [
      "Hijri without year, Gregorian without year",
      "الخميس 28 شوال الموافق 13 أغسطس",
      [["الخميس 28 شوال الموافق 13 أغسطس", "--08-13"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("extractDates: numeric dates", () => {
  it.each<Case>([
    ["D/M/YYYY", "في 27/8/2012 وقع", [["27/8/2012", "2012-08-27"]]],
    ["DD-MM-YYYY", "بتاريخ 05-11-2019", [["05-11-2019", "2019-11-05"]]],
    ["DD.MM.YYYY", "في 11.08.2015", [["11.08.2015", "2015-08-11"]]],
    ["YYYY-MM-DD", "date 2015-08-11 10:25", [["2015-08-11", "2015-08-11"]]],
    ["YYYY/MM/DD", "نشر 2015/08/11", [["2015/08/11", "2015-08-11"]]],
    ["month/day when the second number is above 12", "في 8/27/2012", [["8/27/2012", "2012-08-27"]]],
    ["Arabic-Indic digits", "في ٢٧/٨/٢٠١٢", [["٢٧/٨/٢٠١٢", "2012-08-27"]]],
    ["Hijri by its era", "بتاريخ 1446/03/14 هـ صدر", [["1446/03/14 هـ", "2024-09-17"]]],
    ["Hijri by its year", "بتاريخ 14/3/1446 صدر", [["14/3/1446", "2024-09-17"]]],
    [
      "with weekday and الموافق",
      "يوم الأربعاء الموافق 12/3/2025",
      [["الأربعاء الموافق 12/3/2025", "2025-03-12"]],
    ],
    [
      "Hijri and numeric Gregorian pair",
      "26 شوال 1436هـ الموافق 11/8/2015م",
      [["26 شوال 1436هـ الموافق 11/8/2015م", "2015-08-11"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("extractDates: what is not a date", () => {
  it.each([
    ["a year alone", "منذ تشكيله العام 2012"],
    ["عام + year", "في عام 2012 تأسس"],
    ["month and year without a day", "اعترضت في يوليو (تموز) 2014 على البيع"],
    ["month alone", "حتى مارس 2016"],
    ["relative time", "منذ ساعة"],
    ["relative days", "قبل يومين"],
    ["a weekday alone", "افتتح الائتلاف الأربعاء أول مقر له"],
    ["a clock time", "قصف مدفعي (ناشطون) - 12:16"],
    ["a score", "فاز الفريق 3-1 على ضيفه"],
    ["a score against zero (صفر)", "فاز بنتيجة 3 صفر"],
    ["a fraction", "زاد بنسبة 1/2 بالمئة"],
    ["a phone number", "اتصلوا على 0599-123-456"],
    ["a phone number with dots", "الهاتف 02.23.45.678"],
    ["a decimal before a month", "بلغ 3.5 مارس"],
    ["a number of things", "قتل 15 شخصا"],
    ["a day the month does not have", "في 31 فبراير"],
    ["29 February of a common year", "في 29 فبراير 2023"],
    ["an ordinal that is an adjective", "الأول من نوعه في مارس"],
    ["a city named after a date", "في مدينة 6 أكتوبر"],
    ["a street named after a date", "في شارع 26 يوليو"],
    ["a numeric date with a two-digit year", "في 27/8/12"],
    ["a version number", "الإصدار 1.2.3"],
  ])("%s", (_name, text) => {
    expect(extractDates(text)).toEqual([]);
  });

  it("does not let a Hijri day without a year run into a later number (صفر only counts with a year or من)", () => {
    expect(pairs("في 3 صفر 1446")).toEqual([["3 صفر 1446", "2024-08-07"]]);
    expect(pairs("في 3 من صفر")).toEqual([["3 من صفر", null]]);
  });
});

describe("extractDates: spans and arguments", () => {
  it("reports spans in the coordinates of the input", () => {
    const text = "سطر أول\r\n\r\nوقعت الحادثة في 27/8/2012، ثم في الثلاثاء 24 تشرين الأول 2017.";
    const dates = extractDates(text);
    expect(dates).toHaveLength(2);
    for (const d of dates) expect(text.slice(d.span.start, d.span.end)).toBe(d.raw);
  });

  it("keeps mentions in text order across lines, one per written day", () => {
    const text = "في 2 مارس 2020\nوفي 5 و6 أبريل";
    expect(extractDates(text).map((d) => d.iso)).toEqual(["2020-03-02", "--04-05", "--04-06"]);
  });

  it.skipIf(normalizeWithMap("شوّال", PARSE_NORMALIZATION).text === "شوّال")(
    "reads dates written with diacritics and maps their spans back",
    () => {
      const text = "الرياض ٢٦ شوّال ١٤٣٦ هـ";
      const [date] = extractDates(text);
      expect(date?.iso).toBe("2015-08-11");
      expect(text.slice(date?.span.start, date?.span.end)).toContain("شوّال");
    },
  );

  it("uses month names added through the lexicon option", () => {
    expect(extractDates("في 5 ينار 2020")).toEqual([]);
    const dates = extractDates("في 5 ينار 2020", { lexicon: { dates: { months: { ينار: 1 } } } });
    expect(dates.map((d) => d.iso)).toEqual(["2020-01-05"]);
  });

  it.each([
    ["a number", 42],
    ["null", null],
    ["undefined", undefined],
  ])("throws a TypeError for %s as text", (_name, value) => {
    expect(() => extractDates(value as unknown as string)).toThrow(TypeError);
  });

  it("throws a TypeError for unknown options", () => {
    expect(() => extractDates("في 5 مارس", { bogus: true } as never)).toThrow(TypeError);
  });

  it("findDatesIn searches only inside the regions given", () => {
    const text = "في 2 مارس 2020 ثم في 5 أبريل 2021";
    const second = text.indexOf("ثم");
    const found = findDatesIn(text, [{ start: second, end: text.length }], DEFAULT_LEXICON);
    expect(found.map((d) => [d.iso, text.slice(d.span.start, d.span.end)])).toEqual([
      ["2021-04-05", "5 أبريل 2021"],
    ]);
  });
});

describe("extractDates: cost grows with the text, not faster", () => {
  const REPEAT = 20_000;
  it.each([
    ["days without a month", "15 و "],
    ["ordinals without a month", "الأول من الثاني و"],
    ["dates back to back", "و15 مارس 2020 "],
    ["numbers and separators", "1/2/3-4.5 "],
    ["spaces before a year", `12 مارس عام${" ".repeat(50)}`],
    ["long words", `${"ب".repeat(200)} 5 `],
  ])("%s", (_name, unit) => {
    const text = unit.repeat(REPEAT);
    const started = performance.now();
    extractDates(text);
    // Linear work on ~100–4000 KB takes well under a second; a quadratic path would take minutes.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
