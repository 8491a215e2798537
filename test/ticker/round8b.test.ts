/**
 * Round 8, second pass: a brand of two words or more at both ends of a strip and between its items, a brand
 * between items of which only some are timed, and a weather widget of several cities over a strip.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { isWidgetOrLabel, widgetWords } from "../../src/ticker/widget.js";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

const H1 = "رفع رسوم مواقف السيارات في العاصمة اعتبارا من الشهر المقبل";
const H2 = "ضبط عشرين مخالفا لقانون الإقامة في حملة أمنية";
const H3 = "افتتاح الطريق المزدوج بين المدينتين أمام الحركة";
const H4 = "توقعات بأمطار متفرقة على المحافظات الجنوبية";

/** A strip that opens, parts and closes its items with `brand`. */
const branded = (brand: string, heads: readonly string[]) => `${brand} ${heads.join(` ${brand} `)} ${brand}`;

describe("a brand of several words at both ends of a strip", () => {
  it.each<[string, string, string]>([
    ["two words, the masthead's", "نبض المدينة", "نبض المدينة"],
    ["two words, not the masthead's", "نبض المدينة", "الموقع الإخباري الأول"],
    ["three words with a digit", "صدى الساحل 24", "صدى الساحل 24"],
    ["one word", "نبض", "نبض"],
  ])("%s: the items, the brand stripped", (_, brand, masthead) => {
    const page = `${masthead}\n${branded(brand, [H1, H2, H3, H4])}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([H1, H2, H3, H4]);
  });

  it.each<[string, string]>([
    // A word shared by headlines that is not at both ends: no brand, no cut.
    [
      "a place shared inside the headlines",
      `${TITLE}\nأمطار غزيرة في مدينة الزرقاء وانقطاع الكهرباء في مدينة الزرقاء الشرقية وإغلاق طرق في مدينة الزرقاء القديمة\n${BODY}`,
    ],
    // Prose that opens and closes with the same two words is a sentence: it has commas and a full stop.
    ["prose", `${TITLE}\nنبض المدينة يتابع الخبر، ويقول إن نبض المدينة باق، كما كان نبض المدينة.\n${BODY2}`],
  ])("%s: no item", (_, page) => {
    expect(items(page)).toEqual([]);
  });
});

describe("a brand between items of which only some are timed", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "one time, one source",
      `صدى النيل 24\nفوكس ${H1} (وزارة النقل) فوكس ${H2} - 10:45 فوكس ${H3} فوكس ${H4} فوكس\n${TITLE}\n${BODY}`,
      [
        [H1, "وزارة النقل", null],
        [H2, null, "10:45"],
        [H3, null, null],
        [H4, null, null],
      ],
    ],
    [
      "brand in Latin letters",
      `Sada24 ${H1} - 09:10 Sada24 ${H2} Sada24 ${H3} Sada24\n${TITLE}\n${BODY}`,
      [
        [H1, null, "09:10"],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
  ])("%s", (_, page, expected) => {
    expect(items(page)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      "brand closing the line too",
      `الموقع\nنبض ${H1} - 10:45 نبض ${H2} - 10:30 نبض ${H3} - 10:10 نبض\n${TITLE}\n${BODY}`,
    ],
    [
      "the masthead's brand opening each",
      `نبض\nنبض ${H1} - 10:45 نبض ${H2} - 10:30 نبض ${H3} - 10:10\n${TITLE}\n${BODY}`,
    ],
  ])("every item timed, %s: the brand stripped", (_, page) => {
    expect(items(page)).toEqual([
      [H1, null, "10:45"],
      [H2, null, "10:30"],
      [H3, null, "10:10"],
    ]);
  });

  // A word opening every timed headline, not the masthead's, is the headlines' own (a subject they share).
  it("a word opening three timed items is kept", () => {
    const a = "الأمن يضبط شحنة مخدرات في الميناء";
    const b = "الأمن يفكك شبكة تهريب في الحدود";
    const c = "الأمن يعيد فتح الطريق الدولي";
    const page = `صدى المدينة\nالأمن ${a.slice(6)} - 10:45 ${b} - 11:20 ${c} - 11:40\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([a, b, c]);
  });

  // Two timed headlines with a word in common at their ends: cut at the times only.
  it("a word shared by two timed items is no brand", () => {
    const page = `عاجل\nالأمن يضبط شحنة مخدرات في الميناء - 10:45 الأمن يفكك شبكة تهريب في الميناء - 11:20\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([
      "الأمن يضبط شحنة مخدرات في الميناء",
      "الأمن يفكك شبكة تهريب في الميناء",
    ]);
  });
});

describe("the masthead's name of two words between three items", () => {
  it("is stripped whole from the items", () => {
    const page = `نبض المدينة\n${[H1, H2, H3].join(" نبض المدينة ")}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([H1, H2, H3]);
  });
  // Only the masthead's words widen a name that comes twice: a word shared around it stays in the headline.
  it("is widened by the masthead's words only", () => {
    const x = "قصف مدفعي على قرى ريف حلب";
    const y = "نزوح عشرات العائلات من ريف حلب";
    const z = "توزيع مساعدات غذائية على النازحين";
    const page = `نبض\n${x} نبض ${y} نبض ${z}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([x, y, z]);
  });
});

describe("a weather widget of several cities", () => {
  const widgets = widgetWords(DEFAULT_LEXICON.page);
  it.each<[string, boolean]>([
    ["طقس: الدار البيضاء 18° الرباط 17° فاس 12°", true],
    ["الرياض 31° جدة 35° الدمام 29°", true],
    ["عمان 12° إربد 10°", true],
    // A headline may give two temperatures; it has more words around them.
    ["درجات الحرارة بين 18° و25° في عمان اليوم", false],
    ["ارتفاع درجات الحرارة إلى 45° في الكويت غدا مع رياح نشطة", false],
    // Rates of several currencies, each with its number.
    ["الدولار 3.75 ريال اليورو 4.10 ريال الذهب 250 ريال", true],
    ["الدولار 1500 ليرة اليورو 1620 ليرة", true],
    // A headline of two rates has more words; one of two counts with no currency is no widget.
    ["الدولار يرتفع إلى 3.75 ريال واليورو يتراجع إلى 4.10 ريال في السوق", false],
    ["ضبط 3 أطنان و200 كيلو من الدقيق الفاسد", false],
  ])("%s: widget %s", (text, expected) => {
    expect(isWidgetOrLabel(text, widgets)).toBe(expected);
  });

  it("a currency widget over bulleted headlines does not hide them", () => {
    const page = `الموقع\nالدولار 3.75 ريال اليورو 4.10 ريال الذهب 250 ريال\n- ${H1}\n- ${H2}\n- ${H3}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([H1, H2, H3]);
  });

  it("over a branded strip, it does not hide the strip", () => {
    const page = `نبض المدينة\nالأحد 29 نونبر 2026\nطقس: الدار البيضاء 18° الرباط 17° فاس 12°\n${branded("نبض المدينة", [H1, H2, H3])}\n${TITLE}\n${BODY}`;
    expect(items(page).map((i) => i[0])).toEqual([H1, H2, H3]);
  });
});

describe("a headline-shaped line over a headerless strip with the title under it", () => {
  const line = "تابعونا على فيسبوك وتويتر ويوتيوب";
  it.each<[string, string]>([
    ["wide gaps", [H1, H2, H3].join("    ")],
    ["dash bullets", [H1, H2, H3].map((h) => `- ${h}`).join("\n")],
    ["a brand", `${[H1, H2, H3].join(" نبض ")} نبض`],
  ])("%s: the strip stands", (_, strip) => {
    expect(items(`الموقع\n${line}\n${strip}\n${TITLE}\n${BODY}`).map((i) => i[0])).toEqual([H1, H2, H3]);
  });

  // The title over its own bullet points, the body right under them: no strip.
  it("a title over bullet points and the body: no item", () => {
    expect(items(`${TITLE}\n- ${H1}\n- ${H2}\n- ${H3}\n${BODY}\n${BODY2}`)).toEqual([]);
  });
});
