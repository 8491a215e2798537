/**
 * Round 8: general shapes of a speaker's description (a role) on short made-up sentences, with the cases that
 * must NOT change. Expected values follow the corpus annotation rules (role = the descriptive title of the
 * speaker's fullest mention; an unnamed speaker is its description as written).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [speaker name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);
}

describe("a place named by a weekday or with a short place noun glued to ب", () => {
  it.each([
    ["وقال سمير خليل، بائع خضار في سوق الثلاثاء، إن الأسعار ارتفعت.", "بائع خضار في سوق الثلاثاء"],
    ["وقال سمير خليل، مختار حي الجمعة، إن المياه مقطوعة.", "مختار حي الجمعة"],
    ['وقالت هدى سالم، صاحبة صيدلية بحي باب الزوار: "الدواء مفقود".', "صاحبة صيدلية بحي باب الزوار"],
    ["وقال سمير خليل، صاحب متجر بحي السلام، إن الأسعار ارتفعت.", "صاحب متجر بحي السلام"],
  ])("%s", (text, role) => {
    expect(speakers(text)).toEqual([[text.includes("هدى") ? "هدى سالم" : "سمير خليل", role]]);
  });

  it("keeps a weekday after a definite word as the time of the speech", () => {
    expect(speakers("وقال مصدر في وزارة الداخلية الثلاثاء إن التحقيق مستمر.")).toEqual([
      ["مصدر في وزارة الداخلية", null],
    ]);
  });
});

describe("a description set off by commas after a name", () => {
  it.each([
    ["وقال سمير خليل، صياد يمني من عدن، إن الصيد تراجع.", "صياد يمني من عدن"],
    ["وقال سمير خليل، نازح من حمص، إن الوضع صعب.", "نازح من حمص"],
    ["وقالت حليمة آدم، أم لخمسة أطفال، إن الغذاء شحيح.", "أم لخمسة أطفال"],
    ['وقال أبو مصطفى، صياد من الفاو: "الصيد تراجع".', "صياد من الفاو"],
    // An aside in parentheses (an age) between the name and the title.
    [
      'وقال حسين كاظم (45 عاما)، صاحب ورشة حدادة في حي الشهداء: "نعمل ساعتين".',
      "صاحب ورشة حدادة في حي الشهداء",
    ],
    ["وقالت هدى سالم (30 عاما)، معلمة في مدرسة ابتدائية، إن الرواتب متأخرة.", "معلمة في مدرسة ابتدائية"],
  ])("%s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });

  it.each([
    // Adjuncts, ages and circumstances set off by commas are no role.
    "وقال سمير خليل، وسط حشد من أنصاره، إن المعركة مستمرة.",
    "وأضاف سمير خليل، ضمن كلمته في المؤتمر، أن الدعم مستمر.",
    "قال سمير خليل، 45 عاما، إن الوضع صعب.",
    "وقال سمير خليل (الصورة)، إن الرواتب متأخرة.",
  ])("reads no role in: %s", (text) => {
    expect(speakers(text)).toEqual([["سمير خليل", null]]);
  });
});

describe("an imperfect verb that opens a clause on the description", () => {
  it.each([
    [
      'وقالت سعاد ملاعب، وهي متقاعدة من بلدة بر الياس تعاني من السكري: "لم أجد الدواء".',
      "متقاعدة من بلدة بر الياس",
    ],
    ["وقال سمير خليل، وهو صياد من الفاو يعمل في الميناء، إن الصيد تراجع.", "صياد من الفاو"],
  ])("ends the role before it: %s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });

  it("does not cut a place name that starts with ت after a preposition", () => {
    expect(speakers("وقال سمير خليل، وهو صياد من تلكيف، إن الصيد تراجع.")[0]?.[1]).toBe("صياد من تلكيف");
  });
});

/** Each quote of `text` as [speaker name, cue, kind]. */
function cues(text: string): [string | null, string | null, string][] {
  return extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.cue, q.kind]);
}

