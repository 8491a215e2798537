import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { splitLines } from "../../src/segment/index.js";
import { findTicker } from "../../src/ticker/index.js";
import { isMenuLine, isWidgetOrLabel, widgetWords } from "../../src/ticker/widget.js";

const words = widgetWords(DEFAULT_LEXICON.page);

describe("isWidgetOrLabel", () => {
  it.each([
    ["a city and its temperature", "القاهرة 27° مشمس"],
    ["a temperature written with a space and ℃", "الرياض 41 ℃"],
    ["a currency and its rate", "الدولار 30.90 جنيه"],
    ["a rate glued to its currency", "اليورو 3.74يورو"],
    ["prayer times", "الفجر 04:47 الظهر 11:39 العصر 02:38"],
    ["one prayer and its time", "موعد أذان المغرب 17:30"],
    ["a two-word menu entry", "حالة الطقس"],
    ["a one-word section", "اقتصاد"],
  ])("%s: %s", (_what, text) => {
    expect(isWidgetOrLabel(text, words)).toBe(true);
  });

  it.each([
    ["a headline", "انقطاع المياه عن 4 مناطق بالمنيا لمدة 10 ساعات غدا"],
    ["a headline about a currency, with a verb", "الدولار يقفز إلى 30.90 جنيه في البنوك المصرية اليوم"],
    ["a headline about the heat", "درجات الحرارة تتجاوز 45° في الكويت والبصرة اليوم"],
    ["a three-word headline", "انفجار في المرفأ"],
  ])("not %s: %s", (_what, text) => {
    expect(isWidgetOrLabel(text, words)).toBe(false);
  });
});

describe("findTicker leaves widget and menu lines to the page structure", () => {
  const itemsOf = (page: string) => findTicker(splitLines(page), DEFAULT_LEXICON).items.map((i) => i.text);
  const title = "وزير المالية يعلن حزمة إجراءات جديدة لدعم الشركات الصغيرة";
  const body = "أعلن وزير المالية، اليوم، حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة في البلاد.";

  it.each([
    ["weather cut at bars", "طرابلس 22° | بنغازي 19° | سبها 28°"],
    ["rates cut at a wide gap", "الدولار 30.90 جنيه    اليورو 33.12 جنيه"],
    ["a menu cut at bars", "أسعار الذهب اليوم | حالة الطقس | مواعيد القطارات"],
    ["prayer times", "الفجر 04:47 الظهر 11:39 العصر 02:38 المغرب 04:59 العشاء 06:18"],
  ])("%s", (_what, line) => {
    expect(itemsOf(`${line}\n${title}\n${body}`)).toEqual([]);
  });

  it("still reads headlines cut at bars", () => {
    const strip =
      "انطلاق عملية مرحبا بميناء طنجة المتوسط | توقيف شخصين متورطين في السرقة بمراكش | أمطار رعدية مرتقبة بعدد من الأقاليم";
    expect(itemsOf(`عاجل\n${strip}\n${title}\n${body}`)).toEqual([
      "انطلاق عملية مرحبا بميناء طنجة المتوسط",
      "توقيف شخصين متورطين في السرقة بمراكش",
      "أمطار رعدية مرتقبة بعدد من الأقاليم",
    ]);
  });
});

describe("isMenuLine", () => {
  it.each([
    ["a menu opening with its root", "الرئيسية أخبار محلية صحة تقارير"],
    ["a root in Latin script", "Home سياسة اقتصاد"],
    ["section names joined by single spaces", "سياسة اقتصاد رياضة منوعات برلمان"],
    ["section names with a bar between some", "محليات | برلمان اقتصاد رياضة"],
  ])("%s: %s", (_what, text) => {
    expect(isMenuLine(text, words)).toBe(true);
  });

  it.each([
    ["a headline with one section word", "وزير الاقتصاد يبحث مع نظيره التركي ملفات التعاون"],
    ["a headline with two section words", "الرياضة والسياسة تلتقيان في افتتاح دورة الألعاب العربية"],
    ["a headline with the root word inside", "الحكومة تقر الخطة الرئيسية لتطوير النقل العام"],
  ])("not %s: %s", (_what, text) => {
    expect(isMenuLine(text, words)).toBe(false);
  });
});

describe("a menu over an unlabelled strip does not hide it", () => {
  const itemsOf = (page: string) => findTicker(splitLines(page), DEFAULT_LEXICON).items.map((i) => i.text);
  const title = "وزير المالية يعلن حزمة إجراءات جديدة لدعم الشركات الصغيرة";
  const body = "أعلن وزير المالية، اليوم، حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة في البلاد.";
  const strip = [
    "انقطاع الكهرباء عن أحياء شرق المدينة - 14:10",
    "افتتاح جسر جديد على الطريق الدائري - 13:25",
    "وصول قافلة مساعدات إلى المعبر الحدودي - 12:40",
  ];
  const expected = [
    "انقطاع الكهرباء عن أحياء شرق المدينة",
    "افتتاح جسر جديد على الطريق الدائري",
    "وصول قافلة مساعدات إلى المعبر الحدودي",
  ];

  it.each([
    ["a menu cut at bars into labels", "أخبار البلد | ملاعب | فن ومجتمع | صحتك | منوعات"],
    ["a menu cut at wide gaps into labels", "أخبار البلد    ملاعب    فن ومجتمع    صحتك"],
    ["a menu of section names", "الرئيسية محليات برلمان اقتصاد رياضة"],
  ])("%s", (_what, menu) => {
    expect(itemsOf(`${menu}\n${strip.join("\n")}\n${title}\n${body}`)).toEqual(expected);
  });

  it("a strip of headlines cut at bars is not a menu", () => {
    const line = "انقطاع الكهرباء عن أحياء شرق المدينة | افتتاح جسر جديد | وصول قافلة مساعدات إلى المعبر";
    expect(itemsOf(`${line}\n${title}\n${body}`)).toEqual([
      "انقطاع الكهرباء عن أحياء شرق المدينة",
      "افتتاح جسر جديد",
      "وصول قافلة مساعدات إلى المعبر",
    ]);
  });

  it("still needs three plain headlines under a menu for an unlabelled list", () => {
    expect(itemsOf(`الرئيسية محليات اقتصاد\n${strip[0]!.slice(0, -8)}\n${title}\n${body}`)).toEqual([]);
  });
});
