/**
 * Long titles read whole, with the name set off after them; withheld identities that are not speakers; and
 * continuations that go back to the last speaker. Short made-up sentences in the shapes of scraped news pages;
 * expected values follow the corpus annotation rules (speaker = the fullest name, honorifics and a title word
 * used as one left out; role = the title as written; organisation = the body the title names).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` (paragraphs joined by line breaks) as [speaker name, role, organisation]. */
function speakers(...paragraphs: string[]): [string | null, string | null, string | null][] {
  return extractQuotes(paragraphs.join("\n")).quotes.map((q) => [
    q.speaker?.name ?? null,
    q.speaker?.role ?? null,
    q.speaker?.organization ?? null,
  ]);
}

/** Each quote's speaker name. */
function names(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(paragraphs.join("\n")).quotes.map((q) => q.speaker?.name ?? null);
}

describe("a long title read whole up to the name set off after it", () => {
  it.each([
    [
      "وقال نائب رئيس مجلس إدارة غرفة تجارة وصناعة المدينة، سامر الحلبي، إن الأسعار ارتفعت.",
      "سامر الحلبي",
      "نائب رئيس مجلس إدارة غرفة تجارة وصناعة المدينة",
    ],
    [
      "وقال مدير عام المؤسسة العامة لنقل وتوزيع المياه، الدكتور باسم خليل، إن الضخ مستمر.",
      "باسم خليل",
      "مدير عام المؤسسة العامة لنقل وتوزيع المياه",
    ],
    [
      "وقالت وكيلة الدفاع عن المتهم، المحامية ليلى حداد، إن موكلها بريء.",
      "ليلى حداد",
      "وكيلة الدفاع عن المتهم",
    ],
    [
      "وقالت عضو مجلس النواب عن دائرة الشمال، سلوى العلي، إن الجلسة تأجلت.",
      "سلوى العلي",
      "عضو مجلس النواب عن دائرة الشمال",
    ],
    [
      "وقالت المكلفة بالإعلام على مستوى المديرية، نادية بن علي، إن الطرق مغلقة.",
      "نادية بن علي",
      "المكلفة بالإعلام على مستوى المديرية",
    ],
    [
      "وقال رئيس لجنة المال في المجلس، النائب كريم داود، إن الجلسة تعقد غدا.",
      "كريم داود",
      "رئيس لجنة المال في المجلس",
    ],
    [
      "وأوضح مدير المفوضية بالولاية، الطيب محمد الحسن، أن القوافل وصلت.",
      "الطيب محمد الحسن",
      "مدير المفوضية بالولاية",
    ],
  ])("%s", (text, name, role) => {
    const [found] = speakers(text);
    expect(found?.[0]).toBe(name);
    expect(found?.[1]).toBe(role);
  });

  it("gives a later surname the full name and the whole title", () => {
    expect(
      speakers(
        "وقال مدير عام دائرة صحة المحافظة، الدكتور فارس جاسم العلي، إن الحالات بسيطة.",
        "وأضاف العلي أن الفحوص مستمرة.",
      ).map((s) => s[0]),
    ).toEqual(["فارس جاسم العلي", "فارس جاسم العلي"]);
  });

  it.each([
    // A name right after the title (no comma) ends the title there.
    ["وقال رئيس حملة التوعية التابعة للوزارة سامي خليل، مفسرا الأمر، إن الخطر كبير.", "سامي خليل"],
    // A clause after the comma is no name: the title stays as it was read.
    ["وقال مدير المستشفى، خلال زيارة ميدانية، إن الأسرة متاحة.", "مدير المستشفى"],
    // A word with a glued preposition is no part of a name set off by commas.
    ["هكذا فسر رئيس الحملة سامي خليل، بلوغ الحال بعناصر التنظيم إلى هذا الحد.", null],
  ])("does not run a title over what is not its name: %s", (text, name) => {
    const found = names(text);
    if (name === null) expect(found.every((n) => n === null || !n.includes("بلوغ"))).toBe(true);
    else expect(found[0]).toBe(name);
  });

  it("reads no title out of a body's genitive (بجامعة الملك …)", () => {
    const [found] = speakers(
      'وقال الباحث الفلكي، بقسم الفلك بجامعة الملك فهد، سالم بن محمد العلي: "الشهب تبلغ ذروتها".',
    );
    expect(found?.[0]).toBe("سالم بن محمد العلي");
    expect(found?.[1]).toBe("الباحث الفلكي");
  });
});

