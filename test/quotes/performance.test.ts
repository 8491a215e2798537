/**
 * Hostile inputs from issue 5 stay linear: a speech verb repeated 100,000 times, 1 MB of `"`, and runs of the
 * other shapes that make the grammar look ahead (titles, bodies, sources, relatives, trailing attributions).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";
import { growth, LINEAR_GROWTH } from "./linear.js";

describe("linear time on hostile input", () => {
  // A quadratic step over these sizes would not finish in the time allowed.
  it("reads a speech verb repeated 100,000 times", { timeout: 120_000 }, () => {
    expect(extractQuotes("قال ".repeat(100_000)).quotes).toEqual([]);
    expect(extractQuotes("وقال الوزير إن ".repeat(100_000)).quotes.length).toBe(99_999);
  });

  it("reads an organisation head repeated 262,144 times", { timeout: 120_000 }, () => {
    // Every word starts a chain of organisation words (capped at MAX_PHRASE); only a fuller chain's text is read.
    expect(extractQuotes("الائتلاف ".repeat(262_144)).quotes).toEqual([]);
  });

  it('reads 1 MB of "', { timeout: 120_000 }, () => {
    expect(extractQuotes('"'.repeat(1_000_000)).quotes).toEqual([]);
  });

  it.each([
    "قال ",
    "قال إن ",
    "وقال الوزير أحمد سالم إن ",
    'قال: "',
    '"نعم"، قال ',
    "بحسب ما قال ",
    "رئيس ",
    "وزارة ",
    "مصدر في ",
    "الذي قال إن ",
    "لكن ",
    "أحمد ",
    // An organisation head read as a chain at every word (256K of them once took seconds).
    "الائتلاف ",
    "رئيس الائتلاف الوطني ",
    // A paragraph of news prose, repeated into one long paragraph.
    'وقال وزير الخارجية أحمد سالم في بيان إن "الاتفاق سيوقع قريبا"، مضيفا أن الموعد لم يحدد. ',
  ])("grows linearly on runs of %s", { timeout: 120_000 }, (unit) => {
    expect(growth((n) => extractQuotes(unit.repeat(n)), 1_500, 5)).toBeLessThan(LINEAR_GROWTH);
  });
});
