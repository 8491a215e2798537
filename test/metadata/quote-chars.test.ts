import { describe, expect, it } from "vitest";
import { hasQuoteChar, QUOTE_CHARS } from "../../src/metadata/patterns.js";

describe("hasQuoteChar", () => {
  it.each<[string, boolean]>([
    ['قال "نعم"', true],
    ["«الجزيرة»", true],
    ["“رمال الخليج”", true],
    ["„نص", true],
    ["رويترز ‘خاص’", true],
    ["it's", true],
    ["الجزيرة نت", false],
    ["(واس) - الرياض", false],
    ["", false],
    // Other marks that look like quotes are not in the list.
    ["‹نص› ‚نص", false],
  ])("%s → %s", (text, expected) => {
    expect(hasQuoteChar(text)).toBe(expected);
  });

  it("agrees with QUOTE_CHARS on every code unit", () => {
    const disagreements: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasQuoteChar(`x${ch}y`) !== QUOTE_CHARS.includes(ch)) disagreements.push(c);
    }
    expect(disagreements).toEqual([]);
  });
});
