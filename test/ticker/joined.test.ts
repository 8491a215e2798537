import { describe, expect, it } from "vitest";
import { extendLexicon } from "../../src/lexicon/index.js";
import { gluedStart, joinedHeadlineCuts } from "../../src/ticker/joined.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { BODY, BODY2, items, TITLE } from "./helpers.js";

const patterns = tickerPatterns();

/** The pieces of `line` cut where {@link joinedHeadlineCuts} says. */
function pieces(line: string): string[] {
  const cuts = joinedHeadlineCuts(line, 0, line.length, patterns);
  const bounds = [0, ...cuts, line.length];
  return bounds.slice(1).map((end, k) => line.slice(bounds[k], end).trim());
}

const A = "وزارة النقل تعلن خطة جديدة لتطوير الموانئ";
const B = "انقطاع المياه عن أحياء شرق المدينة";
const C = "مقتل ثلاثة مسلحين في اشتباك قرب الحدود";
const D = "نقابة الأطباء تطالب بزيادة أجور العاملين";
const E = "المنتخب الوطني يصل الدوحة استعدادا للبطولة";

describe("joinedHeadlineCuts", () => {
  it.each([
    ["event nouns after a definite word", [A, B, C]],
    ["a subject of two words and its verb after a definite word", [B, "جامعة كرة القدم تحدد موعد الدوري", C]],
    ["a subject and its verb after a noun in -ين", [D, "وفد الحكومة يصل العاصمة لبحث الأزمة", B]],
    ["an event noun after a noun in -ين", ["الرئيس يبدأ زيارة رسمية تستمر يومين", B, C]],
    ["a subject and an event noun after a tag in parentheses", [`${B} (فيديو)`, `${D} (صور)`, C]],
    ["a definite subject and its verb after a definite word", [D, B, E]],
    ["a body in -ة, a name and its verb after a definite word", [B, "أمانة عمان تعلن إغلاق شارع الجامعة", C]],
    [
      "a subject and its verb after an indefinite nisba (an adjective ends a phrase)",
      ["إغلاق معبر حدودي بسبب عطل فني", "منتخب الشباب يتأهل إلى نهائي البطولة", C],
    ],
    [
      "a piece with a verbal noun of an event in construct inside it",
      [B, "جامعة كرة القدم تعلن موعد انطلاق البطولة", "وزارة الصحة تحذر من ارتفاع الحرارة", C],
    ],
    [
      "a definite subject, its adjectives and its verb after a definite word",
      [B, "البنك المركزي اليمني يرفع سعر الفائدة", "الأمم المتحدة تحذر من موجة الجفاف", C],
    ],
    [
      "a definite subject and its verb after a place glued to a preposition (the place ends the headline before)",
      [`${B} بمراكش`, "الأهلي يعلن تعاقده مع مدرب جديد", C, A],
    ],
  ])("cuts %s", (_what, expected) => {
    expect(pieces(expected.join(" "))).toEqual(expected);
  });

  it.each([
    [
      "an event noun after an indefinite noun (the first term of a construct)",
      "اللجنة المنظمة تعلن موعد انطلاق البطولة العربية للشباب في القاهرة وتؤكد ضرورة تسجيل الفرق المشاركة قبل نهاية الشهر",
    ],
    [
      "an event noun as the object of a verb",
      "وزارة التجارة الخارجية تعلن ارتفاع صادرات البلاد في الربع الأول ومصادر رسمية تتوقع تراجع العجز التجاري قبل نهاية العام",
    ],
    [
      "one cut only: a sentence may run on after its object",
      "أعلن الجيش السوداني الأربعاء مقتل عشرين مسلحا في هجوم على قرية قرب الحدود الغربية",
    ],
    ["a line too short for three headlines", `${A} ${B}`],
    [
      "a piece of more than sixteen words (two headlines with no cue between them)",
      `${A} ${B} وصل المنتخب الوطني إلى الدوحة صباح اليوم استعدادا للبطولة العربية للشباب في قطر ${C}`,
    ],
    [
      "a piece with a definite subject and its verb inside (a headline with no cue before it)",
      `${A} ${B} في الشمال الأهلي يعلن ضم لاعب ${C}`,
    ],
    [
      "a verbal noun of an event after a place with a glued preposition inside a piece (a headline may start there)",
      `${A} ${B} وصول شحنة أدوية إلى مستشفى بمراكش ارتفاع منسوب النيل ${C}`,
    ],
    [
      "a subject after a noun in -ي of the shape فاعي (its yeh is its root's: وادي, نادي)",
      `${A} ${B} انقطاع الكهرباء عن قرى وادي نجران الأهالي يطالبون بالمياه ${C}`,
    ],
    [
      "a word of time before a definite word and a verb (مساء الجمعة توقف …)",
      `${A} ${B} الهلال يواجه النصر في قمة الجولة العاشرة مساء الجمعة توقف الملاحة ${C}`,
    ],
  ])("does not cut %s", (_what, line) => {
    expect(joinedHeadlineCuts(line, 0, line.length, patterns)).toEqual([]);
  });
});

