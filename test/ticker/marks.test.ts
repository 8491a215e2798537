/**
 * Items parted by marks set off by spaces after a header on the same line (` ... `, ` * `, ` + `), and sources
 * written before the headline with a colon (`رويترز: TEXT`).
 */
import { describe, expect, it } from "vitest";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

const H1 = "انفجار في المرفأ الرئيسي للمدينة";
const H2 = "إغلاق الطريق الدولي بين المدينتين";
const H3 = "وصول وفد الوساطة إلى العاصمة";

function page(...tickerLines: string[]): string {
  return [...tickerLines, TITLE, BODY, BODY2].join("\n");
}

/** A page whose strip comes at the bottom, after the body. */
function bottomPage(...tickerLines: string[]): string {
  return [TITLE, BODY, BODY2, ...tickerLines].join("\n");
}

describe("findTicker: marks set off by spaces after a header", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "an ellipsis between items",
      page(`آخر الأخبار: ${H1} ... ${H2} ... ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "a star between items, at the bottom of the page",
      bottomPage(`شريط الأخبار * ${H1} * ${H2} * ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "a plus between items, the first one after the header too",
      bottomPage(`شريط الأخبار + ${H1} + ${H2} + ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "sources before the headlines with a colon",
      page(`آخر الأخبار: رويترز: ${H1} ... أ ف ب: ${H2} ... الوكالة الوطنية: ${H3}`),
      [
        [H1, "رويترز", null],
        [H2, "أ ف ب", null],
        [H3, "الوكالة الوطنية", null],
      ],
    ],
    [
      "sources before the headlines, one item a line after a time",
      page("آخر الأخبار", `13:20 | رويترز: ${H1}`, `12:05 | AFP: ${H2}`),
      [
        [H1, "رويترز", "13:20"],
        [H2, "AFP", "12:05"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      "an ellipsis inside a body sentence, no header",
      `قال الوزير إن الوضع صعب ... لكن الحكومة تعمل على حله، وإن الأزمة ستنتهي قريبا.`,
    ],
    ["a plus in a sum, no header", `ارتفع العدد إلى 5 + 3 حالات في المدينة خلال اليوم`],
  ])("no ticker from %s", (_name, line) => {
    expect(items(bottomPage(line))).toEqual([]);
  });

  it("keeps a speaker's colon when not every item of the strip opens with one", () => {
    expect(items(page("عاجل", `- الوزير: ${H1}`, `- ${H2}`))).toEqual([
      [`الوزير: ${H1}`, null, null],
      [H2, null, null],
    ]);
  });

  it("keeps a headline whose colon follows a number or too many words", () => {
    expect(items(page("عاجل", `- الجولة 5: ${H1}`, `- وزير الخارجية في حكومة الوحدة: ${H2}`))).toEqual([
      [`الجولة 5: ${H1}`, null, null],
      [`وزير الخارجية في حكومة الوحدة: ${H2}`, null, null],
    ]);
  });
});

describe("findTicker: a header word glued before every item", () => {
  it("reads the strip's label glued to each item's label", () => {
    expect(items(page(`عاجلعاجل: ${H1}عاجل: ${H2}عاجل: ${H3}`))).toEqual([
      [H1, null, null],
      [H2, null, null],
      [H3, null, null],
    ]);
  });

  it.each<[string, string]>([
    ["a word that is no header, doubled", `بيانبيان: ${H1}بيان: ${H2}`],
    ["a doubled header with one item only", `عاجلعاجل: ${H1}`],
  ])("no items from %s", (_name, line) => {
    expect(items(bottomPage(line))).toEqual([]);
  });
});
