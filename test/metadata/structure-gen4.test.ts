import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { isDateLine } from "../../src/metadata/furniture.js";
import { isHeadingShape } from "../../src/metadata/headings.js";
import { pageMatchers } from "../../src/metadata/patterns.js";
import { type PageStructure, readPageStructure } from "../../src/metadata/structure.js";
import { splitLines } from "../../src/segment/index.js";

// Made-up pages in the shapes of page-formats.md (round 4 of generalization).

function read(text: string): PageStructure {
  return readPageStructure(splitLines(text), new Set(), DEFAULT_LEXICON);
}
const kindOf = (text: string, p: PageStructure, line: string) => {
  const at = text.indexOf(line);
  return p.blocks.find((b) => b.span.start <= at && at < b.span.end)?.kind;
};
const paragraphs = (p: PageStructure) => p.sections.flatMap((s) => s.paragraphs.map((x) => x.text));
const headings = (p: PageStructure) => p.sections.flatMap((s) => (s.heading ? [s.heading] : []));

const LEAD = "أقرت الحكومة اليوم خطة جديدة لدعم صغار المزارعين في محافظات الصعيد تشمل الأسمدة والتمويل.";
const SECOND = "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تستهدف نحو مليون مزارع خلال العام الأول.";
const THIRD = "وأضاف أن الوزارة ستتابع تنفيذ الخطة مع المحافظين بشكل دوري لضمان وصول الدعم.";
const TITLE = "الحكومة تقر خطة جديدة لدعم صغار المزارعين";

describe("the title repeated under itself", () => {
  it("does not push the date line under the bylines out of the header", () => {
    const date = "الخميس، 23 أبريل 2026 - 02:15 م";
    const page = [
      `خبر: ${TITLE} - موقع الوادي`,
      TITLE,
      "كتب : وكالات",
      "تحرير: نهى فاروق",
      date,
      LEAD,
      SECOND,
    ].join("\n");
    const p = read(page);
    expect(kindOf(page, p, date)).toBe("date");
    expect(paragraphs(p)).toEqual([LEAD, SECOND]);
  });

  it("leaves a date line after three body paragraphs as furniture", () => {
    const date = "الخميس 23 أبريل 2026";
    const page = [TITLE, "كتب : وكالات", LEAD, SECOND, THIRD, date, SECOND.replace("وقال", "وأكد")].join(
      "\n",
    );
    expect(kindOf(page, read(page), date)).toBe("furniture");
  });
});

describe("heading shape", () => {
  it.each([
    ["من جهته، رأى الخبير الاقتصادي الدكتور هشام الشناوي، أستاذ الاقتصاد بجامعة", false],
    ["وفي هذا السياق، أوضح رئيس الغرفة التجارية", false],
    ["تحذيرات من موجة ثانية", true],
    ["غزة، رفح، خان يونس", true],
    ["ارتفاع الديون إلى 1,500 مليار ليرة", true],
    ["والدعم يبدأ غدا", false],
    ["والأهالي ينتظرون الحل", false],
    ["والآن ما العمل؟", true],
    ["والي الولاية يتفقد المشاريع", true],
    ["وزارة الصحة ترد", true],
  ])("%s -> %s", (line, heading) => {
    expect(isHeadingShape(line)).toBe(heading);
  });

  it("keeps a sentence cut at a link as two body paragraphs", () => {
    const cut = "من جهته، رأى الخبير الاقتصادي الدكتور هشام الشناوي، أستاذ الاقتصاد بجامعة";
    const rest = "المنصورة، أن تثبيت الأسعار رسالة طمأنة للأسواق قبل موسم العيد.";
    const page = [TITLE, LEAD, SECOND, cut, rest, THIRD].join("\n");
    const p = read(page);
    expect(headings(p)).toEqual([]);
    expect(paragraphs(p)).toEqual([LEAD, SECOND, cut, rest, THIRD]);
  });
});

