import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/inspect/escape.js";
import { decode } from "./html.js";

describe("escapeHtml", () => {
  it.each([
    ["a < b & c > d", "a &lt; b &amp; c &gt; d"],
    ['قال "الوزير"', "قال &quot;الوزير&quot;"],
    ["it's", "it&#39;s"],
    ["سطر\r\nسطر", "سطر&#13;\nسطر"],
    ["a\0b", "a&#xFFFD;b"],
    ["&amp;", "&amp;amp;"],
    ["", ""],
  ])("%j → %j", (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });

  it.each([
    ["Arabic text with tashkeel and bidi marks", "قَالَ الوزير\u200f: ١٢:٣٠ — (رويترز)"],
    ["Latin, digits and punctuation that HTML does not care about", "Editing: Name | 12:16 (AFP) = ok"],
  ])("leaves %s as it is (the same string, no copy)", (_, text) => {
    expect(escapeHtml(text)).toBe(text);
  });

  it("keeps the length in UTF-16 code units once the references are read back", () => {
    const text = "<\"'&>\r\n\0\uD83D\uDE00 عربي \uD800";
    const back = decode(escapeHtml(text));
    expect(back.length).toBe(text.length);
    expect(back).toBe(text.replace("\0", "\uFFFD"));
  });
});
