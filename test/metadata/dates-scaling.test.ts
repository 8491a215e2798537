/**
 * The dates stage costs time in proportion to the text, also when one line holds thousands of dates: each
 * date of a line was once checked for a dateline prefix by reading every word before it, so a 2 MB line of
 * prose took 74 s (5 MB: killed after 170 s in CI) instead of about a second.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse.js";
import { growth, LINEAR_GROWTH } from "../quotes/linear.js";

const SENTENCE = "وقال الوزير في 12 مارس 2024 إن الحكومة ستعمل على تحسين الخدمات في المدن والقرى. ";

/** A page whose body is one line of `units` code units with a date in every sentence. */
function longLine(units: number): string {
  return `الحكومة تقر خطة جديدة\n${SENTENCE.repeat(Math.ceil(units / SENTENCE.length))}`;
}

describe("dates on one long line", () => {
  it("cost grows linearly with the line (16 times the text, well under 256 times the time)", () => {
    const ratio = growth((n) => parseArticle(longLine(n)), 16 * 1024, 3);
    expect(ratio).toBeLessThan(LINEAR_GROWTH);
  });
});
