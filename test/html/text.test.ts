import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "../../src/html/index.js";
import { htmlToText, readInlineStyle } from "../../src/html/text.js";
import { TEXT_CASES } from "./cases.js";

describe("htmlToText", () => {
  it.each(TEXT_CASES)("%s", (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it.each([
    ["aria-hidden content, which a browser still renders", '<p>أ<span aria-hidden="true">ب</span></p>', "أب"],
    [
      "a class that a style sheet may hide (style sheets are not evaluated)",
      '<p>أ<span class="hidden">ب</span></p>',
      "أب",
    ],
    ["an <img> alt text", '<p>أ<img alt="ب"></p>', "أ"],
    ["a hidden input's value", '<p>أ<input type="hidden" value="ب"></p>', "أ"],
    ["an iframe's fallback", "<p>أ<iframe>ب</iframe></p>", "أ"],
  ])("does not invent or drop text: %s", (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it.each([
    ["", ""],
    ["نص بلا وسوم", "نص بلا وسوم"],
    ["<", "<"],
    ["</div></div>أ", "أ"],
    ["<div><p><span>أ", "أ"],
    ["<<<>>>", "<<<>>>"],
    ["<script>لا نهاية", ""],
    ["<!-- تعليق بلا نهاية", ""],
  ])("never throws on broken markup: %j", (html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it("reads the metadata in the same pass", () => {
    const page = htmlToText('<html lang="ar"><head><title>عنوان</title></head><body><p>نص</p></body></html>');
    expect(page.text).toBe("نص");
    expect(page.metadata.title).toBe("عنوان");
    expect(page.metadata.lang).toBe("ar");
  });
});

describe("htmlToText().toHtml", () => {
  it("maps a word back to the same word in the markup", () => {
    const html = '<p>قال <b class="x">الوزير</b> إن</p>';
    const page = htmlToText(html);
    const start = page.text.indexOf("الوزير");
    const range = page.toHtml(start, start + "الوزير".length);
    expect(html.slice(range.start, range.end)).toBe("الوزير");
  });

  it("maps a range across tags to the markup between its ends", () => {
    const html = "<p>قال <b>الوزير</b> إن</p>";
    const page = htmlToText(html);
    const range = page.toHtml(0, page.text.length);
    expect(html.slice(range.start, range.end)).toBe("قال <b>الوزير</b> إن");
  });

  it("maps a decoded entity to the whole entity", () => {
    const html = "<p>أ &amp; ب</p>";
    const page = htmlToText(html);
    expect(page.text).toBe("أ & ب");
    const range = page.toHtml(2, 3);
    expect(html.slice(range.start, range.end)).toBe("&amp;");
  });

  it("maps a line break to the tag that made it", () => {
    const html = "<div>أ<br>ب</div>";
    const page = htmlToText(html);
    const range = page.toHtml(1, 2);
    expect(html.slice(range.start, range.end)).toBe("<br>");
  });

  it("maps a collapsed run of white space to where it starts", () => {
    const html = "<p>أ   \n  ب</p>";
    const page = htmlToText(html);
    expect(page.text).toBe("أ ب");
    expect(page.toHtml(1, 2)).toEqual({ start: 4, end: 5 });
    expect(html.slice(page.toHtml(2, 3).start, page.toHtml(2, 3).end)).toBe("ب");
  });

  it("gives a point for an empty range and 0 for an empty text", () => {
    const html = "<p>أب</p>";
    expect(htmlToText(html).toHtml(1, 1)).toEqual({ start: 4, end: 4 });
    expect(htmlToText("<div></div>").toHtml(0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe("readInlineStyle", () => {
  it.each([
    ["display:none", { display: "none" }],
    ["DISPLAY : Block !important", { display: "block" }],
    ["display: block flow", { display: "block" }],
    ["display:none; display:inline", { display: "inline" }],
    ["visibility:hidden;white-space:pre-line", { visibility: "hidden", whiteSpace: "pre-line" }],
    ["color: red", {}],
    ["no colon at all", {}],
    ["", {}],
  ])("%j", (style, expected) => {
    expect(readInlineStyle(style)).toEqual(expected);
  });
});

describe("looksLikeHtml", () => {
  it.each([
    "<!DOCTYPE html><html>",
    "<html lang='ar'>",
    '\ufeff\n  <div class="x">نص</div>',
    "<!-- تعليق --><p>نص</p>",
    "<p>نص",
  ])("takes %j for HTML", (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each(["", "عاجل: <b> في النص", "< 5 دقائق", "<3 قلب", "نص\n<div>", "<<وسم>>"])(
    "takes %j for text",
    (text) => {
      expect(looksLikeHtml(text)).toBe(false);
    },
  );
});