describe("a withheld identity is no speaker and no quote", () => {
  it.each([
    ["وأوضح المصدر، الذي طلب عدم كشف هويته، أن الجولة تعقد غدا.", 1],
    ["وأكد مصدر أمني، فضل عدم ذكر اسمه، أن الهدوء هش.", 1],
    ["وقال مسؤول في الوزارة، طلب عدم نشر اسمه، إن القرار نهائي.", 1],
  ])("%s", (text, count) => {
    const found = names("وقال مصدر في الوزارة إن الاجتماع انتهى.", text);
    expect(found).toHaveLength(1 + count);
    for (const n of found) {
      expect(n).not.toMatch(/هويته|اسمه|عدم/);
    }
  });
});

describe("names with particles, ranks and inner honorifics", () => {
  it.each([
    ["وقال مدير التربية بالولاية، عبد المالك زيتوني، إن الدروس ستعوض.", "عبد المالك زيتوني"],
    ['وقالت أم سامر، وهي ربة منزل: "الكهرباء لا تأتي".', "أم سامر"],
    ["وأوضح المكلف بالإعلام بالمديرية، الملازم الأول نسيم برناوي، أن الوحدات مستعدة.", "نسيم برناوي"],
    ["ورأى الخبير الاقتصادي عامر الشيخ علي أن التحسن مرهون بالوقود.", "عامر الشيخ علي"],
    ["واعتبرت النائبة هدى السيد أن الرسوم حل مؤقت.", "هدى السيد"],
    ["واعتبر رئيس الغرفة الوطنية لمصدري التمور، كمال العياري، أن الأسعار مرتفعة.", "كمال العياري"],
  ])("%s", (text, name) => {
    expect(names(text)[0]).toBe(name);
  });

  it.each([
    // The preposition على is no name: the quote has its speaker before it.
    ["وشدد الوزير سامي خليل على أن الحوار مستمر.", "سامي خليل"],
    // The honorific before a name is left out, not read into the name.
    ["وقال الدكتور سامي خليل إن الحالات بسيطة.", "سامي خليل"],
  ])("keeps what is no part of a name out: %s", (text, name) => {
    expect(names(text)[0]).toBe(name);
  });

  it("takes the fuller title set off after a name that had one title word before it", () => {
    expect(speakers("وأكدت المحامية سعاد بن شيخ، عضو هيئة الدفاع، أن الملف خال من الأدلة.")[0]?.[1]).toBe(
      "عضو هيئة الدفاع",
    );
    // With no other title, the title word before the name is the role.
    expect(speakers("واعتبرت النائبة هدى السيد أن الرسوم حل مؤقت.")[0]?.[1]).toBe("النائبة");
  });
});

