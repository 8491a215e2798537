import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { furnitureKind, isClockLine, isDateLine } from "../../src/metadata/furniture.js";
import { pageMatchers } from "../../src/metadata/patterns.js";

const m = pageMatchers(DEFAULT_LEXICON);

describe("furnitureKind", () => {
  it.each([
    ["i18n key", "ui.public.translatedTo", "ui-string"],
    ["icon name", "pictogram-avatar", "ui-string"],
    ["Latin button", "Share", "prompt"],
    ["URL", "https://example.com/news/123", "ui-string"],
    ["view counter", "1250 مشاهدة", "ui-string"],
    ["reading time", "3 دقائق للقراءة", "ui-string"],
    ["temperature", "القاهرة 24° غائم جزئيا", "widget"],
    ["currency rates", "الدولار 30.95 جنيه | اليورو 32.80 جنيه", "widget"],
    ["glued currency", "3.74يورو 4.10دولار", "widget"],
    ["prayer times", "الفجر 04:23 الظهر 12:01", "widget"],
    ["breadcrumb", "الرئيسية » أخبار عربية", "navigation"],
    ["breadcrumb with ›", "الرئيسية › عربي ودولي › لبنان", "navigation"],
    ["menu with bars", "الرئيسية | أخبار | اقتصاد | رياضة", "navigation"],
    ["section label", "أخبار عربية", "navigation"],
    ["masthead name", "صحيفة النهار المصرية", "navigation"],
    ["editor-in-chief", "رئيس التحرير: سامي عبد الفتاح", "navigation"],
    ["tags", "الكلمات المفتاحية: الزراعة الحكومة", "navigation"],
    ["hashtags", "#السعودية #الرياض", "navigation"],
    ["relative time", "منذ ساعة", "relative-time"],
    ["relative time with a count", "منذ 5 دقائق", "relative-time"],
    ["relative time, one second", "منذ ثانية واحدة", "relative-time"],
    ["relative time before", "قبل يومين", "relative-time"],
    ["share prompt", "شارك الخبر", "prompt"],
    ["comment prompt", "أضف تعليقك", "prompt"],
    ["follow prompt", "تابعونا على فيسبوك وتويتر", "prompt"],
    [
      "app promotion",
      "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.",
      "prompt",
    ],
    ["read-also link", "اقرأ أيضا: مؤتمر دولي لدعم اللاجئين", "related"],
    ["read-also header", "اقرأ أيضا", "related"],
    ["story link", "رابط الخبر بصحيفة الوئام: عنوان الخبر", "related"],
    ["most read header", "الأكثر قراءة", "related"],
    ["end marker", "// انتهى //", "end-marker"],
    ["continued marker", "// يتبع //", "end-marker"],
    ["bracketed end marker", "(انتهى)", "end-marker"],
    ["filing time", "18:21 ت م", "end-marker"],
    ["photographer", "تصوير: فيصل الزهراني", "credit"],
    ["archive photo", "صورة أرشيفية", "credit"],
    ["caption with agency", "الرئيس خلال المؤتمر الصحفي (رويترز)", "credit"],
    ["rule", "----------------------", "rule"],
    ["underscore rule", "_____", "rule"],
    ["lone period", ".", "punctuation"],
    ["copyright", "جميع الحقوق محفوظة © 2023", "other"],
    ["advertisement", "إعلان", "other"],
  ])("%s: %s → %s", (_name, text, kind) => {
    expect(furnitureKind(text, m)).toBe(kind);
  });

  it.each([
    ["body sentence", "قال الوزير إن الحكومة ستقر الخطة خلال أيام."],
    ["headline", "الحكومة تقر خطة جديدة لدعم صغار المزارعين"],
    [
      "verb تابع opening a sentence",
      "تابع الرئيس حديثه عن الخطة الاقتصادية الجديدة وأهدافها خلال المرحلة المقبلة.",
    ],
    ["verb شارك opening a sentence", "شارك آلاف المواطنين في المسيرة التي جابت شوارع المدينة أمس."],
    [
      "a currency in a sentence",
      "ارتفع سعر الدولار أمام الجنيه في التعاملات المسائية إلى 30.95 جنيه بحسب البنك.",
    ],
    ["a word منذ in a sentence", "منذ سنوات طويلة يعاني السكان من انقطاع المياه في الصيف."],
    ["عاجل opening a sentence", "عاجل: الإدارة تدعو السائقين إلى الالتزام بالتعليمات."],
    ["a date line", "الأحد 12 مارس 2023"],
    ["an agency alone", "CNN"],
    ["a heading", "ترحيبات بافتتاح المقر"],
    ["a byline", "كتب: محمود السيد"],
  ])("%s is not furniture", (_name, text) => {
    expect(furnitureKind(text, m)).toBeNull();
  });
});

describe("isDateLine", () => {
  it.each([
    ["weekday, day, month, year", "الأحد 12 مارس 2023"],
    ["with a time", "الأحد 12 مارس 2023 - 10:30 ص"],
    ["with a label", "نشر في: 12 مارس 2023"],
    ["numeric", "12/03/2023"],
    ["ISO with prefix", "date 2019-05-12"],
    ["Hijri", "الأحد 20 شعبان 1444 هـ"],
    ["update label", "آخر تحديث: 2023-03-12 10:45"],
  ])("%s: %s", (_name, text) => {
    expect(isDateLine(text, m, DEFAULT_LEXICON)).toBe(true);
  });

  it.each([
    ["a year alone", "2015"],
    ["a time alone", "10:45"],
    ["a weekday alone", "الأحد"],
    ["a sentence with a date", "وصل الوفد يوم 12 مارس 2023 إلى القاهرة."],
    ["a headline with a number", "مقتل 5 أشخاص في حادث سير"],
  ])("not %s", (_name, text) => {
    expect(isDateLine(text, m, DEFAULT_LEXICON)).toBe(false);
  });
});

describe("isClockLine", () => {
  it.each([
    ["10:25", true],
    ["09:13 م", true],
    ["آخر تحديث: 10:45", true],
    ["قصف مدفعي - 10:25", false],
    ["2015", false],
  ])("%s → %s", (text, expected) => {
    expect(isClockLine(text, m)).toBe(expected);
  });
});

describe("lines the faster tests must read as before", () => {
  it.each([
    ["letters beyond U+FFFF only", "𝐀𝐁", "ui-string"],
    ["a rule", "-----", "rule"],
    ["punctuation only", "🔴 ...", "punctuation"],
    [
      "copyright after a chrome word",
      "جميع الحقوق محفوظة © 2024 لموقع الخبر وشركائه في العالم العربي",
      "other",
    ],
    ["a breadcrumb with a backslash", "الرئيسية \\ أخبار \\ اقتصاد", "navigation"],
  ])("%s: %s → %s", (_name, text, kind) => {
    expect(furnitureKind(text, m)).toBe(kind);
  });

  it.each([
    ["a labelled time with a period", "نشر في: 10.30 ص", true],
    ["a number without a colon", "قتل 10 أشخاص", false],
    ["a time inside a sentence", "وصل الوفد عند الساعة 10:30 إلى المطار", false],
  ])("clock line? %s", (_name, text, expected) => {
    expect(isClockLine(text, m)).toBe(expected);
  });

  it("a date line has at most 14 tokens, however they start", () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => String(i + 1)).join(" ");
    expect(isDateLine(`${fifteen} مارس`, m, DEFAULT_LEXICON)).toBe(false);
    expect(isDateLine("12 13 14 مارس 2023", m, DEFAULT_LEXICON)).toBe(true);
  });
});
