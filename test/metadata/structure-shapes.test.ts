/**
 * Page shapes seen on scraped pages that the first rules missed: a section label above the headline, a
 * masthead and a date widget at the top, a site suffix that repeats the masthead, the masthead against the
 * dateline's agency, and credit, outlet and markup lines left in the body. Made-up pages.
 */
import { describe, expect, it } from "vitest";
import { type PageReading, readPage } from "../../src/metadata/page.js";

const LEAD = "أعلن البنك المركزي اليوم إبقاء أسعار الفائدة دون تغيير للمرة الثالثة على التوالي هذا العام.";
const SECOND = "وقال محافظ البنك في مؤتمر صحفي إن القرار يهدف إلى كبح التضخم ودعم استقرار العملة المحلية.";

const paragraphs = (p: PageReading) => p.sections.flatMap((s) => s.paragraphs.map((x) => x.text));
const kindOf = (text: string, p: PageReading, line: string) => {
  const at = text.indexOf(line);
  return p.blocks.find((b) => b.span.start <= at && at < b.span.end)?.kind;
};

describe("title", () => {
  it.each([
    ["after a breadcrumb", ["الرئيسية » أخبار مصر » اقتصاد", "أخبار مصر"]],
    ["alone", ["الكرة المغربية"]],
    ["a category label", ["أخبار عاجلة"]],
  ])("is not a short section label above the headline (%s)", (_name, above) => {
    const text = [...above, "البنك المركزي يبقي على أسعار الفائدة دون تغيير", LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe("البنك المركزي يبقي على أسعار الفائدة دون تغيير");
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it("a short headline with an event is still the title", () => {
    const text = ["انهيار عمارة بالإسكندرية", LEAD, SECOND].join("\n");
    expect(readPage(text).title?.text).toBe("انهيار عمارة بالإسكندرية");
  });

  it("is not the masthead, and a date widget at the top anchors nothing", () => {
    const text = [
      "الوادي الجديد أونلاين",
      "وهران 20° | قسنطينة 12°",
      "الإثنين 08 جانفي 2024",
      "الوطني",
      "وزير النقل: ''تسليم 300 حافلة جديدة قبل الصيف''",
      "كتب : وكالات",
      LEAD,
    ].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe("وزير النقل: ''تسليم 300 حافلة جديدة قبل الصيف''");
    expect(kindOf(text, page, "الإثنين 08 جانفي 2024")).toBe("furniture");
    expect(page.dateline).toMatchObject({ agency: "وكالات", location: null });
    expect(paragraphs(page)).toEqual([LEAD]);
  });

  it("keeps a headline whose ` - SITE` suffix repeats the masthead, and reads the date line under it", () => {
    const text = [
      "نسمة الساحل",
      "الرئيسية  وطني  جهات  اقتصاد",
      "الشركة الوطنية: اضطراب في توزيع الماء بعدد من المعتمديات - نسمة الساحل",
      "نشر في 18 جويلية 2023 على الساعة 10:20",
      LEAD,
    ].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe("الشركة الوطنية: اضطراب في توزيع الماء بعدد من المعتمديات");
    expect(kindOf(text, page, "نشر في 18")).toBe("date");
    expect(paragraphs(page)).toEqual([LEAD]);
  });

  it("is not a line of other headlines left unsplit under a ticker header", () => {
    const text = [
      "آخر الأخبار",
      "وزارة التجارة تحدد سعر البيض الجديد جامعة كرة القدم تعلن موعد انطلاق البطولة",
      "البنك المركزي يبقي على أسعار الفائدة دون تغيير",
      "القاهرة - رويترز",
      LEAD,
    ].join("\n");
    expect(readPage(text).title?.text).toBe("البنك المركزي يبقي على أسعار الفائدة دون تغيير");
  });

  it("a headline that quotes a speaker is the title, not a dateline", () => {
    const text = ['المدرب: "الفريق جاهز للمباراة المقبلة"', LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe('المدرب: "الفريق جاهز للمباراة المقبلة"');
    expect(page.dateline).toBeNull();
  });
});

describe("credit lines", () => {
  it("an outlet's name alone after the dateline of a short article is a credit, not a second dateline", () => {
    const text = ["افتتاح معرض للكتاب في المنطقة الشرقية", "القاهرة - أ.ش.أ", LEAD, "صدى البلد"].join("\n");
    const page = readPage(text);
    expect(page.dateline).toMatchObject({ agency: "أ.ش.أ", location: "القاهرة" });
    expect(page.furniture.map((f) => [f.kind, f.text])).toEqual([["credit", "صدى البلد"]]);
  });
});

describe("byline", () => {
  it("a name alone under the title is the author even when its given name is not listed", () => {
    const text = ["افتتاح معرض للكتاب في المنطقة الشرقية", "زهير بن عودة", LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.byline.author).toBe("زهير بن عودة");
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it.each([["مجلس الأمن"], ["الأمم المتحدة"], ["سوريا اليوم"]])("%s under the title is no author", (line) => {
    const text = ["افتتاح معرض للكتاب في المنطقة الشرقية", line, LEAD].join("\n");
    expect(readPage(text).byline.author).toBeNull();
  });
});

describe("dateline against the masthead", () => {
  it("the agency written in the dateline wins over an agency's masthead", () => {
    const text = [
      "وكالة الأنباء السعودية",
      "الرئيسية | المملكة | الاقتصاد",
      "افتتاح معرض للكتاب في المنطقة الشرقية",
      "الدمام 03 ربيع الآخر 1445 هـ الموافق 18 أكتوبر 2023 م واس",
      LEAD,
    ].join("\n");
    expect(readPage(text).dateline).toMatchObject({ agency: "واس", location: "الدمام" });
  });

  it.each([
    ["a site's masthead", ["صدى البلد", "رئيس التحرير: أحمد علي"]],
    ["a masthead that reads as a place and an outlet", ["الدوحة اليوم"]],
  ])("%s above the title is no dateline", (_name, top) => {
    const text = [...top, "افتتاح معرض للكتاب في المنطقة الشرقية", LEAD].join("\n");
    expect(readPage(text).dateline).toBeNull();
  });

  it("an outlet named like the masthead beside خاص is the agency, not the author", () => {
    const text = ["صوت الوادي", "ارتفاع أسعار الخبز في المدينة", "صوت الوادي _ خاص", LEAD].join("\n");
    const page = readPage(text);
    expect(page.dateline).toMatchObject({ agency: "صوت الوادي", location: null });
    expect(page.byline.author).toBeNull();
  });

  it("a dateline with an unknown agency after the lead is no heading", () => {
    const text = ["افتتاح معرض للكتاب في المنطقة الشرقية", LEAD, "المنصورة - أ ش أ", SECOND].join("\n");
    const page = readPage(text);
    expect(page.dateline).toMatchObject({ agency: "أ ش أ", location: "المنصورة" });
    expect(page.sections.map((s) => s.heading)).toEqual([null]);
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it("a tatweel dash separates an outlet from its place", () => {
    const page = readPage(["افتتاح معرض للكتاب في المنطقة الشرقية", "سمارت ــ إدلب", LEAD].join("\n"));
    expect(page.dateline).toMatchObject({ agency: "سمارت", location: "إدلب" });
    expect(paragraphs(page)).toEqual([LEAD]);
  });
});

describe("furniture left in the body", () => {
  it.each([
    ["the masthead's outlet alone at the end", "الساحل أونلاين"],
    ["a credit line with a slash", "إعداد: كريم بن علي / تصوير: سمير ب."],
    ["a link left as markup", '<a href="/tags/weather">الطقس</a>'],
    ["a date line alone after the lead", "نشر في 18 جويلية 2023 على الساعة 10:20"],
  ])("%s is not a paragraph", (_name, line) => {
    const text = ["الساحل أونلاين", "افتتاح معرض للكتاب في المنطقة الشرقية", LEAD, SECOND, line].join("\n");
    expect(paragraphs(readPage(text))).toEqual([LEAD, SECOND]);
  });
});
