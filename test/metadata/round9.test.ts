/**
 * Round 9 page shapes: a breadcrumb `SECTION | SERIES` above the headline, a compound given name alone
 * under the title, the comment box's closing notice and a reporter's signature after the body, a
 * `عاجل | …` link between two paragraphs, the inline bylines `PLACE - NAME:` and `NAME- OUTLET- TOWN:` with
 * names, outlets and towns the lexicon does not know, and the page's date above the menu. Made-up pages.
 */
import { describe, expect, it } from "vitest";
import { type Article, parseArticle } from "../../src/index.js";

const TITLE = "الحكومة تقر خطة جديدة لدعم المزارعين في موسم الحصاد";
const LEAD =
  "أقرت الحكومة في اجتماعها الأسبوعي خطة لدعم المزارعين تشمل قروضا ميسرة وتوزيع البذور المحسنة على صغار المنتجين في المناطق الريفية.";
const SECOND =
  "وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل تبدأ الشهر المقبل وتنتهي مع نهاية العام الجاري.";
const THIRD =
  "وأشار الوزير إلى أن الوزارة ستتابع تنفيذ الخطة مع المجالس المحلية وتنشر تقارير دورية عن نتائجها في كل محافظة.";

const parse = (lines: readonly string[]): Article => parseArticle(lines.join("\n"));
const paragraphs = (a: Article) => a.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const headings = (a: Article) => a.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));

