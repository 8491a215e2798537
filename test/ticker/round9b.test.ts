/**
 * Round 9, second pass: a timed strip that times only some of its items and joins each of the others to the
 * next by a space (`TEXT - 10:05 TEXT TEXT - 09:20`); a verb's plural in -وا and a nisba in -يا inside a
 * headline read as no cue; glues of a verbal noun of three letters after a definite word and of a subject head
 * after a word of two letters, and of a number after a word in -ة or -ى; a lead paragraph broken into lines at
 * its links under the byline is no sidebar of headlines.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { gluedStart, joinedHeadlineCuts } from "../../src/ticker/joined.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

// Made-up headlines: each untimed one ends a phrase and the next opens with an event noun, a colon head or a
// subject and its verb.
const T1 = "رئيس الوزراء يستقبل وفدا برلمانيا من تونس";
const U1 = "ضبط عصابة متخصصة في تهريب المواشي عبر الحدود الغربية";
const T2 = "الرصد الجوي: رياح قوية وأمطار متفرقة على السواحل غدا (صور)";
const U2 = "وزارة الفلاحة تطلق برنامجا لدعم مربي النحل في المناطق الجبلية";
const T3 = "افتتاح سوق تضامني لبيع الخضر بأسعار مخفضة في 20 بلدية";

describe("a timed strip joining untimed items to the next by a space", () => {
  it("trailing times: each long piece is cut in two, the time goes to its second headline", () => {
    const strip = `${T1} - 10:05 ${U1} ${T2} - 09:20 ${U2} ${T3} - 08:00`;
    expect(items(`${strip}\n${TITLE}\n${BODY}\n${BODY2}`)).toEqual<ItemTuple[]>([
      [T1, null, "10:05"],
      [U1, null, null],
      [T2, null, "09:20"],
      [U2, null, null],
      [T3, null, "08:00"],
    ]);
  });

  it("leading times: the time goes to the first headline of the piece", () => {
    const strip = `10:05 - ${T1} 09:20 - ${T2} ${U2} 08:00 - ${T3}`;
    expect(items(`${strip}\n${TITLE}\n${BODY}\n${BODY2}`)).toEqual<ItemTuple[]>([
      [T1, null, "10:05"],
      [T2, null, "09:20"],
      [U2, null, null],
      [T3, null, "08:00"],
    ]);
  });

  it("a long timed headline with no second start inside it stays whole", () => {
    const long =
      "الحكومة تصادق على مشروع قانون جديد يتعلق بتنظيم النقل البري للمسافرين بين الولايات الداخلية";
    const strip = `${T1} - 10:05 ${long} - 09:20 ${T3} - 08:00`;
    expect(items(`${strip}\n${TITLE}\n${BODY}\n${BODY2}`).map((i) => i[0])).toEqual([T1, long, T3]);
  });

  it("a piece of ten words or fewer is not read again, even with a cue inside", () => {
    // `… الغربية انطلاق …` would cut a joined line; ten words are one headline here.
    const short = "ضبط عصابة في المنطقة الغربية انطلاق حملة التوعية بعد أسبوع";
    const strip = `${T1} - 10:05 ${short} - 09:20 ${T3} - 08:00`;
    expect(items(`${strip}\n${TITLE}\n${BODY}\n${BODY2}`).map((i) => i[0])).toEqual([T1, short, T3]);
  });
});

const patterns = tickerPatterns(DEFAULT_LEXICON.ticker);

/** The pieces of `text` cut as two headlines or more joined by spaces, or `[text]` when it is not cut. */
function pieces(text: string): string[] {
  const cuts = joinedHeadlineCuts(text, 0, text.length, patterns, false, 2);
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((end, k) => text.slice(bounds[k], end).trim());
}

describe("alef endings that are no cue inside a headline", () => {
  it.each([
    [
      "a verb's plural in -وا is no adverb closing a headline",
      "سكان الحي الغربي أغلقوا الطريق الرئيسي يطالبون بإصلاح شبكة المياه",
    ],
    ["a nisba in -يا is no verb after an adverb", "الحكومة تسمح بفتح المحلات غدا مركزا تجاريا في كل ولاية"],
    ["both", "الشرطة توقف ثلاثة لصوص اقتحموا ليلا محلا تجاريا في وسط البلدة"],
  ])("%s", (_, headline) => {
    expect(pieces(headline)).toEqual([headline]);
  });

  it("an adverb in alef tanween still closes a headline before a subject and its verb", () => {
    const a = "الحكومة تسمح بفتح المحلات التجارية غدا";
    const b = "الطريق الرئيسي يغلق أمام الشاحنات ليلا";
    expect(pieces(`${a} ${b}`)).toEqual([a, b]);
  });
});

/** The token cut where a second headline is glued to it, or `null`. */
function glue(token: string): [string, string] | null {
  const at = gluedStart(token, 0, token.length, patterns);
  return at < 0 ? null : [token.slice(0, at), token.slice(at)];
}

