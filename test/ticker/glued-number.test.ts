/**
 * `TEXT - HH:MM` items glued with no space to a next item that opens with a number (`- 20:2819 حالة …`): the
 * time has two digits of minutes, the rest opens the next headline.
 */
import { describe, expect, it } from "vitest";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { readTimeAt } from "../../src/ticker/time.js";
import { BODY, type ItemTuple, items, TITLE } from "./helpers.js";

const patterns = tickerPatterns();

describe("a time glued to a number that opens the next item", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "after a dash, before a headline that opens with a count",
      "انقطاع المياه عن أحياء المدينة - 20:2819 حالة اشتباه جديدة في المحافظة - 19:55",
      [
        ["انقطاع المياه عن أحياء المدينة", null, "20:28"],
        ["19 حالة اشتباه جديدة في المحافظة", null, "19:55"],
      ],
    ],
    [
      "with a source, before a count in Arabic-Indic digits",
      "وزير النقل يفتتح المحطة (مراسلنا) - 21:33٤ إصابات في حادث سير على الطريق الدولي (الدفاع المدني) - 21:05",
      [
        ["وزير النقل يفتتح المحطة", "مراسلنا", "21:33"],
        ["٤ إصابات في حادث سير على الطريق الدولي", "الدفاع المدني", "21:05"],
      ],
    ],
  ])("%s", (_name, line, expected) => {
    expect(items(["عاجل", line, TITLE, BODY].join("\n"))).toEqual(expected);
  });

  it.each<[string, number]>([
    // No dash before: a number such as a phone or a score, not a time.
    ["الرقم 20:2819 للاتصال", 6],
    // Four digits after the minutes: no count of a headline.
    ["خبر - 20:281234 نص", 6],
    // Digits and no space after them.
    ["خبر - 20:2819", 6],
  ])("%s has no time at %s", (text, at) => {
    expect(readTimeAt(text, at, text.length, patterns)).toBeNull();
  });
});
