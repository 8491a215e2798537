import { describe, expect, it } from "vitest";
import { digitValue, hasDigit, isWhiteSpace } from "../../src/internal/chars.js";

describe("digitValue", () => {
  it.each([
    ["0", 0],
    ["9", 9],
    ["\u0660", 0], // ARABIC-INDIC DIGIT ZERO
    ["\u0667", 7],
    ["\u06F4", 4], // EXTENDED ARABIC-INDIC DIGIT FOUR
    ["\u06F9", 9],
    ["a", -1],
    ["\u0628", -1], // ب
    ["\u066B", -1], // ARABIC DECIMAL SEPARATOR is not a digit
    ["/", -1],
    [":", -1],
  ])("%s -> %i", (ch, value) => {
    expect(digitValue(ch.charCodeAt(0))).toBe(value);
  });
});

describe("hasDigit", () => {
  it.each([
    ["2017", true],
    ["\u0662\u0660\u0661\u0667", true],
    ["\u0627\u0644\u0639\u0627\u0645 \u06F5", true],
    ["\u0627\u0644\u0639\u0627\u0645", false],
    ["", false],
    ["a-b:c", false],
  ])("%s -> %s", (text, expected) => {
    expect(hasDigit(text)).toBe(expected);
  });
});

describe("isWhiteSpace", () => {
  it.each([
    [0x20, true],
    [0x0a, true],
    [0xa0, true],
    [0x202f, true],
    [0x200b, false], // ZERO WIDTH SPACE is a format character, not white space
    [0x0627, false],
  ])("U+%s", (code, expected) => {
    expect(isWhiteSpace(code)).toBe(expected);
  });
});
