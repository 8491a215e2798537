import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { furnitureKind } from "../../src/metadata/furniture.js";
import { pageMatchers } from "../../src/metadata/patterns.js";

// Made-up lines and pages in the shapes of page-formats.md (round 7 of generalization).

const H = "انقطاع الكهرباء عن أحياء المدينة لليوم الخامس والشركة تعد بحل قريب";
const BODY = [
  "يعيش سكان أحياء المدينة الجنوبية منذ خمسة أيام من دون تيار كهربائي، بعد عطل أصاب المحطة الرئيسية مطلع الأسبوع، فيما لجأ كثيرون إلى المولدات الخاصة.",
  'وقال مدير الشركة الجهوية للكهرباء إن "فرق الصيانة تعمل ليلا ونهارا لإصلاح العطل"، مضيفا أن التيار سيعود تدريجيا قبل نهاية الأسبوع.',
];

function parse(lines: readonly string[]) {
  return parseArticle([...lines, ...BODY].join("\n"));
}

describe("a reporter's given name told by its form", () => {
  it.each([
    ["a theophoric name written as one word", "أوجلة - عبدالرحيم المبروك", "عبدالرحيم المبروك", "أوجلة"],
    ["an initial and a period", "المدية: ع. بلقاسم", "ع. بلقاسم", "المدية"],
  ])("%s under the title: %s", (_why, line, author, location) => {
    const a = parse([H, line]);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe(author);
    expect(a.dateline?.location).toBe(location);
    // The byline is no paragraph: the quote stands in the second body paragraph.
    expect(a.quotes[0]?.paragraph).toBe(1);
  });

  it.each([
    ["a speaker and an unquoted statement", "الوزير: لا تراجع عن القرار"],
    ["two letters and periods", "المدية: ع. ب."],
  ])("%s under the title is no byline", (_why, line) => {
    expect(parse([H, line]).byline.author).toBeNull();
  });
});

describe("PLACE - NAME where the lexicon knows neither, in the article's header", () => {
  it.each([
    ["under the date line", [H, "نشر في: 22 مارس 2025 - 10:41", "سيدي قاسم – نجلاء الوزاني"]],
    ["right under the title", [H, "سيدي قاسم - نجلاء الوزاني"]],
  ])("%s: the byline, not the title", (_why, lines) => {
    const a = parse(lines);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe("نجلاء الوزاني");
    expect(a.dateline?.location).toBe("سيدي قاسم");
    expect(a.quotes[0]?.paragraph).toBe(1);
  });

  it("a known given name after a two-word place of a name's shape", () => {
    const a = parse([H, "بني وليد – سامي الورفلي"]);
    expect(a.byline.author).toBe("سامي الورفلي");
    expect(a.dateline?.location).toBe("بني وليد");
  });

  it.each([
    ["a body and its council", "حزب الأمة - مجلس الشورى"],
    ["a body before a reporter", "حزب الأمة - سامي فرج"],
  ])("%s is no place", (_why, line) => {
    expect(parse([H, line]).dateline?.location ?? null).toBeNull();
  });
});

describe("page chrome in the header is never the title", () => {
  it.each([
    ["an icon's name beside its label", ["fa-user تسجيل الدخول", H]],
    ["an icon's name beside a one-word label", ["icon-search بحث", H]],
    [
      "a board of exchange rates split by a bar",
      ["سعر الصرف اليوم: الدولار 1530 دينار | اليورو 1650 دينار", H],
    ],
  ])("%s", (_why, lines) => {
    const a = parse(["موقع الخبر", "الرئيسية", "سياسة", ...lines, "كتب: سامر العلي"]);
    expect(a.title).toBe(H);
    expect(a.quotes[0]?.paragraph).toBe(1);
  });

  it.each([
    ["an icon word", "fa-user تسجيل الدخول", "ui-string"],
    ["a rate board", "الدولار 1530 دينار | اليورو 1650 دينار", "widget"],
  ])("%s is furniture", (_why, line, kind) => {
    expect(furnitureKind(line, pageMatchers(DEFAULT_LEXICON))).toBe(kind);
  });

  it.each([
    ["a headline with a hyphenated word that has a digit", "covid-19 يعود إلى المدارس"],
    ["a headline with two amounts and no bar", "رفع سعر الخبز من 50 ريال إلى 100 ريال في الأسواق"],
  ])("%s is no furniture", (_why, line) => {
    expect(furnitureKind(line, pageMatchers(DEFAULT_LEXICON))).toBeNull();
  });

  it("a byline above the headline, under the menu's last item: the headline is the title", () => {
    const a = parse(["موقع الخبر", "الرئيسية", "سياسة", "تربية وتعليم", "كتب/ سامر العلي", H, "منذ ساعتين"]);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe("سامر العلي");
    expect(a.quotes[0]?.paragraph).toBe(1);
  });

  it("a section label above the headline and a byline under it stay as they were", () => {
    const a = parse(["موقع الخبر", "تربية وتعليم", H, "كتب/ سامر العلي"]);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe("سامر العلي");
  });
});

