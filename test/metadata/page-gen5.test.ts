import { describe, expect, it } from "vitest";
import { extractDates, parseArticle } from "../../src/index.js";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { namesMasthead, readInlineOrigin, readOrigin } from "../../src/metadata/dateline.js";
import { furnitureKind } from "../../src/metadata/furniture.js";
import { looseKey, pageMatchers } from "../../src/metadata/patterns.js";
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

describe("namesMasthead: the masthead's own name without the words of its kind", () => {
  it.each([
    ["شبكة جبل النار الإخبارية", "جبل النار", true],
    ["صحيفة صدى الوادي", "صدى الوادي", true],
    ["موقع نبأ الساحل 24", "نبأ الساحل", true],
    ["شبكة جبل النار الإخبارية", "جبل", false],
    ["شبكة جبل النار الإخبارية", "شبكة", false],
    ["نبأ الساحل", "الساحل", false],
  ])("%s names %s: %s", (masthead, phrase, named) => {
    expect(namesMasthead(phrase, looseKey(masthead), m)).toBe(named);
  });
});

describe("readInlineOrigin: NAME- OUTLET- PLACE: with an outlet of a name's shape", () => {
  it.each([
    [
      "the outlet after the reporter",
      `ليلى عودة- نبأ الساحل- حمص: ${STORY}`,
      "ليلى عودة",
      "نبأ الساحل",
      "حمص",
    ],
    [
      "a reporter the lexicon does not know",
      `سامر الأحمد- جبل النار- نابلس: ${STORY}`,
      "سامر الأحمد",
      "جبل النار",
      "نابلس",
    ],
  ])("%s", (_why, text, author, agency, location) => {
    const o = readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin;
    expect([o?.authors.join("، "), o?.agency, o?.location]).toEqual([author, agency, location]);
  });

  it("two reporters joined by و stay two reporters", () => {
    const o = readInlineOrigin(`ليلى عودة وأحمد علي - حمص: ${STORY}`, m, DEFAULT_LEXICON)?.origin;
    expect([o?.authors.join("، "), o?.agency ?? null]).toEqual(["ليلى عودة، أحمد علي", null]);
  });

  it("a second name that opens with a known given name is no outlet", () => {
    const o = readInlineOrigin(`ليلى عودة- أحمد علي- حمص: ${STORY}`, m, DEFAULT_LEXICON)?.origin;
    expect(o?.agency ?? null).toBeNull();
  });

  it("on a page, the outlet named by the masthead", () => {
    const lines = [
      "شبكة جبل النار الإخبارية",
      "الرئيسية | محلي",
      "المعلمون يواصلون الإضراب لليوم الثامن",
      `ليلى عودة- جبل النار- نابلس: ${STORY}`,
      MORE,
    ];
    expect(page(lines)).toEqual(["المعلمون يواصلون الإضراب لليوم الثامن", "ليلى عودة", "جبل النار", "نابلس"]);
  });
});

describe("a dateline with place and outlet above the title", () => {
  const TITLE = "افتتاح مستشفى جديد بطاقة 200 سرير في المدينة";
  it.each([
    [
      "with the date between",
      [
        "صدى الوادي أونلاين",
        "الرئيسية » اقتصاد",
        "بيروت ــ «صدى الأرز»",
        "الأحد 15 تشرين الثاني 2026 - 11:30",
        TITLE,
        STORY,
        MORE,
      ],
    ],
    [
      "right above the title",
      ["صدى الوادي أونلاين", "الرئيسية » اقتصاد", "حمص - رويترز", TITLE, STORY, MORE],
    ],
  ])("is the dateline %s", (_why, lines) => {
    const [title, , agency, location] = page(lines);
    expect(title).toBe(TITLE);
    expect(agency === null || location === null).toBe(false);
  });

  it.each([
    [
      "an outlet alone",
      ["الرئيسية » اقتصاد", "رويترز", "الأحد 15 تشرين الثاني 2026 - 11:30", TITLE, STORY, MORE],
    ],
    [
      "a place and outlet with a menu between it and the title",
      ["صدى الوادي أونلاين", "الرئيسية » اقتصاد", "حمص - رويترز", "سياسة | اقتصاد", TITLE, STORY, MORE],
    ],
  ])("is no dateline: %s", (_why, lines) => {
    expect(page(lines)[2]).toBeNull();
  });
});

