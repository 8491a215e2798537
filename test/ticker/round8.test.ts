/**
 * Round 8 shapes: a sidebar of latest headlines between a title's byline and the body, and a time written
 * right after a bullet on a glued line, which opens the item after it.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import {
  isDashByline,
  isRelativeTimeLine,
  opensWithRelatedHeader,
  widgetWords,
} from "../../src/ticker/widget.js";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

const H1 = "رفع رسوم مواقف السيارات في العاصمة اعتبارا من الشهر المقبل";
const H2 = "الدفاع المدني: إخماد حريق في مستودع بالمنطقة الصناعية";
const H3 = "ضبط عشرين مخالفا لقانون الإقامة في حملة أمنية";
const H4 = "الأرصاد: رياح نشطة مثيرة للغبار مساء غد";

describe("a sidebar of headlines between a byline and the body", () => {
  it.each<[string, string, string[]]>([
    [
      "byline, relative time",
      `${TITLE}\nكتبت: سلمى العلي\nمنذ 5 ساعات\n${H1}\n${H2}\n${H3}\n${H4}\n${BODY}`,
      [H1, H2, H3, H4],
    ],
    ["byline alone", `${TITLE}\nكتب: ماجد الحسن\n${H1}\n${H2}\n${H3}\n${BODY}\n${BODY2}`, [H1, H2, H3]],
    ["PLACE - NAME byline", `${TITLE}\nالكويت - سلمى العلي\n${H1}\n${H2}\n${H3}\n${BODY}`, [H1, H2, H3]],
    ["relative time alone", `${TITLE}\nمنذ ساعتين\n${H1}\n${H2}\n${H3}\n${BODY}`, [H1, H2, H3]],
    [
      "byline, then a date",
      `${TITLE}\nبقلم: ماجد الحسن\n12 مايو 2026\n${H1}\n${H3}\n${H4}\n${BODY}`,
      [H1, H3, H4],
    ],
  ])("%s: every headline is an item", (_, page, expected) => {
    expect(items(page).map((i) => i[0])).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // No byline above: the last headline before the body is the title.
    [
      "masthead date over the list",
      `الأحد 15 يونيو 2025\n${H1}\n${H2}\n${H3}\n${TITLE}\n${BODY}`,
      [H1, H2, H3],
    ],
    // Under a date alone, the three lines may be a subtitle, a caption and the title of a page cut in two.
    ["three lines under a date alone", `${TITLE}\n12 مايو 2026\n${H1}\n${H2}\n${H3}\n${BODY}`, []],
    // Two lines under a byline are a subtitle and a caption as often as headlines.
    ["two lines under a byline", `${TITLE}\nكتب: ماجد الحسن\n${H1}\n${H3}\n${BODY}`, []],
    // A dash line with a digit is a date line, not a byline (`الأحد - 12 مايو`).
    ["dashed date line", `${TITLE}\nالأحد - 12 مايو\n${H1}\n${H2}\n${H3}\n${BODY}`, []],
    // A byline with no title above it (a masthead credit) proves nothing.
    ["byline first on the page", `كتب: ماجد الحسن\n${H1}\n${H2}\n${H3}\n${TITLE}\n${BODY}`, [H1, H2, H3]],
  ])("%s: not read as a sidebar", (_, page, expected) => {
    expect(items(page).map((i) => i[0])).toEqual(expected);
  });
});

const A = "افتتاح الطريق المزدوج بين المدينتين أمام الحركة";
const B = "توقعات بأمطار متفرقة على المحافظات الجنوبية";
const C = "المنتخب يبدأ معسكره الخارجي استعدادا للبطولة";
const D = "ارتفاع مؤشر البورصة في ختام التداولات";

describe("a time right after a bullet on a glued line", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "opens the next item",
      `• ${A} • ${B} (الأرصاد) • 10:25 ${C} • ${D}`,
      [
        [A, null, null],
        [B, "الأرصاد", null],
        [C, null, "10:25"],
        [D, null, null],
      ],
    ],
    [
      "with a dot after it",
      `• ${A} • 09:40 . ${B} • ${C}`,
      [
        [A, null, null],
        [B, null, "09:40"],
        [C, null, null],
      ],
    ],
    [
      // The last item ends with its time: the strip closes its items with their times.
      "closes the item before it when the line ends with a time",
      `${A} • 10:25 ${B} • 09:40`,
      [
        [A, null, "10:25"],
        [B, null, "09:40"],
      ],
    ],
    [
      "closes the item before it when a bullet follows it",
      `${A} • 10:25 • ${B} • ${C}`,
      [
        [A, null, "10:25"],
        [B, null, null],
        [C, null, null],
      ],
    ],
    [
      "after a dash it still closes the item before it",
      `${A} - 10:25 ${B} - 09:40 ${C}`,
      [
        [A, null, "10:25"],
        [B, null, "09:40"],
        [C, null, null],
      ],
    ],
  ])("%s", (_, strip, expected) => {
    expect(items(`أحدث الأخبار\n${strip}\n${TITLE}\n${BODY}`)).toEqual(expected);
  });
});

const R1 = "وزير الداخلية يستقبل سفير اليابان في مكتبه";
const R2 = "ارتفاع أسعار النفط في التعاملات الآسيوية اليوم";
const R3 = "المنتخب يتعادل مع ضيفه في قمة الدوري";

describe("headlines under the header of a related-story list", () => {
  it.each<[string, string]>([
    ["اقرأ أيضا", "اقرأ أيضا"],
    ["أخبار ذات صلة with a colon", "أخبار ذات صلة:"],
    ["الأكثر قراءة", "الأكثر قراءة"],
    ["المزيد من with a section", "المزيد من أخبار المحافظات"],
  ])("%s above the title: no strip", (_, header) => {
    expect(items(`موقع الخبر\n${header}\n${R1}\n${R2}\n${R3}\n${TITLE}\n${BODY}`)).toEqual([]);
  });

  it("bulleted under a related header: no strip", () => {
    expect(items(`قد يهمك\n- ${R1}\n- ${R2}\n- ${R3}\n${TITLE}\n${BODY}`)).toEqual([]);
  });

  it.each<[string, string]>([
    // A ticker header is read as such: its headlines are the strip.
    ["آخر الأخبار", "آخر الأخبار"],
    // A long line opening with a marker is a link, not a list's header; the list under it stands alone.
    ["a read-also link", "اقرأ أيضا: الحكومة تعلن خطة جديدة لدعم المزارعين في الموسم"],
  ])("%s: the list above the title is a strip", (_, above) => {
    expect(items(`موقع الخبر\n${above}\n${R1}\n${R2}\n${R3}\n${TITLE}\n${BODY}`).map((i) => i[0])).toEqual([
      R1,
      R2,
      R3,
    ]);
  });
});

describe("a brand of the masthead between three headlines", () => {
  const line = `${R1} نبض ${R2} نبض ${R3}`;
  it("the masthead names the site: the brand parts the items", () => {
    expect(items(`موقع نبض\n${line}\n${TITLE}\n${BODY}`).map((i) => i[0])).toEqual([R1, R2, R3]);
  });
  it("a word the masthead does not hold, twice, parts nothing by itself", () => {
    expect(items(`موقع الخبر\n${line}\n${TITLE}\n${BODY}`).map((i) => i[0])).not.toEqual([R1, R2, R3]);
  });
  it("a word of the masthead after a common word is no brand (`في نبض`)", () => {
    const prose = `${R1} في نبض ${R2} في نبض ${R3}`;
    expect(items(`موقع نبض\n${prose}\n${TITLE}\n${BODY}`).map((i) => i[0])).not.toEqual([R1, R2, R3]);
  });
  it("a title opening and repeating a word of the masthead stays the title", () => {
    const title = "اليمن يطالب بوقف القتال ويؤكد اليمن رفضه للتصعيد";
    expect(items(`اليمن الآن\n${title}\n${BODY}`)).toEqual([]);
  });
});

describe("lines that stand under a title", () => {
  const words = widgetWords(DEFAULT_LEXICON.page);
  it.each<[string, boolean]>([
    ["منذ 5 ساعات", true],
    ["منذ ساعتين", true],
    ["نشر منذ يومين", true],
    ["قبل 10 دقائق", true],
    ["منذ", false],
    ["منذ بداية الأزمة", false],
    ["قبل انطلاق البطولة بأيام", false],
  ])("relative time %s: %s", (text, expected) => {
    expect(isRelativeTimeLine(text, words)).toBe(expected);
  });
  it.each<[string, boolean]>([
    ["الكويت - فاطمة الرشيدي", true],
    ["بغداد – وكالات", true],
    ["الأحد - 12 مايو", false],
    ["الرئيسية", false],
    ["وزير الخارجية الأسبق - محمد بن سالم العلي", false],
    ["أ - ب - ج", false],
  ])("dash byline %s: %s", (text, expected) => {
    expect(isDashByline(text)).toBe(expected);
  });
});

const J1 = "وزير النقل يفتتح محطة القطار الجديدة في العاصمة";
const J2 = "ارتفاع أسعار الخضار في الأسواق المركزية هذا الأسبوع";
const J3 = "المحكمة تؤجل النظر في قضية الفساد الكبرى";
const J4 = "تأجيل امتحانات الفصل الأول إلى الأسبوع المقبل";

describe("headlines joined by single spaces with no header", () => {
  const joined = `${J1} ${J2} ${J3} ${J4}`;
  it("above the title and the body: a strip", () => {
    const page = `بوابة الخبر\nالرئيسية | محليات | اقتصاد\n${joined}\n${TITLE}\nكتب: ماجد الحسن\n${BODY}\n${BODY2}`;
    expect(items(page).map((i) => i[0])).toEqual([J1, J2, J3, J4]);
  });
  it.each<[string, string]>([
    // After the first sentence of the body, a long line with no punctuation is prose cut by a link.
    ["under the body", `${TITLE}\n${BODY}\n${joined}\n${BODY2}`],
    // With no title-shaped line between it and the body, the line is the article's own lead.
    ["no title under it", `${TITLE}\n${joined}\n${BODY}`],
    // A title of twenty words, with no punctuation, is no strip.
    [
      "a long title",
      `موقع الخبر\nالحكومة تقر خطة شاملة لدعم المزارعين المتضررين من موجة الجفاف في المحافظات الجنوبية وتعد بصرف التعويضات قبل نهاية العام الجاري\nكتب: ماجد الحسن\n${BODY}`,
    ],
  ])("%s: no strip", (_, page) => {
    expect(items(page)).toEqual([]);
  });
});

describe("cuts inside a long piece of joined headlines", () => {
  it.each<[string, string[]]>([
    // A definite plural in -ين after another is its adjective: the subject starts after both.
    [
      "الحكومة تقر خطة لدعم المزارعين المتضررين البلدية تعلن جدول توزيع المياه في الأحياء الشرقية إغلاق المعبر الحدودي أمام حركة الشاحنات",
      [
        "الحكومة تقر خطة لدعم المزارعين المتضررين",
        "البلدية تعلن جدول توزيع المياه في الأحياء الشرقية",
        "إغلاق المعبر الحدودي أمام حركة الشاحنات",
      ],
    ],
  ])("%s", (line, expected) => {
    expect(items(`آخر الأخبار\n${line}\n${TITLE}\n${BODY}`).map((i) => i[0])).toEqual(expected);
  });

  it("a definite adjective after a preposition's object opens no headline (`إلى الوزارة الجديدة تعلن`)", () => {
    const line =
      "انتقال موظفي الدائرة القديمة إلى الوزارة الجديدة تعلن الحكومة ذلك رسميا ارتفاع أسعار الخضار في الأسواق المركزية إغلاق المعبر الحدودي أمام حركة الشاحنات";
    const found = items(`آخر الأخبار\n${line}\n${TITLE}\n${BODY}`).map((i) => i[0]);
    expect(found.some((t) => t.startsWith("الجديدة"))).toBe(false);
  });
});

describe("a line opening with a related-story header", () => {
  const words = widgetWords(DEFAULT_LEXICON.page);
  it.each<[string, boolean]>([
    ["أخبار ذات صلة: وزير الداخلية يستقبل سفير اليابان | ارتفاع أسعار النفط", true],
    ["اقرأ أيضا • وزير الداخلية يستقبل سفير اليابان • ارتفاع أسعار النفط", true],
    ["الأكثر قراءة | وزير الداخلية يستقبل سفير اليابان", true],
    // Not set off by a colon or a mark, the words open a headline.
    ["المزيد من الأمطار متوقعة على المرتفعات غدا", false],
    ["وزير الداخلية يستقبل سفير اليابان: أخبار ذات صلة", false],
  ])("%s: %s", (text, expected) => {
    expect(opensWithRelatedHeader(text, words)).toBe(expected);
  });

  it("its items above the title are no strip", () => {
    const page = `موقع الخبر\nأخبار ذات صلة: ${R1} | ${R2} | ${R3}\n${TITLE}\n${BODY}`;
    expect(items(page)).toEqual([]);
  });
  it("the same items under a ticker header are a strip", () => {
    const page = `موقع الخبر\nآخر الأخبار: ${R1} | ${R2} | ${R3}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([R1, R2, R3]);
  });
});

describe("a line whose items open with a star set off by spaces", () => {
  it.each<[string, string]>([["stars", "*"]])("%s: one item per mark", (_, mark) => {
    const line = `${mark} ${A} ${mark} ${B} ${mark} 10:25 ${C}`;
    expect(items(`موقع الخبر\n${line}\n${TITLE}\n${BODY}`)).toEqual([
      [A, null, null],
      [B, null, null],
      [C, null, "10:25"],
    ]);
  });
  it("two pieces only, with no header: a note, no strip", () => {
    expect(items(`موقع الخبر\n* ${A} * ${B}\n${TITLE}\n${BODY}`)).toEqual([]);
  });
});

describe("joined headlines: constructs and subjects of round 8", () => {
  it.each<[string, string[]]>([
    // A plural in -و heads its construct: no cut between `منسقو` and `الاستجابة`.
    [
      "انقطاع الكهرباء عن أحياء واسعة في المدينة منسقو الاستجابة يستنكرون تأخر المساعدات الإنسانية وزير النقل يفتتح محطة القطار الجديدة",
      [
        "انقطاع الكهرباء عن أحياء واسعة في المدينة",
        "منسقو الاستجابة يستنكرون تأخر المساعدات الإنسانية",
        "وزير النقل يفتتح محطة القطار الجديدة",
      ],
    ],
    // NOUNة NOUN ADJة VERB opens a headline after a definite word.
    [
      "الأرصاد تتوقع أمطارا غزيرة على المرتفعات حركة نزوح جديدة يشهدها الريف الجنوبي وزير النقل يفتتح محطة القطار الجديدة",
      [
        "الأرصاد تتوقع أمطارا غزيرة على المرتفعات",
        "حركة نزوح جديدة يشهدها الريف الجنوبي",
        "وزير النقل يفتتح محطة القطار الجديدة",
      ],
    ],
  ])("%s", (line, expected) => {
    expect(items(`آخر الأخبار\n${line}\n${TITLE}\n${BODY}`).map((i) => i[0])).toEqual(expected);
  });
});

describe("headlines each followed by a relative time", () => {
  const R = ["منذ 10 دقائق", "منذ ساعة", "منذ ساعتين"];
  const widget = [R1, R2, R3].flatMap((h, k) => [h, R[k]!]).join("\n");
  it.each<[string, string]>([
    ["under a header", `موقع الخبر\nآخر الأخبار\n${widget}\n${TITLE}\n${BODY}`],
    ["with no header above the title", `موقع الخبر\n${widget}\n${TITLE}\n${BODY}`],
    ["between the byline and the body", `${TITLE}\nكتب: ماجد الحسن\n${widget}\n${BODY}`],
  ])("%s: a widget, no time given", (_, page) => {
    expect(items(page)).toEqual([
      [R1, null, null],
      [R2, null, null],
      [R3, null, null],
    ]);
  });
  it("a title with its own relative time and two such headlines: no strip", () => {
    const page = `${TITLE}\nمنذ ساعتين\n${R1}\nمنذ ساعة\n${R2}\nمنذ 3 ساعات\n${BODY}`;
    expect(items(page).map((i) => i[0])).not.toContain(TITLE);
  });
});
