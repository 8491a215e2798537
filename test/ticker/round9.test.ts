/**
 * Round 9 shapes: a bulleted list whose times stand on bulleted lines of their own.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { readTimeLine } from "../../src/ticker/line.js";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { BODY, BODY2, type ItemTuple, items, TITLE } from "./helpers.js";

const patterns = tickerPatterns(DEFAULT_LEXICON.ticker);

describe("a time on a bulleted line of its own", () => {
  const A = "افتتاح جسر المشاة الجديد فوق الطريق الدائري";
  const B = "الأرصاد: غبار كثيف يحد من مدى الرؤية صباح الغد";
  const C = "تمديد ساعات عمل المراكز الصحية خلال شهر الصيام";

  it.each<[string, string, { time: string; day: number | null } | null]>([
    ["a dash and a day word", "- اليوم, 10:42", { time: "10:42", day: 0 }],
    ["a bullet, yesterday", "• أمس، 22:05", { time: "22:05", day: -1 }],
    ["a dash alone before the time", "- 07:15", { time: "07:15", day: null }],
    ["a headline after the time", "- اليوم, 10:42 افتتاح الجسر", null],
    ["a dash with no time", "- اليوم", null],
  ])("%s", (_, line, expected) => {
    expect(readTimeLine(line, patterns)).toEqual(expected);
  });

  it("its time goes to the item above it, and the list goes on under it", () => {
    const page = `الموقع الإخباري\nأهم الأخبار\n- ${A}\n- ${B}\n- اليوم, 10:42\n- ${C}\n\n${TITLE}\n${BODY}`;
    expect(items(page)).toEqual<ItemTuple[]>([
      [A, null, null],
      [B, null, "10:42"],
      [C, null, null],
    ]);
  });

  it("a bulleted time under the title, with no list, makes no item", () => {
    expect(items(`${TITLE}\n- اليوم, 10:42\n${BODY}\n${BODY2}`)).toEqual([]);
  });
});