describe("a continuation goes back to the last speaker", () => {
  it("skips the subject of a background aside (وكان X قد …) in the paragraph between", () => {
    expect(
      names(
        "وقال مدير الدائرة، سامي خليل، إن الحالات بسيطة.",
        "وكان المحافظ قد وجه بتشكيل خلية أزمة.",
        'وتابع: "ندعو المواطنين إلى غلي الماء".',
      ),
    ).toEqual(["سامي خليل", "سامي خليل"]);
    expect(
      names(
        "وقالت الرئيسة التنفيذية للشركة، هند العلي، إن المشاريع جاهزة.",
        "وكان صندوق النقد الدولي قد حذر من مخاطر محتملة.",
        "ولفتت إلى أن الشركة لا ترى مؤشرات على فقاعة.",
      ),
    ).toEqual(["هند العلي", "هند العلي"]);
  });

  it("keeps a new actor of the paragraph before (أما X فدعا …) as the subject", () => {
    expect(
      names(
        "وقال الوزير سامي خليل إن الحرب مأساة.",
        "أما المفوض السامي، زيد رعد، فدعا إلى إنهاء النزاع.",
        'وقال: "كفى قتلا".',
      ),
    ).toEqual(["سامي خليل", "زيد رعد"]);
  });

  it.each([
    ['وتابعت المسؤولة في الوزارة: "القانون سيطبق على الجميع".'],
    ['وتابعت المتحدثة ذاتها: "الأشجار عطشى".'],
  ])("reads a pointing title as the last speaker of its gender: %s", (text) => {
    expect(names("وقالت مديرة الامتحانات، سهى العلي، إن النتائج جاهزة.", text)).toEqual([
      "سهى العلي",
      "سهى العلي",
    ]);
  });

  it("reads a title without its article on each word as the speaker who holds it", () => {
    expect(
      names(
        "وقال رئيس لجنة الانضباط في الاتحاد، نزار خليل، إن العقوبة نهائية.",
        'وتابع رئيس اللجنة أن "التكرار سيعاقب".',
      ),
    ).toEqual(["نزار خليل", "نزار خليل"]);
  });

  it("gives a verb joined by و after a comma the subject of the clause before", () => {
    expect(
      names(
        "وقال مصدر في الوزارة إن الاجتماع انتهى.",
        'في المقابل، نفت جمعية الصرافين أن تكون شركاتها وراء الأزمة، وقالت في بيان إن "السبب توقف التصدير".',
      ),
    ).toEqual(["مصدر في الوزارة", "جمعية الصرافين", "جمعية الصرافين"]);
    expect(
      names(
        "وقال مصدر في الوزارة إن الاجتماع انتهى.",
        'وفي مدينة تعز، نظمت أمهات المختطفين وقفة احتجاجية، وقلن في بيان: "أبناؤنا ليسوا أوراقا".',
      ),
    ).toEqual(["مصدر في الوزارة", "أمهات المختطفين"]);
  });
});

describe("groups and unnamed sources", () => {
  it.each([
    ["وفي مستشفى المدينة، قال الأطباء إن القسم يعمل بأكثر من طاقته.", "الأطباء"],
    ["وفي السوق، أكد السكان أن الأسعار ارتفعت.", "السكان"],
    ['فيما قال مصدر تربوي ل"الصحيفة" إن القرار سيعتمد على التقارير.', "مصدر تربوي"],
    ["وزعم متحدث باسم جيش الاحتلال أن قواته تدخلت.", "متحدث باسم جيش الاحتلال"],
  ])("%s", (text, name) => {
    expect(names("وقالت مديرة الصحة، سعاد خليل، إن الحالات سجلت.", text)).toEqual(["سعاد خليل", name]);
  });

  it("still reads a definite source as the source named before", () => {
    expect(names("وقال مصدر أمني إن الهدوء عاد.", "وأضاف المصدر أن الدوريات مستمرة.")).toEqual([
      "مصدر أمني",
      "مصدر أمني",
    ]);
  });

  it("makes no quote of a speech verb that describes the speaker before the content", () => {
    expect(names('فيما قال مشجعون تحدثت إليهم "الصحيفة" أمام النادي إن الإدارة مسؤولة.')).toEqual(["مشجعون"]);
  });

  it("reads no content out of على أن (provided that) after a comma", () => {
    expect(names("وأعلن الديوان عن انطلاق الموسم، على أن تفتح المعاصر أبوابها الأسبوع المقبل.")).toEqual([]);
    expect(names("وشدد الوزير على أن الحوار مستمر.")).toEqual(["الوزير"]);
    // إلى أن and من أن after the name set off by commas are the content.
    expect(names("وأشار الطبيب المتطوع بالمستشفى، الدكتور عمر بابكر، إلى أن الأسرة ممتلئة.")).toEqual([
      "عمر بابكر",
    ]);
    expect(names("وحذر الأمين العام للحزب، عبد الحق خليل، من أن التعديلات تمس الثوابت.")).toEqual([
      "عبد الحق خليل",
    ]);
  });
});

describe("names after a word with ال or a nationality", () => {
  it.each([
    ['"الموسم ضاع"، يقول الحسين بوزيد، وهو فلاح من القرية.', "الحسين بوزيد", "فلاح من القرية"],
    [
      'وقال البرتغالي جواو ماركيز، المدير الفني للفريق: "لم نلعب جيدا".',
      "جواو ماركيز",
      "المدير الفني للفريق",
    ],
  ])("%s", (text, name, role) => {
    const [found] = speakers(text);
    expect(found?.[0]).toBe(name);
    expect(found?.[1]).toBe(role);
  });
});

