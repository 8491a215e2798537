import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Made-up pages in the shapes of page-formats.md, one block per class of the structure generator's report
// (test/metadata/generator.ts): the expected values follow the corpus README's rules.

const H = "ارتفاع أسعار الخضر في الأسواق الشعبية مع بداية فصل الشتاء";
const LEAD =
  "سجلت أسعار الخضر ارتفاعا ملحوظا في الأسواق الشعبية خلال الأسبوع الجاري، بعد تراجع الكميات الواردة من المزارع.";
const BODY = [
  "وأرجع تجار الجملة هذا الارتفاع إلى موجة البرد التي ضربت المناطق الزراعية، مؤكدين أن الأسعار ستعود إلى مستواها قريبا.",
  "ودعت جمعيات حماية المستهلك إلى تشديد الرقابة على الأسواق ومنع المضاربة في المواد الأساسية.",
];

function parse(lines: readonly string[]) {
  return parseArticle([...lines, ...BODY].join("\n"));
}

describe("NAME- OUTLET: opening the first paragraph, with an outlet the lexicon does not know", () => {
  it.each([
    ["a dash glued to the name", "سامر الحربي- الراصد: "],
    ["a spaced dash", "ندى العمري - المنبر: "],
    ["an en dash and a two-word outlet", "خالد ولد محمد – نبض الشارع: "],
    ["a one-word outlet without the article", "عمر الزين- مرآة: "],
  ])("%s: %s", (_why, prefix) => {
    const a = parse([H, `${prefix}${LEAD}`]);
    const [name, outlet] = prefix.split(/\s*[-–]\s*/u) as [string, string];
    expect(a.byline.author).toBe(name);
    expect(a.dateline?.agency).toBe(outlet.replace(/:\s*$/u, ""));
    // The prefix stays part of the first paragraph.
    expect(a.sections[0]?.paragraphs[0]?.text.startsWith(prefix.trim())).toBe(true);
  });

  it.each([
    ["a speaker and his post", "سامر الحربي - الوزير: "],
    ["a post of two words", "ندى العمري - مديرة المدرسة: "],
    ["a quotation after the colon", "سامر الحربي - الراصد: «"],
    ["no given name opens the first part", "الحكومة الجديدة - الراصد: "],
    ["a second name, not an outlet", "سامر الحربي - ندى العمري: "],
    ["a known place, not an outlet", "سامر الحربي - بيروت مدينة الثقافة العربية: "],
    ["a comma, not a dash, between the parts", "سامر الحربي، الراصد: "],
    ["a sentence with a function word", "سامر الحربي - في الراصد: "],
  ])("%s is no reporter and outlet: %s", (_why, prefix) => {
    const a = parse([H, `${prefix}${LEAD}`]);
    expect(a.dateline?.agency ?? null).not.toBe("الراصد");
    expect(a.dateline?.agency ?? null).not.toBe("مديرة المدرسة");
    expect(a.dateline?.agency ?? null).not.toBe("الوزير");
    expect(a.dateline?.agency ?? null).not.toBe("ندى العمري");
  });
});

describe("names with the particles ولد, بنت, بن, أبو, آيت, and several reporters", () => {
  it.each([
    [
      "ولد after a given name and a father's name",
      "كتب: زياد علي ولد أحمد ولينا بنعلي",
      "زياد علي ولد أحمد، لينا بنعلي",
    ],
    ["ولد alone in a name", "إعداد: عبد الرحمن ولد أحمد", "عبد الرحمن ولد أحمد"],
    ["a bare list with a comma", "لينا حسن الإدريسي، أسماء بلقاسم", "لينا حسن الإدريسي، أسماء بلقاسم"],
    [
      "three names, the last after و",
      "إياد الكبيسي، هشام العلوي ورامي الدوري",
      "إياد الكبيسي، هشام العلوي، رامي الدوري",
    ],
    ["two names joined by a glued و", "رامي بلقاسم وحسام بنعلي", "رامي بلقاسم، حسام بنعلي"],
    ["two names joined by و apart", "آمنة العلوي و طارق الإدريسي", "آمنة العلوي، طارق الإدريسي"],
    ["a marker before و apart", "تقرير: منى الكعبي و نزار علي الدوري", "منى الكعبي، نزار علي الدوري"],
    ["a given name that begins with و", "كتب: هالة سالم ووليد آيت علي", "هالة سالم، وليد آيت علي"],
  ])("%s: %s", (_why, line, author) => {
    const a = parse([H, line, LEAD]);
    expect(a.byline.author).toBe(author);
    // The byline is no paragraph: the lead and the two body paragraphs remain.
    expect(a.sections.reduce((n, s) => n + s.paragraphs.length, 0)).toBe(3);
  });

  it.each([
    ["a sentence with a comma", "وصل الوفد إلى المدينة، واستقبله المحافظ"],
    ["a list of places", "القاهرة، الإسكندرية، أسوان"],
    ["names without a known given name", "مجلس الأمن، الجمعية العامة"],
    ["one name and a phrase", "لينا حسن، رئيسة التحرير الجديدة للمجلة الأسبوعية"],
  ])("%s is no list of reporters: %s", (_why, line) => {
    expect(parse([H, line, LEAD]).byline.author).toBeNull();
  });
});

