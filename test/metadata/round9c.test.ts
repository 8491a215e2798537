/**
 * Round 9, third set of page shapes: two reporters in two cities on one byline line (`PLACE - NAME | PLACE
 * - NAME`) with a place the lexicon does not know, a byline and date line right above the body of a page
 * whose title was not found, a caption credited to the page's own site (`… (SITE)`), a caption opened by
 * one marker word and a dash (`أرشيفية - …`), a Mauritanian name opened by a definite word before ولد, a
 * heading with a temperature written out (`… 50 درجة`) and a heading with a preposition drawn out by a
 * tatweel before a quotation (`مطالب بـ"…"`). Made-up pages.
 */
import { describe, expect, it } from "vitest";
import { type Article, parseArticle } from "../../src/index.js";

const TITLE = "افتتاح محطة جديدة لتحلية المياه في المدينة بعد سنوات من الانتظار";
const LEAD =
  "افتتح وزير المياه صباح اليوم محطة جديدة لتحلية المياه تنتج مئة ألف متر مكعب يوميا، بعد سنوات من التأخير في أعمال البناء.";
const SECOND =
  "وقال مدير المحطة في تصريح صحفي إن المحطة ستغذي الأحياء الشرقية ابتداء من الأسبوع المقبل بعد استكمال مد الأنابيب.";
const THIRD =
  "وأشار المدير إلى أن إدارة المحطة تعمل على تعيين مئتي فني خلال الأشهر المقبلة لتغطية النقص في الكوادر.";

const parse = (lines: readonly string[]): Article => parseArticle(lines.join("\n"));
const paragraphs = (a: Article) => a.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const headings = (a: Article) => a.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));

describe("two reporters in two cities on one byline line", () => {
  it("reads a place of a name's shape the lexicon does not know before its own reporter", () => {
    const a = parse([TITLE, "البصرة - سامي فرج | ذي نهر - علي حسن", LEAD, SECOND]);
    expect(a.byline.author).toBe("سامي فرج، علي حسن");
    expect(a.dateline?.location).toBe("البصرة، ذي نهر");
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("reads the pairs on a line longer than a byline read by shape alone", () => {
    const a = parse([TITLE, "البصرة - سامي علي فرج | ذي نهر - علي حسن الموسوي", LEAD, SECOND]);
    expect(a.byline.author).toBe("سامي علي فرج، علي حسن الموسوي");
    expect(a.dateline?.location).toBe("البصرة، ذي نهر");
  });

  it("keeps a second reporter whose given name is known beside a first one", () => {
    const a = parse([TITLE, "البصرة - سامي فرج | علي حسن", LEAD, SECOND]);
    expect(a.byline.author).toBe("سامي فرج، علي حسن");
    expect(a.dateline?.location).toBe("البصرة");
  });
});

describe("a page whose title is not found", () => {
  it("keeps the byline and the date line right above the body", () => {
    const a = parse([
      "الرئيسية / محليات",
      "البصرة - سامي فرج | ذي نهر - علي حسن",
      "2024/07/04 | 11:20",
      LEAD,
      SECOND,
    ]);
    expect(a.title).toBeNull();
    expect(a.byline.author).toBe("سامي فرج، علي حسن");
    expect(a.published?.iso).toBe("2024-07-04");
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });
});

describe("photo captions", () => {
  it("a caption credited to the page's own site is furniture, not the title", () => {
    const a = parse([
      "نافذة الجنوب | Nafidha",
      TITLE,
      "سامي فرج",
      "عمال في موقع المحطة شرق المدينة (نافذة الجنوب)",
      LEAD,
      SECOND,
    ]);
    expect(a.title).toBe(TITLE);
    expect(paragraphs(a)).toEqual([LEAD, SECOND]);
  });

  it("a caption credited to another site is not read as the page's own", () => {
    const caption = "عمال في موقع المحطة شرق المدينة (نافذة الجنوب)";
    const a = parse(["بوابة الشمال | Bawaba", TITLE, "سامي فرج", caption, LEAD, SECOND]);
    expect(a.furniture.map((f) => f.text)).not.toContain(caption);
  });

  it.each([["أرشيفية - عمال في موقع المحطة شرق المدينة"], ["أرشيف: عمال في موقع المحطة"]])(
    "one marker word set off by a dash or colon opens a caption (%s)",
    (caption) => {
      const a = parse([TITLE, "عدن - سامي فرج", "الخميس 20 يونيو 2024", caption, LEAD, SECOND]);
      expect(paragraphs(a)).toEqual([LEAD, SECOND]);
    },
  );

  it("a line that opens with the marker word without a dash or colon is no caption", () => {
    const line = "أرشيف الوزارة يكشف وثائق جديدة عن تأخر المشروع";
    const a = parse([TITLE, "سامي فرج", LEAD, SECOND, line, THIRD]);
    expect(a.furniture.map((f) => f.text)).not.toContain(line);
  });
});

describe("a name opened by a definite word", () => {
  it("is a reporter's name before the particle of descent ولد", () => {
    const a = parse([TITLE, "تقرير: الشيخ ولد أحمد سالم", LEAD, SECOND]);
    expect(a.title).toBe(TITLE);
    expect(a.byline.author).toBe("الشيخ ولد أحمد سالم");
  });

  it("is no name without one", () => {
    const a = parse([TITLE, "تقرير: المكتب الإعلامي للوزارة", LEAD, SECOND]);
    expect(a.byline.author).toBeNull();
  });
});

describe("headings", () => {
  it("a temperature written out in a heading between paragraphs is no widget", () => {
    const a = parse([TITLE, LEAD, SECOND, "الحرارة تتجاوز 50 درجة", THIRD]);
    expect(headings(a)).toEqual(["الحرارة تتجاوز 50 درجة"]);
    expect(paragraphs(a)).toEqual([LEAD, SECOND, THIRD]);
  });

  it("a city and a temperature written out is still a widget", () => {
    const a = parse(["نافذة الجنوب", "الرياض 45 درجة", TITLE, LEAD, SECOND]);
    expect(a.furniture.map((f) => f.kind)).toContain("widget");
    expect(a.title).toBe(TITLE);
  });

  it.each([['مطالب بـ"العدالة المائية"'], ["دعوات لـ«حوار وطني»"]])(
    "a preposition drawn out by a tatweel before a quotation opens a heading, not a byline (%s)",
    (heading) => {
      const a = parse([TITLE, LEAD, SECOND, heading, THIRD]);
      // The tatweel (U+0640) is dropped by the parse's normalization.
      expect(headings(a)).toEqual([heading.replace("\u0640", "")]);
      expect(a.dateline).toBeNull();
    },
  );

  it("a tatweel between spaces still parts an outlet and its place", () => {
    const a = parse([TITLE, "نافذة ـ «الجنوب»", LEAD, SECOND]);
    expect(a.dateline).not.toBeNull();
  });
});
