/**
 * Round 9b: words that read as a title or a name but are something else in their place — the verb طالب
 * ("demanded") before its subject, a feeling shown by the subject (سعادته، ارتياحه) after a name, and وإلى
 * folded to the title والي. Made-up sentences, with the cases that must NOT change. Expected values follow
 * the corpus annotation rules.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [speaker name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);
}

/** A first speaker, so that a wrong continuation would give the quote to him. */
const BEFORE = 'وقال وزير النقل سالم العبدلي: "المشروع يسير وفق الخطة". ';

describe("طالب as the verb before its subject", () => {
  it.each([
    // A definite title after the verb, a title set off after the name, then a cue with no subject.
    [
      "وطالب النائب كمال الهواري، عضو لجنة المالية، الحكومة بخفض الضرائب، ولفت إلى أن الأسعار ارتفعت.",
      ["كمال الهواري", "عضو لجنة المالية"],
    ],
    // A title without ال, then an honorific title and the name, then a participle.
    [
      'وطالب رئيس لجنة الزراعة النائب سمير البدوي الوزارة بدعم المزارعين، معتبرا أن "الموسم في خطر".',
      ["سمير البدوي", "رئيس لجنة الزراعة النائب"],
    ],
  ])("%s", (sentence, expected) => {
    expect(speakers(BEFORE + sentence).at(-1)).toEqual(expected);
  });

  it("reads no name in the verb's complement after the title", () => {
    const text =
      '"الفقر يتسع"، هكذا قال رئيس الجمعية الخيرية منير الصالح. ' +
      "وطالب رئيس الجمعية الخيرية بضرورة إنشاء مراكز تراعي الأسر الفقيرة. " +
      "وقال رئيس الجمعية الخيرية إن الدعم تراجع.";
    expect(speakers(text).at(-1)?.[0]).toBe("منير الصالح");
  });

  it.each([
    // طالب as a student, with ال and without it, keeps its title.
    ['وقال الطالب رامي حداد: "الامتحان كان صعبا".', ["رامي حداد", "الطالب"]],
    ['وقال طالب الهندسة رامي حداد: "الامتحان كان صعبا".', ["رامي حداد", "طالب الهندسة"]],
  ])("student: %s", (sentence, expected) => {
    expect(speakers(BEFORE + sentence).at(-1)).toEqual(expected);
  });
});

describe("a feeling shown after the name is the verb's object", () => {
  it.each([
    [
      'وأبدى مدرب النادي وليد الحلبي سعادته بالنتيجة، معتبرا أنها "ثمرة عمل طويل".',
      ["وليد الحلبي", "مدرب النادي"],
    ],
    [
      'وأبدت رئيسة الجمعية سناء الخياط ارتياحها للقرار، مؤكدة أن "الأسر ستستفيد".',
      ["سناء الخياط", "رئيسة الجمعية"],
    ],
    ['وأبدى المزارع حسن القاضي قلقه من الجفاف، قائلا: "الأرض عطشى".', ["حسن القاضي", "المزارع"]],
  ])("%s", (sentence, expected) => {
    expect(speakers(BEFORE + sentence).at(-1)).toEqual(expected);
  });

  it("keeps سعادة as a family name", () => {
    expect(speakers('وقال رئيس النقابة جورج سعادة إن "الحوار مفتوح".').at(-1)).toEqual([
      "جورج سعادة",
      "رئيس النقابة",
    ]);
  });
});

describe("وإلى is never the title والي", () => {
  it("does not read a phrase before وإلى as a titled person", () => {
    const text =
      'وقالت سعاد الأمين، وهي ممرضة في المخيم، إن "الأدوية نفدت". ودعت الجمعية إلى فتح طرق آمنة، وإلى وقف القتال. ' +
      "وقالت آمنة يعقوب، وهي نازحة من القرية، إن ابنها مريض.";
    expect(speakers(text).at(-1)).toEqual(["آمنة يعقوب", "نازحة من القرية"]);
  });

  it("keeps والي as a title", () => {
    expect(speakers('وقال والي الجهة عمر بنسالم إن "الماء قليل".').at(-1)).toEqual([
      "عمر بنسالم",
      "والي الجهة",
    ]);
  });
});

describe("a quotation that runs over two paragraphs", () => {
  /** Each quote of `text` as [paragraph, speaker name, cue]. */
  function quotes(text: string): [number, string | null, string | null][] {
    return extractQuotes(text).quotes.map((q) => [q.paragraph, q.speaker?.name ?? null, q.cue]);
  }

  it("is one quote where it opens; the paragraph that closes it adds none", () => {
    const text = [
      'وقال مدير الدفاع المدني نبيل حداد: "الطرق مقطوعة في الجبل، والفرق تعمل منذ الفجر.',
      'نطلب من الناس البقاء في منازلهم حتى تهدأ العاصفة".',
      "وأضاف حداد أن الأضرار كبيرة.",
    ].join("\n");
    expect(quotes(text)).toEqual([
      [0, "نبيل حداد", "قال"],
      [2, "نبيل حداد", "أضاف"],
    ]);
  });

  it("still gives a whole quoted paragraph after a quote its own quote", () => {
    const text = [
      'وقال مدير الدفاع المدني نبيل حداد: "الطرق مقطوعة في الجبل".',
      '"نطلب من الناس البقاء في منازلهم".',
    ].join("\n");
    expect(quotes(text)).toEqual([
      [0, "نبيل حداد", "قال"],
      [1, "نبيل حداد", null],
    ]);
  });
});