describe("بقلم with the writer's job words, and a byline with its date on one line", () => {
  it.each([
    ["بقلم الكاتب:", "بقلم الكاتب: مراد العنزي", "مراد العنزي"],
    ["بقلم الكاتبة:", "بقلم الكاتبة: هالة سالم أبو شقرة", "هالة سالم أبو شقرة"],
    ["بقلم الكاتب الصحفي:", "بقلم الكاتب الصحفي: سامر الحربي", "سامر الحربي"],
    ["بقلم الصحفية :", "بقلم الصحفية : ندى العمري", "ندى العمري"],
  ])("%s: %s", (_why, line, author) => {
    const a = parse([H, line, LEAD]);
    expect(a.byline.author).toBe(author);
    expect(a.sections.reduce((n, s) => n + s.paragraphs.length, 0)).toBe(3);
  });

  it.each([
    ["two spaces before a weekday", "بقلم لينا العلوي  السبت، 14 نوفمبر 2026", "لينا العلوي", "2026-11-14"],
    ["a dash before a weekday", "بقلم فهد الشمري - السبت 24 سبتمبر 2022", "فهد الشمري", "2022-09-24"],
    ["a dash before a numeric date", "طارق بن سالم - 06/01/2025", "طارق بن سالم", "2025-01-06"],
    ["two spaces before a date", "إياد الرفاعي  10 يوليو 2026", "إياد الرفاعي", "2026-07-10"],
    ["a marker and a given name like a preposition", "كتب: أحمد علي 12 مارس 2026", "أحمد علي", "2026-03-12"],
  ])("%s: %s", (_why, line, author, iso) => {
    const a = parse([H, line, LEAD]);
    expect(a.byline.author).toBe(author);
    expect(a.published?.iso).toBe(iso);
    expect(a.sections.reduce((n, s) => n + s.paragraphs.length, 0)).toBe(3);
  });

  it.each([
    ["a job title without a name", "بقلم الكاتب:"],
    ["a phrase before the colon", "بقلم الكاتب المعروف في البلاد: مراد"],
  ])("%s gives no author: %s", (_why, line) => {
    expect(parse([H, line, LEAD]).byline.author).toBeNull();
  });

  it.each([
    ["a place and a date", "القاهرة 12 مارس 2026"],
    ["a sentence ending with a date", "افتتاح 3 مدارس جديدة في 12 مارس 2026"],
  ])("%s is no byline: %s", (_why, line) => {
    const a = parse([H, line, LEAD]);
    expect(a.byline.author).toBeNull();
  });
});

describe("CITY (AGENCY) - with a town the lexicon does not know, OUTLET _ PLACE, and a date beside glued rates", () => {
  it.each([
    ["a town of two words and a spaced dash", "كفر سالم (كونا) - ", "كفر سالم", "كونا"],
    ["a dash glued to the bracket", "وادي الريحان (قنا)- ", "وادي الريحان", "قنا"],
    ["initials in the bracket and an en dash", "بئر الحمام (أ ف ب) – ", "بئر الحمام", "أ ف ب"],
  ])("%s: %s", (_why, prefix, location, agency) => {
    const a = parse([H, `${prefix}${LEAD}`]);
    expect(a.dateline?.location).toBe(location);
    expect(a.dateline?.agency).toBe(agency);
    expect(a.sections[0]?.paragraphs[0]?.text.startsWith(prefix.trim())).toBe(true);
  });

  it.each([
    ["a reporter's name", "سامر الحربي (رويترز) - "],
    ["a body's name", "مجلس الأمن (رويترز) - "],
    ["a ministry", "وزارة الصحة (واس) - "],
    ["a verb and a post", "وقال الوزير (رويترز) - "],
  ])("%s before a known agency is no place: %s", (_why, prefix) => {
    expect(parse([H, `${prefix}${LEAD}`]).dateline?.location ?? null).toBeNull();
  });

  it.each([
    ["an outlet and a known place", "نافذة _ البصرة", "نافذة", "البصرة"],
    ["an outlet and a country", "رادار _ لبنان", "رادار", "لبنان"],
  ])("%s: %s", (_why, line, agency, location) => {
    const a = parse([H, line, LEAD]);
    expect(a.dateline?.agency).toBe(agency);
    expect(a.dateline?.location).toBe(location);
    expect(a.byline.author).toBeNull();
  });

  it("a reporter and a place joined by _ stay a reporter and a place", () => {
    const a = parse([H, "سامر الحربي _ البصرة", LEAD]);
    expect(a.byline.author).toBe("سامر الحربي");
    expect(a.dateline?.location).toBe("البصرة");
    expect(a.dateline?.agency ?? null).toBeNull();
  });

  it.each([
    ["rates glued to their numbers under the date", ["الأحد 30 أكتوبر 2022", "3.20يورو", H, "قبل 5 دقائق"]],
    ["glued rates on both sides", ["1.70يورو", "الثلاثاء 1 نوفمبر 2022", "6.23يورو", H, "منذ 3 ساعات"]],
  ])("%s: the scrape day is not the published date", (_why, lines) => {
    const a = parse([...lines, LEAD]);
    expect(a.title).toBe(H);
    expect(a.published).toBeNull();
  });

  it("a date above the title with no widget beside it is still the article's", () => {
    const a = parse(["الأحد 30 أكتوبر 2022", H, LEAD]);
    expect(a.published?.iso).toBe("2022-10-30");
  });
});
