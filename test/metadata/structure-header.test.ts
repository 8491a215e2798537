/**
 * Where the article starts on a page whose chrome holds long lines: a ticker's headlines run together on one
 * line above the title read like a paragraph, but the title and its byline or date line still follow, so
 * the body starts below them. Made-up pages.
 */
import { describe, expect, it } from "vitest";
import { type PageReading, readPage } from "../../src/metadata/page.js";

const LEAD = "أعلن البنك المركزي اليوم إبقاء أسعار الفائدة دون تغيير للمرة الثالثة على التوالي هذا العام.";
const SECOND = "وقال محافظ البنك في مؤتمر صحفي إن القرار يهدف إلى كبح التضخم ودعم استقرار العملة المحلية.";
const TITLE = "البنك المركزي يبقي على أسعار الفائدة دون تغيير";
/** Four ticker headlines glued on one line (no time, no bullet): long enough to read as a paragraph. */
const GLUED = [
  "وزير الخارجية يستقبل سفير اليابان لدى المملكة",
  "الأرصاد تتوقع رياحا شمالية غربية نشطة اليوم",
  "انطلاق معرض الكتاب الدولي الأربعاء المقبل",
  "ارتفاع أسعار المحروقات بدينار في اللتر",
].join(" ");

const paragraphs = (p: PageReading) => p.sections.flatMap((s) => s.paragraphs.map((x) => x.text));

