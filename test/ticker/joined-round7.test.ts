/**
 * Round 7 cues of headlines joined by single spaces or glued with no space: a word of two letters that ends a
 * headline before a glued article or verbal noun, the noun of a body glued after a plural or a definite word,
 * and a definite subject after an indefinite nisba or a plural in -ين.
 */
import { describe, expect, it } from "vitest";
import { gluedStart, joinedHeadlineCuts } from "../../src/ticker/joined.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { BODY, BODY2, items, TITLE } from "./helpers.js";

const patterns = tickerPatterns();

function pieces(line: string): string[] {
  const cuts = joinedHeadlineCuts(line, 0, line.length, patterns);
  const bounds = [0, ...cuts, line.length];
  return bounds.slice(1).map((end, k) => line.slice(bounds[k], end).trim());
}

function gluedSplit(token: string): string[] {
  const at = gluedStart(token, 0, token.length, patterns);
  return at < 0 ? [token] : [token.slice(0, at), token.slice(at)];
}

describe("gluedStart, round 7", () => {
  it.each([
    ["an article after a word of two letters", "ردالحكومة", ["رد", "الحكومة"]],
    ["a verbal noun after a word of two letters", "ردانقطاع", ["رد", "انقطاع"]],
    ["a verbal noun after a word of three letters", "نشرمقتل", ["نشر", "مقتل"]],
    ["the noun of a body after a plural in -ين", "لموسمينوزير", ["لموسمين", "وزير"]],
    ["the noun of a body after a plural in -ات", "المرتفعاتوزير", ["المرتفعات", "وزير"]],
    ["the noun of a body with its own article", "الصحراويالنادي", ["الصحراوي", "النادي"]],
    ["the noun of a body after an indefinite nisba", "سرينقابة", ["سري", "نقابة"]],
    ["an article with ن after it", "الأسبوعالنقل", ["الأسبوع", "النقل"]],
    ["an article before a word of form VIII", "سورياالاشتباه", ["سوريا", "الاشتباه"]],
    ["an article after two letters, three after it", "ردالبنك", ["رد", "البنك"]],
  ])("%s: %s", (_what, token, expected) => {
    expect(gluedSplit(token)).toEqual(expected);
  });

  it.each([
    ["a prefix of two letters before the article", "وبالحكومة"],
    ["a word that ends with a short verbal noun", "منقطع"],
    ["a word holding the noun of a body, neither plural nor definite", "باستعمال"],
    ["a suffix نا after an inner ال", "أعمالنا"],
    ["a plain definite word", "المرتفعات"],
    ["a definite word holding the noun of a body", "الاستعمال"],
    ["an inner ال before a short suffix in ا", "اتصالاتها"],
  ])("not %s: %s", (_what, token) => {
    expect(gluedSplit(token)).toEqual([token]);
  });
});

