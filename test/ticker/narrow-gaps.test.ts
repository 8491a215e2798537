/**
 * Two-space gaps between the items of a strip (`TEXT (وام)  TEXT  TEXT`), and the last plain headlines of a
 * headed strip when a section label, not the title, closes it.
 */
import { describe, expect, it } from "vitest";
import { detectTicker } from "../../src/ticker/index.js";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

const A = "الحكومة تطلق مشروع النقل الأخضر بين المدينتين";
const B = "مطارات البلاد تستقبل مليون مسافر في الربع الثالث";
const C = "تعليق الدراسة الحضورية في مدارس الشمال غدا";
const D = "إطلاق منصة موحدة لتراخيص الأنشطة المنزلية";

const tuples = (page: string): ItemTuple[] => detectTicker(page).map((i) => [i.text, i.source, i.time]);

describe("items parted by two spaces", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "four headlines, sources in parentheses on two",
      `${A} (وام)  ${B}  ${C} (المركز الوطني للأرصاد)  ${D}`,
      [
        [A, "وام", null],
        [B, null, null],
        [C, "المركز الوطني للأرصاد", null],
        [D, null, null],
      ],
    ],
    [
      "three headlines",
      `${A}  ${B}  ${D}`,
      [
        [A, null, null],
        [B, null, null],
        [D, null, null],
      ],
    ],
  ])("%s", (_, strip, expected) => {
    const page = ["بوابة الأخبار", strip, TITLE, BODY, BODY2].join("\n");
    expect(tuples(page)).toEqual(expected);
    // The same through findTicker on the page text itself.
    expect(items(page)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["one double space in a title (two pieces)", `${A}  ${B}`],
    ["a weather widget", "مسقط 24°  صلالة 26°  نزوى 17°  صور 22°"],
    ["a menu", "محليات  اقتصاد  عربي ودولي  رياضة  ثقافة"],
    [
      "a sentence with commas and stray double spaces",
      "وقال الوزير إن الحكومة  ستواصل دعم المزارعين، وإن الخطة  تشمل كل المحافظات  دون استثناء في العام المقبل",
    ],
  ])("%s is not cut", (_, line) => {
    const page = ["بوابة الأخبار", line, TITLE, BODY, BODY2].join("\n");
    expect(tuples(page)).toEqual([]);
  });
});

describe("the last plain headlines of a headed strip", () => {
  const strip = ["عاجل", `10:32 ${A}`, B, `09:05 ${C}`, D];

  it("are items when a section label stands between the strip and the title", () => {
    const page = [...strip, "محليات", TITLE, "كتب: سامر الخطيب", BODY, BODY2].join("\n");
    expect(items(page).map((i) => i[0])).toEqual([A, B, C, D]);
  });

  it("are the title when a date line follows them", () => {
    const page = [...strip, "الأربعاء 18 ديسمبر 2024", "مسقط - وكالات", BODY, BODY2].join("\n");
    expect(items(page).map((i) => i[0])).toEqual([A, B, C]);
  });

  it("are the title when the body follows them", () => {
    const page = [...strip, BODY, BODY2].join("\n");
    expect(items(page).map((i) => i[0])).toEqual([A, B, C]);
  });
});
