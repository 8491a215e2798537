import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { pageMatchers } from "../../src/metadata/patterns.js";
import { cutTitle, isHeadlineLike } from "../../src/metadata/title.js";

const m = pageMatchers(DEFAULT_LEXICON);
const cut = (line: string) => {
  const c = cutTitle(line, m);
  return line.slice(c.start, c.end);
};

describe("cutTitle", () => {
  it.each([
    ["SPA section label", "عام / تدقيق بيانات المتقدمين للترشح", "تدقيق بيانات المتقدمين للترشح"],
    ["another label", "تقرير / بساتين العنب تتكئ على ضفاف الوادي", "بساتين العنب تتكئ على ضفاف الوادي"],
    ["خبر: prefix", "خبر: الحكومة تقر خطة جديدة", "الحكومة تقر خطة جديدة"],
    [
      "TALAA outlet prefix",
      "الخبر نقل محاكمة مبارك إلى أكاديمية الشرطة",
      "نقل محاكمة مبارك إلى أكاديمية الشرطة",
    ],
    [
      "site suffix with a site word",
      "مجلس الأمن يبحث الأوضاع في السودان - بوابة الوطن",
      "مجلس الأمن يبحث الأوضاع في السودان",
    ],
    [
      "site suffix after a bar",
      "الجيش ينتشر على الحدود الجنوبية | الخليج أونلاين",
      "الجيش ينتشر على الحدود الجنوبية",
    ],
    ["known outlet as suffix", "ارتفاع أسعار النفط - اليوم السابع", "ارتفاع أسعار النفط"],
    ["Latin site name", "ارتفاع أسعار النفط - Al Khaleej Online", "ارتفاع أسعار النفط"],
  ])("%s", (_name, line, title) => {
    expect(cut(line)).toBe(title);
  });

  it.each([
    ["a plain headline", '"الائتلاف" يفتتح أول مقر له في الداخل السوري منذ تشكيله العام 2012'],
    ["a score is not a site", "الأهلي يفوز على الزمالك 2 - 1"],
    ["a dash inside the headline", "قمة عربية - أوروبية لبحث ملف الهجرة"],
    ["a speaker prefix stays", "سلامة: تحذير صندوق النقد تجاه ديون لبنان واقعي"],
    ["a date is not a section label", "2015/08/11 افتتاح المعرض"],
    ["الخبر leaving too little", "الخبر اليقين"],
  ])("keeps %s", (_name, line) => {
    expect(cut(line)).toBe(line);
  });
});

describe("isHeadlineLike", () => {
  it.each([
    ["a headline", "الحكومة تقر خطة جديدة لدعم صغار المزارعين", true],
    ["a question", 'التسويق "الشبكي" تحيّل أم فراغ قانوني؟', true],
    ["a sentence with a final period", "أقرت الحكومة خطة جديدة لدعم المزارعين.", false],
    ["a clause ending with a colon", "وتشمل التحويلات المقترحة:", false],
    ["one word", "الرئيسية", false],
    ["Latin only", "Breaking news from the region today", false],
  ])("%s → %s", (_name, text, expected) => {
    expect(isHeadlineLike(text)).toBe(expected);
  });
});
