/**
 * Quote attribution on short made-up sentences in the shapes of news pages: every case of issue 5, with the
 * negative cases (what must NOT be a quote). Expected values follow the corpus annotation rules.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** The quotes of `text` as [kind, cue, speaker name, content]. */
function found(text: string): [string, string | null, string | null, string][] {
  return extractQuotes(text).quotes.map((q) => [q.kind, q.cue, q.speaker?.name ?? null, q.text]);
}

describe("cues and content", () => {
  it.each([
    [
      'وقال وزير الخارجية أحمد سالم إن "الاتفاق سيوقع قريبا".',
      ["direct", "قال", "أحمد سالم", "الاتفاق سيوقع قريبا"],
    ],
    [
      'وقالت المتحدثة باسم الشرطة سلمى عادل: "لا توجد إصابات".',
      ["direct", "قالت", "سلمى عادل", "لا توجد إصابات"],
    ],
    ["فقال الوزير: إن المفاوضات مستمرة.", ["indirect", "قال", "الوزير", "المفاوضات مستمرة"]],
    ["وأكد الرئيس بأنهم سيواصلون العمل.", ["indirect", "أكد", "الرئيس", "سيواصلون العمل"]],
    [
      "وأشار الوزير أحمد سالم إلى أن المحادثات مستمرة.",
      ["indirect", "أشار", "أحمد سالم", "المحادثات مستمرة"],
    ],
    ["وقالت سلمى إنها غير راضية.", ["indirect", "قالت", "سلمى", "غير راضية"]],
    ["وقال شهود عيان إن الانفجار كان قويا.", ["indirect", "قال", "شهود عيان", "الانفجار كان قويا"]],
    ["وقال صحفي محلي لبي بي سي إن الطرق مغلقة.", ["indirect", "قال", "صحفي محلي", "الطرق مغلقة"]],
    [
      "وقال الوزير في كلمة له أمام البرلمان إن الميزانية متوازنة.",
      ["indirect", "قال", "الوزير", "الميزانية متوازنة"],
    ],
    ['وتابع الرئيس قائلا: "سنعمل معا".', ["direct", "تابع", "الرئيس", "سنعمل معا"]],
    [
      "وقال مصدر مسؤول في وزارة الداخلية إن التحقيق بدأ.",
      ["indirect", "قال", "مصدر مسؤول في وزارة الداخلية", "التحقيق بدأ"],
    ],
    // A quotation left open at the end of the paragraph runs to its end.
    ['وقال الوزير: "سنواصل العمل حتى النهاية', ["direct", "قال", "الوزير", "سنواصل العمل حتى النهاية"]],
    // Content that starts unquoted is indirect even with a quoted fragment inside.
    [
      'وقال الوزير إن هذه الخطوة "هامة جدا" ومن الضروري دعمها.',
      ["indirect", "قال", "الوزير", 'هذه الخطوة "هامة جدا" ومن الضروري دعمها'],
    ],
    // A short quoted fragment that the clause goes on after is indirect.
    [
      'وقال الوزير إن "التحقيقات مستمرة" وسيتم الإعلان عن نتائجها قريبا.',
      ["indirect", "قال", "الوزير", '"التحقيقات مستمرة" وسيتم الإعلان عن نتائجها قريبا'],
    ],
    // A quotation with a short prepositional tail still runs to the end of its clause.
    [
      'وقال الوزير "انتهينا من المرحلة الأولى من الخطة" قرب الحدود.',
      ["direct", "قال", "الوزير", "انتهينا من المرحلة الأولى من الخطة"],
    ],
    // Unquoted speech after a colon is indirect.
    [
      "وقالت القوى في بيان لها: إيمانا منا بأن الحوار وسيلة، نعلق الاعتصام.",
      ["indirect", "قالت", "القوى", "إيمانا منا بأن الحوار وسيلة، نعلق الاعتصام"],
    ],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["يقولون", "ويقولون إن الأسعار سترتفع."],
    ["لفت", "ولفت لأن الوضع صعب."],
    ["تقول", "وتقول إن الأمر انتهى."],
    ["أكدت", "وأكدت أنها ستعود."],
    ["يؤكدون", "ويؤكدون أن الاتفاق صامد."],
    ["قلن", "وقلن إن المدرسة أغلقت."],
    ["نفت", "ونفت أن تكون الشركة مسؤولة."],
    ["ينفي", "فيما ينفي أن يكون قد غادر."],
  ])("takes the inflected verb %s as the cue", (cue, text) => {
    expect(found(text).map(([, c]) => c)).toEqual([cue]);
  });

  it.each(["مضيفا", "مضيفاً", "مشيرة", "قائلة", "مؤكدين"])(
    "takes the participle %s, with or without tanween alef",
    (p) => {
      const [q] = found(`قال الوزير إن الخطة جاهزة، ${p} أن التنفيذ يبدأ غدا.`).slice(1);
      // The cue is read from the normalized text, which drops the tanween (U+064B).
      expect(q?.[1]).toBe(p.replace("\u064B", ""));
      expect(q?.[3]).toBe("التنفيذ يبدأ غدا");
    },
  );

  it("gives a participle the speaker of its sentence", () => {
    expect(found('قال مدير المستشفى كريم يوسف "وصلنا عشرة جرحى"، مضيفاً أن حالتهم مستقرة.')).toEqual([
      ["direct", "قال", "كريم يوسف", "وصلنا عشرة جرحى"],
      ["indirect", "مضيفا", "كريم يوسف", "حالتهم مستقرة"],
    ]);
  });

  it("takes a speech noun as the cue of a relayed statement (نقل X عن Y قوله)", () => {
    expect(found('ونقلت الصحيفة عن الوزير قوله: "الخطة جاهزة".')).toEqual([
      ["direct", "قوله", "الوزير", "الخطة جاهزة"],
    ]);
  });
});