describe("a byline that also credits the photographer", () => {
  it("reads the author of إعداد: NAME | تصوير: NAME and drops the photographer", () => {
    const page = [TITLE, "إعداد: ريما الحلبي | تصوير: جاد خوري", LEAD, SECOND].join("\n");
    const p = read(page);
    expect(p.byline.author).toBe("ريما الحلبي");
    expect(paragraphs(p)).toEqual([LEAD, SECOND]);
  });

  it("leaves a photographer's credit alone as furniture", () => {
    const page = [TITLE, "تصوير: جاد خوري", LEAD, SECOND].join("\n");
    const p = read(page);
    expect(p.byline.author).toBeNull();
    expect(p.furniture.map((f) => f.kind)).toContain("credit");
  });
});

describe("reporters from two places under the title", () => {
  it("is the byline, not the title", () => {
    const page = [TITLE, "من وهران: سفيان بوزيد ومن تيزي وزو: عادل قاسمي", LEAD, SECOND].join("\n");
    const p = read(page);
    expect(p.title?.text).toBe(TITLE);
    expect(p.byline.author).toBe("سفيان بوزيد، عادل قاسمي");
    expect(p.dateline?.location).toBe("وهران، تيزي وزو");
  });
});

describe("date lines with a Latin clock mark or a label", () => {
  const m = pageMatchers(DEFAULT_LEXICON);
  it.each([
    ["2026/11/24 - 08:30 PM", true],
    ["12 مارس 2023 - 10:30 am", true],
    ["منشور في: 12 مارس 2026 الساعة 10:20", true],
    ["أضيف في: 12 مارس 2026", true],
    ["آخر تعديل: الخميس 12 مارس 2026 - 10:20", true],
    ["منشور في الصحيفة 12 مرة", false],
    ["08:30 PM", false],
    ["PM 2026 خطة", false],
  ])("%s -> %s", (line, date) => {
    expect(isDateLine(line, m, DEFAULT_LEXICON)).toBe(date);
  });
});

describe("a byline and its date on one line, joined by a bar", () => {
  it.each([
    ["سامي فرج | 12 مارس 2026", "12 مارس 2026"],
    ["12 مارس 2026 | سامي فرج", "12 مارس 2026"],
    ["الخميس 12 مارس 2026 - 10:20 | كتب: سامي فرج", "الخميس 12 مارس 2026 - 10:20"],
  ])("%s", (line, date) => {
    const page = [TITLE, line, LEAD, SECOND].join("\n");
    const p = read(page);
    expect(p.byline.author).toBe("سامي فرج");
    expect(p.dateline).toBeNull();
    expect(kindOf(page, p, date)).toBe("date");
    expect(paragraphs(p)).toEqual([LEAD, SECOND]);
  });

  it("does not split a line of two pieces that are neither a name nor a date", () => {
    const line = "أخبار محلية | 12 مارس 2026";
    const page = [TITLE, line, LEAD, SECOND].join("\n");
    const p = read(page);
    expect(p.byline.author).toBeNull();
  });
});

describe("a source line after the body", () => {
  it("gives the agency when no dateline did", () => {
    const page = [TITLE, LEAD, SECOND, THIRD, "المصدر: وأج"].join("\n");
    const p = read(page);
    expect(p.dateline?.agency).toBe("وأج");
    expect(paragraphs(p)).toEqual([LEAD, SECOND, THIRD]);
  });

  it("gives way to the dateline under the title", () => {
    const page = [TITLE, "الجزائر - واج", LEAD, SECOND, THIRD, "المصدر: رويترز"].join("\n");
    expect(read(page).dateline?.agency).toBe("واج");
  });

  it("leaves an outlet's name alone at the end as a credit", () => {
    const page = [TITLE, LEAD, SECOND, THIRD, "رويترز"].join("\n");
    expect(read(page).dateline).toBeNull();
  });
});
