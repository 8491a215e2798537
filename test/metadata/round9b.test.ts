/**
 * Round 9, second set of page shapes: a witness's short sentence in quotation marks as a section heading,
 * `PLACE: مراسلنا` (the outlet's own correspondent), a `PLACE - SITE` dateline under a masthead that adds
 * its kind and nisba (`صحيفة SITE العمانية`), a page whose first line is its browser title (`HEADLINE |
 * SITE`) with the headline shown again above the article, a `SITE - MOTTO` masthead over a headline that
 * ends with a period, a wire's labelled headline ending with a period (`عام / …`), a `عاجل:` flag before
 * the title and an ordinal after a part of a month (`الأسبوع الأول من أبريل`). Made-up pages.
 */
import { describe, expect, it } from "vitest";
import { type Article, parseArticle } from "../../src/index.js";

const TITLE = "افتتاح مستشفى جديد للأطفال في المدينة بعد سنوات من الانتظار";
const LEAD =
  "افتتح وزير الصحة صباح اليوم مستشفى جديدا للأطفال يضم مئة وعشرين سريرا وقسما للعناية المركزة، بعد سنوات من التأخير في أعمال البناء.";
const SECOND =
  "وقال مدير المستشفى في تصريح صحفي إن المستشفى سيستقبل المرضى ابتداء من الأسبوع المقبل بعد استكمال تجهيز الأقسام.";
const THIRD =
  "وأشار المدير إلى أن إدارة المستشفى تعمل على تعيين مئتي ممرض وممرضة خلال الأشهر المقبلة لتغطية النقص في الكوادر.";

const parse = (lines: readonly string[]): Article => parseArticle(lines.join("\n"));
const paragraphs = (a: Article) => a.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const headings = (a: Article) => a.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));
const isos = (a: Article) => a.dates.map((d) => d.iso);

describe("a short sentence in quotation marks between paragraphs", () => {
  it.each([['"ننتظر الطبيب منذ الفجر"'], ["«لم نر مثل هذا الزحام من قبل»"]])(
    "is a section heading when it has no mark of punctuation (%s)",
    (quote) => {
      const a = parse([TITLE, LEAD, SECOND, quote, THIRD]);
      expect(headings(a)).toEqual([quote]);
      expect(paragraphs(a)).toEqual([LEAD, SECOND, THIRD]);
    },
  );

  it.each([['"إلى متى ننتظر الدواء؟"'], ["«إلى متى؟»"]])(
    "is a section heading when it asks a question at its end, or is a short phrase (%s)",
    (quote) => {
      const a = parse([TITLE, LEAD, SECOND, quote, THIRD]);
      expect(headings(a)).toEqual([quote]);
    },
  );

  it.each([
    ['"ننتظر الطبيب منذ الفجر، ولا أحد يجيب"'],
    ['"ننتظر الطبيب منذ الفجر."'],
    ['"إلى متى؟ لا أحد يجيب عن سؤالنا"'],
  ])("is a quoted paragraph with a comma or a final period (%s)", (quote) => {
    const a = parse([TITLE, LEAD, SECOND, quote, THIRD]);
    expect(headings(a)).toEqual([]);
    expect(paragraphs(a)).toEqual([LEAD, SECOND, quote, THIRD]);
  });
});