describe("joinedHeadlineCuts: a definite subject and its verb", () => {
  const head = "وصول الوفد الرسمي إلى العاصمة";
  const tail = "تستقبل الزوار في القصر";
  const cutsOf = (...middle: string[]) => {
    const line = [B, ...middle, C].join(" ");
    return joinedHeadlineCuts(line, 0, line.length, patterns).length === 0 ? [] : pieces(line);
  };

  it("cuts before a definite noun that heads a subject, after a definite word", () => {
    expect(cutsOf(head, `الحكومة ${tail}`)).toEqual([B, head, `الحكومة ${tail}`, C]);
  });

  // Each trap stands where the control above holds `الحكومة`: the test fails if the rule under test, not some
  // other, stops firing.
  it.each([
    ["a definite adjective (the phrase before it goes on)", "الجديدة"],
    ["a nisba", "الدولية"],
    ["a weekday (the end of the headline before it)", "الأحد"],
    ["a plural in -ون (as often the adjective of the noun before it)", "المتعاقدون"],
    ["a word with a preposition glued to it", "بالبلدية"],
    ["a definite word holding a second article (two words glued, the cut unseen)", "الدائريالكويت"],
  ])("not before %s", (_what, trap) => {
    expect(cutsOf(head, `${trap} ${tail}`)).toEqual([]);
  });

  it("not after a noun in -ين, which ends the first term of a construct as often as a headline", () => {
    expect(cutsOf("وصول الوفد في زيارة تستمر اليوم", `الحكومة ${tail}`)).toHaveLength(4);
    expect(cutsOf("وصول الوفد في زيارة تستمر يومين", `الحكومة ${tail}`)).toEqual([]);
  });

  it("reads a definite adjective added to the lexicon", () => {
    const lexicon = extendLexicon({ ticker: { definiteAdjectives: ["الحكومة"] } });
    const line = [B, head, `الحكومة ${tail}`, C].join(" ");
    expect(joinedHeadlineCuts(line, 0, line.length, tickerPatterns(lexicon.ticker))).toEqual([]);
  });
});

