import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extendLexicon, type Lexicon } from "../../src/lexicon/index.js";
import { type PageStructure, readPageStructure } from "../../src/metadata/structure.js";
import { splitLines } from "../../src/segment/index.js";

function read(text: string, lexicon: Lexicon = DEFAULT_LEXICON, taken: number[] = []): PageStructure {
  return readPageStructure(splitLines(text), new Set(taken), lexicon);
}
const paragraphs = (p: PageStructure) => p.sections.flatMap((s) => s.paragraphs.map((x) => x.text));
const headings = (p: PageStructure) => p.sections.flatMap((s) => (s.heading ? [s.heading] : []));
const kinds = (text: string, p: PageStructure) =>
  p.blocks.map((b) => [b.kind, text.slice(b.span.start, b.span.end)]);
const furnitureOf = (p: PageStructure) => p.furniture.map((f) => [f.kind, f.text]);

const LEAD = "أقرت الحكومة اليوم خطة جديدة لدعم صغار المزارعين في محافظات الصعيد تشمل الأسمدة والتمويل.";
const SECOND = "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تستهدف نحو مليون مزارع خلال العام الأول.";
const THIRD = "وأضاف أن الوزارة ستتابع تنفيذ الخطة مع المحافظين بشكل دوري لضمان وصول الدعم.";

describe("blocks", () => {
  const page = [
    "ui.public.translatedTo",
    "الرئيسية » أخبار مصر",
    "الحكومة تقر خطة جديدة لدعم المزارعين",
    "Editing: أمنة رياض |",
    "القاهرة - رويترز",
    LEAD,
    "تفاصيل الخطة",
    SECOND,
    ".",
    "// انتهى //",
  ].join("\n\n");

  it("are in order, never overlap and cover every non-space character of every line", () => {
    const p = read(page);
    let covered = "";
    let last = 0;
    for (const b of p.blocks) {
      expect(b.span.start).toBeGreaterThanOrEqual(last);
      last = b.span.end;
      covered += page.slice(b.span.start, b.span.end);
    }
    expect(covered.replace(/\s/gu, "")).toBe(page.replace(/\s/gu, ""));
  });

  it("give each line its role", () => {
    expect(kinds(page, read(page))).toEqual([
      ["furniture", "ui.public.translatedTo"],
      ["furniture", "الرئيسية » أخبار مصر"],
      ["title", "الحكومة تقر خطة جديدة لدعم المزارعين"],
      ["byline", "Editing: أمنة رياض |"],
      ["dateline", "القاهرة - رويترز"],
      ["paragraph", LEAD],
      ["heading", "تفاصيل الخطة"],
      ["paragraph", SECOND],
      ["furniture", "."],
      ["furniture", "// انتهى //"],
    ]);
  });

  it("leave the ticker's lines to the ticker", () => {
    const p = read(page, DEFAULT_LEXICON, [0]);
    expect(p.blocks[0]?.kind).toBe("furniture");
    expect(page.slice(p.blocks[0]?.span.start, p.blocks[0]?.span.end)).toBe("الرئيسية » أخبار مصر");
  });

  it("split a `date …` prefix from the title on its line", () => {
    const text = `date 2021-06-14 عام / تدشين مشروع لتحلية المياه\n${LEAD}`;
    const p = read(text);
    expect(kinds(text, p).slice(0, 2)).toEqual([
      ["date", "date 2021-06-14"],
      ["title", "عام / تدشين مشروع لتحلية المياه"],
    ]);
    expect(p.title?.text).toBe("تدشين مشروع لتحلية المياه");
    expect(text.slice(p.title?.span.start, p.title?.span.end)).toBe("تدشين مشروع لتحلية المياه");
  });
});

