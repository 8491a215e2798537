import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Made-up lines and pages in the shapes of page-formats.md (round 7 of generalization).

const H = "انقطاع الكهرباء عن أحياء المدينة لليوم الخامس والشركة تعد بحل قريب";
const BODY = [
  "يعيش سكان أحياء المدينة الجنوبية منذ خمسة أيام من دون تيار كهربائي، بعد عطل أصاب المحطة الرئيسية مطلع الأسبوع، فيما لجأ كثيرون إلى المولدات الخاصة.",
  'وقال مدير الشركة الجهوية للكهرباء إن "فرق الصيانة تعمل ليلا ونهارا لإصلاح العطل"، مضيفا أن التيار سيعود تدريجيا قبل نهاية الأسبوع.',
];

function parse(lines: readonly string[]) {
  return parseArticle([...lines, ...BODY].join("\n"));
}

describe("a reporter's given name told by its form", () => {
  it.each([
    ["a theophoric name written as one word", "أوجلة - عبدالرحيم المبروك", "عبدالرحيم المبروك", "أوجلة"],
    ["an initial and a period", "المدية: ع. بلقاسم", "ع. بلقاسم", "المدية"],
  ])("%s under the title: %s", (_why, line, author, location) => {
    const a = parse([H, line]);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe(author);
    expect(a.dateline?.location).toBe(location);
    // The byline is no paragraph: the quote stands in the second body paragraph.
    expect(a.quotes[0]?.paragraph).toBe(1);
  });

  it.each([
    ["a speaker and an unquoted statement", "الوزير: لا تراجع عن القرار"],
    ["two letters and periods", "المدية: ع. ب."],
  ])("%s under the title is no byline", (_why, line) => {
    expect(parse([H, line]).byline.author).toBeNull();
  });
});

describe("PLACE - NAME where the lexicon knows neither, in the article's header", () => {
  it.each([
    ["under the date line", [H, "نشر في: 22 مارس 2025 - 10:41", "سيدي قاسم – نجلاء الوزاني"]],
    ["right under the title", [H, "سيدي قاسم - نجلاء الوزاني"]],
  ])("%s: the byline, not the title", (_why, lines) => {
    const a = parse(lines);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe("نجلاء الوزاني");
    expect(a.dateline?.location).toBe("سيدي قاسم");
    expect(a.quotes[0]?.paragraph).toBe(1);
  });

  it("a known given name after a two-word place of a name's shape", () => {
    const a = parse([H, "بني وليد – سامي الورفلي"]);
    expect(a.byline.author).toBe("سامي الورفلي");
    expect(a.dateline?.location).toBe("بني وليد");
  });

  it.each([
    ["a body and its council", "حزب الأمة - مجلس الشورى"],
    ["a body before a reporter", "حزب الأمة - سامي فرج"],
  ])("%s is no place", (_why, line) => {
    expect(parse([H, line]).dateline?.location ?? null).toBeNull();
  });
});