describe("not speech", () => {
  it.each([
    ["a verb followed by a noun (نفى التسبب)", "نفى المستشفى التسبب في الوفاة."],
    ["a verb followed by a noun (أعلن إطلاق)", "أعلن الجيش إطلاق عملية جديدة."],
    ["دعا إلى", "دعا الوزير إلى الهدوء."],
    ["وصف الوضع بجهنم", "وصف الأمين العام الوضع بجهنم."],
    ["اعتبر X Y without أن", "واعتبر المحلل الخطوة مهمة."],
    ["a participle with an object (معتبرا ذلك خطوة)", "رحب الجيش الوطني بالقرار، معتبرا ذلك خطوة جيدة."],
    ["a bare بحسب X with no verb", "وبحسب الوكالة، فإن الطقس سيتحسن."],
    ["a bare وفق X with no verb", "وارتفعت الأسعار بنسبة كبيرة، وفق الإحصاءات الرسمية."],
    ["the title of a work", 'وشاهد الجمهور فيلم "الرسالة" أمس.'],
    ["scare quotes", 'وانتشر فيروس "كورونا" في المدينة بسرعة.'],
    ["a quoted name in a title", 'وافتتح رئيس "الائتلاف" المقر الجديد.'],
    ["an impersonal formula (يذكر أن)", "يذكر أن المدينة شهدت احتجاجات."],
    ["تبين أن (it turned out)", "وتبين أن الحريق كان متعمدا."],
    ["a future (سيعلن)", "وسيعلن الوزير أن الخطة جاهزة."],
    ["أن of another construction (بعد أن)", "أعلن الجيش السيطرة على المدينة بعد أن انسحب المسلحون."],
    ["a conditional إن", "وهدد الرئيس بالتصفية إن لم يلقوا السلاح."],
    ["speech quoted inside a quote", 'قال الوزير: "أخبرني صديقي وقال لي إن الوضع صعب".'],
    ["a clock colon", "قوات تعلن قرى منطقة عسكرية (بيان) - 18:54 وفاة طفل"],
  ])("%s", (_name, text) => {
    const quotes = found(text);
    // The only quote allowed is the outer one of the nested case.
    expect(quotes.filter(([, cue]) => cue !== "قال" || !text.includes("أخبرني"))).toEqual([]);
    expect(quotes.length).toBeLessThanOrEqual(1);
  });

  it('does not read a quoted surname as the content (وأوضح "خالد" أن)', () => {
    expect(found('وأوضح "خالد" أن الحزب سيشارك.')).toEqual([["indirect", "أوضح", "خالد", "الحزب سيشارك"]]);
    expect(found('وقال الباحث "خالد": "الانتخابات مهمة".')).toEqual([
      ["direct", "قال", "خالد", "الانتخابات مهمة"],
    ]);
  });
});

