/**
 * Item numbers, short dates before a time, and a source in parentheses before an ellipsis: what an item
 * carries around its headline and must not keep in its text.
 */
import { describe, expect, it } from "vitest";
import { afterItemNumber, afterShortDate } from "../../src/ticker/line.js";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

const H1 = "انفجار في المرفأ الرئيسي للمدينة";
const H2 = "إغلاق الطريق الدولي بين المدينتين";
const H3 = "وصول وفد الوساطة إلى العاصمة";

function page(...tickerLines: string[]): string {
  return [...tickerLines, TITLE, BODY, BODY2].join("\n");
}

describe("afterItemNumber", () => {
  it.each<[string, number]>([
    ["1- نص الخبر", 3],
    ["12) نص الخبر", 4],
    ["٣. نص الخبر", 3],
    ["3-2 فوز الفريق", 0],
    ["4 إصابات في الحادث", 0],
    ["123- نص الخبر", 0],
    ["1-نص الخبر", 0],
  ])("%s -> %i", (text, expected) => {
    expect(afterItemNumber(text, 0, text.length)).toBe(expected);
  });
});

describe("afterShortDate", () => {
  it.each<[string, number]>([
    ["14/5 - 09:15 نص", 7],
    ["3/2 11:20 نص", 4],
    ["2025/5 - 09:15", 0],
    ["14/5/2025 - 09:15", 0],
    ["09:15 نص", 0],
  ])("%s -> %i", (text, expected) => {
    expect(afterShortDate(text, 0, text.length)).toBe(expected);
  });
});

describe("findTicker: numbers, dates and sources around a headline", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "numbered items under a header: the number is no part of the text",
      page("الأخبار العاجلة", `1- ${H1}`, `2- ${H2}`, `3- ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "numbered items with a day, a month and a time",
      page("عاجل", `1- 14/5 - 09:15 ${H1}`, `2- 14/5 - 08:40 ${H2}`),
      [
        [H1, null, "09:15"],
        [H2, null, "08:40"],
      ],
    ],
    [
      "a day, a month and a time after the header on the same line",
      page(`آخر الأخبار 3/2 - 11:20 ${H1}`, `3/2 - 10:55 ${H2}`, `3/2 - 09:40 ${H3}`),
      [
        [H1, null, "11:20"],
        [H2, null, "10:55"],
        [H3, null, "09:40"],
      ],
    ],
    [
      "a source in parentheses before the ellipsis between items",
      page(
        `عاجل 10:30 ص ${H1} (وزارة الداخلية) ... 09:50 ص ${H2} (الدفاع المدني) ... 08:15 ص ${H3} (مراسلنا)`,
      ),
      [
        [H1, "وزارة الداخلية", "10:30"],
        [H2, "الدفاع المدني", "09:50"],
        [H3, "مراسلنا", "08:15"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it("keeps a count that opens a headline", () => {
    expect(items(page("عاجل", `- 4 إصابات في حادث سير على الطريق الدولي`, `- ${H2}`))[0]?.[0]).toBe(
      "4 إصابات في حادث سير على الطريق الدولي",
    );
  });
});
