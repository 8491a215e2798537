import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { furnitureKind } from "../../src/metadata/furniture.js";
import { pageMatchers } from "../../src/metadata/patterns.js";

// Made-up lines and pages in the shapes of page-formats.md (round 8 of generalization).

const H = "افتتاح مستشفى جديد في المدينة الشمالية";
const BODY = [
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يضم مئة سرير ويخدم آلاف المواطنين.",
  'وقال مدير المستشفى إن "الأقسام كلها ستعمل بطاقتها الكاملة مطلع الشهر المقبل"، مضيفا أن التوظيف مستمر.',
];

function parse(lines: readonly string[]) {
  return parseArticle([...lines, ...BODY].join("\n"));
}

describe("a site's name after the headline, told by the shape of outlet names", () => {
  it.each([
    ["X نيوز", `${H} - الوادي نيوز`],
    ["X 24", `${H} - عمان 24`],
    ["X برس", `${H} | حضرموت برس`],
    ["a channel", `${H} - قناة الغد`],
    ["a network without the article", `${H} | شبكة رصد`],
    ["a television", `${H} - تلفزيون سوريا`],
    ["an agency", `${H} - وكالة شفق نيوز`],
    ["a name the lexicon does not know, after a bar", `${H} | شفق الرافدين`],
  ])("%s is cut: %s", (_why, line) => {
    expect(parse(["الرئيسية » محليات", line]).title).toBe(H);
  });

  it.each([
    ["a round of a league", "الدوري المحلي يتواصل - الجولة 24"],
    ["the phase of a plan", "افتتاح مستشفى جديد - المرحلة الأولى"],
    ["a score", "الفريق يفوز على ضيفه 2 - 1"],
    ["a country before the story", "الأردن - افتتاح مستشفى جديد في عمان"],
    ["a genre tag after a bar", "افتتاح مستشفى جديد في المدينة | فيديو"],
    ["a phrase with a preposition after a bar", "افتتاح مستشفى جديد | في المدينة"],
  ])("%s stays whole: %s", (_why, line) => {
    expect(parse(["الرئيسية » محليات", line]).title).toBe(line);
  });
});

describe("a tag before a bar that opens the headline", () => {
  it.each([
    ["a word", `خاص | ${H}`],
    ["an emoji and a word", `🔴 عاجل | ${H}`],
    ["two words", `أخبار محلية | ${H}`],
  ])("%s is cut: %s", (_why, line) => {
    expect(parse(["الرئيسية » محليات", line]).title).toBe(H);
  });

  it.each([
    ["two teams", "الأهلي | الزمالك"],
    ["a long phrase before the bar", "وزير الصحة يزور المستشفى الجديد | ويعد بالمزيد من المشاريع"],
  ])("%s is no tag: %s", (_why, line) => {
    expect(parse(["الرئيسية » محليات", line]).title).toBe(line);
  });
});

describe("a menu written one item a line", () => {
  const menu = ["الرئيسية", "أخبار", "المغرب العربي", "الخليج", "مصر", "الشام", "تحليلات", "فيديو"];

  it("its section names are neither the title nor a dateline", () => {
    const a = parse(["المنصة الإخبارية", ...menu, H, "طرابلس - سامي فرج"]);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe("سامي فرج");
    expect(a.dateline).toEqual(expect.objectContaining({ agency: null, location: "طرابلس" }));
  });

  it("a three-word headline closing the run is still the title", () => {
    const title = "افتتاح مستشفى جديد";
    expect(parse([...menu, title]).title).toBe(title);
  });

  it("three short lines are no menu run", () => {
    const a = parse(["الرئيسية", "أخبار", "الخليج", H, "بيروت - رويترز"]);
    expect(a.dateline?.agency).toBe("رويترز");
    expect(a.title).toBe(H);
  });

  it("short lines in the body, none of them known navigation, stay paragraphs", () => {
    const items = ["الصحة أولا", "التعليم للجميع", "طرق آمنة", "مياه نظيفة"];
    const a = parseArticle([H, ...BODY, ...items, BODY[0]].join("\n"));
    const texts = a.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    for (const item of items) expect(texts).toContain(item);
  });
});

describe("a pair of currencies quoted one against the other", () => {
  const m = pageMatchers(DEFAULT_LEXICON);
  it.each(["دينار/دولار 1.41", "دولار/ليرة 14.2"])("%s is a widget", (line) => {
    expect(furnitureKind(line, m)).toBe("widget");
  });
  it.each(["دينار/دولار", "حلب/دمشق 12"])("%s is not", (line) => {
    expect(furnitureKind(line, m)).not.toBe("widget");
  });
  it("above a headline, it is not the title", () => {
    expect(parse(["الرئيسية", "عمّان 14° غائم جزئيا", "دينار/دولار 1.41", H]).title).toBe(H);
  });
});