describe("trailing attributions and quotes before their cue", () => {
  it("attributes the clause before بحسب ما قالته X", () => {
    expect(found("وفر آلاف السكان من منازلهم، بحسب ما قالته الأمم المتحدة.")).toEqual([
      ["indirect", "قالته", "الأمم المتحدة", "وفر آلاف السكان من منازلهم"],
    ]);
  });

  it("attributes the clause before وفق ما أفاد X", () => {
    expect(found("وقتل عشرة أشخاص، وفق ما أفاد مصدر طبي.")).toEqual([
      ["indirect", "أفاد", "مصدر طبي", "وقتل عشرة أشخاص"],
    ]);
  });

  it("attributes the quotation right before حسب ما نقلت X, as direct", () => {
    expect(found('وتوفي الزوجان في ظروف "مثيرة للشكوك" حسب ما نقلت وكالة رويترز.')).toEqual([
      // The type noun before an outlet's name is not part of the name.
      ["direct", "نقلت", "رويترز", "مثيرة للشكوك"],
    ]);
  });

  it("adds no quote for بحسب قوله or على حد تعبيره, which repeat the speaker", () => {
    expect(found('قال الوزير: "لن نتراجع"، بحسب قوله.')).toEqual([["direct", "قال", "الوزير", "لن نتراجع"]]);
    expect(found("وأكد الوزير أن الخطة ناجحة، على حد تعبيره.")).toEqual([
      ["indirect", "أكد", "الوزير", "الخطة ناجحة"],
    ]);
  });

  it('attributes "…"، هكذا فسر X and "…"، قال X', () => {
    expect(found('"نحن مستعدون للحوار"، هكذا فسر رئيس الحزب سمير خالد موقفه.')[0]?.slice(0, 2)).toEqual([
      "direct",
      "فسر",
    ]);
    expect(found('"الوضع مستقر"، قال الناطق باسم الجيش علي حسن.')).toEqual([
      ["direct", "قال", "علي حسن", "الوضع مستقر"],
    ]);
  });
});

