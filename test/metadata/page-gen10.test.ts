import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { isDateLine } from "../../src/metadata/furniture.js";
import { pageMatchers } from "../../src/metadata/patterns.js";

// Made-up pages in the shapes of page-formats.md (round 8, second pass): date lines under the title that
// were counted as the first body paragraph.

const H = "ارتفاع أسعار الوقود في الأسواق المحلية";
const P1 =
  "أعلنت وزارة الطاقة اليوم عن رفع أسعار المشتقات النفطية بنسبة خمسة بالمئة اعتبارا من الشهر المقبل.";
const P2 = "وقال مسؤول في الوزارة إن القرار جاء بسبب ارتفاع الأسعار العالمية خلال الأسابيع الماضية.";

function parse(lines: readonly string[]) {
  const a = parseArticle(lines.join("\n"));
  return {
    first: a.sections[0]?.paragraphs[0]?.text ?? null,
    published: a.published?.iso ?? null,
    dateline: a.dateline && { agency: a.dateline.agency, location: a.dateline.location },
  };
}

describe("a published line whose update time is relative is page chrome, not the first paragraph", () => {
  it.each([
    ["نشر في: 28-11-2026 | آخر تحديث: منذ ساعتين"],
    ["نشر في: 12 مارس 2026 | آخر تحديث: منذ 5 دقائق"],
    ["تاريخ النشر: 2026/03/12 | آخر تحديث: منذ ساعة"],
    ["نشر في: 12 مارس 2026 - آخر تحديث: منذ 5 دقائق"],
    ["تاريخ النشر: 2026/03/12 - آخر تحديث: منذ ساعة"],
  ])("%s", (line) => {
    const got = parse([H, line, P1, P2]);
    expect(got.first).toBe(P1);
    expect(got.published).not.toBeNull();
  });

  it("a dated dateline opening the paragraph after it is read", () => {
    const got = parse([H, "نشر في: 28-11-2026 | آخر تحديث: منذ ساعتين", `القاهرة (رويترز)-- ${P1}`, P2]);
    expect(got.dateline).toEqual({ agency: "رويترز", location: "القاهرة" });
    expect(got.published).toBe("2026-11-28");
  });

  it.each([
    ["نشر في: 12 مارس 2026 - آخر تحديث: منذ ساعة", true],
    ["نشر في: 12 مارس 2026 منذ ساعة", false],
    ["12 مارس 2026 بعد ساعة", false],
  ])("isDateLine(%s) is %s: a relative time only after a second label", (line, expected) => {
    expect(isDateLine(line, pageMatchers(DEFAULT_LEXICON), DEFAULT_LEXICON)).toBe(expected);
  });

  it("a sentence that speaks of an update some hours ago stays in the body", () => {
    const line = "وقال المسؤول إن آخر تحديث للأسعار جرى منذ ساعتين في 28-11-2026 بعد اجتماع الوزارة.";
    expect(parse([H, P1, line, P2]).first).toBe(P1);
    expect(parseArticle([H, P1, line, P2].join("\n")).sections[0]?.paragraphs).toHaveLength(3);
  });
});

describe("a wire's dated dateline on its own line (PLACE في DATE) is a date line", () => {
  it.each([
    ["المنامة في 16 جمادى الآخرة 1448 هـ الموافق 26 نوفمبر 2026 م", "2026-11-26"],
    ["الرياض في 12 مارس 2026", "2026-03-12"],
    ["القدس المحتلة في 12 مارس 2026", "2026-03-12"],
  ])("%s", (line, iso) => {
    const got = parse([H, "المنامة ـ بنا", line, P1, P2]);
    expect(got.first).toBe(P1);
    expect(got.published).toBe(iso);
  });

  it.each([
    ["an unknown word before في", "الاجتماع في 12 مارس 2026"],
    ["a sentence after the place", "المنامة في 12 مارس 2026 شهدت اجتماعا للوزراء حول أسعار الوقود"],
  ])("not when %s: %s", (_why, line) => {
    const body = parseArticle([H, P1, line, P2].join("\n")).sections.flatMap((s) => [
      s.heading,
      ...s.paragraphs.map((p) => p.text),
    ]);
    expect(body).toContain(line);
  });
});

describe("PLACE في DATE alone names the dateline's place, as PLACE، DATE does", () => {
  it.each([
    ["الرياض في 12 مارس 2026", "الرياض"],
    ["القدس المحتلة في 12 مارس 2026", "القدس المحتلة"],
  ])("%s", (line, location) => {
    const got = parse([H, line, P1, P2]);
    expect(got.dateline).toEqual({ agency: null, location });
    expect(got.first).toBe(P1);
  });

  it("a word that is no known place before في names no place", () => {
    expect(parse([H, "الاجتماع في 12 مارس 2026", P1, P2]).dateline).toBeNull();
  });
});