describe("a photographer's credit after the author's on one line", () => {
  it.each([
    ["إعداد: سامي فرج | تصوير: أحمد علي", "سامي فرج", null],
    ["كتب: ليلى حداد | تصميم: منى يوسف", "ليلى حداد", null],
    ["إعداد: سامي فرج | تحرير: ليلى حداد", "سامي فرج", "ليلى حداد"],
  ])("%s", (line, author, editor) => {
    const a = parse([H, line]);
    expect(a.byline.author).toBe(author);
    expect(a.byline.editor).toBe(editor);
  });
});

describe("a heading in quotation marks between paragraphs", () => {
  const [first, second] = BODY as [string, string];
  it.each(['"لقاح مسموم"', "«أزمة الأسرة»"])("%s is a heading", (heading) => {
    const a = parseArticle([H, first, heading, second].join("\n"));
    expect(a.sections.map((s) => s.heading)).toEqual([null, heading]);
  });

  it("a short quotation after a sentence cut at a link is no heading", () => {
    const a = parseArticle([H, first, "وتابع المدير في حديثه لبرنامج", '"صباح الخير"', second].join("\n"));
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
  });

  it("a known outlet in quotation marks between paragraphs is still a credit, not a heading", () => {
    const a = parseArticle([H, first, "«رويترز»", second].join("\n"));
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe("an outlet the lexicon does not know, told by its place in the dateline", () => {
  const [lead, second] = BODY as [string, string];
  it.each([
    ["PLACE - OUTLET:", "المكلا - المسيلة اليوم: ", "المسيلة اليوم", "المكلا"],
    ["PLACE/ OUTLET/", "أربيل/ باسنيوز/ ", "باسنيوز", "أربيل"],
    ["PLACE /OUTLET/", "كركوك /المربد/ ", "المربد", "كركوك"],
  ])("%s opening the first paragraph", (_why, prefix, agency, location) => {
    const a = parseArticle([H, `${prefix}${lead}`, second].join("\n"));
    expect(a.dateline).toEqual(expect.objectContaining({ agency, location }));
  });

  it.each([
    ["a post", "عدن - الوزير: "],
    ["a group of people", "حلب - سكان محليون: "],
    ["a body", "عدن - وزارة الصحة: "],
    ["a reporter's name", "عدن - سامي فرج: "],
  ])("%s after the place is no outlet", (_why, prefix) => {
    const a = parseArticle([H, `${prefix}${lead}`, second].join("\n"));
    expect(a.dateline?.agency ?? null).toBeNull();
  });

  it.each([
    ["after the place and a slash", "نواكشوط / الوكالة الموريتانية للأنباء"],
    ["before the place and a dash", "الوكالة الموريتانية للأنباء - نواكشوط"],
  ])("an agency named with the article (الوكالة …) on its own line, %s", (_why, line) => {
    const a = parse([H, line]);
    expect(a.dateline).toEqual(
      expect.objectContaining({ agency: "الوكالة الموريتانية للأنباء", location: "نواكشوط" }),
    );
  });
});

describe("an outlet's name before a colon that opens the headline", () => {
  it.each([
    ["X 24", `المدار 24: ${H}`],
    ["X نيوز", `الساحل نيوز: ${H}`],
    ["Latin X News", `Sada News: ${H}`],
  ])("%s is cut", (_why, line) => {
    expect(parse(["الرئيسية » محليات", line]).title).toBe(H);
  });

  it.each([
    ["a speaker", `خبراء: ${H}`],
    ["a place", `ليبيا: ${H}`],
    ["a body in Latin letters", `S&P: ${H}`],
    ["a post before a quoted outlet", `وزير الصحة ل"الوادي 24": ${H}`],
  ])("%s stays", (_why, line) => {
    expect(parse(["الرئيسية » محليات", line]).title).toBe(line);
  });
});

describe("photo captions near the headline", () => {
  it.each([
    ["a caption marker after a dash", "عمال يزيلون آثار الأمطار من الشوارع - صورة أرشيفية"],
    ["an archive credit in brackets", "مواطنون ينتظرون أمام أحد المخابز (أرشيف)"],
    ["a caption opened by جانب من", "جانب من الاجتماع الذي عقد أمس في مقر الوزارة"],
    ["a caption alone in brackets", "(الصورة من المصدر)"],
  ])("%s is no title", (_why, caption) => {
    expect(parse(["الرئيسية » محليات", caption, H]).title).toBe(H);
    expect(parse(["الرئيسية » محليات", H, caption]).sections[0]?.paragraphs).toHaveLength(BODY.length);
  });

  it.each([["a headline that ends with a stage after a dash", "افتتاح مستشفى جديد - المرحلة الأولى"]])(
    "%s stays the title",
    (_why, line) => {
      expect(parse(["الرئيسية » محليات", line]).title).toBe(line);
    },
  );
});

describe("a compound author marker", () => {
  it.each([
    ["إعداد وتحرير: سامي فرج، ليلى حداد", "سامي فرج، ليلى حداد"],
    ["كتابة وتحرير: منى يوسف", "منى يوسف"],
  ])("%s", (line, author) => {
    const a = parse([H, line]);
    expect(a.byline.author).toBe(author);
    expect(a.byline.editor).toBeNull();
  });
});