describe("a date without its year takes the year written in its sentence", () => {
  const iso = (text: string) => extractDates(text).map((d) => d.iso);
  it.each([
    [
      "from an earlier date",
      "تبدأ الامتحانات يوم الأحد 6 جوان 2027 وتستمر إلى غاية الخميس 10 جوان، فيما تنطلق الشهادة من 25 ماي.",
      ["2027-06-06", "2027-06-10", "2027-05-25"],
    ],
    [
      "from a later date",
      "يعقد المؤتمر في 3 مارس بعد تأجيله من 12 فبراير 2026 بسبب الطقس.",
      ["2026-03-03", "2026-02-12"],
    ],
  ])("%s", (_why, text, expected) => {
    expect(iso(text)).toEqual(expected);
  });

  it.each([
    [
      "a year in another sentence",
      "تبدأ الامتحانات يوم 6 يونيو 2027. وتنطلق الشهادة من 25 مايو.",
      ["2027-06-06", "--05-25"],
    ],
    ["a year alone in the sentence", "يبحث الاجتماع في 12 مارس موازنة عام 2027.", ["--03-12"]],
    [
      "a numeric date stamp of the dateline",
      "كسلا 3-11-2026 (ونا) – ارتفع العدد منذ بداية التفشي في 14 أكتوبر الماضي.",
      ["2026-11-03", "--10-14"],
    ],
    [
      "a year before a question mark",
      "هل يبدأ الموسم في 6 يونيو 2027؟ وقد ينتهي في 25 مايو.",
      ["2027-06-06", "--05-25"],
    ],
  ])("not from %s", (_why, text, expected) => {
    expect(iso(text)).toEqual(expected);
  });
});

describe("an outlet the lexicon does not know, led by a noun that opens no person's name", () => {
  const TITLE = "افتتاح مستشفى جديد بطاقة 200 سرير في المدينة";
  it.each([
    ["PLACE - OUTLET", "حمص - صدى الوادي", [null, "صدى الوادي", "حمص"]],
    ["PLACE – OUTLET", "حمص – صوت المدينة", [null, "صوت المدينة", "حمص"]],
    ["OUTLET ـ PLACE", "نبض الشارع ـ حمص", [null, "نبض الشارع", "حمص"]],
    ["PLACE _ OUTLET", "حمص _ منبر الساحل", [null, "منبر الساحل", "حمص"]],
    ["NAME - OUTLET", "ليلى عودة - صوت المدينة", ["ليلى عودة", "صوت المدينة", null]],
  ])("%s", (_shape, line, [author, agency, location]) => {
    expect(page(["موقع", TITLE, line, STORY, MORE])).toEqual([TITLE, author, agency, location]);
  });

  it.each([["a reporter with a known given name", "حمص - أحمد علي", ["أحمد علي", null, "حمص"]]])(
    "not %s",
    (_why, line, [author, agency, location]) => {
      expect(page(["موقع", TITLE, line, STORY, MORE]).slice(1)).toEqual([author, agency, location]);
    },
  );

  it("not an outlet's kind with a description (`صحيفة` also opens `صحيفة مستقلة`)", () => {
    expect(page(["موقع", TITLE, "حمص - صحيفة مستقلة", STORY, MORE])[2]).toBeNull();
  });

  it.each([
    ["- OUTLET", `${TITLE} - صدى الوادي`, TITLE],
    ["| OUTLET", `${TITLE} | نبض الشارع`, TITLE],
    ["no head noun", `${TITLE} - جبل النار`, `${TITLE} - جبل النار`],
  ])("the title's suffix %s", (_why, line, title) => {
    expect(page(["موقع", line, "حمص - رويترز", STORY, MORE])[0]).toBe(title);
  });
});

describe("a head noun leads an outlet's name only before a definite noun", () => {
  const STORY2 = "أعلنت مديرية الصحة افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير.";
  it.each([
    ["(OUTLET) - opening the paragraph", `(صدى المدينة) - ${STORY2}`, "صدى المدينة"],
    ["PLACE (OUTLET): opening the paragraph", `بيروت (صوت المدينة): ${STORY2}`, "صوت المدينة"],
  ])("%s", (_why, text, agency) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin.agency).toBe(agency);
  });

  it("a quoted phrase after a colon is no outlet (`صوت واحد`)", () => {
    expect(readInlineOrigin(`الحاضرون: «صوت واحد» ${STORY2}`, m, DEFAULT_LEXICON)).toBeNull();
  });
});