describe("gluedStart", () => {
  it.each([
    ["an article after a word of four letters", "أكتوبرالبنك", "البنك"],
    ["an article after a definite word", "العاصمةالحكومة", "الحكومة"],
    ["a verbal noun of an event after a word", "تغييرتراجع", "تراجع"],
    ["a verbal noun with hamza after a word", "الحدوديةإغلاق", "إغلاق"],
    ["an article after a word of three letters", "شهرالمنتخب", "المنتخب"],
    ["a verbal noun of an event after a word of three letters", "الطبيإغلاق", "إغلاق"],
    ["a word after a teh marbuta, which ends a word", "المدنيةوزير", "وزير"],
    ["a word after an alef maksura, which ends a word", "الأولىمجلس", "مجلس"],
  ])("finds %s: %s", (_what, token, second) => {
    const at = gluedStart(token, 0, token.length, patterns);
    expect(at >= 0 ? token.slice(at) : null).toBe(second);
  });

  it.each([
    ["a word with ال inside and a suffix in ي", "إشكاليات"],
    ["a word with ال inside and a suffix in ا", "اتصالاتها"],
    ["a word with ال inside and a pronoun suffix", "أعمالكم"],
    ["a definite word with ال after a short stem", "المخالفين"],
    ["a definite loanword", "البكالوريا"],
    ["a name glued to its article", "عبدالرحمن"],
    ["a prefix, the article and a verbal noun", "بالارتفاع"],
    ["ال after a lam", "بالالتزام"],
    ["a short verbal noun at the end of a word", "المنخفض"],
    ["a word with a digit", "أكتوبر2024البنك"],
    ["a compound name of three letters and an article", "عبدالعزيز"],
    ["prefixes and the article before a verbal noun", "وللتراجع"],
    ["a verb whose stem reads as a verbal noun, after its prefixes", "وستتراجع"],
    ["a compound name with أبو", "أبوالغيط"],
    ["a loanword with ال inside", "الباكالوريا"],
    ["a word with ال inside after three letters and a pronoun suffix", "أعمالها"],
    ["a teh marbuta at the end", "المدينة"],
    ["a teh marbuta with one letter after it", "المدينةو"],
  ])("finds nothing in %s: %s", (_what, token) => {
    expect(gluedStart(token, 0, token.length, patterns)).toBe(-1);
  });

  it("reads a compound name added to the lexicon", () => {
    const lexicon = extendLexicon({ ticker: { innerArticleStarts: ["شهر"] } });
    expect(gluedStart("شهرالمنتخب", 0, 10, tickerPatterns(lexicon.ticker))).toBe(-1);
  });

  it("cuts a glued line at its glued joints only: there a space is inside a headline", () => {
    // `المدينة الحكومة تستقبل` is cut on a line joined by spaces; on a glued one it is a headline's inside, and
    // a headline that holds the start of another makes no piece trustworthy.
    const third = "وصول الوفد إلى المدينة";
    const fourth = "الحكومة تستقبل الزوار في القصر";
    expect(pieces([A, B, third, fourth].join(" "))).toEqual([A, B, third, fourth]);
    const glued = `${A}${B}${third} ${fourth}`;
    expect(joinedHeadlineCuts(glued, 0, glued.length, patterns)).toEqual([]);
  });

  it("cuts headlines glued with no space", () => {
    // `…الموانئانقطاع…المدينةمقتل…`: a verbal noun glued to the word before it, twice.
    const line = `${A}${B}${C}`;
    expect(pieces(line)).toEqual([A, B, C]);
  });
});

describe("findTicker reads headlines joined by single spaces", () => {
  const page = (...lines: string[]) => [...lines, TITLE, BODY, BODY2].join("\n");

  it("under a header alone on its line", () => {
    expect(items(page("آخر الأخبار", [A, B, C].join(" ")))).toEqual([
      [A, null, null],
      [B, null, null],
      [C, null, null],
    ]);
  });

  it("after a header on the same line", () => {
    expect(items(page(`عاجل: ${[D, B, C].join(" ")}`))).toEqual([
      [D, null, null],
      [B, null, null],
      [C, null, null],
    ]);
  });

  it("unlabelled at the top of the page", () => {
    expect(items(page([A, B, C].join(" ")))).toEqual([
      [A, null, null],
      [B, null, null],
      [C, null, null],
    ]);
  });

  it("glued with no space, at the top of the page", () => {
    expect(items(page(`${A}${B}${C}`))).toEqual([
      [A, null, null],
      [B, null, null],
      [C, null, null],
    ]);
  });

  it.each([
    ["a line with commas is a sentence", page("عاجل", `${A}، ${B}، ${C}`)],
    ["a line split in two is no strip", page("عاجل", `${A} ${B}`)],
    ["joined headlines inside the body", [TITLE, BODY, [A, B, C].join(" "), BODY2].join("\n")],
  ])("not when %s", (_what, text) => {
    expect(items(text).length === 3).toBe(false);
  });
});
