/**
 * Classes of errors found by the seeded speaker generator (test/quotes/generator.ts), on short made-up sentences.
 * Each group has cases that must NOT change. Expected values follow the corpus annotation rules: a trailing
 * attribution with a verb is an indirect quote whose content is the clause before it; speaker = the fullest name
 * without honorifics; role = the title as written; organization = the body named apart.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [kind, speaker name, role, start of the text]. */
function quotes(text: string): [string, string | null, string | null, string][] {
  return extractQuotes(text).quotes.map((q) => [
    q.kind,
    q.speaker?.name ?? null,
    q.speaker?.role ?? null,
    q.text.split(" ").slice(0, 3).join(" "),
  ]);
}

describe("a trailing attribution with a verb after the clause", () => {
  it.each([
    [
      "وفق ما + a verb with its object pronoun",
      "الحملة ستستمر حتى ضبط جميع المخالفين، وفق ما ذكره وزير الداخلية سامر العلي.",
      ["indirect", "سامر العلي", "وزير الداخلية", "الحملة ستستمر حتى"],
    ],
    [
      "حسبما, ما glued on",
      "المدارس ستفتح أبوابها الأسبوع المقبل، حسبما أكد مصدر مطلع.",
      ["indirect", "مصدر مطلع", null, "المدارس ستفتح أبوابها"],
    ],
    [
      "بحسبما with a pronoun",
      "الأسعار ستنخفض خلال الشهر المقبل، بحسبما أوضحه الخبير الاقتصادي نادر حمدان.",
      ["indirect", "نادر حمدان", "الخبير الاقتصادي", "الأسعار ستنخفض خلال"],
    ],
    [
      "حسب ما + a feminine verb with a pronoun",
      "الطريق سيغلق ثلاثة أيام، حسب ما ذكرته وزارة النقل.",
      ["indirect", "وزارة النقل", null, "الطريق سيغلق ثلاثة"],
    ],
    [
      "كما + a verb with its object pronoun, the speaker closing the clause",
      "المشروع سينتهي قبل الصيف، كما ذكره رئيس البلدية وائل حداد.",
      ["indirect", "وائل حداد", "رئيس البلدية", "المشروع سينتهي قبل"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });

  it.each([
    ["وفق ما + a verb that is not speech", "توزع المساعدات على الأسر، وفق ما تقتضيه المصلحة العامة."],
    ["حسبما + a verb that is not speech", "ستعدل الخطة حسبما تقتضيه المصلحة."],
    [
      "كما meaning 'as well', with an object",
      "بحث الوزير مع نظيره العلاقات الثنائية، كما أكد أهمية التعاون.",
    ],
    ["كما + a verb without a pronoun", "الخطة تشمل ثلاث محطات جديدة، كما أكد وزير المالية سامي الحداد."],
    ["a bare حسب + a name, no verb", "الخطة تشمل ثلاث محطات جديدة، حسب وزارة المالية."],
  ])("no quote: %s", (_, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it("كما أكد with its own content after it stays an ordinary cue", () => {
    expect(quotes("كما أكد الوزير أن التمويل متوفر.")).toEqual([
      ["indirect", "الوزير", null, "التمويل متوفر"],
    ]);
  });
});

describe("a weak speech verb (رأى، ذكر) that opens the sentence is no given name", () => {
  it.each([
    [
      "ورأى + name، title،",
      "ورأى سامر حمدان، الأمين العام لاتحاد المزارعين، أن الموسم جيد.",
      ["indirect", "سامر حمدان", "الأمين العام لاتحاد المزارعين", "الموسم جيد"],
    ],
    [
      "ذكر + name، title، without و",
      "ذكر نادر الكبيسي، مدير شركة النفط، أن الإنتاج ارتفع.",
      ["indirect", "نادر الكبيسي", "مدير شركة النفط", "الإنتاج ارتفع"],
    ],
    [
      "a strong verb keeps its subject as before",
      "وقال نادر الكبيسي، مدير شركة النفط، إن الإنتاج ارتفع.",
      ["indirect", "نادر الكبيسي", "مدير شركة النفط", "الإنتاج ارتفع"],
    ],
    [
      "a given name after the cue is not taken for the verb",
      "وقالت منى سالم، مديرة المدرسة، إن الامتحانات ستبدأ غدا.",
      ["indirect", "منى سالم", "مديرة المدرسة", "الامتحانات ستبدأ غدا"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });
});

describe("a verb that opens the sentence before a name with a title set off by commas", () => {
  it.each([
    [
      "وزار X، TITLE، … قائلا",
      'وزار عماد الرفاعي، نائب رئيس غرفة التجارة، الموقع أمس، قائلا: "العمل يسير جيدا".',
      ["direct", "عماد الرفاعي", "نائب رئيس غرفة التجارة", "العمل يسير جيدا"],
    ],
    [
      "واستعرض X، TITLE، OBJECT، مؤكدا",
      "واستعرض مازن درويش، وزير الصحة، نتائج العام الماضي، مؤكدا أن الأداء جيد.",
      ["indirect", "مازن درويش", "وزير الصحة", "الأداء جيد"],
    ],
    [
      "a given name with و that opens the sentence (SVO) stays the name",
      "وليد خالد الرفاعي، مدير الشركة، قال إن الأداء جيد.",
      ["indirect", "وليد خالد الرفاعي", "مدير الشركة", "الأداء جيد"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });
});

describe("the verb's object after a family name with ال is no name word", () => {
  it.each([
    [
      "TITLE NAME OBJECT، مؤكدا",
      "واستعرض وزير المالية جمال القحطاني نتائج العام الماضي، مؤكدا أن الأداء جيد.",
      ["indirect", "جمال القحطاني", "وزير المالية", "الأداء جيد"],
    ],
    [
      "a name after the particle عبد reads on",
      "وقال محمد عبد الله حسن الخطيب إن الأداء جيد.",
      ["indirect", "محمد عبد الله حسن الخطيب", null, "الأداء جيد"],
    ],
    [
      "a name after the inner honorific الشيخ reads on",
      "وقال مدير الشركة خالد الشيخ حسن إن الأداء جيد.",
      ["indirect", "خالد الشيخ حسن", "مدير الشركة", "الأداء جيد"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });
});

describe("a title with a في phrase of its field", () => {
  it.each([
    [
      "TITLE في FIELD NAME: a meeting noun as the field's genitive",
      "وقال الباحث في علم الاجتماع زياد قاسم إن الأسعار سترتفع.",
      ["indirect", "زياد قاسم", "الباحث في علم الاجتماع", "الأسعار سترتفع"],
    ],
    [
      "NAME، TITLE في FIELD، إن",
      "وقال زياد قاسم، الباحث في علم الاجتماع، إن الأسعار سترتفع.",
      ["indirect", "زياد قاسم", "الباحث في علم الاجتماع", "الأسعار سترتفع"],
    ],
    [
      "NAME، TITLE، then a meeting apart: not part of the title",
      "وقال زياد قاسم، الوزير، في الاجتماع، إن الأسعار سترتفع.",
      ["indirect", "زياد قاسم", "الوزير", "الأسعار سترتفع"],
    ],
    [
      "TITLE في + a meeting of its own place: no name, the title speaks",
      "وقال الوزير في مؤتمر صحفي إن الأسعار سترتفع.",
      ["indirect", "الوزير", null, "الأسعار سترتفع"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });
});

describe("a title set off by commas does not run over a clause of its own", () => {
  it("NAME، TITLE في PLACE + a relative clause، إن: the role holds no verb of the clause", () => {
    const [q] = quotes(
      "وقالت مريم سالم، صاحبة مخبز في مدينة عيسى حصلت على تمويل من البرنامج، إن الأسعار سترتفع.",
    );
    expect(q?.[1]).toBe("مريم سالم");
    expect(q?.[2]).not.toContain("حصلت");
  });
});

describe("a given name that starts with the letter of a preposition (ل، ب، ك)", () => {
  it.each([
    [
      "feminine title with a nisba, then ليلى",
      'وقالت وزيرة النقل الكويتية ليلى وليد الرفاعي: "الطرق جاهزة".',
      ["direct", "ليلى وليد الرفاعي", "وزيرة النقل الكويتية", "الطرق جاهزة"],
    ],
    [
      "a country with ل after a title stays in the title",
      "وقال سفير لبنان في الأردن سمير حداد إن العلاقات جيدة.",
      ["indirect", "سمير حداد", "سفير لبنان في الأردن", "العلاقات جيدة"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });
});

describe("a plural continuation after a group named by a broken plural", () => {
  it("وأضافوا goes on with الأطباء, not with a plural body of the lead", () => {
    const text = [
      "عقدت الجهات الرسمية لقاء تشاوريا لمناقشة الاستعدادات.",
      'قال الأطباء: "الحالات في ازدياد".',
      'وأضافوا: "نعمل بلا توقف".',
    ].join("\n");
    expect(quotes(text).map((q) => q[1])).toEqual(["الأطباء", "الأطباء"]);
  });

  it("a singular continuation does not go on with the group", () => {
    const text = [
      'وقال وزير الصحة سامر العلي: "الوضع تحت السيطرة".',
      'وقال الأطباء: "الحالات في ازدياد".',
      'وأضاف العلي: "نعمل بلا توقف".',
    ].join("\n");
    expect(quotes(text).map((q) => q[1])).toEqual(["سامر العلي", "الأطباء", "سامر العلي"]);
  });
});
