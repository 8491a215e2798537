import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  htmlToText,
  parseArticleHtml,
  readHtmlMetadata,
  titleWithoutSiteName,
  withHtmlMetadata,
} from "../../src/html/index.js";
import type { HtmlMetadata } from "../../src/html/metadata.js";
import { parseArticle } from "../../src/parse.js";
import { type Article, ArticleSchema } from "../../src/schema.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/html");
const page = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

const NO_METADATA: HtmlMetadata = {
  title: null,
  headline: null,
  description: null,
  publishedTime: null,
  siteName: null,
  lang: null,
  dir: null,
};
const EMPTY_ARTICLE: Article = parseArticle("");

describe("titleWithoutSiteName", () => {
  it.each([
    ["عنوان الخبر - الموقع", "الموقع", "عنوان الخبر"],
    ["عنوان الخبر | الموقع", "الموقع", "عنوان الخبر"],
    ["الموقع :: عنوان الخبر", "الموقع", "عنوان الخبر"],
    ["الموقع \u00bb عنوان الخبر", "الموقع", "عنوان الخبر"],
  ])("strips the site name: %j", (title, site, expected) => {
    expect(titleWithoutSiteName(title, site)).toBe(expected);
  });

  it.each([
    ["without a known site name", "عنوان - الموقع", null],
    ["when the site name is not at either end", "عنوان الموقع الجديد", "الموقع"],
    ["when the title is the site name", "الموقع", "الموقع"],
    ["when nothing but separators would be left", "الموقع - ", "الموقع"],
  ])("keeps the title whole %s", (_name, title, site) => {
    expect(titleWithoutSiteName(title, site)).toBe(title);
  });
});

describe("withHtmlMetadata", () => {
  const published = (iso: string) => ({ iso, raw: iso, span: { start: 3, end: 13 } });

  it("fills a missing title from the sharing headline, else from <title> without the site name", () => {
    const headline = { ...NO_METADATA, headline: "العنوان", title: "آخر - الموقع", siteName: "الموقع" };
    expect(withHtmlMetadata(EMPTY_ARTICLE, headline).title).toBe("العنوان");
    const titleOnly = { ...NO_METADATA, title: "عنوان الخبر - الموقع", siteName: "الموقع" };
    expect(withHtmlMetadata(EMPTY_ARTICLE, titleOnly).title).toBe("عنوان الخبر");
  });

  it("keeps a title read from the text", () => {
    const article = { ...EMPTY_ARTICLE, title: "من النص" };
    expect(withHtmlMetadata(article, { ...NO_METADATA, headline: "من الوسوم" }).title).toBe("من النص");
  });

  it("takes the publication date from the markup, with an empty span, when the text has none", () => {
    const metadata = { ...NO_METADATA, publishedTime: "2024-03-05T23:30:00+03:00" };
    expect(withHtmlMetadata(EMPTY_ARTICLE, metadata).published).toEqual({
      iso: "2024-03-05",
      raw: "2024-03-05T23:30:00+03:00",
      span: { start: 0, end: 0 },
    });
  });

  it("keeps the text's date, and its span, within a day of the markup's (time zones)", () => {
    const article = { ...EMPTY_ARTICLE, published: published("2024-03-06") };
    const metadata = { ...NO_METADATA, publishedTime: "2024-03-05T22:30:00Z" };
    expect(withHtmlMetadata(article, metadata).published).toEqual(published("2024-03-06"));
  });

  it("prefers the markup's date to a text date days away from it", () => {
    const article = { ...EMPTY_ARTICLE, published: published("2024-02-20") };
    const metadata = { ...NO_METADATA, publishedTime: "2024-03-05" };
    expect(withHtmlMetadata(article, metadata).published?.iso).toBe("2024-03-05");
  });

  it.each(["منذ ساعة", "2024-13-05", "2024-02-30T10:00", "20240305", "05/03/2024"])(
    "ignores a publication time that is not a calendar date: %j",
    (publishedTime) => {
      const article = { ...EMPTY_ARTICLE, published: published("2024-02-20") };
      expect(withHtmlMetadata(article, { ...NO_METADATA, publishedTime }).published).toEqual(
        published("2024-02-20"),
      );
      expect(withHtmlMetadata(EMPTY_ARTICLE, { ...NO_METADATA, publishedTime }).published).toBeNull();
    },
  );
});

describe("parseArticleHtml on CMS pages", () => {
  it.each([
    ["wordpress.html", "2023-11-14"],
    ["drupal.html", "2024-02-07"],
    ["arc.html", "2022-04-19"],
    ["legacy-portal.html", "2021-09-30"],
    ["news-portal.html", "2024-05-20"],
    ["agency-wire.html", "2020-01-26"],
  ])("%s: a valid Article whose spans index into htmlToText().text", (name, iso) => {
    const html = page(name);
    const article = parseArticleHtml(html);
    expect(() => ArticleSchema.parse(article)).not.toThrow();
    expect(article.title).not.toBeNull();
    expect(article.published?.iso).toBe(iso);
    const { text } = htmlToText(html);
    for (const block of article.blocks) {
      expect(block.span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(block.span.start, block.span.end).trim()).not.toBe("");
    }
    expect(article).toEqual(withHtmlMetadata(parseArticle(text), readHtmlMetadata(html)));
  });

  it("never sees script, style or hidden text", () => {
    const article = parseArticleHtml(page("wordpress.html"));
    const all = JSON.stringify(article);
    expect(all).not.toContain("لا تظهر");
    expect(all).not.toContain("اشترك في النشرة البريدية");
    expect(all).not.toContain("ticker_speed");
  });

  it("throws a TypeError that names the argument for a non-string", () => {
    expect(() => parseArticleHtml(42 as unknown as string)).toThrow(/^html: expected a string/);
  });
});