describe("a reporter's byline set above the headline", () => {
  const MENU = ["موقع الخبر", "الرئيسية", "اقتصاد", "رياضة"];
  it.each([
    ["before the date line", ["عمان - ليلى حداد", "الخميس 5 يونيو 2025"]],
    ["after the date line", ["الخميس 5 يونيو 2025", "عمان - ليلى حداد"]],
  ])("%s is the byline", (_why, header) => {
    const a = parse([...MENU, ...header, H]);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe("ليلى حداد");
    expect(a.dateline?.location).toBe("عمان");
    expect(a.published?.iso).toBe("2025-06-05");
  });

  it("a dateline naming its outlet and place in the first paragraph wins the location", () => {
    const text = [...MENU, "دمشق - سلمى العلي", H, `دمشق، سوريا (CNN)-- ${BODY[0]}`, BODY[1]].join("\n");
    const a = parseArticle(text);
    expect(a.byline.author).toBe("سلمى العلي");
    expect(a.dateline).toEqual({ agency: "CNN", location: "دمشق، سوريا" });
  });

  it.each([
    ["an outlet and its city (the masthead's line)", ["سكاي نيوز عربية - أبوظبي"]],
    ["a byline far above the title, a menu between", ["عمان - ليلى حداد", "اقتصاد", "الخميس 5 يونيو 2025"]],
  ])("%s is not", (_why, header) => {
    const a = parse(["الرئيسية", "سياسة", ...header, H]);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBeNull();
  });
});

describe("wire sign-offs under the story", () => {
  it.each([
    ["editors' initials joined by slashes", "س و/ع/ع"],
    ["initials with periods", "س.ع/ ن.ف"],
    ["an agency, the filing number and the desk's initials", "بنا 1352 جمت"],
  ])("%s is furniture", (_why, line) => {
    expect(furnitureKind(line, pageMatchers(DEFAULT_LEXICON))).toBe("credit");
  });

  it.each([
    ["a title and a name after a slash", "د/ أحمد سالم"],
    ["an agency and a place", "واس 2025 الرياض"],
    ["a short heading", "الوضع داخل المستشفيات"],
  ])("%s is not", (_why, line) => {
    expect(furnitureKind(line, pageMatchers(DEFAULT_LEXICON))).not.toBe("credit");
  });

  it("the filing code gives no location and the initials no heading", () => {
    const text = [H, `(بنا)-- ${BODY[0]}`, BODY[1], "س و/ع/ع", "بنا 1352 جمت", "// انتهى //"].join("\n");
    const a = parseArticle(text);
    expect(a.dateline).toEqual({ agency: "بنا", location: null });
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe("an inline wire dateline with a long Hijri and Gregorian date", () => {
  it("reads the agency after the date", () => {
    const first = `الدوحة في 15 جمادى الأولى 1448 هـ الموافق 26 أكتوبر 2026 م /قنا/ ${BODY[0]}`;
    const a = parseArticle([H, first, BODY[1]].join("\n"));
    expect(a.dateline).toEqual({ agency: "قنا", location: "الدوحة" });
  });

  it("a sentence with a date and a slash later on is no dateline", () => {
    const first = `أعلنت الوزارة يوم 26 أكتوبر 2026 أن نسبة النجاح بلغت 80/100 في امتحانات هذا العام وفق النتائج الأولية`;
    expect(parseArticle([H, first, BODY[1]].join("\n")).dateline).toBeNull();
  });
});

describe("a labelled date line above the title", () => {
  it("is published and listed", () => {
    const a = parse(["الرئيسية", "اقتصاد", "نشر في: 4 يونيو 2025", H]);
    expect(a.published?.iso).toBe("2025-06-04");
    expect(a.dates.map((d) => d.raw)).toContain("4 يونيو 2025");
  });

  it("the machine stamp `date YYYY-MM-DD` above the title is published but not listed", () => {
    const a = parse(["الرئيسية", "اقتصاد", "date 2025-06-04", H]);
    expect(a.published?.iso).toBe("2025-06-04");
    expect(a.dates).toEqual([]);
  });
});

describe("a place named after a day and month", () => {
  it.each([
    ["after منطقة with a proclitic", "أصيب عشرة طلاب في حادث بمنطقة 6 أكتوبر صباح اليوم."],
    ["after ساحة", "تجمع المحتجون في ساحة 14 آذار وسط المدينة."],
  ])("%s is no date", (_why, sentence) => {
    expect(parseArticle([H, sentence, BODY[1]].join("\n")).dates).toEqual([]);
  });

  it("a day and month after an event word is a date", () => {
    const a = parseArticle([H, "تبدأ الامتحانات في 6 أكتوبر المقبل في جميع المدارس.", BODY[1]].join("\n"));
    expect(a.dates.map((d) => d.raw)).toEqual(["6 أكتوبر"]);
  });
});

describe("NAME- OUTLET: run into the first paragraph (Sabq's byline)", () => {
  it.each([
    ["an outlet the lexicon does not know", "سامي فرج- المرصد: ", "سامي فرج", "المرصد"],
    ["spaced dash", "ليلى حداد - البوصلة: ", "ليلى حداد", "البوصلة"],
  ])("%s", (_why, prefix, author, agency) => {
    const a = parseArticle([H, `${prefix}${BODY[0]}`, BODY[1]].join("\n"));
    expect(a.byline.author).toBe(author);
    expect(a.dateline?.agency).toBe(agency);
    expect(a.quotes[0]?.paragraph).toBe(1);
  });

  it.each([
    ["a person and their office", "سامي فرج - الوزير: "],
    ["no known given name", "حزب العمل - المعارضة: "],
  ])("%s is no byline", (_why, prefix) => {
    const a = parseArticle([H, `${prefix}${BODY[0]}`, BODY[1]].join("\n"));
    expect(a.dateline).toBeNull();
  });
});

describe("several reporters in a marked byline", () => {
  it.each([
    ["the conjunction written apart", "كتب: سامي فرج و ليلى حداد", "سامي فرج، ليلى حداد"],
    ["a Mauritanian name with ولد", "إعداد: أحمد سالم ولد محمد، ليلى حداد", "أحمد سالم ولد محمد، ليلى حداد"],
  ])("%s", (_why, line, author) => {
    expect(parse([H, line]).byline.author).toBe(author);
  });

  it("a trailing conjunction with no name after it splits nothing", () => {
    expect(parse([H, "كتب: سامي فرج و"]).byline.author).not.toBe("سامي فرج، ");
  });
});
