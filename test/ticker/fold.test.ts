import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { foldKey } from "../../src/ticker/fold.js";

/** The key as the rules define it, one code point at a time: what the fast path must reproduce. */
function referenceKey(word: string): string {
  let out = "";
  for (const ch of word.toLowerCase()) {
    const code = ch.charCodeAt(0);
    if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640) continue;
    if (ch === "\u0623" || ch === "\u0625" || ch === "\u0622" || ch === "\u0671") out += "\u0627";
    else if (ch === "\u0649") out += "\u064A";
    else if (ch === "\u0629") out += "\u0647";
    else out += ch;
  }
  return out;
}

describe("foldKey", () => {
  it.each<[string, string]>([
    ["مساءً", "مساء"],
    ["أخبار", "اخبار"],
    ["إعلان", "اعلان"],
    ["آخر", "اخر"],
    ["ٱلله", "الله"],
    ["على", "علي"],
    ["العاجلة", "العاجله"],
    ["عـاجل", "عاجل"],
    ["BREAKING", "breaking"],
    ["Ticker24", "ticker24"],
    ["ÉTÉ", "été"],
    ["İ", "i\u0307"],
    ["", ""],
  ])("%s → %s", (word, key) => {
    expect(foldKey(word)).toBe(key);
  });

  // Words that need no change come back unchanged (and must not be altered).
  it.each(["عاجل", "اخبار", "news", "12:30", "عاجل:", "𝐀"])("%s stays as it is", (word) => {
    expect(foldKey(word)).toBe(word);
  });

  property.prop([
    fc.string({
      unit: fc.oneof(
        fc.constantFrom(..."أإآٱىةـًٌٍَُِّْٰاAZaz09 :é€"),
        fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      ),
      maxLength: 12,
    }),
  ])("matches the key read one code point at a time", (word) => {
    expect(foldKey(word)).toBe(referenceKey(word));
  });
});