describe("chrome above the article header", () => {
  it.each([
    ["a byline", ["كتب: أحمد سمير"]],
    ["a date line", ["الثلاثاء، 18 فبراير 2025"]],
    ["a dateline and a date line", ["القاهرة - رويترز", "18 فبراير 2025"]],
    ["a section label before the title and a byline", ["كتب: أحمد سمير"], ["اقتصاد"]],
  ])("a long line above the title followed by %s is not the body", (_name, under, above: string[] = []) => {
    const text = ["صوت المدينة", GLUED, ...above, TITLE, ...under, LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe(TITLE);
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it("a date line before the title counts too (date, title, byline)", () => {
    const text = ["صوت المدينة", GLUED, "date 2024-05-12", TITLE, "كتب: أحمد سمير", LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe(TITLE);
    expect(page.byline.author).toBe("أحمد سمير");
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it("the lede stays the body when no headline and byline follow it", () => {
    const text = [TITLE, LEAD, "القاهرة - رويترز", SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe(TITLE);
    expect(paragraphs(page)[0]).toBe(LEAD);
  });

  it("the lede stays the body when a heading (not a byline) follows it", () => {
    const text = [TITLE, "كتب: أحمد سمير", LEAD, "موقف المعارضة", SECOND].join("\n");
    const page = readPage(text);
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
    expect(page.sections.map((s) => s.heading)).toEqual([null, "موقف المعارضة"]);
  });
});

describe("the masthead names the outlet", () => {
  it.each([
    ["the masthead without its site word", "صوت المدينة نيوز", "بغداد/ صوت المدينة", "صوت المدينة", "بغداد"],
    ["the masthead without its number", "الساحل 24", "وهران - الساحل", "الساحل", "وهران"],
    ["the first piece of a masthead line", "HN9 | أخبار السهل 9", "درعا – HN9", "HN9", "درعا"],
    ["the masthead whole", "سبورت الشرق", "حمص - سبورت الشرق", "سبورت الشرق", "حمص"],
    ["the masthead and a word more", "نبض", "طرابلس - نبض ليبيا", "نبض ليبيا", "طرابلس"],
  ])("%s: %s", (_name, masthead, dateline, agency, location) => {
    const text = [masthead, "الرئيسية | محليات | اقتصاد", TITLE, dateline, LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe(TITLE);
    expect(page.dateline).toMatchObject({ agency, location });
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it("a known place is not the outlet because the masthead starts with it", () => {
    // `خاص` marks the story as the outlet's own: it names no agency (tune7 1112, gold agency null).
    const text = ["عدن 24", "الرئيسية | محليات | اقتصاد", TITLE, "عدن - خاص", LEAD].join("\n");
    expect(readPage(text).dateline).toMatchObject({ agency: null, location: "عدن" });
  });

  it("a widget with a relative day and a time above the title is no dateline", () => {
    const text = ["نبض", "اليوم, 09:13", TITLE, "عدن - خاص", LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe(TITLE);
    expect(page.dateline).toMatchObject({ agency: null, location: "عدن" });
  });

  it("a name that only starts like the masthead is still a name", () => {
    const text = ["نبض", TITLE, "طرابلس - نبيل الورفلي", LEAD, SECOND].join("\n");
    expect(readPage(text).byline.author).toBe("نبيل الورفلي");
  });

  it("an unknown phrase that is only part of the masthead name is no outlet", () => {
    const text = ["جبل المدينة الحرة", "الرئيسية | محليات | اقتصاد", TITLE, "بغداد/ جبل المدينة", LEAD].join(
      "\n",
    );
    expect(readPage(text).dateline?.agency ?? null).toBeNull();
  });

  it("the first line `OUTLET | motto` is the masthead, not a byline", () => {
    const text = [
      "الساحل 24 | جريدة إلكترونية مستقلة",
      "الرئيسية | محليات | اقتصاد",
      TITLE,
      "كتب: أحمد سمير",
      LEAD,
    ].join("\n");
    const page = readPage(text);
    expect(page.byline.author).toBe("أحمد سمير");
    expect(page.dateline).toBeNull();
  });
});

describe("inline datelines with an outlet the lexicon does not know", () => {
  const STORY = "أصدرت المحكمة حكما يلزم المصرف بإعادة الوديعة نقدا إلى صاحبتها.";
  it.each([
    ["PLACE (OUTLET)--", "بيروت (صدى المدينة)-- ", "صدى المدينة", "بيروت"],
    [
      "PLACES (OUTLET)—",
      "دبي، الإمارات العربية المتحدة (خليج اليوم)— ",
      "خليج اليوم",
      "دبي، الإمارات العربية المتحدة",
    ],
  ])("%s", (_name, prefix, agency, location) => {
    const text = [TITLE, `${prefix}${STORY}`, SECOND].join("\n");
    const page = readPage(text);
    expect(page.dateline).toMatchObject({ agency, location });
    expect(paragraphs(page)).toEqual([`${prefix}${STORY}`, SECOND]);
  });

  it("NAME- OUTLET- PLACE: with the outlet named by the masthead", () => {
    const lead = `سامر العلي- سبورت الشرق- حمص: ${STORY}`;
    const text = ["سبورت الشرق", "الرئيسية | الدوري | المنتخبات", TITLE, lead, SECOND].join("\n");
    const page = readPage(text);
    expect(page.byline.author).toBe("سامر العلي");
    expect(page.dateline).toMatchObject({ agency: "سبورت الشرق", location: "حمص" });
  });

  it.each([
    ["a bracket after words that are no place", `وقال الوزير (صدى المدينة)-- ${STORY}`],
    ["a bracket with digits", `بيروت (عام 2024)-- ${STORY}`],
    ["a bracket followed by a colon, not a dash", `بيروت (جبل المدينة): ${STORY}`],
  ])("not %s", (_name, lead) => {
    const page = readPage([TITLE, lead, SECOND].join("\n"));
    expect(page.dateline?.agency ?? null).toBeNull();
  });
});

describe("photo captions and section labels around the header", () => {
  it.each([
    ["a dash", "الوزير خلال المؤتمر الصحفي - تصوير: سامي يوسف"],
    ["a bracket", "الوزير خلال المؤتمر الصحفي (تصوير: سامي يوسف)"],
    ["a bar", "الوزير خلال المؤتمر الصحفي | عدسة: سامي يوسف"],
  ])("a caption that ends with its photo credit after %s is furniture", (_name, caption) => {
    const text = [TITLE, "كتب: أحمد سمير", caption, LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
    expect(page.furniture.map((f) => f.text)).toContain(caption);
  });

  it("a sentence with a credit word and a long clause after it is no caption", () => {
    const line = "وقال المصور - تصوير: هذا العمل يحتاج إلى صبر طويل ومعدات كثيرة لا يملكها الجميع";
    const page = readPage([TITLE, LEAD, line, SECOND].join("\n"));
    expect(paragraphs(page)).toContain(line);
  });

  it("a place alone in the menu above the title does not anchor the title search", () => {
    const text = [
      "صوت المدينة",
      "عربي | English",
      "الرئيسية",
      "حصاد الأسبوع",
      "العراق",
      "اقتصاد",
      "date 2024-05-12",
      TITLE,
      LEAD,
      SECOND,
    ].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe(TITLE);
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });
});

describe("more byline shapes under the title", () => {
  it.each([
    ["الكاتب: سامر العلي", "سامر العلي", null],
    ["كتابة: سامر العلي", "سامر العلي", null],
    ["دلوفان الكردي", "دلوفان الكردي", null],
  ])("%s", (line, author, agency) => {
    const page = readPage(
      ["صوت المدينة", "الرئيسية | محليات | اقتصاد", TITLE, line, LEAD, SECOND].join("\n"),
    );
    expect(page.byline.author).toBe(author);
    expect(page.dateline?.agency ?? null).toBe(agency);
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it.each([
    ["مأرب - خاص بصوت المدينة", "صوت المدينة", "مأرب"],
    ["مأرب - خاص لـ صوت المدينة", "صوت المدينة", "مأرب"],
    ["مأرب - خاص", null, "مأرب"],
  ])("%s names the outlet it was written for (or none: `خاص` alone is a label)", (line, agency, location) => {
    const page = readPage(["نبض", TITLE, line, LEAD, SECOND].join("\n"));
    expect(page.byline.author).toBeNull();
    expect(page.dateline).toMatchObject({ agency, location });
  });

  it.each([
    ["a body's name (its second word not of the ال…ي shape)", "مجلس الأمن"],
    ["two definite words", "المجلس الوطني"],
  ])("not a name alone: %s", (_name, line) => {
    const page = readPage(
      ["صوت المدينة", "الرئيسية | محليات | اقتصاد", TITLE, line, LEAD, SECOND].join("\n"),
    );
    expect(page.byline.author).toBeNull();
  });
});

describe("a long headline", () => {
  const LONG =
    "البنك المركزي يبقي على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي ويتعهد بمواصلة مراقبة التضخم وأسعار الصرف خلال الأشهر المقبلة من العام";
  it.each([
    ["a byline", "كتب: أحمد سمير"],
    ["a date line", "18 فبراير 2025"],
    ["a dateline", "القاهرة - رويترز"],
  ])("of more than twenty words, followed by %s, is the title", (_name, under) => {
    const page = readPage(
      ["صوت المدينة", "الرئيسية | محليات | اقتصاد", LONG, under, LEAD, SECOND].join("\n"),
    );
    expect(page.title?.text).toBe(LONG);
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it("a long unfinished line under the title, before a late dateline, stays a paragraph", () => {
    const page = readPage(
      ["صوت المدينة", "الرئيسية | محليات | اقتصاد", TITLE, LONG, "القاهرة - رويترز", SECOND].join("\n"),
    );
    expect(page.title?.text).toBe(TITLE);
    expect(paragraphs(page)).toEqual([LONG, SECOND]);
  });
});

describe("dateline lines that look like furniture", () => {
  it.each([
    ["a site word and خاص", "بوابة الجنوب - خاص", "بوابة الجنوب", null],
    ["a place and an agency in brackets", "صنعاء (سبأ)", "سبأ", "صنعاء"],
  ])("%s under the title", (_name, line, agency, location) => {
    const page = readPage(["نبض", "الرئيسية | محليات | اقتصاد", TITLE, line, LEAD, SECOND].join("\n"));
    expect(page.dateline).toMatchObject({ agency, location });
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it.each([
    ["a masthead with a site word alone", "بوابة الجنوب"],
    ["a caption with an agency credit", "متظاهرون في وسط المدينة (رويترز)"],
  ])("still furniture: %s", (_name, line) => {
    const page = readPage(
      ["نبض", "الرئيسية | محليات | اقتصاد", TITLE, "كتب: أحمد سمير", line, LEAD, SECOND].join("\n"),
    );
    expect(page.furniture.map((f) => f.text)).toContain(line);
    expect(page.dateline).toBeNull();
  });
});

describe("a wire dateline with its date right above the title", () => {
  it("is the story's dateline, not the masthead", () => {
    const wire = "جدة 3 رجب 1447 هـ الموافق 23 ديسمبر 2025 م واس";
    const text = ["صحيفة المدينة", "الرئيسية | محليات | اقتصاد", wire, TITLE, LEAD, SECOND].join("\n");
    const page = readPage(text);
    expect(page.title?.text).toBe(TITLE);
    expect(page.dateline).toMatchObject({ agency: "واس", location: "جدة" });
    expect(paragraphs(page)).toEqual([LEAD, SECOND]);
  });

  it("also without a date on the line: place and agency right above the title are no masthead", () => {
    const text = ["صحيفة المدينة", "الرئيسية | محليات | اقتصاد", "جدة - واس", TITLE, LEAD, SECOND].join("\n");
    expect(readPage(text).dateline).toMatchObject({ agency: "واس", location: "جدة" });
  });

  it.each([
    ["an agency alone", "واس"],
    ["a line between it and the title", "جدة 3 رجب 1447 هـ الموافق 23 ديسمبر 2025 م واس\nمحليات"],
  ])("not when %s", (_name, above) => {
    const text = ["صحيفة المدينة", "الرئيسية | محليات | اقتصاد", above, TITLE, LEAD, SECOND].join("\n");
    expect(readPage(text).dateline).toBeNull();
  });
});