describe("a date month first, in the English order of widgets and bylines", () => {
  it.each([
    ["a Latin comma", "نشر في مارس 12, 2026 - 10:30", "مارس 12, 2026", "2026-03-12"],
    ["an Arabic comma", "تحديث: نوفمبر 3، 2025", "نوفمبر 3، 2025", "2025-11-03"],
  ])("%s", (_why, text, raw, iso) => {
    expect(extractDates(text).map((d) => [d.raw, d.iso])).toEqual([[raw, iso]]);
  });

  it.each([
    ["a count after a month", "سقط في مارس 12 قتيلا، بحسب الأرقام."],
    ["no year after the comma", "سقط في مارس 12، وأصيب آخرون."],
    ["a day the month does not have", "نشر في فبراير 30, 2026"],
    ["a Hijri month", "رمضان 12, 2026"],
  ])("not %s", (_why, text) => {
    expect(extractDates(text)).toEqual([]);
  });

  it("is the published date on its own line under the title", () => {
    const a = parseArticle(["موقع", "افتتاح مستشفى جديد بطاقة 200 سرير", "مارس 12, 2026", STORY].join("\n"));
    expect(a.published?.iso).toBe("2026-03-12");
  });
});

describe("PLACE DATE … م INITIALS with neither in the lexicon", () => {
  const header = { weakAllowed: true };
  it.each([
    // The line as parseArticle hands it over: normalization has taken the tatweel (U+0640) off هـ.
    [
      "a Hijri and Gregorian date",
      "تلكلخ 3 جمادى الآخرة 1448 ه الموافق 13 نوفمبر 2026 م ونج",
      "ونج",
      "تلكلخ",
    ],
    ["a Gregorian date", "تلكلخ 13 نوفمبر 2026 سما", "سما", "تلكلخ"],
  ])("%s", (_why, line, agency, location) => {
    const o = readOrigin(line, m, DEFAULT_LEXICON, header);
    expect([o?.agency, o?.location]).toEqual([agency, location]);
  });

  it.each([
    ["a word too long for initials after the date", "تلكلخ 13 نوفمبر 2026 الماضي"],
    ["a function word before the date", "منذ 13 نوفمبر 2026 ونج"],
    ["a body line", "تلكلخ 13 نوفمبر 2026 سما"],
  ])("not %s", (why, line) => {
    const ctx = why === "a body line" ? { weakAllowed: false } : header;
    expect(readOrigin(line, m, DEFAULT_LEXICON, ctx)?.agency ?? null).toBeNull();
  });
});

describe("a title's suffix that names the masthead by its own name", () => {
  const TITLE = "افتتاح مستشفى جديد بطاقة 200 سرير في المدينة";
  it.each([
    ["the masthead's core after a bar", "شبكة رصد الساحل الإخبارية", `${TITLE} | رصد الساحل`, TITLE],
    ["the masthead whole after a dash", "رصد الساحل", `${TITLE} - رصد الساحل`, TITLE],
    ["another outlet's name", "شبكة رصد الساحل الإخبارية", `${TITLE} - جبل النار`, `${TITLE} - جبل النار`],
  ])("%s", (_why, masthead, line, title) => {
    expect(page([masthead, "الرئيسية | محلي", line, STORY, MORE])[0]).toBe(title);
  });
});

describe("common given names vouch for a reporter", () => {
  const TITLE = "افتتاح مستشفى جديد بطاقة 200 سرير في المدينة";
  it.each([
    ["PLACE - NAME", "حمص - سامر الأحمد", ["سامر الأحمد", null, "حمص"]],
    ["NAME (PLACE)", "نسرين حداد (تلكلخ)", ["نسرين حداد", null, "تلكلخ"]],
  ])("%s", (_shape, line, expected) => {
    expect(page(["موقع", TITLE, line, STORY, MORE]).slice(1)).toEqual(expected);
  });
});

describe("a headline that opens with a bare name and goes on with a verb", () => {
  it.each([
    ["NAME VERB OBJECT", "محمد صلاح يقود ليفربول"],
    ["NAME VERB", "أحمد يعود"],
    ["a name the lexicon does not know", "سامر الأحمد يفوز بالجائزة"],
  ])("%s is the title, no byline", (_why, headline) => {
    const [title, author] = page(["رصد الساحل", "الرئيسية | رياضة", headline, STORY, MORE]);
    expect([title, author]).toEqual([headline, null]);
  });

  it.each([
    ["a family name that is a given name (يوسف)", "أحمد يوسف"],
    ["a family name of the verb's shape known as a name (تركي)", "سامي تركي"],
  ])("a reporter's name under the title still: %s", (_why, name) => {
    const TITLE = "افتتاح مستشفى جديد بطاقة 200 سرير في المدينة";
    expect(page(["رصد الساحل", TITLE, name, STORY, MORE]).slice(0, 2)).toEqual([TITLE, name]);
  });
});
