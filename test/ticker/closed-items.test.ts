/**
 * Headlines closed by a full stop, one per line: a list when three or more stand together or a header opens
 * them; a short lead or caption closed so is no item. A credit word that is also a verbal noun of an event
 * (`تحرير 120 مخالفة …`) opens a headline, not a byline.
 */
import { describe, expect, it } from "vitest";
import { isHeadlineLike } from "../../src/ticker/line.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { BODY, BODY2, items, TITLE } from "./helpers.js";

const A = "انقطاع المياه عن أحياء واسعة في مدينة حماة.";
const B = "وزارة التربية تمدد التسجيل في الامتحانات حتى نهاية الشهر.";
const C = "ارتفاع أسعار الخضار في أسواق دمشق مع موجة البرد.";
const D = "تحرير 120 مخالفة مرورية على طريق المطار.";

const texts = (page: string) => items(page).map((i) => i[0]);

describe("headlines closed by a full stop", () => {
  it("three or more, unlabelled above the title", () => {
    expect(texts(["شام اليوم", A, B, C, TITLE, "كتب: سامر الخطيب", BODY, BODY2].join("\n"))).toEqual([
      A,
      B,
      C,
    ]);
  });

  it("two under a header", () => {
    expect(texts(["آخر الأخبار", A, B, TITLE, BODY, BODY2].join("\n"))).toEqual([A, B]);
  });

  it("a headline opening with a credit word that is a verbal noun", () => {
    expect(texts(["آخر الأخبار", A, D, TITLE, BODY, BODY2].join("\n"))).toEqual([A, D]);
  });

  it.each([
    ["two without a header", ["شام اليوم", A, B, TITLE, BODY, BODY2]],
    [
      "a lead closed by a full stop under the title",
      ["شام اليوم", TITLE, A, "كتب: سامر الخطيب", BODY, BODY2],
    ],
    ["a title and two short paragraphs", [TITLE, "كتب: سامر الخطيب", A, C, BODY, BODY2]],
    // The article's own one-sentence paragraphs, each closed by a stop, three of them under the title.
    ["three short paragraphs right under the title", ["شام اليوم", TITLE, A, B, C, BODY, BODY2]],
    ["three short paragraphs running into the body", ["شام اليوم", A, B, C, BODY, BODY2]],
  ])("no item: %s", (_what, lines) => {
    expect(texts(lines.join("\n"))).toEqual([]);
  });
});

describe("credit words that are verbal nouns", () => {
  const patterns = tickerPatterns();
  it.each([
    ["a headline of an event", "تحرير 120 مخالفة مرورية على طريق المطار", true],
    ["a credit with a colon", "تحرير: سامر الخطيب ومنى عبد الرحمن وليلى حداد", false],
    ["a credit with a slash", "تحرير / سامر الخطيب ومنى عبد الرحمن وليلى حداد", false],
    ["a short credit", "تحرير سامر الخطيب", false],
    ["a byline word that is no verbal noun", "كتب سامر الخطيب من مدينة حماة اليوم", false],
  ])("%s", (_what, line, headline) => {
    expect(isHeadlineLike(line, patterns)).toBe(headline);
  });
});