describe("title", () => {
  it("is found below the page's furniture and its date header", () => {
    const text = [
      "صحيفة النهار المصرية",
      "السبت 11 مارس 2023",
      "القاهرة 24° غائم",
      "الرئيسية | أخبار | اقتصاد",
      "خبر: الحكومة تقر خطة جديدة",
      "كتب: محمود السيد",
      "الأحد 12 مارس 2023 - 10:30 ص",
      LEAD,
    ].join("\n");
    const p = read(text);
    expect(p.title?.text).toBe("الحكومة تقر خطة جديدة");
    expect(p.byline.author).toBe("محمود السيد");
    expect(kinds(text, p).filter(([k]) => k === "date")).toEqual([["date", "الأحد 12 مارس 2023 - 10:30 ص"]]);
    expect(furnitureOf(p)).toContainEqual(["widget", "السبت 11 مارس 2023"]);
  });

  it("is null when the page opens with its first paragraph", () => {
    expect(read(`${LEAD}\n${SECOND}`).title).toBeNull();
  });

  it("is the first of two headline lines (the second is a standfirst paragraph)", () => {
    const p = read(`الحكومة تقر خطة جديدة\nخطة لدعم المزارعين في الصعيد وتمويل المشروعات\n${LEAD}`);
    expect(p.title?.text).toBe("الحكومة تقر خطة جديدة");
    expect(paragraphs(p)[0]).toBe("خطة لدعم المزارعين في الصعيد وتمويل المشروعات");
  });

  it("is the last of a list of three headlines above the byline", () => {
    const text = [
      "ارتفاع أسعار الذهب",
      "وزير الري يتفقد المحطات",
      "الحكومة تقر خطة جديدة",
      "كتب: أحمد فؤاد",
      LEAD,
    ];
    expect(read(text.join("\n")).title?.text).toBe("الحكومة تقر خطة جديدة");
  });

  it("may end with a period when its byline follows", () => {
    const p = read(`مقتل 5 أشخاص في حادث سير.\nكتب - أحمد فؤاد\n${LEAD}`);
    expect(p.title?.text).toBe("مقتل 5 أشخاص في حادث سير.");
    expect(p.byline.author).toBe("أحمد فؤاد");
  });

  it("is not a reporter's description above it", () => {
    const p = read(`بقلم: أحمد علي\nكاتب ومحلل سياسي\nمتى تنتهي الأزمة؟\n${LEAD}`);
    expect(p.title?.text).toBe("متى تنتهي الأزمة؟");
    expect(furnitureOf(p)).toContainEqual(["credit", "كاتب ومحلل سياسي"]);
  });

  it("shown twice leaves one title and one piece of furniture", () => {
    const p = read(`الجيش ينتشر على الحدود | الخليج أونلاين\nالجيش ينتشر على الحدود\n${LEAD}`);
    expect(p.title?.text).toBe("الجيش ينتشر على الحدود");
    expect(paragraphs(p)).toEqual([LEAD]);
  });
});

describe("bylines and datelines", () => {
  it("an inline dateline stays in its paragraph and fills the dateline", () => {
    const lead = "دبي، الإمارات العربية المتحدة (CNN)-- قضت المحكمة العسكرية بإعدام 17 متهما في القضية.";
    const text = `محكمة عسكرية تقضي بإعدام 17\n${lead}\n${SECOND}`;
    const p = read(text);
    expect(paragraphs(p)[0]).toBe(lead);
    expect(p.dateline?.agency).toBe("CNN");
    expect(p.dateline?.location).toBe("دبي، الإمارات العربية المتحدة");
    expect(text.slice(p.dateline?.span.start, p.dateline?.span.end)).toBe(
      "دبي، الإمارات العربية المتحدة (CNN)--",
    );
    expect(kinds(text, p)[1]).toEqual(["paragraph", lead]);
  });

  it("a dateline after the first paragraph is read", () => {
    const p = read(`افتتاح معرض دمشق الدولي\n${LEAD}\nدمشق - سانا\n${SECOND}`);
    expect(p.dateline).toMatchObject({ agency: "سانا", location: "دمشق" });
    expect(paragraphs(p)).toEqual([LEAD, SECOND]);
  });

  it("a reporter's name alone under the title is the author", () => {
    expect(read(`الأهلي يتأهل إلى النهائي\nمنذ 5 دقائق\nمحمد عبد الرحيم\n${LEAD}`).byline.author).toBe(
      "محمد عبد الرحيم",
    );
  });

  it("a reporter's name as the last line is the author when none came before", () => {
    const p = read(`الحكومة تقر خطة جديدة\n${LEAD}\n${SECOND}\nسامح عبد الغني`);
    expect(p.byline.author).toBe("سامح عبد الغني");
    expect(paragraphs(p)).toEqual([LEAD, SECOND]);
  });

  it("a short body line that names a place is not a dateline", () => {
    const p = read(
      `الحكومة تقر خطة جديدة\n${LEAD}\nوأكد الوزير أهمية التنسيق مع\nالأمم المتحدة\nفي ما يخص الخطة.`,
    );
    expect(p.dateline).toBeNull();
    expect(paragraphs(p)).toContain("الأمم المتحدة");
  });

  it("narration that opens with كتب is a paragraph", () => {
    const line = "كتب مدير المرور على حسابه في تويتر أن الإغلاق سيبدأ منتصف الليل.";
    const p = read(`إغلاق طريق رئيسي\n${LEAD}\n${line}`);
    expect(p.byline.author).toBeNull();
    expect(paragraphs(p)).toContain(line);
  });
});

