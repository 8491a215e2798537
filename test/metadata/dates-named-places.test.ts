import { describe, expect, it } from "vitest";
import { extractDates, parseArticle } from "../../src/index.js";

const raws = (text: string) => extractDates(text).map((d) => d.raw);

describe("extractDates: a place or institution named after a date is a name", () => {
  it.each([
    ["hospital", "نقل المصاب إلى مستشفى أول نوفمبر بالمدينة."],
    ["hospital with its adjective chain", "نقل المصاب إلى المؤسسة الاستشفائية الجامعية أول نوفمبر بوهران."],
    ["definite hospital and one adjective", "يعمل طبيبا في المستشفى الجامعي أول نوفمبر منذ عشر سنوات."],
    ["definite noun with a proclitic", "أجريت العملية بالمستشفى الجامعي 5 جويلية أمس."],
    ["university with a year", "يدرس الطالب في جامعة 8 ماي 1945 بقالمة."],
    ["stadium", "جرت المباراة في ملعب 5 جويلية أمام الجمهور."],
    ["sports complex with its adjective", "جرت المباراة في المركب الأولمبي 5 جويلية أمام الجمهور."],
    ["street", "وقع الحادث في شارع 20 أوت وسط المدينة."],
    ["secondary school with a year", "تفوق تلاميذ ثانوية 11 ديسمبر 1960 في الامتحان."],
    ["middle school", "زار الوفد متوسطة 19 مارس ببلدية مجاورة."],
    ["district", "يسكن في حي 26 يوليو منذ سنوات."],
    ["bridge", "أغلق جسر 6 أكتوبر أمام السيارات."],
    ["airport", "هبطت الطائرة في مطار 5 جويلية صباحا."],
    ["Tunisian street noun", "تجمع المحتجون في نهج 9 أفريل بالعاصمة."],
    ["hall", "احتضنت قاعة 5 جويلية الحفل."],
  ])("%s", (_name, text) => {
    expect(raws(text)).toEqual([]);
  });
});

describe("extractDates: a date after a place noun but not part of its name stays a date", () => {
  it.each([
    ["preposition before the date", "احتفلت الجزائر في أول نوفمبر بذكرى الثورة.", ["أول نوفمبر"]],
    ["preposition after the noun", "افتتح المستشفى في 5 جويلية 2024 بحضور الوزير.", ["5 جويلية 2024"]],
    ["يوم between noun and date", "أعلن المطار يوم 6 أكتوبر عن رحلات جديدة.", ["6 أكتوبر"]],
    ["adjective chain then a preposition", "افتتح المستشفى الجامعي في 5 جويلية 2024.", ["5 جويلية 2024"]],
    ["definite noun alone before the date", "أعلنت الجامعة 8 ماي 2024 موعدا للامتحان.", ["8 ماي 2024"]],
    [
      "chain not headed by a place noun",
      "أعلن الاتحاد الجزائري 5 جويلية 2024 موعدا للانتخابات.",
      ["5 جويلية 2024"],
    ],
    ["relative pronoun before the date", "زار المستشفى الذي افتتح 5 جويلية 2024.", ["5 جويلية 2024"]],
  ])("%s", (_name, text, expected) => {
    expect(raws(text)).toEqual(expected);
  });
});

describe("parseArticle: a named institution is neither a date mention nor the publication date", () => {
  it("reads no date from a hospital or school named after one", () => {
    const article = parseArticle(
      [
        "تدشين جناح جديد للأطفال",
        "دشن الوالي جناحا جديدا في المستشفى الجامعي أول نوفمبر بوهران.",
        "وحضر الحفل تلاميذ ثانوية 11 ديسمبر 1960 رفقة أساتذتهم.",
      ].join("\n"),
    );
    expect(article.dates).toEqual([]);
    expect(article.published).toBeNull();
  });
});