describe("a breadcrumb above the headline", () => {
  it("`SECTION | SERIES` is the path to the story, and the longer headline under it the title", () => {
    const a = parse(["ملفات | الموسم الزراعي الجديد", TITLE, "الأحد 7 يوليو 2024", LEAD, SECOND]);
    expect(a.title).toBe(TITLE);
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("a section label before a whole headline leaves it the title, and the longer line under it a standfirst", () => {
    const standfirst = "خطة على ثلاث مراحل تبدأ الشهر المقبل وتشمل قروضا ميسرة وبذورا محسنة لصغار المنتجين";
    const a = parse([`اقتصاد | ${TITLE}`, standfirst, "الأحد 7 يوليو 2024", LEAD, SECOND]);
    expect(a.title).toBe(TITLE);
    expect(paragraphs(a)).toEqual([standfirst, LEAD, SECOND]);
  });
});

describe("a reporter's name alone under the title", () => {
  it("opens with a compound given name (`X الكريم`, `X الدين`) the lexicon does not list", () => {
    for (const name of ["عوض الكريم حامد", "صلاح الدين عكاشة"]) {
      const a = parse([TITLE, name, LEAD, SECOND]);
      expect(a.byline.author).toBe(name);
      expect(paragraphs(a)).toEqual([LEAD, SECOND]);
    }
  });

  it("a two-word phrase with such a second word is no name", () => {
    const a = parse([TITLE, "رجال الدين", LEAD, SECOND]);
    expect(a.byline.author).toBeNull();
  });
});

describe("after the body", () => {
  it("the comment box's closing notice is furniture, and the reporter's signature above it the byline", () => {
    const a = parse([TITLE, LEAD, SECOND, "نادية بوعلام", "التعليقات مغلقة.", "مقالات مشابهة"]);
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
    expect(headings(a)).toEqual([]);
    expect(a.byline.author).toBe("نادية بوعلام");
  });

  it("a paragraph that only opens with the word for comments stays a paragraph", () => {
    const line = "التعليقات التي نشرها المواطنون على صفحة الوزارة طالبت بتسريع صرف القروض قبل بداية الموسم.";
    const a = parse([TITLE, LEAD, line]);
    expect(paragraphs(a)).toEqual([LEAD, line]);
  });

  it("a signature followed only by related headlines is the byline, not a heading", () => {
    const a = parse([
      TITLE,
      LEAD,
      SECOND,
      "نادية بوعلام",
      "الحكومة تعلن موعد صرف الدفعة الأولى من القروض",
      "ارتفاع أسعار الأسمدة في الأسواق المحلية",
    ]);
    expect(headings(a)).toEqual([]);
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
    expect(a.byline.author).toBe("نادية بوعلام");
  });

  it("such a signature under a byline is a credit line, not a paragraph", () => {
    const a = parse([
      TITLE,
      "كتب: سمير حداد",
      LEAD,
      SECOND,
      "نادية بوعلام",
      "الحكومة تعلن موعد صرف الدفعة الأولى من القروض",
      "ارتفاع أسعار الأسمدة في الأسواق المحلية",
    ]);
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
    expect(a.byline.author).toBe("سمير حداد");
  });
});

describe("a breaking-news link between paragraphs", () => {
  it("`عاجل | HEADLINE` is a link to another story: neither a heading nor a paragraph", () => {
    const a = parse([TITLE, LEAD, SECOND, "عاجل | البرلمان يصادق على قانون المالية التكميلي", THIRD]);
    expect(headings(a)).toEqual([]);
    expect(paragraphs(a)).toEqual([LEAD, SECOND, THIRD]);
  });

  it("a heading between paragraphs is still a heading", () => {
    const a = parse([TITLE, LEAD, SECOND, "مخاوف المزارعين", THIRD]);
    expect(headings(a)).toEqual(["مخاوف المزارعين"]);
  });

  it("`عاجل:` opening a sentence of the body is a paragraph", () => {
    const line =
      "عاجل: بهذه الكلمة افتتح المزارعون رسالتهم إلى الوزارة مطالبين بصرف التعويضات قبل نهاية الشهر.";
    const a = parse([TITLE, LEAD, line, THIRD]);
    expect(paragraphs(a)).toEqual([LEAD, line, THIRD]);
  });
});

describe("inline bylines", () => {
  const story = "أثارت الخطة الجديدة نقاشا واسعا بين المزارعين وأصحاب الأراضي حول شروط الحصول على القروض.";

  it("`PLACE - NAME:` with a family name of the relation shape gives the reporter, not an outlet", () => {
    const a = parse([TITLE, `الدوحة - شيخة الكواري: ${story}`, SECOND]);
    expect(a.byline.author).toBe("شيخة الكواري");
    expect(a.dateline?.agency ?? null).toBeNull();
    expect(a.dateline?.location).toBe("الدوحة");
  });

  it("`PLACE - OUTLET:` with an outlet of another shape still gives the outlet", () => {
    const a = parse([TITLE, `الدوحة - صدى الخليج: ${story}`, SECOND]);
    expect(a.dateline?.agency).toBe("صدى الخليج");
    expect(a.byline.author).toBeNull();
  });

  it("`NAME- OUTLET- TOWN:` with an outlet and a town the lexicon does not know", () => {
    for (const outlet of ["شحات نيوز", "رصيف"]) {
      const a = parse([TITLE, `هالة الزوي- ${outlet}- سوسة الجبل: ${story}`, SECOND]);
      expect(a.byline.author).toBe("هالة الزوي");
      expect(a.dateline?.agency).toBe(outlet);
      expect(a.dateline?.location).toBe("سوسة الجبل");
      expect(paragraphs(a)[0]).toBe(`هالة الزوي- ${outlet}- سوسة الجبل: ${story}`);
    }
  });

  it("a third part of three words, or one with a function word, is no town", () => {
    for (const third of ["سوسة الجبل الأخضر", "في الصباح"]) {
      const a = parse([TITLE, `هالة الزوي- شحات نيوز- ${third}: ${story}`, SECOND]);
      expect(a.dateline?.location ?? null).not.toBe(third);
    }
  });
});

describe("the page's date", () => {
  const menu = "الرئيسية | محليات | اقتصاد | رياضة | منوعات";

  it("a date line between the masthead and the menu, far from the title, is not the publication date", () => {
    const a = parse(["صوت الريف", "الأحد 7 يوليو 2024", menu, "محليات", TITLE, "منذ ساعتين", LEAD, SECOND]);
    expect(a.published).toBeNull();
    expect(a.dates).toEqual([]);
  });

  it("a date line just above the title is still its date stamp", () => {
    const a = parse(["صوت الريف", menu, "الأحد 7 يوليو 2024", TITLE, LEAD, SECOND]);
    expect(a.published?.iso).toBe("2024-07-07");
  });
});