describe("headings", () => {
  it("are short lines between finished paragraphs", () => {
    const p = read(`عنوان الخبر هنا\n${LEAD}\nتفاصيل الخطة\n${SECOND}\nموقف المعارضة\n${THIRD}`);
    expect(headings(p)).toEqual(["تفاصيل الخطة", "موقف المعارضة"]);
    expect(p.sections.map((s) => s.paragraphs.length)).toEqual([1, 1, 1]);
    expect(p.sections[0]?.heading).toBeNull();
  });

  it.each([
    [
      "a line that continues an unfinished sentence",
      `${LEAD}\nوأكد الوزير أهمية التنسيق مع\nالأمم المتحدة\n${SECOND}`,
    ],
    ["a clause ending with a colon", `${LEAD}\nوتشمل التحويلات المقترحة:\n${SECOND}`],
    ["list items", `${LEAD}\n- الطريق الموازي\n- شارع الملك فهد\n${SECOND}`],
    ["a short line before another short line", `${LEAD}\nتفاصيل الخطة\nوأشار الوزير\n${SECOND}`],
    ["a short last line", `${LEAD}\n${SECOND}\nوالله الموفق`],
  ])("are not %s", (_name, body) => {
    expect(headings(read(`عنوان الخبر هنا\n${body}`))).toEqual([]);
  });

  it("a question followed by a paragraph that opens with و is a heading too (most paragraphs do)", () => {
    const p = read(`عنوان الخبر هنا\n${LEAD}\nمن أين تأتي العدوى؟\n${SECOND}`);
    expect(headings(p)).toEqual(["من أين تأتي العدوى؟"]);
  });

  it("a question whose next paragraph carries on the one before it (من جهتها) is a related link", () => {
    const turn = "ودعت الحكومة من جهتها إلى اجتماع عاجل للجنة الطوارئ لبحث الأوضاع في المنطقة.";
    const p = read(`عنوان الخبر هنا\n${LEAD}\nما هي خيارات المعارضة؟\n${turn}`);
    expect(headings(p)).toEqual([]);
    expect(furnitureOf(p)).toContainEqual(["related", "ما هي خيارات المعارضة؟"]);
  });

  it.each([
    ["«لن نتنازل عن حقوق النادي مهما طال الوقت، ولن نقبل بأي تسوية»"],
    ['"نريد حلا لا وعودا."'],
    ["“الماء أولا قبل الكهرباء، ثم الطرق”"],
    ['"نطالب الحكومة بحل جذري لمشكلة الكهرباء في القرى النائية"'],
  ])(
    "a line that is one whole quotation with a clause mark or too long for a heading (%s) is a paragraph",
    (quote) => {
      const p = read(`عنوان الخبر هنا\n${LEAD}\n${quote}\n${SECOND}`);
      expect(headings(p)).toEqual([]);
      expect(paragraphs(p)).toContain(quote);
    },
  );

  it('a heading that only holds quoted names ("أ" و"ب") is still a heading', () => {
    const p = read(`عنوان الخبر هنا\n${LEAD}\nبين "الوطني" و"الأحرار"\n${SECOND}`);
    expect(headings(p)).toEqual(['بين "الوطني" و"الأحرار"']);
  });

  it("a question followed by a fresh paragraph is a heading", () => {
    const answer =
      "يرى مراقبون أن الاتصال يمهد لزيارة مرتقبة للوزير الفرنسي إلى بيروت خلال الأسابيع المقبلة.";
    expect(headings(read(`عنوان الخبر هنا\n${LEAD}\nماذا بعد الاتصال؟\n${answer}`))).toEqual([
      "ماذا بعد الاتصال؟",
    ]);
  });
});