describe("joinedHeadlineCuts, round 7", () => {
  it.each([
    [
      "a definite subject after an indefinite nisba",
      [
        "ضبط 3 أطنان من الدقيق الفاسد في مخزن سري",
        "الأرصاد تتوقع أمطارا غزيرة على المرتفعات",
        "إغلاق المعبر الحدودي أمام حركة الشاحنات",
      ],
    ],
    [
      "the noun of a body and its subject after an adjective in -ية, in a piece too long for one headline",
      [
        "انخفاض مناسيب نهر دجلة في الموصل إلى مستويات قياسية",
        "مجلس الوزراء يقرر تعطيل الدوام الرسمي يوم الخميس المقبل",
        "منتخب الشباب يغادر إلى عمان لخوض معسكر تدريبي",
        "مرور بغداد يعلن قطع مجسر الطيران لساعات مساء اليوم",
      ],
    ],
    [
      "a word of time in ي after a definite word is no verb (الرسمي يوم الخميس)",
      [
        "تعطيل الدوام الرسمي يوم الخميس بسبب العاصفة",
        "انقطاع الكهرباء عن أحياء واسعة في المدينة",
        "وزير النقل يفتتح محطة القطار الجديدة",
      ],
    ],
    [
      "headlines of up to sixteen words, one glued to an article before a word in ا",
      [
        "قوات النظام تقصف بالمدفعية محيط قرية في ريف المدينة من مواقعها في التلال جنوبي المحافظة",
        "الاشتباه بثلاث إصابات جديدة بالحمى في المدينة",
        "وزير النقل يفتتح محطة القطار الجديدة",
      ],
      "",
    ],
    [
      "a definite subject of a nisba's shape after an indefinite nisba (no adjective of it)",
      [
        "ضبط 3 أطنان من الدقيق الفاسد في مخزن سري",
        "البلدية تعلن جدول توزيع المياه في الأحياء الشرقية",
        "إغلاق المعبر الحدودي أمام حركة الشاحنات",
      ],
    ],
    [
      "a subject after the noun counted by a number in -ين, not between them",
      [
        "انطلاق مهرجان الربيع بمشاركة عشرين دولة",
        "المحكمة تؤجل النظر في قضية الفساد الكبرى",
        "وزير النقل يفتتح محطة القطار الجديدة",
        "انقطاع الكهرباء عن أحياء واسعة في المدينة",
      ],
    ],
    [
      "glued headlines after a short word",
      [
        "المنتخب الوطني يفوز على ضيفه بهدفين دون رد",
        "انقطاع الكهرباء عن أحياء واسعة في المدينة",
        "وزير النقل يفتتح محطة القطار الجديدة",
      ],
      "",
    ],
  ])("%s", (_what, headlines, joiner = " ") => {
    expect(pieces(headlines.join(joiner))).toEqual(headlines);
  });

  it.each([
    [
      "a plural in construct before a definite subject",
      "وقال لاعبي المنتخب يتدربون منذ أيام في الملعب الجديد استعدادا للمباراة",
    ],
    [
      "a verbal noun of form II in construct",
      "وأكد أن تأمين الطرق يتطلب جهودا كبيرة من الجميع في كل المحافظات والمدن",
    ],
    [
      "a noun of a body in a sentence after a noun in -ية that heads a construct",
      "أكدت مصادر مطلعة أن ميزانية مجلس الوزراء تبلغ هذا العام نحو مليار دينار وفق التقديرات الأولية للجنة المالية",
    ],
    [
      "a definite nisba after a definite noun (its adjective)",
      "انقطاع الكهرباء عن أحياء واسعة في المدينة بسبب العاصفة البلدية تعلن جدول توزيع المياه في الأحياء الشرقية إغلاق المعبر الحدودي أمام حركة الشاحنات",
    ],
  ])("not %s", (_what, line) => {
    expect(pieces(line)).toEqual([line]);
  });
});

describe("a joined line right under a header", () => {
  const line = [
    "انقطاع الكهرباء عن أحياء واسعة في المدينة",
    "الأرصاد تتوقع أمطارا غزيرة على المرتفعات",
    // Two headlines whose cut has no cue: `… الأسبوع المقبل` then a perfect verb.
    "تأجيل امتحانات الفصل الأول إلى الأسبوع المقبل وصل المنتخب الوطني إلى الدوحة صباح اليوم استعدادا للبطولة العربية للشباب",
    "وزير النقل يفتتح محطة القطار الجديدة",
  ].join(" ");

  it("keeps its pieces when one of them may hold two headlines", () => {
    expect(items(["آخر الأخبار", line, TITLE, BODY, BODY2].join("\n")).map((i) => i[0])).toEqual([
      "انقطاع الكهرباء عن أحياء واسعة في المدينة",
      "الأرصاد تتوقع أمطارا غزيرة على المرتفعات",
      "تأجيل امتحانات الفصل الأول إلى الأسبوع المقبل وصل المنتخب الوطني إلى الدوحة صباح اليوم استعدادا للبطولة العربية للشباب",
      "وزير النقل يفتتح محطة القطار الجديدة",
    ]);
  });

  // Round 8: a line this long with no punctuation, above the title and the body, is a strip header or not; its
  // pieces are kept as under a header (it gave nothing before, losing all four items).
  it("keeps the same pieces with no header above it, above the title", () => {
    expect(items([line, TITLE, BODY, BODY2].join("\n")).map((i) => i[0])).toEqual(
      items(["آخر الأخبار", line, TITLE, BODY, BODY2].join("\n")).map((i) => i[0]),
    );
  });

  it.each([
    "الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع وسط انتقادات واسعة من نواب المعارضة في البرلمان",
    "انقطاع الكهرباء عن أحياء واسعة في العاصمة بسبب عطل فني في محطة التوليد الرئيسية والشركة تعد بإصلاحه خلال ساعات",
  ])("does not cut a long title under a category label: %s", (title) => {
    expect(items(["أخبار عاجلة", title, BODY, BODY2].join("\n"))).toEqual([]);
  });
});
