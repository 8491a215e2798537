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

describe("section headings between paragraphs that pages leave without periods", () => {
  const headings = (lines: readonly string[]) =>
    parseArticle(lines.join("\n"))
      .sections.map((s) => s.heading)
      .filter(Boolean);
  const QUOTED_END = "وقال الوزير: «لن نتراجع عن القرار مهما كانت الضغوط»";
  const UNENDED = "وحذر أطباء من تفشي الأمراض التنفسية بين الأطفال في المدارس مع دخول فصل الشتاء";
  it.each([
    ["after a paragraph that ends with its quotation", [H, P1, QUOTED_END, "مخاوف صحية", P2]],
    ["before a long sentence without its period", [H, P1, "مخاوف صحية", UNENDED, P2]],
  ])("%s", (_why, lines) => {
    expect(headings(lines)).toEqual(["مخاوف صحية"]);
  });

  it("a question that asks two things, with a comma", () => {
    const q = "لماذا تتكرر الأزمة كل شتاء، ومن المسؤول؟";
    expect(headings([H, P1, q, P2, `${P3}.`])).toEqual([q]);
  });

  it.each([
    [
      "before a related headline",
      [H, P1, P2, "مقالات مشابهة", "رئيس الحكومة يترأس اجتماع اللجنة الوزارية للمساواة", "أضف تعليق"],
    ],
    [
      "before a table's row",
      [H, P1, P2, "ترتيب الدوري", "1 الأهلي 27 2 بيراميدز 25 3 الزمالك 23 4 المصري 22 5 الإسماعيلي 20"],
    ],
    ["after a short quotation", [H, P1, "قال: «لن نتراجع»", "مخاوف صحية", P2]],
    ["a clause cut at a comma", [H, P1, "صعوبات في النقل والتخزين والتوزيع، وغياب الرقابة", P2]],
  ])("none %s", (_why, lines) => {
    expect(headings(lines)).toEqual([]);
  });
});

describe("bylines with a reporter's description, an interviewer, a title abbreviation", () => {
  const byline = (line: string) => {
    const a = parseArticle([H, line, P1, P2].join("\n"));
    return { author: a.byline.author, location: a.dateline?.location ?? null };
  };
  it.each([
    ["a description after a dash", "بقلم: سمير عطا الله - كاتب صحفي", "سمير عطا الله", null],
    [
      "a description after a bar, a place after it",
      "كتب: مروان الحسن | صحفي - الرياض",
      "مروان الحسن",
      "الرياض",
    ],
    ["the interviewer", "حاوره: ماجد الكعبي", "ماجد الكعبي", null],
    ["أ. before the name", "أ. خالد النمر", "خالد النمر", null],
  ])("%s: %s", (_why, line, author, location) => {
    expect(byline(line)).toEqual({ author, location });
  });

  it("two reporters stay two: كتب: علي عبد الرحمن وسارة أحمد", () => {
    expect(byline("كتب: علي عبد الرحمن وسارة أحمد").author).toBe("علي عبد الرحمن، سارة أحمد");
  });

  it("a press description is no place and vouches for the reporter: أنس الكردي | صحفي", () => {
    expect(byline("أنس الكردي | صحفي")).toEqual({ author: "أنس الكردي", location: null });
  });

  it("a post after a name under the title is no byline: محمد بن سلمان - ولي العهد", () => {
    expect(byline("محمد بن سلمان - ولي العهد").author).toBeNull();
  });
});

describe("a headline with the page title's separators", () => {
  const title = (line: string) => parseArticle(["الرئيسية » اقتصاد", line, P1, P2].join("\n")).title;
  it.each([
    ["a double colon", `${H} :: صحيفة الوسط`],
    ["a spaced «", `${H} « المدار نيوز`],
    ["its section and its site after bars", `${H} | اقتصاد | الساحل نيوز`],
  ])("%s is cut: %s", (_why, line) => {
    expect(title(line)).toBe(H);
  });

  it.each([["a quotation opened by «", "الوزير: «لا زيادة في الأسعار هذا العام»"]])(
    "%s stays whole: %s",
    (_why, line) => {
      expect(title(line)).toBe(line);
    },
  );

  it("a trail of a section's name, a sub-section and the headline is still navigation", () => {
    const a = parseArticle(["محليات | اقتصاد | ارتفاع أسعار الوقود", H, P1, P2].join("\n"));
    expect(a.title).toBe(H);
  });
});

describe("عواصم (capitals) is the place of a story from several capitals", () => {
  it("on its own line: عواصم - وكالات", () => {
    expect(dateline([H, "عواصم - وكالات", P1, P2])).toEqual({ agency: "وكالات", location: "عواصم" });
  });

  it("inline: عواصم - وكالات: …", () => {
    expect(dateline([H, `عواصم - وكالات: ${P1}`, P2])).toEqual({ agency: "وكالات", location: "عواصم" });
  });
});

describe("(AGENCY) - PLACE: opening the first paragraph", () => {
  it.each([
    ["(د ب أ) - برلين: ", "د ب أ", "برلين"],
    ["(رويترز) – القاهرة - ", "رويترز", "القاهرة"],
  ])("%s", (prefix, agency, location) => {
    expect(dateline([H, `${prefix}${P1}`, P2])).toEqual({ agency, location });
  });

  it("a story that opens after the dash keeps the agency alone: (رويترز) - أعلنت …", () => {
    expect(dateline([H, `(رويترز) - ${P1}`, P2])).toEqual({ agency: "رويترز", location: null });
  });
});
