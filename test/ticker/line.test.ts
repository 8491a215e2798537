import { describe, expect, it } from "vitest";
import {
  hasSentenceBreak,
  hasYear,
  isHeadlineLike,
  isMoreLinkLine,
  lineItems,
  readHeader,
  readLine,
  readTimeLine,
} from "../../src/ticker/line.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";

const patterns = tickerPatterns();

describe("readHeader", () => {
  it.each<[string, string | null]>([
    ["الأخبار العاجلة", "الأخبار العاجلة"],
    ["عاجل", "عاجل"],
    ["عاجل: خبر", "عاجل:"],
    ["| شريط الأخبار |", "| شريط الأخبار |"],
    ["آخر الأخبار » خبر", "آخر الأخبار »"],
    ["أخبار عاجلة", "أخبار عاجلة"],
    ["الاخبار العاجله", "الاخبار العاجله"],
    ["BREAKING NEWS", "BREAKING NEWS"],
    ["عاجلة الأنباء", null],
    ["عاجل.. وفاة فنان", null],
    ["اقرأ أيضا: عاجل", null],
    ["خبر عادي", null],
  ])("%s → %s", (text, expected) => {
    const h = readHeader(text, patterns);
    expect(h ? text.slice(h.start, h.end) : null).toBe(expected);
  });
});

describe("readTimeLine", () => {
  it.each<[string, { time: string; day: number | null } | null]>([
    ["اليوم, 09:13", { time: "09:13", day: 0 }],
    ["اليوم، 09:13", { time: "09:13", day: 0 }],
    ["أمس 23:10", { time: "23:10", day: -1 }],
    ["أول أمس - 08:00", { time: "08:00", day: -2 }],
    ["09:13", { time: "09:13", day: null }],
    ["٠٩:١٣ م", { time: "21:13", day: null }],
    ["اليوم, 09:13 خبر", null],
    ["الساعة 09:13", null],
    ["اليوم", null],
  ])("%s", (text, expected) => {
    expect(readTimeLine(text, patterns)).toEqual(expected);
  });
});

describe("isMoreLinkLine", () => {
  it.each<[string, boolean]>([
    ["المزيد", true],
    ["... المزيد", true],
    ["» اقرأ المزيد", true],
    ["المزيد من الأخبار عن الحدث", false],
    ["خبر", false],
  ])("%s → %s", (text, expected) => {
    expect(isMoreLinkLine(text, patterns)).toBe(expected);
  });
});

describe("readLine", () => {
  const read = (text: string) => {
    const r = readLine(text, patterns);
    return {
      mode: r.mode,
      items: lineItems(text, r, patterns).map((i) => [i.text, i.source, i.time, text.slice(i.start, i.end)]),
    };
  };

  it("cuts after each closing time and keeps separators inside the items", () => {
    expect(read("خبر أول (مصدر) - 10:25 خبر ثان - 09:40")).toEqual({
      mode: "trailing-time",
      items: [
        ["خبر أول", "مصدر", "10:25", "خبر أول (مصدر) - 10:25"],
        ["خبر ثان", null, "09:40", "خبر ثان - 09:40"],
      ],
    });
  });

  it("cuts before each opening time, the bullet going with its item", () => {
    expect(read("• 10:30 . خبر أول... المزيد • 10:20 . خبر ثان... المزيد")).toEqual({
      mode: "leading-time",
      items: [
        ["خبر أول", null, "10:30", "• 10:30 . خبر أول... المزيد"],
        ["خبر ثان", null, "10:20", "• 10:20 . خبر ثان... المزيد"],
      ],
    });
  });

  it("cuts at bullets, the bullet going with the next item", () => {
    expect(read("خبر أول هنا | خبر ثان هناك")).toEqual({
      mode: "separator",
      items: [
        ["خبر أول هنا", null, null, "خبر أول هنا"],
        ["خبر ثان هناك", null, null, "| خبر ثان هناك"],
      ],
    });
  });

  it("leaves a line of one headline uncut and reads it on demand", () => {
    const r = readLine("- خبر عن الطقس اليوم", patterns);
    expect(r.items).toBeNull();
    expect(r.bullet).toBe(true);
    expect(read("- خبر عن الطقس اليوم").items).toEqual([
      ["خبر عن الطقس اليوم", null, null, "- خبر عن الطقس اليوم"],
    ]);
  });

  it("does not cut body text at a separator", () => {
    expect(readLine("قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا | المصدر", patterns).mode).toBe(
      "none",
    );
  });

  it("keeps a headline that ends with the word المزيد without an ellipsis", () => {
    expect(read("الصين تطلب من شركائها المزيد").items[0]?.[0]).toBe("الصين تطلب من شركائها المزيد");
  });

  it("reads a header in front of the items", () => {
    const r = readLine("عاجل: خبر أول - 10:25 خبر ثان - 09:40", patterns);
    expect(r.header).toEqual({ start: 0, end: 5 });
    expect(r.items?.length).toBe(2);
  });
});

describe("isHeadlineLike", () => {
  it.each<[string, boolean]>([
    ["الحكومة تعلن خطة جديدة لدعم المزارعين", true],
    ["التسويق الشبكي تحايل أم فراغ قانوني؟", true],
    ["د. محمد يفتتح المؤتمر السنوي للأطباء", true],
    ["خبر قصير", false],
    ["أبوظبي - سكاي نيوز عربية", false],
    ["القاهرة: «الشرق الأوسط»", false],
    ["قال الوزير إن الخطة جاهزة.", false],
    ["الخطة جاهزة. والتنفيذ يبدأ غدا", false],
    ["نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", false],
    ["كتب محمد أحمد علي حسن", false],
    ["اقرأ أيضا الحكومة تعلن خطة جديدة", false],
    ["ui.public.translatedTo pictogram avatar icon", false],
    ["تابعونا على www.example.com وعلى تويتر", false],
    ["عنوان الفصل الثالث من الكتاب:", false],
  ])("%s → %s", (text, expected) => {
    expect(isHeadlineLike(text, patterns)).toBe(expected);
  });
});

describe("hasSentenceBreak / hasYear", () => {
  it.each<[string, boolean]>([
    ["قال الوزير. وأضاف", true],
    ["د. محمد", false],
    ["انتظار.. ثم", false],
    ["النسبة 2.5 بالمئة", false],
    ["نهاية.", false],
  ])("hasSentenceBreak(%s) → %s", (text, expected) => {
    expect(hasSentenceBreak(text, 0, text.length)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["عام 2015", true],
    ["عام ٢٠١٥", true],
    ["1436 هـ", true],
    ["4400 سنة", false],
    ["12345", false],
    ["200 قتيل", false],
  ])("hasYear(%s) → %s", (text, expected) => {
    expect(hasYear(text)).toBe(expected);
  });
});
