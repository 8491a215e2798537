/**
 * Round 9 shapes: a bulleted list whose times stand on bulleted lines of their own, a glued strip whose page
 * joined some headlines with a space or a source in parentheses, and heads of a subject that open with ب or ل.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { gluedStart, joinedHeadlineCuts } from "../../src/ticker/joined.js";
import { readTimeLine } from "../../src/ticker/line.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

const patterns = tickerPatterns(DEFAULT_LEXICON.ticker);

describe("a time on a bulleted line of its own", () => {
  const A = "افتتاح جسر المشاة الجديد فوق الطريق الدائري";
  const B = "الأرصاد: غبار كثيف يحد من مدى الرؤية صباح الغد";
  const C = "تمديد ساعات عمل المراكز الصحية خلال شهر الصيام";

  it.each<[string, string, { time: string; day: number | null } | null]>([
    ["a dash and a day word", "- اليوم, 10:42", { time: "10:42", day: 0 }],
    ["a bullet, yesterday", "• أمس، 22:05", { time: "22:05", day: -1 }],
    ["a dash alone before the time", "- 07:15", { time: "07:15", day: null }],
    ["a headline after the time", "- اليوم, 10:42 افتتاح الجسر", null],
    ["a dash with no time", "- اليوم", null],
  ])("%s", (_, line, expected) => {
    expect(readTimeLine(line, patterns)).toEqual(expected);
  });

  it("its time goes to the item above it, and the list goes on under it", () => {
    const page = `الموقع الإخباري\nأهم الأخبار\n- ${A}\n- ${B}\n- اليوم, 10:42\n- ${C}\n\n${TITLE}\n${BODY}`;
    expect(items(page)).toEqual<ItemTuple[]>([
      [A, null, null],
      [B, null, "10:42"],
      [C, null, null],
    ]);
  });

  it("a bulleted time under the title, with no list, makes no item", () => {
    expect(items(`${TITLE}\n- اليوم, 10:42\n${BODY}\n${BODY2}`)).toEqual([]);
  });
});

// Headlines that a page glued with no space (`…الشماليةارتفاع…`), two of them joined by a space only.
const G1 = "وزير الداخلية يتفقد مراكز الإيواء في المنطقة الشمالية";
const G2 = "ارتفاع أسعار الخضار في الأسواق الشعبية قبل حلول الشهر الفضيل";
const G3 = "النادي الأهلي يتعاقد مع مدرب جديد لمدة موسمين";
const G4 = "انقطاع الكهرباء عن أحياء واسعة في العاصمة بسبب عطل فني";

describe("a glued strip with two headlines joined by a space", () => {
  it("under a header: the piece too long for one headline is cut at its space", () => {
    const page = `شريط الأخبار\n${G1}${G2} ${G3}${G4}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([G1, G2, G3, G4]);
  });

  it("after a header on the same line", () => {
    const page = `آخر الأخبار: ${G1}${G2} ${G3}${G4}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([G1, G2, G3, G4]);
  });

  it("a piece of more than ten words: cut at its space too (`… الجديدة انقطاع …`)", () => {
    const first = "وزير النقل يفتتح محطة القطار الجديدة";
    const second = "انقطاع المياه عن أحياء شرق المدينة";
    const page = `شريط الأخبار\n${G1}${first} ${second}${G4}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([G1, first, second, G4]);
  });

  it("two headlines of a long piece with no cue at their joint but a subject and its verb", () => {
    // `نشر` closes no phrase; the subject `وزير الثقافة` and its verb open the second headline.
    const first = "افتتاح معرض الكتاب بمشاركة 400 دار نشر";
    const second = "وزير الثقافة يزور جناح الطفل";
    const page = `شريط الأخبار\n${G1}${first} ${second}${G4}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([G1, first, second, G4]);
  });

  it("a piece of ten words or fewer keeps its inner subject and verb", () => {
    // `… الساحة العامة الفرق الشعبية تقدم …` reads as a cue, but the glue shows where the page cuts.
    const long = "انطلاق مهرجان الزيتون في الساحة العامة الفرق الشعبية تقدم عروضها";
    const page = `شريط الأخبار\n${G1}${long}${G4}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([G1, long, G4]);
  });
});

describe("a glued strip whose glue no cue found", () => {
  it("a definite word holding a second article is no subject (`المقبلالبنك`)", () => {
    const first = "تأجيل امتحانات الفصل الأول إلى الأسبوع المقبل";
    const second = "البنك المركزي يثبت سعر الفائدة";
    const page = `شريط الأخبار\n${G1}${first}${second}${G4}\n${TITLE}\n${BODY}`;
    // The piece stays whole (one item lost) rather than cut inside the glued token (two wrong items).
    expect(items(page).map((i) => i[0])).toEqual([G1, `${first}${second}`, G4]);
  });
});

describe("a glued strip with a source in parentheses between two headlines", () => {
  const S1 = "مستوطنون يحرقون مركبتين في بلدة حوارة جنوب المدينة";
  const S2 = "الاحتلال يهدم منزلين في قرية الولجة غرب بيت لحم";
  const S3 = "ارتفاع أسعار الأعلاف في الأسواق المحلية بنسبة عشرين بالمئة";

  it("the source closes its headline, and the next one opens after it", () => {
    const page = `أحدث الأخبار: ${S1} (وكالة محلية) ${S2}${S3} ${G3}\n${TITLE}\n${BODY}`;
    expect(items(page)).toEqual<ItemTuple[]>([
      [S1, "وكالة محلية", null],
      [S2, null, null],
      [S3, null, null],
      [G3, null, null],
    ]);
  });
});

describe("the head of a subject that opens with ب or ل", () => {
  const J1 = "وزارة التربية تعلن موعد امتحانات الفصل الثاني للمدارس الحكومية";
  const J2 = "توزيع مساعدات غذائية على الأسر المحتاجة في المخيمات";
  const J3 = "بلدية الزرقاء تطلق حملة نظافة شاملة في الأحياء الشرقية";
  const J4 = "انطلاق معرض الكتاب الدولي بمشاركة عشرين دولة";

  it("after a source in parentheses, in a glued piece too long for one headline: it opens a headline", () => {
    const page = `شريط الأخبار\n${J1}${J2} (وكالة محلية) ${J3}${J4}\n${TITLE}\n${BODY}`;
    expect(items(page)).toEqual<ItemTuple[]>([
      [J1, null, null],
      [J2, "وكالة محلية", null],
      [J3, null, null],
      [J4, null, null],
    ]);
  });

  it("a preposition glued to a noun opens none (`بمدينة`)", () => {
    const J5 = "بمدينة الزرقاء تشهد ازدحاما كبيرا";
    const page = `شريط الأخبار\n${J1}${J2} (وكالة محلية) ${J5}${J4}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).not.toContain(J5);
  });
});

describe("a word of form III whose root's second letter is lam", () => {
  it.each(["يطالبون", "تعالجها", "مطالبات", "يخالفون", "نطالبكم"])(
    "%s is one word, not two glued",
    (token) => {
      expect(gluedStart(token, 0, token.length, patterns)).toBe(-1);
    },
  );

  it("two letters of a word that ends a headline, then an article: still glued (`حدالسرعة`)", () => {
    expect(gluedStart("حدالسرعة", 0, "حدالسرعة".length, patterns)).toBe(2);
  });

  it("its verb stays inside a line of joined headlines", () => {
    const J1 = "وزارة النقل تعلن خطة جديدة لتطوير الموانئ";
    const J2 = "انقطاع المياه عن أحياء شرق المدينة";
    const J3 = "انقطاع الكهرباء عن قرى الوادي والسكان يطالبون بالمياه";
    const J4 = "مقتل ثلاثة مسلحين في اشتباك قرب الحدود";
    const line = `${J1} ${J2} ${J3} ${J4}`;
    const cuts = joinedHeadlineCuts(line, 0, line.length, patterns);
    expect(cuts.every((c) => line.charCodeAt(c - 1) === 0x20)).toBe(true);
  });
});

describe("a timed headline holding a year, one per line", () => {
  const Y1 = "انطلاق مهرجان الصيف 2027 في الحدائق العامة";
  const Y2 = "الحكومة تعرض موازنة 2028 على البرلمان";
  const Y3 = "تعطيل الدوام في المدارس بسبب الأمطار";

  it("under a header: each line is an item", () => {
    const page = `آخر الأخبار\n${Y1} - 12:30\n${Y2} - 12:10\n${Y3} - 11:45\n${TITLE}\n${BODY}`;
    expect(items(page)).toEqual<ItemTuple[]>([
      [Y1, null, "12:30"],
      [Y2, null, "12:10"],
      [Y3, null, "11:45"],
    ]);
  });

  it("a glued line of such headlines is a strip, not a line of dates", () => {
    const page = `${Y1} - 12:30 ${Y2} - 12:10\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[2])).toEqual(["12:30", "12:10"]);
  });

  it.each([
    ["a weekday, day, month and year", "الأحد 12 يناير 2027 - 10:30"],
    ["a numeric date", "نشر في 16/11/2027 - 10:05"],
    ["a short line with a year", "تحديث 2027 - 10:05"],
  ])("a date line stays none: %s", (_, line) => {
    expect(items(`${TITLE}\n${line}\n${BODY}\n${BODY2}`)).toEqual([]);
  });
});

describe("a sentence that repeats its first word", () => {
  it("a name three times in a line with a comma and a full stop: no brand, no items", () => {
    const line =
      "سلمى النجار قالت إن الدور كان لها، وأضافت سلمى أن المخرج وعدها به قبل عام، ثم أكدت سلمى أنها لن تعمل معه مجددا.";
    const page = `${TITLE}\nليلى حداد\n${line}\n${BODY}`;
    expect(items(page)).toEqual([]);
  });

  it("a strip that parts its items with its brand still does", () => {
    const H = [
      "ارتفاع أسعار الوقود في المحطات",
      "افتتاح مدرسة جديدة في الحي الغربي",
      "وصول قافلة مساعدات إلى المدينة",
    ];
    const page = `نبض\nنبض ${H.join(" نبض ")}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual(H);
  });
});

describe("a page cut off after its strip", () => {
  const P = [
    "افتتاح جسر المشاة الجديد فوق الطريق الدائري",
    "تمديد ساعات عمل المراكز الصحية خلال شهر الصيام",
    "توزيع مقاعد دراسية على مدارس القرى الجنوبية",
  ];

  it("a headed list of headlines that ends the page: its last headline is an item", () => {
    expect(items(`بوابة الخبر\nآخر الأخبار\n${P.join("\n")}`).map((i) => i[0])).toEqual(P);
  });

  it("the same list over a title and its body: the title is none", () => {
    expect(items(`آخر الأخبار\n${P.join("\n")}\n${TITLE}\n${BODY}`).map((i) => i[0])).toEqual(P);
  });

  it("an unlabelled list that ends the page: its last line may be the title, and stays out", () => {
    expect(items(`بوابة الخبر\n${P.join("\n")}\n${TITLE}`).map((i) => i[0])).toEqual(P);
  });
});