describe("the body a title names", () => {
  it.each([
    [
      "وقال مدير عام المؤسسة العامة لنقل وتوزيع المياه، سامي خليل، إن الضخ مستمر.",
      "المؤسسة العامة لنقل وتوزيع المياه",
    ],
    [
      "واعتبر رئيس الغرفة الوطنية لمصدري التمور، كمال خليل، أن الأسعار مرتفعة.",
      "الغرفة الوطنية لمصدري التمور",
    ],
    ["وقال المتحدث باسم حكومة إقليم الشمال، آرام خليل، إن البيانات أرسلت.", "حكومة إقليم الشمال"],
    // A portfolio with لل after a ministry's genitive is the title's, not the body's.
    ["وأوضح وكيل وزارة الصحة للصحة العامة الدكتور فهد خليل أن الحملة بدأت.", "وزارة الصحة"],
    // A board is a department of the body it belongs to.
    ["ورأى نائب رئيس مجلس إدارة غرفة تجارة المدينة، سامي خليل، أن الأسعار ارتفعت.", "غرفة تجارة المدينة"],
    // A participle that opens a modifier ends the body's name.
    ["وقال رئيس حملة التوعية التابعة لوزارة الأوقاف، سامي خليل، إن الخطر كبير.", "حملة التوعية"],
    // A club or team after ل at the end of a title that names no known kind of body.
    ["واعتبر المدير الفني لسموحة، عماد خليل، أن فريقه دفع ثمن الأخطاء.", "سموحة"],
    ["وقال مدير عام دائرة صحة المحافظة، فارس العلي، إن الحالات بسيطة.", "دائرة صحة المحافظة"],
  ])("%s", (text, organization) => {
    expect(speakers(text)[0]?.[2]).toBe(organization);
  });

  it.each([
    // A place after ل is no body.
    ["وقال المدير الجهوي للفلاحة بالولاية، سامي خليل، إن الموسم جيد.", null],
    ["وقال وزير التربية سامي خليل إن الامتحانات تبدأ غدا.", null],
  ])("names no body that the title does not name: %s", (text, organization) => {
    expect(speakers(text)[0]?.[2]).toBe(organization);
  });

  it("gives figures of a body (أرقام الجهاز …) to the body", () => {
    expect(names("وتشير أرقام الجهاز المركزي للإحصاء إلى أن التضخم تجاوز الحد.")).toEqual([
      "الجهاز المركزي للإحصاء",
    ]);
  });
});

describe("a title set off after a name, and bodies with a parent or a place", () => {
  it("reads a title after a name up to the comma that closes it", () => {
    expect(
      speakers("وأوضح الدكتور حسام خليل، مدير عام مستشفى حميات المدينة، أن المستشفى استقبل الحالات.")[0],
    ).toEqual(["حسام خليل", "مدير عام مستشفى حميات المدينة", "مستشفى حميات المدينة"]);
  });

  it.each([
    [
      "وقالت عضو اللجنة المالية في مجلس النواب العراقي، سلوى خليل، إن اللجنة ستجتمع.",
      "اللجنة المالية في مجلس النواب العراقي",
    ],
    // A parent named by its head alone is not part of the name.
    ["وقال المدير التنفيذي لمؤسسة المواصلات في الهيئة، سامي خليل، إن المرحلة بدأت.", "مؤسسة المواصلات"],
    // A head word with only where it is: the fullest name of the body in the article.
    ["وقالت ممثلة المنظمة في اليمن، لينا خليل، إن الاستجابة مبكرة.", "منظمة الصحة العالمية"],
    ["وأوضح مدير المفوضية بالولاية، سامي خليل، أن القوافل وصلت.", "مفوضية العون الإنساني"],
    // A genitive that is a proper name keeps its لل complement (no portfolio).
    [
      "ورأت الخبيرة في مركز عدن للدراسات الاستراتيجية، نادية خليل، أن الحلول محدودة.",
      "مركز عدن للدراسات الاستراتيجية",
    ],
  ])("%s", (text, organization) => {
    const found = speakers(
      "أعلنت منظمة الصحة العالمية تقديم شحنة. وقالت مفوضية العون الإنساني في تقرير إن الأسر نزحت.",
      text,
    );
    expect(found[found.length - 1]?.[2]).toBe(organization);
  });
});