describe("speakers", () => {
  it("splits the noun phrase into name, role and organization, dropping honorifics", () => {
    const [q] = extractQuotes('قال نائب رئيس "الهيئة" الدكتور سمير خالد إن العمل مستمر.').quotes;
    expect(q?.speaker).toEqual({ name: "سمير خالد", role: 'نائب رئيس "الهيئة"', organization: "الهيئة" });
  });

  it('resolves a body\'s short name to its fullest mention (رئيس "الهيئة" → هيئة …)', () => {
    const text = [
      "أعلنت الهيئة الوطنية للانتخابات، أمس، النتائج الأولية.",
      'وقال رئيس "الهيئة" سمير خالد إن النتائج نهائية.',
    ].join("\n");
    expect(extractQuotes(text).quotes[0]?.speaker?.organization).toBe("الهيئة الوطنية للانتخابات");
  });

  it("reads a comma apposition (حاكم المصرف، رياض سالم، إن)", () => {
    const [q] = extractQuotes("قال حاكم مصرف لبنان المركزي، رياض سالم، إن الوضع صعب.").quotes;
    expect(q?.speaker).toEqual({
      name: "رياض سالم",
      role: "حاكم مصرف لبنان المركزي",
      organization: "مصرف لبنان المركزي",
    });
  });

  it("gives a document's statement to its issuer (قال بيان للمرصد)", () => {
    const text = [
      "أفاد المرصد السوري لحقوق الإنسان بوقوع اشتباكات.",
      "وقال بيان للمرصد إن القصف استمر.",
    ].join("\n");
    expect(found(text)).toEqual([["indirect", "قال", "المرصد السوري لحقوق الإنسان", "القصف استمر"]]);
  });

  it("names a body and a group as speakers", () => {
    expect(found("رحب الجيش الوطني بالقرار وقال إن الخطوة مهمة.")[0]?.[2]).toBe("الجيش الوطني");
    expect(found("وقالت الشرطة وشهود عيان إن رجلا طعن ستة أشخاص.")[0]?.[2]).toBe("الشرطة وشهود عيان");
    expect(found("وذكرت صحيفة «الأيام» أن الاجتماع تأجل.")[0]?.[2]).toBe("الأيام");
  });

  it("names groups headed by a quantifier (أحد السكان، بعض المحللين، كثير من المصريين)", () => {
    expect(found("وقال أحد السكان لوكالة فرانس برس إن القصف استمر.")[0]?.[2]).toBe("أحد السكان");
    expect(found("ويرى بعض المحللين أن الأزمة ستطول.")[0]?.[2]).toBe("بعض المحللين");
    expect(found("ويرى كثير من المصريين أنه قرار صائب.")[0]?.[2]).toBe("كثير من المصريين");
  });

  it("reads an occupation, an affiliation and a spokesman's title (أستاذ … بجامعة …، المتحدث الرسمي باسم …)", () => {
    const [a] = extractQuotes(
      "وأوضح الدكتور محمد علي، أستاذ العلوم السياسية بجامعة القاهرة، أن الانتخابات نزيهة.",
    ).quotes;
    expect(a?.speaker).toEqual({
      name: "محمد علي",
      role: "أستاذ العلوم السياسية بجامعة القاهرة",
      organization: "جامعة القاهرة",
    });
    const [b] = extractQuotes(
      "قال المتحدث الرسمي باسم وزارة الصحة، حسام عبد الغفار، إن الإصابات تراجعت.",
    ).quotes;
    expect(b?.speaker).toEqual({
      name: "حسام عبد الغفار",
      role: "المتحدث الرسمي باسم وزارة الصحة",
      organization: "وزارة الصحة",
    });
  });

  it("gives the content of a document to its issuer (وجاء في البيان، ورد في بيان للجيش)", () => {
    const text = [
      "قالت وزارة الخارجية في بيان إن الحوار مستمر.",
      "وجاء في البيان: «نرفض أي تدخل خارجي».",
      "وورد في بيان للجيش أن القصف توقف.",
    ].join("\n");
    expect(found(text)).toEqual([
      ["indirect", "قالت", "وزارة الخارجية", "الحوار مستمر"],
      ["direct", "جاء في", "وزارة الخارجية", "نرفض أي تدخل خارجي"],
      ["indirect", "ورد في", "الجيش", "القصف توقف"],
    ]);
  });

  it("gives نقلا عن Y to Y", () => {
    expect(found("وقالت الوكالة نقلا عن مصدر أمني إن الحدود أغلقت.")[0]?.[2]).toBe("مصدر أمني");
  });
});

