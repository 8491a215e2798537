import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type HtmlMetadata, readHtmlMetadata } from "../../src/html/metadata.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/html");
const page = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("readHtmlMetadata on CMS pages", () => {
  it.each<[string, HtmlMetadata]>([
    [
      "wordpress.html",
      {
        title: "وزير الزراعة يعلن خطة لدعم مزارعي القمح \u2013 صوت الوادي",
        headline: "وزير الزراعة يعلن خطة لدعم مزارعي القمح",
        description: "أعلن وزير الزراعة عن خطة جديدة لدعم مزارعي القمح في المحافظات الشمالية.",
        publishedTime: "2023-11-14T08:42:10+00:00",
        siteName: "صوت الوادي",
        lang: "ar",
        dir: "rtl",
      },
    ],
    [
      "drupal.html",
      {
        title: "مجلس المحافظة يقر توسعة شبكة المياه في الأحياء الشرقية | بوابة المدينة",
        headline: "مجلس المحافظة يقر توسعة شبكة المياه في الأحياء الشرقية",
        description: "ناقش مجلس المحافظة في جلسته الأسبوعية مشروع توسعة شبكة المياه في الأحياء الشرقية.",
        publishedTime: "2024-02-07T16:20:00+0200",
        siteName: "بوابة المدينة",
        lang: "ar",
        dir: "rtl",
      },
    ],
    [
      // Arc pages declare the date and the publisher only in JSON-LD, the headline in twitter:title.
      "arc.html",
      {
        title: "بعد عامين من الجفاف... البحيرة تستعيد نصف منسوبها | الخليج اليوم",
        headline: "بعد عامين من الجفاف... البحيرة تستعيد نصف منسوبها",
        description: "ارتفع منسوب البحيرة الكبرى إلى نصف مستواه الطبيعي بعد موسم أمطار غزير",
        publishedTime: "2022-04-19T05:30:00.000Z",
        siteName: "الخليج اليوم",
        lang: "ar",
        dir: "rtl",
      },
    ],
    [
      "legacy-portal.html",
      {
        title: "جريدة الفجر الجديد - وصول قافلة مساعدات طبية إلى مستشفى البلدة",
        headline: null,
        description: null,
        publishedTime: "2021-09-30",
        siteName: null,
        lang: null,
        dir: "rtl",
      },
    ],
    [
      // Microdata date, application-name, and dir on <body>.
      "news-portal.html",
      {
        title: "الحكومة تطلق برنامجا لتدريب خريجي الجامعات على المهن الرقمية - بوابة النهار",
        headline: null,
        description: "برنامج حكومي جديد لتدريب عشرة آلاف خريج على البرمجة والتصميم",
        publishedTime: "2024-05-20T10:15:00+03:00",
        siteName: "بوابة النهار",
        lang: "ar-EG",
        dir: "rtl",
      },
    ],
    [
      "agency-wire.html",
      {
        title: "وكالة الأنباء الوطنية | افتتاح مؤتمر إقليمي للطاقة المتجددة",
        headline: null,
        description: "افتتح وزير الطاقة مؤتمرا إقليميا للطاقة المتجددة بمشاركة خبراء من اثنتي عشرة دولة",
        publishedTime: "2020-01-26T13:05:00+03:00",
        siteName: "وكالة الأنباء الوطنية",
        lang: "ar",
        dir: "rtl",
      },
    ],
  ])("%s", (name, expected) => {
    expect(readHtmlMetadata(page(name))).toEqual(expected);
  });
});

describe("readHtmlMetadata", () => {
  it("takes the first <title> outside SVG as the document title", () => {
    const html = "<svg><title>أيقونة</title></svg><title>  عنوان\n الصفحة </title><title>ثان</title>";
    expect(readHtmlMetadata(html).title).toBe("عنوان الصفحة");
  });

  it("skips a broken JSON-LD block and reads the next, through @graph", () => {
    const html =
      '<script type="application/ld+json">{"datePublished": </script>' +
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-01-02","publisher":{"name":"الناشر"}}]}</script>';
    const metadata = readHtmlMetadata(html);
    expect(metadata.publishedTime).toBe("2024-01-02");
    expect(metadata.siteName).toBe("الناشر");
  });

  it("prefers article:published_time to JSON-LD and to microdata", () => {
    const html =
      '<script type="application/ld+json">{"datePublished":"2024-01-01"}</script>' +
      '<time itemprop="datePublished" datetime="2024-01-03">3</time>' +
      '<meta property="article:published_time" content="2024-01-02T10:00:00Z">';
    expect(readHtmlMetadata(html).publishedTime).toBe("2024-01-02T10:00:00Z");
  });

  it.each([
    ["a meta tag without content", '<meta property="og:site_name">'],
    ["an empty content", '<meta property="og:site_name" content="  ">'],
    ["a plain (not JSON-LD) script", '<script>var publisher = {"name": "س"}</script>'],
  ])("reads nothing from %s", (_name, html) => {
    expect(readHtmlMetadata(html).siteName).toBeNull();
  });

  it.each([
    ['<html dir="RTL">', "rtl"],
    ['<html dir="ltr">', "ltr"],
    ['<html dir="sideways">', null],
    ['<html><body dir="rtl">', "rtl"],
    ["<p>نص</p>", null],
  ])("reads dir from %j", (html, dir) => {
    expect(readHtmlMetadata(html).dir).toBe(dir);
  });

  it("decodes entities in attributes and titles", () => {
    const html = '<title>أ &amp; ب</title><meta name="description" content="&quot;قول&quot;">';
    const metadata = readHtmlMetadata(html);
    expect(metadata.title).toBe("أ & ب");
    expect(metadata.description).toBe('"قول"');
  });
});
