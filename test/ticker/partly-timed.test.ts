/**
 * A strip parted by wide gaps or bullets where only some items carry a `- HH:MM` time: the gaps cut as well
 * as the times, and each item keeps its own time and source.
 */
import { describe, expect, it } from "vitest";
import { BODY, type ItemTuple, items, TITLE } from "./helpers.js";

const GAP = "    ";
const A = "إغلاق طريق المطار بسبب الضباب";
const B = "ارتفاع أسعار الخضار في الأسواق المركزية";
const C = "الجامعة تعلن نتائج القبول الموحد";
const D = "انقطاع المياه عن ثلاثة أحياء غدا";

describe("a strip of wide gaps where only some items are timed", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "the time on the first item only",
      `${A} - 09:15${GAP}${B}${GAP}${C} (وزارة التعليم)${GAP}${D}`,
      [
        [A, null, "09:15"],
        [B, null, null],
        [C, "وزارة التعليم", null],
        [D, null, null],
      ],
    ],
    [
      "the time on the last item only",
      `${A}${GAP}${B}${GAP}${D} - 08:40`,
      [
        [A, null, null],
        [B, null, null],
        [D, null, "08:40"],
      ],
    ],
    [
      "two timed items and an untimed one (unchanged)",
      `${A} (الدفاع المدني) - 11:05${GAP}${B} - 10:50${GAP}${D}`,
      [
        [A, "الدفاع المدني", "11:05"],
        [B, null, "10:50"],
        [D, null, null],
      ],
    ],
    [
      "bullets, the time on the middle item",
      `${A} • ${B} - 07:20 • ${D}`,
      [
        [A, null, null],
        [B, null, "07:20"],
        [D, null, null],
      ],
    ],
    [
      "every item timed, joined by single spaces (unchanged)",
      `${A} - 11:05 ${B} - 10:50 ${D} - 10:10`,
      [
        [A, null, "11:05"],
        [B, null, "10:50"],
        [D, null, "10:10"],
      ],
    ],
  ])("%s", (_name, line, expected) => {
    expect(items(["عاجل", line, TITLE, BODY].join("\n"))).toEqual(expected);
  });

  it("a date line with a time and a byline after a gap makes no strip", () => {
    const page = [TITLE, `الأحد، 12 يناير 2025 - 10:30 ص${GAP}كتب: سامر علي`, BODY].join("\n");
    expect(items(page)).toEqual([]);
  });
});