describe("coreference", () => {
  const article = [
    "قال وزير الخارجية أحمد سالم إن الاتفاق سيوقع قريبا.",
    'وتابع: "لن نقبل بأي شروط مسبقة".',
    "ونوه أن الوفد سيغادر غدا.",
    "بدوره قال المتحدث باسم الوزارة هاني فؤاد إن الوزارة جاهزة.",
    'وأوضح "سالم" أن الوفد يضم خبراء.',
    "وأضاف أنه متفائل.",
    "من جهتها قالت الناشطة ليلى حسن إن المطالب واضحة.",
    "لكنها قالت إن الحوار هو الحل.",
  ].join("\n");
  const { quotes, speakers } = extractQuotes(article);

  it("continues the last speaker for a cue without subject, and takes the next after بدوره/من جهتها", () => {
    expect(quotes.map((q) => [q.cue, q.speaker?.name])).toEqual([
      ["قال", "أحمد سالم"],
      ["تابع", "أحمد سالم"],
      ["نوه", "أحمد سالم"],
      ["قال", "هاني فؤاد"],
      ["أوضح", "أحمد سالم"],
      ["أضاف", "أحمد سالم"],
      ["قالت", "ليلى حسن"],
      ["قالت", "ليلى حسن"],
    ]);
  });

  it("gives a surname back-reference the full name and role", () => {
    expect(quotes[4]?.speaker).toEqual({ name: "أحمد سالم", role: "وزير الخارجية", organization: null });
  });

  it("names nobody in speakerSpan for a continuation", () => {
    expect(quotes[1]?.speakerSpan).toBeNull();
    const span = quotes[4]?.speakerSpan;
    expect(span && article.slice(span.start, span.end)).toBe("سالم");
  });

  it("lists each speaker once with all mention spans", () => {
    expect(speakers.map((s) => s.name)).toEqual(["أحمد سالم", "هاني فؤاد", "ليلى حسن"]);
    const salem = speakers[0];
    expect(salem?.mentions.map((m) => article.slice(m.start, m.end))).toEqual(["أحمد سالم", "سالم"]);
  });

  it("resolves a title alone to the person who holds it (الوزير)", () => {
    const text = ["قال وزير العدل سمير خالد إن القانون جاهز.", "كما أكد الوزير أن التطبيق يبدأ غدا."].join(
      "\n",
    );
    expect(found(text).map(([, , s]) => s)).toEqual(["سمير خالد", "سمير خالد"]);
  });

  it("resolves المصدر to the unnamed source before it", () => {
    const text = ["وقال مصدر أمني إن الهجوم فشل.", "وأوضح المصدر أن التحقيق جار."].join("\n");
    expect(found(text).map(([, , s]) => s)).toEqual(["مصدر أمني", "مصدر أمني"]);
  });

  it("prefers a subject of the same gender for a feminine cue", () => {
    const text = [
      "قالت الوزيرة سلمى عادل إن الخطة جاهزة.",
      "وقال المحافظ كريم يوسف إن التنفيذ بدأ.",
      "وأضافت أن التمويل متوفر.",
    ].join("\n");
    expect(found(text).map(([, , s]) => s)).toEqual(["سلمى عادل", "كريم يوسف", "سلمى عادل"]);
  });
});

describe("paragraphs", () => {
  it("continues the speaker in a paragraph that is only a quotation", () => {
    const text = ["وقال الوزير أحمد سالم إن الاقتصاد يتحسن.", '"نعتبره إصلاحا رئيسيا".'].join("\n");
    expect(extractQuotes(text).quotes.map((q) => [q.paragraph, q.kind, q.cue, q.speaker?.name])).toEqual([
      [0, "indirect", "قال", "أحمد سالم"],
      [1, "direct", null, "أحمد سالم"],
    ]);
  });

  it("gives no second quote to the unquoted rest of a quotation that runs on into the next paragraph", () => {
    const text = ['وقال الوزير أحمد سالم: "سنواصل العمل', 'حتى تتحقق كل الأهداف".'].join("\n");
    expect(extractQuotes(text).quotes.map((q) => [q.paragraph, q.text, q.speaker?.name])).toEqual([
      [0, "سنواصل العمل", "أحمد سالم"],
    ]);
  });

  it("takes the next paragraph as the content of a cue whose colon ends its paragraph", () => {
    const text = [
      "وقال وزير الخارجية أحمد سالم:",
      "«سنواصل العمل حتى النهاية».",
      "وأضاف:",
      "إن الحكومة ملتزمة بالخطة.",
    ].join("\n");
    expect(
      extractQuotes(text).quotes.map((q) => [q.paragraph, q.kind, q.cue, q.speaker?.name, q.text]),
    ).toEqual([
      [1, "direct", "قال", "أحمد سالم", "سنواصل العمل حتى النهاية"],
      [3, "indirect", "أضاف", "أحمد سالم", "الحكومة ملتزمة بالخطة"],
    ]);
  });

  it("does not continue into an unrelated quotation paragraph", () => {
    expect(found('"نعتبره إصلاحا رئيسيا".')).toEqual([]);
  });
});

