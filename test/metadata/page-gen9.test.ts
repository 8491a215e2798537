import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Made-up lines and pages in the shapes of page-formats.md (round 9 of generalization).

const H = "ارتفاع أسعار الوقود في الأسواق المحلية";
const P1 =
  "أعلنت وزارة الطاقة اليوم عن رفع أسعار المشتقات النفطية بنسبة خمسة بالمئة اعتبارا من الشهر المقبل.";
const P2 = "وقال مسؤول في الوزارة إن القرار جاء بسبب ارتفاع الأسعار العالمية خلال الأسابيع الماضية.";
const P3 = "وأضاف أن الحكومة ستقدم دعما نقديا للأسر الفقيرة لتعويضها عن الزيادة الجديدة في الأسعار";

function dateline(lines: readonly string[]) {
  const d = parseArticle(lines.join("\n")).dateline;
  return d && { agency: d.agency, location: d.location };
}

describe("an agency's bracket after a place is a dateline, not a photo caption", () => {
  it.each([
    ["two places and the agency", "بيروت، لبنان (الأناضول)", "الأناضول", "بيروت، لبنان"],
    ["the agency alone", "(د ب أ)", "د ب أ", null],
    ["a place, a reporter and the outlet", "الرباط - سعيد الإدريسي (هسبريس)", "هسبريس", "الرباط"],
  ])("%s: %s", (_why, line, agency, location) => {
    expect(dateline([H, line, P1, P2])).toEqual({ agency, location });
  });

  it("a caption that ends with the agency's bracket stays a caption", () => {
    expect(dateline([H, P1, "الرئيس يستقبل الوفد في القصر (رويترز)", P2])).toBeNull();
  });
});

describe("a wire's credit closing the article names the agency when no dateline did", () => {
  it.each([
    ["after the last sentence", [H, P1, P2, `${P3}. (رويترز)`], "رويترز"],
    ["before the last period", [H, P1, P2, `${P3} (رويترز).`], "رويترز"],
    [
      "on its own line, related links after it",
      [H, P1, P2, `${P3}.`, "(أ ف ب)", "اقرأ أيضا", "انخفاض أسعار الذهب"],
      "أ ف ب",
    ],
  ])("%s", (_why, lines, agency) => {
    expect(dateline(lines)).toEqual({ agency, location: null });
  });

  it.each([
    ["an agency named in the sentence", [H, P1, P2, `${P3} وفق ما ذكرت وكالة (رويترز)`]],
    ["a bracket that is no agency", [H, P1, P2, `${P3}. (انتهى)`]],
    ["a credit in the middle of the article", [H, `${P1.slice(0, -1)} (رويترز).`, P2, `${P3}.`]],
  ])("not when %s", (_why, lines) => {
    expect(dateline(lines)).toBeNull();
  });

  it("the dateline under the title wins over the credit", () => {
    expect(dateline([H, "دمشق - سانا", P1, P2, `${P3}. (رويترز)`])).toEqual({
      agency: "سانا",
      location: "دمشق",
    });
  });
});

describe("an exclusivity label (خاص) is no agency", () => {
  it.each([
    ["after a place", "المكلا - خاص", null, "المكلا"],
    ["before the outlet", "نابلس – خاص نابلس نت", "نابلس نت", "نابلس"],
    ["after the outlet", "صدى الجنوب _ خاص", "صدى الجنوب", null],
  ])("%s: %s", (_why, line, agency, location) => {
    expect(dateline([H, line, P1, P2])).toEqual({ agency, location });
  });

  it("a generic source still is the agency", () => {
    expect(dateline([H, "وكالات", P1, P2])).toEqual({ agency: "وكالات", location: null });
  });
});

describe("the site's name on two lines above the headline is no dateline", () => {
  const page = (second: string) =>
    parseArticle(
      [
        "صدى المدينة",
        second,
        "محليات | اقتصاد | رياضة",
        `"الأرصاد": ${H}`,
        `دبي، 3 نوفمبر 2025 (وام) - ${P1}`,
        P2,
      ].join("\n"),
    );
  it.each([
    ["Latin name and motto", "SadaCity | أخبار الإمارات"],
    ["an outlet's name", "صدى المدينة نيوز"],
  ])("%s: %s", (_why, second) => {
    const a = page(second);
    expect(a.title).toBe(`"الأرصاد": ${H}`);
    expect(a.dateline && { agency: a.dateline.agency, location: a.dateline.location }).toEqual({
      agency: "وام",
      location: "دبي",
    });
  });
});

describe("PLACE: «OUTLET» with a town of a name's shape", () => {
  it.each([
    ["ود مدني: «نبض النيلين»", "نبض النيلين", "ود مدني"],
    ["سيدي بوزيد: «الصباح»", "الصباح", "سيدي بوزيد"],
  ])("%s reads the town as the place", (line, agency, location) => {
    const a = parseArticle([H, line, P1, P2].join("\n"));
    expect(a.byline.author).toBeNull();
    expect(a.dateline && { agency: a.dateline.agency, location: a.dateline.location }).toEqual({
      agency,
      location,
    });
  });

  it("a reporter's known given name keeps the name: أحمد علي: «الصباح»", () => {
    expect(parseArticle([H, "أحمد علي: «الصباح»", P1, P2].join("\n")).byline.author).toBe("أحمد علي");
  });
});

describe("tag lines after the article are no headings", () => {
  it.each(["الكلمات الدالة: الوقود الأسعار الحكومة", "كلمات مفاتيح: الوقود، الأسعار"])("%s", (line) => {
    const a = parseArticle([H, P1, P2, line, `${P3}.`].join("\n"));
    expect(a.sections.map((s) => s.heading).filter(Boolean)).toEqual([]);
    expect(a.furniture.map((f) => f.text)).toContain(line);
  });
});

describe("PLACE - AGENCY opening the first paragraph with no mark after the agency", () => {
  it.each([
    ["a hyphen", "دمشق-سانا", "سانا", "دمشق"],
    ["a tatweel dash", "أنقرة ـ الأناضول", "الأناضول", "أنقرة"],
    ["a slash and a two-word place", "القدس المحتلة/ صفا", "صفا", "القدس المحتلة"],
    ["a period after the agency", "موسكو - سبوتنيك.", "سبوتنيك", "موسكو"],
  ])("%s: %s", (_why, prefix, agency, location) => {
    expect(dateline([H, `${prefix} ${P1}`, P2])).toEqual({ agency, location });
  });

  it("a word the lexicon does not know as an agency is the story's first word: the place alone", () => {
    expect(dateline([H, `دمشق - أعلنت ${P1.slice(6)}`, P2])).toEqual({ agency: null, location: "دمشق" });
  });
});
