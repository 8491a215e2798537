/**
 * Nothing is lost: every non-white-space code unit of the input lies in exactly one block.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse.js";
import { anyText, articleText } from "../arbitraries/index.js";
import { property } from "./harness.js";
import { coverageViolations } from "./invariants.js";

describe("blocks cover the input", () => {
  property(
    "on page-like text: blocks in order, no overlap, every visible unit inside one",
    articleText,
    (input) => {
      expect(coverageViolations(input, parseArticle(input))).toEqual([]);
    },
  );

  property("on arbitrary Unicode", anyText, (input) => {
    expect(coverageViolations(input, parseArticle(input))).toEqual([]);
  });
});

/** Inputs the fuzz run once found a violation on, kept as fixed cases. */
describe("blocks cover the input: past counterexamples", () => {
  it.each([
    // U+0653 then a line break then U+F900 (NFC: U+8C48): two NFC clusters that touch were merged, so both
    // lines mapped to the whole input and their furniture blocks overlapped.
    ["a mark, a line break, a CJK compatibility ideograph", "\u0653\n\uf900"],
    ["two compatibility ideographs on two lines", "\uf900\n\uf901"],
    ["a mark line before an Arabic line with a composing hamza", "\u0653\n\u0627\u0654\u0644"],
    // A byline and a date joined by a bar were read as two rows that left the bar in neither.
    ["an editor and a date prefix joined by a bar", "Editing: ليلى حداد |   date 2020-02-12\n"],
    ["a reporter and a date joined by a bar", "سامي فرج | 12 مارس 2026\nعنوان الخبر"],
  ])("%s", (_name, input) => {
    expect(coverageViolations(input, parseArticle(input))).toEqual([]);
  });
});