describe("extractQuotes", () => {
  it("throws a TypeError that names the argument for a non-string text or bad options", () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractQuotes(42 as unknown as string)).toThrow(/text/);
    expect(() => extractQuotes("x", { bogus: 1 } as never)).toThrow(/options/);
  });

  it("returns spans in the coordinates of the text, around the content, cue and speaker", () => {
    const text = '\n\n  وقال الوزير أحمد سالم إن "الخطة جاهزة".\n';
    const [q] = extractQuotes(text).quotes;
    expect(q && text.slice(q.span.start, q.span.end)).toBe("الخطة جاهزة");
    expect(q?.cueSpan && text.slice(q.cueSpan.start, q.cueSpan.end)).toBe("قال");
    expect(q?.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe("أحمد سالم");
    expect(q?.confidence).toBeGreaterThan(0);
    expect(q?.confidence).toBeLessThanOrEqual(1);
  });

  it("takes speech verbs added to the lexicon, in every inflection", () => {
    const text = "وهمست الوزيرة سلمى عادل بأن الخطة جاهزة.\nويهمسون بأن الموعد قريب.";
    expect(found(text)).toEqual([]);
    const { quotes } = extractQuotes(text, { lexicon: { quotes: { speechVerbs: { همس: "يهمس" } } } });
    expect(quotes.map((q) => q.cue)).toEqual(["همست", "يهمسون"]);
  });

  it("returns nothing for empty or quote-free text", () => {
    expect(extractQuotes("")).toEqual({ quotes: [], speakers: [] });
    expect(extractQuotes("ارتفعت درجات الحرارة اليوم.")).toEqual({ quotes: [], speakers: [] });
  });

  it("answers for the lexicon it is given when two lexicons take turns (word analyses are cached per lexicon)", () => {
    const text = "وهمست الوزيرة سلمى عادل بأن الخطة جاهزة.\nويهمسون بأن الموعد قريب.";
    const extended = { lexicon: { quotes: { speechVerbs: { همس: "يهمس" } } } };
    for (let round = 0; round < 3; round++) {
      expect(found(text)).toEqual([]);
      expect(extractQuotes(text, extended).quotes.map((q) => q.cue)).toEqual(["همست", "يهمسون"]);
    }
  });

  it("gives the same answer after the shared table of word keys starts over", () => {
    const text = 'وقال وزير الخارجية أحمد سالم إن "الاتفاق سيوقع قريبا".\nوأضاف أن الموعد قريب.';
    const before = extractQuotes(text);
    // Tens of thousands of distinct words fill the table, which then starts over.
    const words: string[] = [];
    for (let k = 0; k < 30_000; k++) words.push(`كلمة${k}`);
    extractQuotes(words.join(" "));
    expect(extractQuotes(text)).toEqual(before);
    expect(found(text)).toEqual([
      ["direct", "قال", "أحمد سالم", "الاتفاق سيوقع قريبا"],
      ["indirect", "أضاف", "أحمد سالم", "الموعد قريب"],
    ]);
  });
});
