/**
 * The wider cues of headlines joined by single spaces: verbal nouns of derived shapes, verbal nouns after any
 * word that can end a headline, a long piece cut again at a subject and its verb, full stops that close
 * headlines, lines longer than one item may be, and a site's name written only between the items.
 */
import { describe, expect, it } from "vitest";
import { hasVerbalNounShape, joinedHeadlineCuts } from "../../src/ticker/joined.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { BODY, BODY2, items, TITLE } from "./helpers.js";

const patterns = tickerPatterns();

function pieces(line: string): string[] {
  const cuts = joinedHeadlineCuts(line, 0, line.length, patterns);
  const bounds = [0, ...cuts, line.length];
  return bounds.slice(1).map((end, k) => line.slice(bounds[k], end).trim());
}

describe("hasVerbalNounShape", () => {
  it.each([
    ["form IV", "إقفال"],
    ["form IV of a hollow root", "إصابة"],
    ["form IV with a bare alef", "اغلاق"],
    ["form IV, plural", "إغلاقات"],
    ["form VII", "انقطاع"],
    ["form VIII", "ارتفاع"],
    ["form VIII with ط", "اصطدام"],
    ["form VIII with د", "ازدحام"],
    ["form VIII, plural", "احتجاجات"],
    ["form X", "استبعاد"],
    ["form X of a hollow root", "استقالة"],
    ["form II", "تقنين"],
  ])("%s: %s", (_what, word) => {
    expect(hasVerbalNounShape(word, 0, word.length)).toBe(true);
  });

  it.each([
    ["an adverb in alef tanween", "استعدادا"],
    ["a definite word", "الانقطاع"],
    ["a nisba in -ية", "تركية"],
    ["an imperfect verb", "تستقبل"],
    ["a verb of form VI", "تراجع"],
    ["a name of four letters", "إربد"],
    ["a name of another shape", "إسرائيل"],
  ])("not %s: %s", (_what, word) => {
    expect(hasVerbalNounShape(word, 0, word.length)).toBe(false);
  });
});

describe("joinedHeadlineCuts, wider cues", () => {
  it.each([
    [
      "verbal nouns (listed, and of a derived shape) after place names",
      [
        "انقطاع المياه عن أحياء في مدينة حماة",
        "ارتفاع أسعار الخضار في أسواق دمشق",
        "تقنين الكهرباء في ريف اللاذقية لساعات",
      ],
    ],
    [
      "a long piece cut again at a definite subject and its verb, after a name",
      [
        "وصول شحنة أدوية إلى مستشفى أم درمان",
        "المنتخب الأولمبي يصل الدوحة لخوض معسكر قصير قبل البطولة",
        "مقتل ثلاثة مسلحين في اشتباك قرب الحدود",
      ],
    ],
    [
      "the subject at the definite word when the bare word before it heads no body (مطار مسقط)",
      [
        "تأخر ست رحلات قادمة من أوروبا في مطار مسقط",
        "المنتخب يخسر أمام ضيفه في مباراة ودية على ملعب العاصمة",
        "مقتل ثلاثة مسلحين في اشتباك قرب الحدود",
      ],
    ],
    [
      "the noun of a body heading the subject",
      [
        "تأخر ست رحلات قادمة من أوروبا في مطار دمشق الدولي",
        "وزارة النفط ترفع حصة محطات الكهرباء من الغاز المنتج محليا",
        "مقتل ثلاثة مسلحين في اشتباك قرب الحدود",
      ],
    ],
  ])("cuts %s", (_what, expected) => {
    expect(pieces(expected.join(" "))).toEqual(expected);
  });

  it("cuts a verbal noun of a derived shape glued to the word before it", () => {
    const expected = [
      "تأجيل امتحانات الفصل الأول في جامعة دمشق",
      "تقنين ساعات الكهرباء في أحياء حمص القديمة",
      "إغلاق الطريق الدولي بين حلب واللاذقية",
    ];
    expect(pieces(expected.join(""))).toEqual(expected);
  });

  it.each([
    [
      "a noun after a particle (إن) and its verb: a clause of a sentence",
      "وقال أطباء في قسم الطوارئ بمستشفى المدينة إن أعداد المترددين تضاعفت منذ بداية الشهر وإن نقص التمريض يزيد من زمن الانتظار في الأقسام",
    ],
    [
      "a word after the pronoun suffix -ها, whose alef is no tanween",
      "رفضت الفنانة طلب مصور أن يلتقط لها صورة أثناء خروجها من المسرح بعد انتهاء العرض الأول للمسرحية الجديدة في العاصمة",
    ],
    [
      "verbal nouns after nouns that head a construct (أعداد امتحانات، عدم تطبيق)",
      "وأعلنت النقابة حجب أعداد امتحانات الثلاثي الأول عن الإدارة احتجاجا على عدم تطبيق اتفاق الزيادة في الأجور الموقع منذ عامين",
    ],
    [
      "verbal nouns after في ظل and عدم",
      "أكد الوزير في ظل تراجع المساعدات الغذائية وعدم وصول شحنات الخيام أن الحكومة تعمل على توفير البدائل للنازحين في المخيمات",
    ],
  ])("does not cut %s", (_what, line) => {
    expect(joinedHeadlineCuts(line, 0, line.length, patterns)).toEqual([]);
  });
});

describe("findTicker, joined headlines", () => {
  const page = (...lines: string[]) => [...lines, TITLE, BODY, BODY2].join("\n");
  const A = "انقطاع المياه عن أحياء في مدينة حماة لمدة يومين.";
  const B = "وزارة التربية تمدد التسجيل في الامتحانات الحرة حتى نهاية الشهر";
  const C = "ارتفاع أسعار الخضار في أسواق دمشق مع موجة البرد.";
  const D = "افتتاح معرض الكتاب في اللاذقية بمشاركة أربعين دار نشر";

  it("reads headlines that close with a full stop, unlabelled at the top of the page", () => {
    expect(items(page("شام اليوم", [A, B, C, D].join(" "))).map((i) => i[0])).toEqual([A, B, C, D]);
  });

  it("reads a line of joined headlines longer than one item may be", () => {
    const more = [
      "مقتل ثلاثة مسلحين في اشتباك قرب الحدود الشمالية",
      "تقنين الكهرباء في ريف اللاذقية لساعات طويلة",
    ];
    const all = [A, B, C, D, ...more].map((h) => h.replace(".", ""));
    const line = all.join(" ");
    expect(line.split(" ").length).toBeGreaterThan(40);
    expect(items(page("آخر الأخبار", line)).map((i) => i[0])).toEqual(all);
  });

  it("drops a site's name written only between the items, twice", () => {
    const line = [A, B, C].map((h) => h.replace(".", "")).join(" الساحل24 ");
    expect(items(page("آخر الأخبار", line)).map((i) => i[0])).toEqual(
      [A, B, C].map((h) => h.replace(".", "")),
    );
  });

  it.each([
    ["a line ending with a full stop and no full stop inside: prose", `${B} ${D} ${B}.`],
    ["a full stop inside a piece", `${B} ${D}. في الشهر ${B}`],
    [
      "a menu cut by bars",
      "الرئيسية | أخبار مصر | تعليم | حوادث | اقتصاد | رياضة | فن | المحافظات | إنفوجراف",
    ],
  ])("not %s", (_what, line) => {
    expect(items(page(line))).toEqual([]);
  });
});