describe("furniture around the body", () => {
  it("related headlines after a read-also header or at the end are furniture", () => {
    const p = read(
      `عنوان الخبر هنا\n${LEAD}\n${SECOND}\nاقرأ أيضا\nارتفاع أسعار الخضروات\nوزير الري يتفقد المحطات\nأضف تعليقك`,
    );
    expect(paragraphs(p)).toEqual([LEAD, SECOND]);
    expect(p.furniture.map((f) => f.kind)).toEqual(["related", "related", "related", "prompt"]);
  });

  it("what follows an agency end marker is not body", () => {
    const p = read(`عام / عنوان الخبر هنا\n${LEAD}\n// انتهى //\n18:21 ت م\nعنوان خبر آخر من الوكالة`);
    expect(paragraphs(p)).toEqual([LEAD]);
    expect(furnitureOf(p)).toEqual([
      ["end-marker", "// انتهى //"],
      ["end-marker", "18:21 ت م"],
      ["related", "عنوان خبر آخر من الوكالة"],
    ]);
  });

  it("teasers of other stories appended to an article are related furniture", () => {
    const teasers = [
      "أعلنت شركة طيران كبرى، الثلاثاء، عن إلغاء عشرات الرحلات بسبب عاصفة ثلجية تضرب شمال أوروبا.",
      "كشفت دراسة حديثة أن تناول القهوة باعتدال قد يرتبط بانخفاض خطر الإصابة ببعض الأمراض المزمنة.",
      "قال رئيس وزراء اليابان إن بلاده ستزيد إنفاقها الدفاعي خلال السنوات الخمس المقبلة بشكل كبير.",
    ];
    const p = read(["عنوان الخبر هنا", LEAD, SECOND, THIRD, ...teasers].join("\n"));
    expect(paragraphs(p)).toEqual([LEAD, SECOND, THIRD]);
    expect(p.furniture.map((f) => f.kind)).toEqual(["related", "related", "related"]);
  });

  it("an article whose paragraphs rarely open with a connective keeps its last paragraphs", () => {
    const body = [
      "أعلنت الحكومة خطة جديدة لدعم المزارعين في محافظات الصعيد خلال العام الجاري.",
      "تشمل الخطة توفير الأسمدة بأسعار مخفضة وتمويلا ميسرا للمشروعات الصغيرة في القرى.",
      "أكد الوزير أن الخطة تستهدف نحو مليون مزارع خلال العام الأول من تطبيقها.",
      "أشار إلى أن الوزارة ستتابع التنفيذ مع المحافظين بشكل دوري لضمان وصول الدعم.",
    ];
    expect(paragraphs(read(["عنوان الخبر هنا", ...body].join("\n")))).toEqual(body);
  });

  it("a caption shown twice is furniture, both times", () => {
    const p = read(
      `عنوان الخبر هنا\n${LEAD}\nجانب من الاجتماع الوزاري\n${SECOND}\nجانب من الاجتماع الوزاري\n${THIRD}`,
    );
    expect(paragraphs(p)).toEqual([LEAD, SECOND, THIRD]);
  });

  it("a page of furniture only has no title and no paragraph", () => {
    const p = read(
      [
        "موقع الخبر اليوم",
        "الرئيسية | سياسة | اقتصاد",
        "الخميس 16 نوفمبر 2023",
        "الرياض 28° مشمس",
        "تابعونا على فيسبوك",
      ].join("\n"),
    );
    expect(p.title).toBeNull();
    expect(paragraphs(p)).toEqual([]);
    expect(p.furniture).toHaveLength(5);
  });

  it("furniture words are extendable", () => {
    const line = "انضم إلى قناتنا";
    const text = `عنوان الخبر هنا\n${LEAD}\n${line}`;
    expect(paragraphs(read(text))).toContain(line);
    const lexicon = extendLexicon({ page: { prompts: ["انضم إلى قناتنا"] } });
    expect(furnitureOf(read(text, lexicon))).toEqual([["prompt", line]]);
  });
});

describe("empty input", () => {
  it("gives an empty structure with one empty opening section", () => {
    expect(read("")).toEqual({
      title: null,
      byline: { editor: null, author: null },
      dateline: null,
      sections: [{ heading: null, headingSpan: null, paragraphs: [] }],
      furniture: [],
      blocks: [],
    });
  });
});