describe("glues of short words", () => {
  it.each<[string, string, [string, string] | null]>([
    ["a verbal noun of three letters after a definite word", "الإقليميقصف", ["الإقليمي", "قصف"]],
    ["… another noun", "الوطنيرفع", ["الوطني", "رفع"]],
    ["no glue after a short definite word (`المنضبط` is one word)", "المنضبط", null],
    ["no glue after an indefinite word (`مقطع`, a verb `يرفع`)", "يرفع", null],
    ["a subject head after a word of two letters", "ردقوات", ["رد", "قوات"]],
    ["… another head", "حلمجلس", ["حل", "مجلس"]],
    ["not after a one-letter prefix", "وملاعب", null],
    ["not after a long vowel", "باوزير", null],
    ["not before a head that opens with a bare alef", "لعامين", null],
    ["a subject head after a name in -يا", "كينياوزير", ["كينيا", "وزير"]],
    ["… after an adverb in -يا, not read as a verbal noun `اقوات`", "تدريجياقوات", ["تدريجيا", "قوات"]],
    ["a number glued after a word in -ة", "الثانية14", ["الثانية", "14"]],
    ["… after a word in -ى, Arabic-Indic digits", "الكبرى٢٥", ["الكبرى", "٢٥"]],
    ["not after a word of another ending: a brand (`الفرات24`)", "الفرات24", null],
    ["not a number with a sign after it", "بنسبة5%", null],
  ])("%s: %s", (_, token, expected) => {
    expect(glue(token)).toEqual(expected);
  });

  it("a glued strip is cut at them", () => {
    const A = "الجيش يعلن انتهاء المناورات العسكرية مع الجانب الإقليمي";
    const B = "قصف مدفعي يستهدف مواقع في ريف المدينة الشمالي";
    const C = "المنتخب يفوز على ضيفه بثلاثة أهداف دون رد";
    const D = "قوات الأمن تنتشر في محيط الملعب قبل المباراة";
    // `الإقليميقصف` and `ردقوات` are the new glues; `الشماليالمنتخب` an article after a word.
    const page = `شريط الأخبار\n${A}${B}${C}${D}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([A, B, C, D]);
  });

  it("a glued strip is cut before a number glued to a word in -ة", () => {
    const A = "الشرطة تلقي القبض على مروج مخدرات للمرة الثانية";
    const B = "14 مصابا في انقلاب حافلة على الطريق الساحلي";
    const C = "وزارة الصحة تطلق حملة تلقيح في المدارس الابتدائية";
    const page = `شريط الأخبار\n${A}${B}${C}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([A, B, C]);
  });
});

describe("a lead paragraph broken into lines at its links", () => {
  const byline = "كتب: سامر الخطيب";

  it("under the byline, a piece opening with a preposition: no sidebar", () => {
    const lead = [
      "وقع محافظ المدينة صباح اليوم بحضور",
      "مدير الأشغال العامة حسن القاسم",
      "على عقد إنشاء جسر جديد فوق النهر",
      "بكلفة تبلغ عشرة ملايين دينار، على أن ينتهي العمل خلال عامين.",
    ];
    expect(items([TITLE, byline, ...lead, BODY2].join("\n"))).toEqual([]);
  });

  it("a piece closing with a preposition: no sidebar", () => {
    const lead = [
      "أعلنت هيئة الطيران المدني في بيان نشرته على",
      "موقعها الإلكتروني وصفحاتها الرسمية",
      "استئناف الرحلات الجوية إلى المطارات الجنوبية",
      "بعد توقف دام أسبوعين بسبب سوء الأحوال الجوية.",
    ];
    expect(items([TITLE, byline, ...lead, BODY2].join("\n"))).toEqual([]);
  });

  it("a sidebar of headlines under the byline stands, a question among them", () => {
    const H = [
      "افتتاح جسر المشاة الجديد فوق الطريق الدائري",
      "هل تنخفض أسعار الأعلاف قبل موسم الشتاء؟",
      "تمديد ساعات عمل المراكز الصحية خلال شهر الصيام",
    ];
    expect(items([TITLE, byline, ...H, BODY, BODY2].join("\n")).map((i) => i[0])).toEqual(H);
  });
});

describe("an untimed line after a strip that times every item, with a breadcrumb and a caption below", () => {
  // Made-up page: header, a glued strip timing each item, the title, a breadcrumb, byline, a photo caption that
  // reads like a headline (it has the site's name in parentheses), then the body.
  const strip = `${T1} - 14:05 ${T2} - 13:40 ${T3} - 12:55`;
  const title = "مع اشتداد الحر.. ساعات انقطاع الكهرباء تتضاعف في المحافظات الجنوبية";
  const below =
    "الرئيسية / محليات / خدمات\nالبصرة - سامر الحسني\nمولدة أهلية في أحد أحياء المدينة (الموقع نيوز)";

  it("the title is not the strip's last headline", () => {
    expect(items(`عاجل\n${strip}\n${title}\n${below}\n${BODY}\n${BODY2}`)).toEqual<ItemTuple[]>([
      [T1, null, "14:05"],
      [T2, null, "13:40"],
      [T3, null, "12:55"],
    ]);
  });

  it("a strip that leaves an item untimed keeps a plain line after it as its last headline", () => {
    const partly = `${T1} - 14:05 ${T2} (وكالات) ${T3} - 12:55`;
    const got = items(`عاجل\n${partly}\n${U1}\n${below}\n${BODY}\n${BODY2}`);
    expect(got.at(-1)).toEqual([U1, null, null]);
  });
});