describe("a quotation placed before a verb of describing, with the object after the name", () => {
  it.each([
    ["«لن نتراجع عن مطالبنا»، هكذا لخص أحمد سالم موقفه.", "أحمد سالم", "لخص"],
    ['"الأسعار نار"، هكذا وصفت فاطمة الزهراء حالتها.', "فاطمة الزهراء", "وصفت"],
    ['"الأسعار نار"، هكذا لخص أحمد سالم رأيه في القرار.', "أحمد سالم", "لخص"],
    ['"لن نتراجع عن مطالبنا"، بهذه الكلمات عبرت أم أحمد عن غضبها.', "أم أحمد", "عبرت"],
  ])("%s", (text, name, cue) => {
    expect(cues(text)).toEqual([[name, cue, "direct"]]);
  });

  it.each([
    // عبر is "via", and "expressed (a feeling)" with no quotation pointed at.
    ["وعبرت الوزارة عن قلقها من أن تتدهور الأوضاع.", []],
    ["وعبر الوزير عن أمله في أن يتم الاتفاق قريبا.", []],
    ['"نحن هنا"، عبر حسابه على تويتر.', []],
    ["وقال سمير خليل عبر الهاتف إن الوضع مستقر.", [["سمير خليل", "قال", "indirect"]]],
  ])("no speech of عبر in: %s", (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it("keeps a name that ends in ة or is on no object list (فاطمة، عبد الله)", () => {
    expect(cues("وقالت أسماء بن طاهر فاطمة إن الأسعار ارتفعت.")[0]?.[0]).toBe("أسماء بن طاهر فاطمة");
    expect(cues("وقال محمد عبد الله إن الأسعار ارتفعت.")[0]?.[0]).toBe("محمد عبد الله");
  });

  it("keeps the subject of عبر for a later continuation", () => {
    const text =
      'بدورها، عبرت الطالبة لين الزعبي عن سعادتها بالنتيجة، وقالت لـ"بوابة الشمال": "كنت أدرس ثماني ساعات يوميا".';
    expect(speakers(text)).toEqual([["لين الزعبي", "الطالبة"]]);
  });
});

describe("a rank word that no name follows, as a title's genitive (مدرب الفريق الأول)", () => {
  it("is part of the title", () => {
    expect(speakers('"سنلعب أمام جماهيرنا"، قال مدرب الفريق الأول، كاظم العبادي، عن سعادته.')).toEqual([
      ["كاظم العبادي", "مدرب الفريق الأول"],
    ]);
  });

  it("still stands as a rank before a name", () => {
    expect(speakers("وقال رئيس الأركان الفريق أول خالد سالم إن الجيش جاهز.")).toEqual([
      ["خالد سالم", "رئيس الأركان"],
    ]);
  });
});

describe("a given name with ال after a definite title (الفلاح الميلودي بنعيسى)", () => {
  it.each([
    ['"خسرنا كل شيء"، يقول الفلاح الميلودي بنعيسى، وهو يشير إلى حقله.', "الميلودي بنعيسى", "الفلاح"],
    ["أوضح الفلاح الهادي بن سالم، من معتمدية جبنيانة، أنه باع زيته.", "الهادي بن سالم", "الفلاح"],
  ])("%s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });

  it("keeps an adjective of the title before a name of two words", () => {
    expect(speakers("وقال الخبير الاقتصادي محمد سالم إن التضخم مرتفع.")).toEqual([
      ["محمد سالم", "الخبير الاقتصادي"],
    ]);
  });
});

describe("long names", () => {
  it("reads a given name that is a title word inside a name, and a particle to its word", () => {
    expect(
      speakers('وقال الأمين العام للنقابة، محمد الأمين ولد سيدي عبد الله، إن "الاتفاق لا يلبي مطالبنا".'),
    ).toEqual([["محمد الأمين ولد سيدي عبد الله", "الأمين العام للنقابة"]]);
  });

  it("reads a compound given name with الله on to the family name", () => {
    expect(speakers('يقول التاجر عوض الله محمد الحسن، صاحب محل للمواد الغذائية: "عدنا".')).toEqual([
      ["عوض الله محمد الحسن", "صاحب محل للمواد الغذائية"],
    ]);
  });

  it("reads a name of four words with a particle after an occupation on no list", () => {
    expect(speakers('"الموج عال"، هكذا لخص الصياد سالم بن خميس البلوشي موقفه.')).toEqual([
      ["سالم بن خميس البلوشي", "الصياد"],
    ]);
  });

  it("still ends a name before the verb's object after a family name with ال", () => {
    expect(speakers("ونفى المدير سالم الكيلاني وجود أي أعطال، وقال إن الشبكة تعمل.")[0]?.[0]).toBe(
      "سالم الكيلاني",
    );
  });
});

describe("an unnamed speaker described after وهو", () => {
  it("takes the description as its role", () => {
    expect(speakers('وقال أحد المكتتبين، وهو موظف متقاعد، للجريدة: "دفعنا كل ما طلب منا".')).toEqual([
      ["أحد المكتتبين", "موظف متقاعد"],
    ]);
  });
});

describe("more verbs of speech that are other words elsewhere (زاد، ختم)", () => {
  it.each([
    ['وزاد الزيتوني: "المشكل ليس في الأمطار".', "الزيتوني", "زاد"],
    ['وختمت البنعلي بأن "الهدف ألا يتجاوز الانتظار ثلاثة أشهر".', "البنعلي", "ختمت"],
  ])("%s", (text, name, cue) => {
    expect(cues(text)).toEqual([[name, cue, "direct"]]);
  });

  it.each([
    ["وزاد عدد الطلاب إلى 500 طالب.", []],
    ["وزادت الأسعار بنسبة 20 في المئة.", []],
    ["وقال يزيد بن علي إن الطلب تراجع.", [["يزيد بن علي", "قال", "indirect"]]],
  ])("no speech of the other word: %s", (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it("reads no name in a noun with teh and a pronoun after a title (الوزير زيارته)", () => {
    expect(speakers("وختم الوزير زيارته بتفقد المستشفى، وقال إن العمل جار.")).toEqual([["الوزير", null]]);
  });
});

describe("فإن written with hamza is never the name particle فان", () => {
  it("keeps the next sentence's speaker", () => {
    const text =
      "بحسب المركز الإعلامي، فإن النسبة لا تتجاوز 38%.\nوأوضح المحافظ أن المحافظة خصصت 12 قطعة أرض.";
    expect(cues(text)).toEqual([["المحافظ", "أوضح", "indirect"]]);
  });
});

describe("a perfect verb after a feminine description ends it", () => {
  it.each([
    ['وتقول آمنة إدريس، وهي معلمة عادت مع أطفالها إلى الحي، إن المنزل "كان منهوبا".', "معلمة"],
    ["وقالت سعاد إبراهيم، وهي معلمة فقدت مدخراتها، إن الحياة صعبة.", "معلمة"],
    // A noun of three letters is the genitive (ربة بيت).
    ["وقالت سعاد إبراهيم، وهي ربة بيت من حي الشهداء، إن الحياة صعبة.", "ربة بيت من حي الشهداء"],
  ])("%s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });
});

describe("the subject of a narration verb for a later continuation", () => {
  it("reads a definite description with an object after it as the verb's subject (نفى المتهم أي تجاوز)", () => {
    expect(
      cues('وخلال الجلسة، نفى المتهم الرئيسي أي تجاوز، وقال أمام المحكمة: "كنت أطبق التعليمات".'),
    ).toEqual([["المتهم الرئيسي", "قال", "direct"]]);
  });

  it("does not take a document that is the verb's object as a source (انتقد X قرار الحكومة)", () => {
    expect(cues("انتقد النائب سمير خليل قرار الحكومة، وقال إن القرار متسرع.")).toEqual([
      ["سمير خليل", "قال", "indirect"],
    ]);
  });

  it("still takes a document after حسب as the issuer for a later البيان", () => {
    const text =
      "وحسب بيان لقيادة الدرك الوطني، فإن العملية جاءت بعد تحريات.\nوأوضح البيان أن المحجوزات شملت قاربين.";
    expect(cues(text)).toEqual([["قيادة الدرك الوطني", "أوضح", "indirect"]]);
  });
});

describe("the ministry a minister's deputy speaks for", () => {
  /** Each quote of `text` as [speaker name, organization]. */
  const organizations = (text: string) =>
    extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.organization ?? null]);

  it.each([
    [
      "وقالت نائب وزير الإسكان والمرافق والمجتمعات العمرانية لشئون المرافق نهى فاروق السيد إن العمل مستمر.",
      "نهى فاروق السيد",
      "وزارة الإسكان والمرافق والمجتمعات العمرانية",
    ],
    [
      "وقال معاون وزير الخارجية والمغتربين للشؤون العربية نزار العلي إن العلاقات جيدة.",
      "نزار العلي",
      "وزارة الخارجية والمغتربين",
    ],
    // A nisba agreeing with the minister is no part of the portfolio.
    ["وقال نائب وزير الخارجية التركي أحمد سالم إن العلاقات جيدة.", "أحمد سالم", "وزارة الخارجية"],
  ])("%s", (text, name, organization) => {
    expect(organizations(text)).toEqual([[name, organization]]);
  });

  it("gives the minister himself no organization (the title names the office)", () => {
    expect(organizations("وقال وزير الخارجية أحمد سالم إن العلاقات جيدة.")).toEqual([["أحمد سالم", null]]);
  });
});

describe("a relayed group source (نقلت … عن محللين في X قولهم)", () => {
  it.each([
    [
      'ونقلت وكالة رويترز عن محللين في بنك الاستثمار "أطلس كابيتال" قولهم إن النمو قد يتباطأ.',
      'محللين في بنك الاستثمار "أطلس كابيتال"',
    ],
    ["ونقلت الصحيفة عن محللين في مؤسسة الأبحاث قولهم إن النمو سيتباطأ.", "محللين في مؤسسة الأبحاث"],
    ["ونقلت الصحيفة عن سكان في الحي قولهم إن المياه مقطوعة.", "سكان في الحي"],
  ])("%s", (text, name) => {
    expect(cues(text)).toEqual([[name, "قولهم", "indirect"]]);
  });
});

describe("a trailing attribution with a relayed pronoun or an addressee before the speaker", () => {
  it.each([
    ['"الأجرة لا تغطي الكلفة"، وفق ما نقله عنهم رئيس الاتحاد المحلي للفلاحة، عمار البكوش.', "عمار البكوش"],
    [
      'وتتجاوز المساحات المتضررة 3000 هكتار، وفق ما أكده لـ"مدار 24" محمد الدكالي، نائب رئيس الغرفة الفلاحية.',
      "محمد الدكالي",
    ],
    ["وارتفعت الأسعار بنسبة 20 في المئة، وفق ما أفاد به مدير الغرفة سمير خليل.", "سمير خليل"],
  ])("%s", (text, name) => {
    expect(extractQuotes(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual([name]);
  });
});

describe("a body's field glued to لل that is also a title word (للفلاحة، للمعلمين)", () => {
  it.each([
    [
      "وقال عمار البكوش، رئيس الاتحاد المحلي للفلاحة والصيد البحري، إن الأجرة ارتفعت.",
      "الاتحاد المحلي للفلاحة والصيد البحري",
    ],
    ["وقال سمير خليل، رئيس الاتحاد الوطني للمعلمين، إن الإضراب مستمر.", "الاتحاد الوطني للمعلمين"],
  ])("stays in the body's name: %s", (text, organization) => {
    expect(extractQuotes(text).quotes.map((q) => q.speaker?.organization ?? null)).toEqual([organization]);
  });

  it("keeps a ministry's لل portfolio out of its name", () => {
    const text = "وقال وكيل وزارة الصحة للصحة العامة سمير خليل إن اللقاحات متوفرة.";
    expect(extractQuotes(text).quotes.map((q) => q.speaker?.organization ?? null)).toEqual(["وزارة الصحة"]);
  });
});

describe("the place a ministry's office serves (وكيل وزارة الصحة بقنا)", () => {
  it.each([
    ["وقال وكيل وزارة الزراعة بالمنيا محمد كمال الدين سرور إن الأسمدة متوفرة.", "وزارة الزراعة"],
    ["وقالت هالة البنداري، وكيلة وزارة الصحة بقنا، إن الحالات تراجعت.", "وزارة الصحة"],
    // A body after ب is the parent, not a place.
    ["وقال مدير إدارة الآثار بوزارة الآثار سمير خليل إن الموقع مغلق.", "وزارة الآثار"],
  ])("is no part of the ministry's name: %s", (text, organization) => {
    expect(extractQuotes(text).quotes.map((q) => q.speaker?.organization ?? null)).toEqual([organization]);
  });
});

describe("a quotation right after a verb with an object pronoun (README: اعتبر X Y without أن)", () => {
  it("is the object's predicate, no quote", () => {
    expect(
      cues('وأضاف سمير خليل أن الخبرة أنجزت في أسبوعين، وهو ما اعتبره "غير كاف لملف بهذا الحجم".'),
    ).toEqual([["سمير خليل", "أضاف", "indirect"]]);
  });

  it("keeps a quotation after أن", () => {
    expect(cues('واعتبر سمير خليل أن "القرار غير كاف".')).toEqual([["سمير خليل", "اعتبر", "direct"]]);
  });
});