describe("a known given name with another name word after it", () => {
  it("opens another person's whole name", () => {
    const text =
      'وقال المتحدث باسم البلدية أحمد الزين إن "العمل مستمر". ' +
      '"الشارع صار نهرا"، هكذا علق أحمد نصار، صاحب محل في السوق.';
    expect(speakers(text).at(-1)).toEqual(["أحمد نصار", "صاحب محل في السوق"]);
  });

  it("reads on past a known run that ends with a name particle", () => {
    const text =
      '"الدواء مغشوش"، هكذا روى محمود عبد الرحيم، وهو صيدلي. ' +
      "وقال المتحدث باسم النقابة، الدكتور محمود عبد الستار، إن التحقيق مستمر.";
    expect(speakers(text).at(-1)).toEqual(["محمود عبد الستار", "المتحدث باسم النقابة"]);
  });

  it("opens a new person when a known surname starts a whole name described by an aside", () => {
    const text =
      'وقالت المواطنة سلمى يوسف، وهي بائعة خبز، إن "الأسعار ارتفعت". ' +
      '"لا نجد الدواء"، هكذا علق يوسف الأمين، وهو سائق حافلة من الحي.';
    expect(speakers(text).at(-1)).toEqual(["يوسف الأمين", "سائق حافلة من الحي"]);
  });

  it("keeps a known surname with an aside that describes the same speaker", () => {
    const text =
      'وقالت المواطنة سلمى يوسف، وهي بائعة خبز، إن "الأسعار ارتفعت". وأضافت يوسف، وهي تبكي: "لا نجد الدواء".';
    expect(speakers(text).at(-1)).toEqual(["سلمى يوسف", "بائعة خبز"]);
  });

  it("keeps a known surname followed by the clause's word", () => {
    const text = 'وقال المدرب جوزيه فرنانديز إن "المباراة صعبة". وأضاف فرنانديز ضاحكا: "لن أتحدث عن الحكم".';
    expect(speakers(text).at(-1)).toEqual(["جوزيه فرنانديز", "المدرب"]);
  });
});

describe("a long title before the name set off by commas", () => {
  it.each([
    // A body's short name in parentheses inside the title.
    [
      'وقالت المتحدثة باسم مكتب الأمم المتحدة لرعاية الطفولة (رعاية) في الأردن، سلوى منير الحسن، إن "المخيمات مكتظة".',
      ["سلوى منير الحسن", "المتحدثة باسم مكتب الأمم المتحدة لرعاية الطفولة (رعاية) في الأردن"],
    ],
    // A second title in construct, without ال, in apposition to the first.
    [
      'وقال والي جهة سوس ماسة، عامل عمالة أكادير، كمال عبد الرزاق: "الطرق مقطوعة".',
      ["كمال عبد الرزاق", "والي جهة سوس ماسة، عامل عمالة أكادير"],
    ],
    // A place name ending with an honorific adjective (المنورة، المكرمة) before the comma.
    [
      "وأوضح مدير الهلال الأحمر للإسعاف الجوي بمنطقة مكة المكرمة، العقيد فهد سالم العتيبي، أن الفرق جاهزة.",
      ["فهد سالم العتيبي", "مدير الهلال الأحمر للإسعاف الجوي بمنطقة مكة المكرمة"],
    ],
  ])("%s", (sentence, expected) => {
    expect(speakers(sentence).at(-1)).toEqual(expected);
  });

  it("keeps an honorific before a name as the name's", () => {
    expect(speakers('وقال مدير المستشفى الدكتور فهد العتيبي إن "الحالات مستقرة".').at(-1)).toEqual([
      "فهد العتيبي",
      "مدير المستشفى",
    ]);
  });
});

describe("a title word that is a known speaker's surname", () => {
  it("is that speaker when no whole name follows it", () => {
    const text = [
      "أكد الدكتور سامي فؤاد الجندي، وزير الزراعة، أن المحصول جيد.",
      'وقال الجندي: "الموسم ممتاز"، مضيفا أن الأسعار ستنخفض.',
      "وأعلن الجندي إطلاق منظومة جديدة لمتابعة حركة الأسعار في الأسواق.",
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["سامي فؤاد الجندي", "وزير الزراعة"],
      ["سامي فؤاد الجندي", "وزير الزراعة"],
      ["سامي فؤاد الجندي", "وزير الزراعة"],
    ]);
  });

  it("stays a title before a whole name", () => {
    const text =
      'أكد الدكتور سامي فؤاد الجندي، وزير الزراعة، أن المحصول جيد. وقال الجندي منير عواد إن "الطريق مغلق".';
    expect(speakers(text).at(-1)).toEqual(["منير عواد", "الجندي"]);
  });
});

describe("a rank word that opens the place a title serves", () => {
  it("is the place's noun when no name follows it", () => {
    expect(speakers('واعتبر النائب عن الفريق الاشتراكي سمير الطاهري أن "الدعم لم يصل".').at(-1)).toEqual([
      "سمير الطاهري",
      "النائب عن الفريق الاشتراكي",
    ]);
  });

  it("stays an honorific before a name", () => {
    expect(speakers('وقال قائد القوات الفريق سعد الحسن إن "الوضع هادئ".').at(-1)).toEqual([
      "سعد الحسن",
      "قائد القوات",
    ]);
  });
});