describe("the outlet's own correspondent after the place", () => {
  it.each([["الأبيض: مراسلنا"], ["الأبيض - مراسلتنا"]])("`%s` names the place and no agency", (line) => {
    const a = parse([TITLE, line, LEAD, SECOND]);
    expect(a.dateline).toEqual({ agency: null, location: "الأبيض" });
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("a correspondent of a named outlet still names the outlet", () => {
    const a = parse([TITLE, "القاهرة - مراسل الجزيرة", LEAD, SECOND]);
    expect(a.dateline?.agency).toBe("الجزيرة");
  });
});

describe("a masthead with its kind and nisba", () => {
  it("`صحيفة SITE العمانية` makes `PLACE - SITE` the dateline, its outlet the agency", () => {
    const a = parse([
      "صحيفة الرمال العمانية",
      "الرئيسية | محليات | رياضة",
      TITLE,
      "نزوى - الرمال",
      LEAD,
      SECOND,
    ]);
    expect(a.dateline).toEqual({ agency: "الرمال", location: "نزوى" });
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("without a word of its kind before it, the last word of the masthead is its own", () => {
    const a = parse(["الرمال العمانية", "الرئيسية | محليات | رياضة", TITLE, "نزوى - الرمال", LEAD, SECOND]);
    expect(a.dateline).toBeNull();
  });
});

describe("a page that opens with its browser title", () => {
  const SITE = "النهر اليوم";
  it("the headline shown again above the article is the title; masthead, motto and menu are chrome", () => {
    const a = parse([
      `${TITLE} | ${SITE}`,
      SITE,
      "وكالة أنباء مستقلة",
      "الرئيسية   الأخبار   تقارير   مقابلات   الولايات   رياضة",
      TITLE,
      `كيفه – ${SITE} – 14 مارس 2024`,
      LEAD,
      SECOND,
    ]);
    expect(a.title).toBe(TITLE);
    expect(a.dateline).toEqual({ agency: SITE, location: "كيفه" });
    expect(a.published?.iso).toBe("2024-03-14");
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("with the headline not shown again, the first line stays the title", () => {
    const a = parse([`${TITLE} | ${SITE}`, LEAD, SECOND]);
    expect(a.title).toBe(TITLE);
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("the site's name alone under that first line is no standfirst", () => {
    const a = parse([
      `${TITLE} | ${SITE}`,
      SITE,
      "الرئيسية | أخبار | رياضة",
      "الأحد 7 يوليو 2024",
      LEAD,
      SECOND,
    ]);
    expect(a.title).toBe(TITLE);
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("`HEADLINE - SITE` gives the site's name when the next line repeats it", () => {
    const a = parse([
      `${TITLE} - ${SITE}`,
      SITE,
      "الرئيسية | أخبار | رياضة",
      TITLE,
      `كيفه - ${SITE}`,
      LEAD,
      SECOND,
    ]);
    expect(a.title).toBe(TITLE);
    expect(a.dateline).toEqual({ agency: SITE, location: "كيفه" });
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("a headline in two halves parted by a dash keeps its second half", () => {
    const title = "الحكومة تقر الموازنة الجديدة - المعارضة تنسحب من الجلسة";
    const a = parse([title, "الأحد 7 يوليو 2024", LEAD, SECOND]);
    expect(a.title).toBe(title);
  });
});

describe("a headline that ends with a period", () => {
  const PERIOD_TITLE = "«الشورى» يقر رفع إعانة الباحثين عن عمل إلى 300 دينار.";
  it("under a `SITE - MOTTO` masthead, a menu and a section's label, before a byline", () => {
    const a = parse([
      "الصباح الجديد - أول صحيفة إلكترونية في البلاد",
      "الثلاثاء 21 مايو 2024",
      "المنامة 34°   |   1 دينار = 2.65 دولار",
      "الأولى   محليات   برلمان   اقتصاد   دوليات   رياضة",
      "برلمان",
      PERIOD_TITLE,
      "كتب: سلمان عبدالله",
      LEAD,
      SECOND,
    ]);
    expect(a.title).toBe(PERIOD_TITLE);
    expect(a.byline.author).toBe("سلمان عبدالله");
    expect(a.published).toBeNull();
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("after a wire's section label, over a paragraph that opens with its dateline", () => {
    const wire = "عام / انطلاق امتحانات الشهادة الثانوية في 14 ولاية بمشاركة أكثر من مئتي ألف طالب وطالبة.";
    const lead = `الأبيض 14-7-2024 (سونا) - ${LEAD}`;
    const a = parse(["الرئيسية | أخبار | اقتصاد | رياضة", wire, lead, SECOND]);
    expect(a.title).toBe(wire.slice("عام / ".length));
    expect(a.dateline).toEqual({ agency: "سونا", location: "الأبيض" });
    expect(paragraphs(a)).toEqual([lead, SECOND]);
  });

  it("a paragraph after a word and a slash that is no section label stays a paragraph", () => {
    const line = "الطريق / الممر الجديد سيفتح أمام السيارات خلال أسابيع بعد انتهاء أعمال الصيانة.";
    const a = parse([TITLE, "الأحد 7 يوليو 2024", line, SECOND]);
    expect(a.title).toBe(TITLE);
    expect(paragraphs(a)).toEqual([line, SECOND]);
  });
});

describe("a `عاجل` flag before the title", () => {
  it("is not part of the headline", () => {
    const a = parse([`عاجل: ${TITLE}`, "الأحد 7 يوليو 2024", LEAD, SECOND]);
    expect(a.title).toBe(TITLE);
  });

  it("a headline that opens with another word of the root keeps it", () => {
    const title = "عاجلة هي خطة الحكومة لإنقاذ الموسم الزراعي";
    const a = parse([title, "الأحد 7 يوليو 2024", LEAD, SECOND]);
    expect(a.title).toBe(title);
  });
});

describe("an ordinal after a part of a month", () => {
  it.each([
    ["سيبدأ الصرف خلال الأسبوع الأول من أبريل المقبل."],
    ["وتنطلق الحملة في النصف الثاني من مارس."],
    ["وينتهي العمل بالأسبوع الثالث من مايو."],
  ])("counts weeks or halves, no day (%s)", (sentence) => {
    expect(isos(parse([TITLE, LEAD, sentence]))).toEqual([]);
  });

  it("an ordinal after a preposition or يوم is the day", () => {
    expect(isos(parse([TITLE, LEAD, "وسيبدأ الصرف في الأول من أبريل، ويوم الخامس من مايو."]))).toEqual([
      "--04-01",
      "--05-05",
    ]);
  });
});
