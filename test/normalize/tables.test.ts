/**
 * The character tables checked against the Unicode data the runtime carries (String.prototype.normalize,
 * \p{…} classes), code point by code point.
 */
import { describe, expect, it } from "vitest";
import { combiningClasses, isNfcSensitiveAstral } from "../../src/normalize/actions.js";
import { normalize } from "../../src/normalize/index.js";
import {
  HARAKAT,
  inRanges,
  isArabicLetter,
  isArabicMark,
  isDigit,
  isLineBreak,
  knownCombiningClass,
  LINE_BREAKS,
  OTHER_ARABIC_MARKS,
  PRESENTATION_FORMS,
  QURANIC_MARKS,
  type Ranges,
} from "../../src/normalize/tables.js";

const char = (cp: number) => String.fromCodePoint(cp);
const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

/** Whether the pass sends `cp` to NFC (or treats it as a mark that may reorder). */
function sensitive(cp: number): boolean {
  return cp < 0x10000 ? combiningClasses()[cp] !== 0 : isNfcSensitiveAstral(cp);
}

const expand = (ranges: Ranges) => {
  const out: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) for (let c = ranges[k]!; c <= ranges[k + 1]!; c++) out.push(c);
  return out;
};

describe("NFC-sensitive characters", () => {
  it("include every character NFC changes on its own and every character NFC composes with the one before", () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (isSurrogate(cp) || (cp >= 0x30000 && cp < 0xe0000)) continue;
      const c = char(cp);
      const decomposed = [...c.normalize("NFD")].map((x) => x.codePointAt(0)!);
      const changes = c.normalize("NFC") !== c;
      const composesBackwards = decomposed.slice(1).some((x) => !sensitive(x));
      if ((changes && !sensitive(cp)) || composesBackwards) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it("include every combining mark except the variation selectors", () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      if (isSurrogate(cp)) continue;
      const mark = /\p{M}/u.test(char(cp));
      const selector = cp >= 0xfe00 && cp <= 0xfe0f;
      if (mark && !selector) expect(sensitive(cp), cp.toString(16)).toBe(true);
    }
    expect(sensitive(0x1d165)).toBe(true);
    expect(sensitive(0x1f600)).toBe(false);
    expect(sensitive(0x0627)).toBe(false);
  });
});

describe("known combining classes", () => {
  const known = Array.from({ length: 0x0671 - 0x0610 }, (_, k) => 0x0610 + k).filter((c) =>
    knownCombiningClass(c),
  );

  it("are the marks U+0618–U+061A, U+064B–U+0652 and U+0670", () => {
    expect(known.map((c) => c.toString(16))).toEqual([
      "618",
      "619",
      "61a",
      "64b",
      "64c",
      "64d",
      "64e",
      "64f",
      "650",
      "651",
      "652",
      "670",
    ]);
  });

  it("order every pair as NFC does", () => {
    for (const x of known) {
      for (const y of known) {
        const text = `ب${char(x)}${char(y)}`;
        const reordered = text.normalize("NFC") === `ب${char(y)}${char(x)}` && x !== y;
        expect(reordered, `${x.toString(16)} ${y.toString(16)}`).toBe(
          knownCombiningClass(x) > knownCombiningClass(y),
        );
      }
    }
  });
});

describe("presentation forms", () => {
  const forms = expand(PRESENTATION_FORMS);

  it("become their compatibility decomposition, and nothing else changes them", () => {
    for (const cp of forms) {
      const c = char(cp);
      const honorific = cp === 0xfdfa || cp === 0xfdfb || cp === 0xfdfd;
      const expected = honorific ? c : c.normalize("NFKC");
      expect(normalize(c, { profile: "none", presentationForms: true }), cp.toString(16)).toBe(expected);
    }
  });

  it("leave the rest of the text alone", () => {
    expect(normalize("ﬁ ½ ﹰ", { profile: "none", presentationForms: true })).toBe("ﬁ ½  ً");
  });
});

describe("character classes", () => {
  it("the mark sets hold only nonspacing marks", () => {
    for (const cp of [...expand(HARAKAT), 0x0651, ...expand(QURANIC_MARKS), ...expand(OTHER_ARABIC_MARKS)]) {
      expect(/\p{Mn}/u.test(char(cp)), cp.toString(16)).toBe(true);
    }
  });

  it("isArabicMark covers the Arabic block's nonspacing marks", () => {
    for (let cp = 0x0600; cp <= 0x06ff; cp++) {
      expect(isArabicMark(cp), cp.toString(16)).toBe(/\p{Mn}/u.test(char(cp)));
    }
  });

  it("isArabicLetter covers the Arabic block's letters", () => {
    for (let cp = 0x0620; cp <= 0x06ff; cp++) {
      if (/\p{Lo}/u.test(char(cp))) expect(isArabicLetter(cp), cp.toString(16)).toBe(true);
    }
    expect(isArabicLetter(0x0640)).toBe(true);
    expect(isArabicLetter(0x0660)).toBe(false);
    expect(isArabicLetter(0x20)).toBe(false);
  });

  it("isLineBreak and isDigit match their tables", () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      expect(isLineBreak(cp)).toBe(inRanges(LINE_BREAKS, cp));
      expect(isDigit(cp)).toBe(/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(char(cp)));
    }
  });

  it("inRanges reads inclusive ranges", () => {
    expect(inRanges([1, 3, 7, 7], 3)).toBe(true);
    expect(inRanges([1, 3, 7, 7], 7)).toBe(true);
    expect(inRanges([1, 3, 7, 7], 4)).toBe(false);
  });
});