describe("documents and their issuers", () => {
  it.each([
    ['وحذر تقرير أصدرته منظمة "حماية الطفل" الحقوقية من أن ثلث الأطفال بلا مدارس.', "حماية الطفل"],
    ['وجاء في تقرير لشركة الاستشارات العقارية "بروبرتي هاوس": إن المعروض سيرتفع.', "بروبرتي هاوس"],
  ])("%s", (text, issuer) => {
    expect(names(text)[0]).toContain(issuer);
  });

  it("reads نبه and a bulletin (النشرية) as speech", () => {
    expect(names("ونبهت الباحثة في الاقتصاد، لطيفة خليل، إلى أن الجفاف سيستمر.")).toEqual(["لطيفة خليل"]);
    expect(
      names("أصدر الديوان الوطني للأرصاد الجوية نشرية خاصة.", "وجاء في النشرية أن الأمطار قد تتجاوز 60 ملم."),
    ).toHaveLength(1);
  });

  it("makes no issuer of a document with no verb and no body after it", () => {
    expect(names("وحذر تقرير جديد من أن الأسعار سترتفع.")).toEqual(["تقرير"]);
  });
});

describe("relayed statements, ranks and naming verbs", () => {
  it("gives a relayed statement to the source, with قوله as its cue past the apposition", () => {
    const [q] = extractQuotes(
      'ونقلت وكالة الأنباء عن مدير عام الشركة العامة للكهرباء، المهندس سامي خليل، قوله إن "الشبكة متهالكة".',
    ).quotes;
    expect(q?.speaker?.name).toBe("سامي خليل");
    expect(q?.cue).toBe("قوله");
  });

  it.each([
    ["وقال المتحدث باسم قيادة العمليات، العميد الركن يحيى رسول، إن القوات تقدمت.", "يحيى رسول"],
    ["وقال رئيس قسم الطوارئ في مستشفى الشفاء، الطبيب محمد أبو سلمية، إن الوضع كارثي.", "محمد أبو سلمية"],
  ])("%s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it("reads the name after a naming verb, with the description before it as the role", () => {
    const found = extractQuotes("وقال أحد سكان الحي، ويدعى أبو علي، إن الماء مقطوع.").quotes;
    expect(found.map((q) => [q.speaker?.name, q.speaker?.role, q.cue])).toEqual([
      ["أبو علي", "أحد سكان الحي", "قال"],
    ]);
  });

  it("keeps ادعى (claimed) a speech verb when it names nobody", () => {
    expect(names("وادعى المتحدث أن القوات انسحبت.")).toHaveLength(1);
  });
});

describe("a nickname in quotation marks inside a name", () => {
  it("reads the nickname with the name, not as the content", () => {
    const found = extractQuotes(
      'وقال محمود "بيكا" عبد السلام، صاحب هدف الفوز، إن الهدف "جاء من جملة تدربنا عليها".',
    ).quotes;
    expect(found.map((q) => [q.speaker?.name, q.text.split(" ")[0]])).toEqual([
      ['محمود "بيكا" عبد السلام', "الهدف"],
    ]);
  });

  it("keeps a quotation after a one-word name the content", () => {
    const [q] = extractQuotes('وقال سامي "الوضع صعب جدا".').quotes;
    expect(q?.text).toBe("الوضع صعب جدا");
  });
});

describe("an unnamed source with a body or place glued to ب", () => {
  it.each([
    ["وقال مصدر بوزارة الداخلية إن التحقيق مستمر.", "مصدر بوزارة الداخلية", "وزارة الداخلية"],
    ['وأكد فلاحون بسوق القرية، التقتهم "الصحيفة"، أن السعر قفز.', "فلاحون بسوق القرية", null],
    // A body glued to ل is the addressee, not where the source speaks from.
    ["وقال مصدر لوكالة الأنباء إن التحقيق مستمر.", "مصدر", null],
  ])("%s", (text, name, organization) => {
    expect(speakers(text)[0]).toEqual([name, null, organization]);
  });
});
