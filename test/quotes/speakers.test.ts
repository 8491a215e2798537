/**
 * Who speaks, on short made-up sentences in the shapes of scraped news pages: the fullest name when a title
 * with a place or an adjective stands before it, an occupation before a name, a new subject that wins over the
 * previous speaker, documents given to their issuers, trailing attributions, and words that look like speech
 * but are not (بين the preposition, a name in scare quotes). Each group has the cases that must NOT change.
 * Expected values follow the corpus annotation rules (speaker = the fullest name, honorifics left out;
 * unnamed speakers by their description; a document's statement to its issuer).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` (paragraphs joined by line breaks) as [speaker name, role, content start]. */
function speakers(...paragraphs: string[]): [string | null, string | null, string][] {
  return extractQuotes(paragraphs.join("\n")).quotes.map((q) => [
    q.speaker?.name ?? null,
    q.speaker?.role ?? null,
    q.text.split(" ").slice(0, 2).join(" "),
  ]);
}

describe("a title with a place or an adjective before the name", () => {
  it.each([
    [
      "وقال رئيس المجلس المحلي في مدينة أعزاز، ياسر الحمدو، إن الحملة بدأت.",
      ["ياسر الحمدو", "رئيس المجلس المحلي في مدينة أعزاز", "الحملة بدأت"],
    ],
    [
      "قال وزير الصحة في حكومة تصريف الأعمال، نبيل صعب، إن الرواتب ستصرف.",
      ["نبيل صعب", "وزير الصحة في حكومة تصريف الأعمال", "الرواتب ستصرف"],
    ],
    [
      "وأكد عضو لجنة الطاقة النيابية، كريم الساعدي، أن الحل قريب.",
      ["كريم الساعدي", "عضو لجنة الطاقة النيابية", "الحل قريب"],
    ],
    [
      "وقال المدير التنفيذي لمؤسسة المواصلات في الهيئة، خليفة الشامسي، إن المرحلة الأولى بدأت.",
      ["خليفة الشامسي", "المدير التنفيذي لمؤسسة المواصلات في الهيئة", "المرحلة الأولى"],
    ],
    [
      "وأفاد المدير الجهوي للشركة بصفاقس، منير الطرابلسي، بأن العطل أصلح.",
      ["منير الطرابلسي", "المدير الجهوي للشركة بصفاقس", "العطل أصلح"],
    ],
    [
      "وقال مدير الدفاع المدني في محافظة إدلب مصطفى يوسف إن الفرق تعمل.",
      ["مصطفى يوسف", "مدير الدفاع المدني في محافظة إدلب", "الفرق تعمل"],
    ],
    [
      "وقال مدير المناطق في الأمانة خالد الزعبي إن الفرق جاهزة.",
      ["خالد الزعبي", "مدير المناطق في الأمانة", "الفرق جاهزة"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it("links a later surname, quoted or not, back to the full name", () => {
    const found = speakers(
      "وقال رئيس المجلس المحلي في مدينة أعزاز، ياسر الحمدو، إن الحملة بدأت.",
      'وأضاف "الحمدو" أن العمل مستمر.',
      "وأوضح الحمدو أن المدارس جاهزة.",
    );
    expect(found.map((q) => q[0])).toEqual(["ياسر الحمدو", "ياسر الحمدو", "ياسر الحمدو"]);
  });

  it.each([
    // An adjunct after the title is not part of it when no name follows.
    ["وقال الوزير في كلمة له أمام البرلمان إن الميزانية متوازنة.", "الوزير"],
    ["وقال الرئيس في اتصال هاتفي مع نظيره إن العلاقات جيدة.", "الرئيس"],
    ["وقال الرئيس بشار الأسد إن الحرب انتهت.", "بشار الأسد"],
    ["وقال عضو اللجنة إن الاجتماع تأجل.", "عضو اللجنة"],
    ['وقال الوزير لـ"الشرق الأوسط" إن الاتفاق قريب.', "الوزير"],
  ])("must not change: %s", (text, speaker) => {
    expect(speakers(text).map((q) => q[0])).toEqual([speaker]);
  });
});

describe("an occupation right before a two- or three-word name", () => {
  it.each([
    ["وأوضح المدرس عمر الخطيب أن الصفوف مكتظة.", ["عمر الخطيب", "المدرس", "الصفوف مكتظة"]],
    ['وقالت الممرضة منى خوري: "نعمل بلا رواتب".', ["منى خوري", "الممرضة", "نعمل بلا"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    ["وقال المدرس إن الصفوف مكتظة.", "المدرس"],
    ["وقالت الحكومة الأردنية إن الأسعار ثابتة.", "الحكومة الأردنية"],
    // A definite subject and an object noun phrase: the object is no name.
    ["أعلنت الحكومة خطة جديدة، وقالت إن التنفيذ يبدأ غدا.", "الحكومة"],
  ])("must not change: %s", (text, speaker) => {
    expect(speakers(text).map((q) => q[0])).toEqual([speaker]);
  });
});

describe("the subject of the current verb wins over the previous speaker", () => {
  it("gives قائلا after a verb with its own subject to that subject", () => {
    expect(
      speakers(
        "وقال مدير المناطق خالد الزعبي إن الفرق جاهزة.",
        'وحذر المتنبئ الجوي في الدائرة، محمد الشياب، قائلا: "ابتعدوا عن الأودية".',
      ).map((q) => q[0]),
    ).toEqual(["خالد الزعبي", "محمد الشياب"]);
  });

  it("gives speech reported after أن to the subject before its verb, not to the object after it", () => {
    expect(
      speakers(
        "وأضاف مدير المؤسسة حسان قطيني أن مديرية الدفاع المدني أبلغت المؤسسة بأن فرقها لا تستطيع الوصول.",
      ).map((q) => q[0]),
    ).toEqual(["حسان قطيني", "مديرية الدفاع المدني"]);
  });

  it.each([
    [
      ["وقال الوزير أحمد سالم إن الخطة جاهزة.", "وأضاف أن التنفيذ يبدأ غدا"],
      ["أحمد سالم", "أحمد سالم"],
    ],
    [["وقال الوزير أحمد سالم إن الخطة جاهزة، مشيرا إلى أن التنفيذ يبدأ غدا."], ["أحمد سالم", "أحمد سالم"]],
  ])("must not change: %j", (paragraphs, expected) => {
    expect(speakers(...paragraphs).map((q) => q[0])).toEqual(expected);
  });
});

describe("documents speak for their issuer", () => {
  it.each([
    [
      [
        "وأعلنت الهيئة العامة للموانئ ارتفاع الحركة.",
        "وأشار التقرير الصادر عن الهيئة إلى أن عدد السفن ارتفع.",
      ],
      ["الهيئة العامة للموانئ"],
    ],
    [
      ["وقال بيان لغرفة المخابز بولاية البحر الأحمر إن الأسعار مرتفعة."],
      ["غرفة المخابز بولاية البحر الأحمر"],
    ],
    [['وذكر بيان لمكتبه الإعلامي، أن "الوزير التقى السفير".'], ["مكتبه الإعلامي"]],
    [
      ["وحسب بيان لقيادة الدرك الوطني، فإن العملية نجحت.", "وأوضح البيان أن المحجوزات كبيرة"],
      ["قيادة الدرك الوطني"],
    ],
    [["وقال بيان صادر عن وزارة الداخلية إن الطرق مفتوحة."], ["وزارة الداخلية"]],
  ])("%j", (paragraphs, expected) => {
    expect(speakers(...paragraphs).map((q) => q[0])).toEqual(expected);
  });
});

describe("trailing attributions", () => {
  it("reads a title, a place phrase and a name after وفق ما أفاد به", () => {
    expect(
      speakers(
        "وبدأ الإضراب صباح اليوم، وفق ما أفاد به رئيس نقابة العاملين في المستشفيات الحكومية جورج عقيقي.",
      ),
    ).toEqual([["جورج عقيقي", "رئيس نقابة العاملين في المستشفيات الحكومية", "وبدأ الإضراب"]]);
  });

  it("gives وفق ما ذكرته with no named speaker to the subject of its sentence", () => {
    expect(
      speakers(
        "وقال المتحدث باسم الإدارة العامة للمرور ماجد الشهري إن الحملة مستمرة.",
        "وكانت الإدارة قد أطلقت الحملة في رمضان، وفق ما ذكرته في حسابها على منصة إكس.",
      ).map((q) => q[0]),
    ).toEqual(["ماجد الشهري", "الإدارة العامة للمرور"]);
  });
});

describe("words that look like speech but are not", () => {
  it("reads unvocalised بين before a noun as the preposition", () => {
    expect(
      speakers(
        'وقال رئيس البلدية وائل القواسمي إن البلدية ستمنع الوقوف بين الساعة 16:00 وموعد الإفطار، "لتخفيف الازدحام".',
        'وأضاف: "سنخصص ساحتين للباعة".',
      ).map((q) => q[0]),
    ).toEqual(["وائل القواسمي", "وائل القواسمي"]);
  });

  it("still reads بين with a complementizer as the verb", () => {
    expect(speakers("وبين الوزير أن الخطة جاهزة.").map((q) => q[0])).toEqual(["الوزير"]);
  });

  it.each([
    'قالت "المؤسسة العامة لمياه الشرب" في حلب إن المحطة توقفت.',
    "قالت «المؤسسة العامة لمياه الشرب» في حلب إن المحطة توقفت.",
  ])("takes a body's name in scare quotes as the subject: %s", (text) => {
    expect(speakers(text)).toEqual([["المؤسسة العامة لمياه الشرب", null, "المحطة توقفت"]]);
  });

  it('takes لـ"OUTLET" after the verb as the addressee, the subject before the verb as the speaker', () => {
    expect(speakers('مواطن من حي الجحملية قال لـ"المصدر أونلاين": "فقدنا طفلين".')).toEqual([
      ["مواطن من حي الجحملية", null, "فقدنا طفلين"],
    ]);
  });
});

describe("quotes before their cue", () => {
  it("reads بهذه الكلمات علق X after a quotation", () => {
    expect(speakers('"نرحب بالتعديلات"، بهذه الكلمات علق وزير العمل يوسف الخاجة على القرار.')).toEqual([
      ["يوسف الخاجة", "وزير العمل", "نرحب بالتعديلات"],
    ]);
  });
});

describe("organizations named apart", () => {
  it.each([
    ["وقال مسؤول في مصرف الجمهورية إن السيولة متوفرة.", "مسؤول في مصرف الجمهورية", null, "مصرف الجمهورية"],
    [
      "وقالت مصادر في مكتب رئيس الوزراء إن اللقاء تأجل.",
      "مصادر في مكتب رئيس الوزراء",
      null,
      "مكتب رئيس الوزراء",
    ],
    // A place phrase that is part of the body's name stays in it …
    [
      "وقال رئيس نقابة العاملين في المستشفيات الحكومية، جورج عقيقي، إن الإضراب بدأ.",
      "جورج عقيقي",
      "رئيس نقابة العاملين في المستشفيات الحكومية",
      "نقابة العاملين في المستشفيات الحكومية",
    ],
    // … a country alone after في is where the body is, not its name.
    [
      "وقال وكيل نقابة الممثلين في مصر سامح علي إن الموسم بدأ.",
      "سامح علي",
      "وكيل نقابة الممثلين في مصر",
      "نقابة الممثلين",
    ],
    // A department speaks for the body it belongs to.
    [
      "وقال مدير إدارة الآثار المستردة بوزارة الآثار، علي أحمد، إن القطع عادت.",
      "علي أحمد",
      "مدير إدارة الآثار المستردة بوزارة الآثار",
      "وزارة الآثار",
    ],
  ])("%s", (text, name, role, organization) => {
    const [q] = extractQuotes(text).quotes;
    expect(q?.speaker).toEqual({ name, role, organization });
  });

  it("reads a head word that starts with ب or ل as that word (بلدية، لجنة), not a preposition and a stem", () => {
    const found = extractQuotes(
      ["أعلنت بلدية الخليل خطة لتنظيم الأسواق.", "وقال رئيس البلدية وائل القواسمي إن الخطة تبدأ غدا."].join(
        "\n",
      ),
    ).quotes;
    expect(found.map((q) => q.speaker?.organization)).toEqual(["بلدية الخليل"]);
  });
});

describe("words that point back at the speaker", () => {
  it.each([
    "وأكد معاليه أن اللقاحات متوفرة.",
    "وأضاف المسؤول أن اللقاحات متوفرة.",
    "وأوضح الأخير أن اللقاحات متوفرة.",
  ])("continues the person named before: %s", (second) => {
    expect(speakers("وقال مدير الصحة أحمد علي إن المستشفيات جاهزة.", second).map((q) => q[0])).toEqual([
      "أحمد علي",
      "أحمد علي",
    ]);
  });

  it("must not change: المسؤول with nobody quoted before is the speaker as written", () => {
    expect(speakers("وقال المسؤول إن الأدوية متوفرة.").map((q) => q[0])).toEqual(["المسؤول"]);
  });
});

describe("a title word with ال standing as an honorific after a full title", () => {
  it.each([
    [
      "وقال عضو مجلس الشورى النائب سالم العنزي إن الموازنة تأخرت.",
      ["سالم العنزي", "عضو مجلس الشورى", "الموازنة تأخرت"],
    ],
    [
      "وأكد رئيس لجنة النقل في البرلمان النائب كريم الجبوري أن الطريق سيفتح.",
      ["كريم الجبوري", "رئيس لجنة النقل في البرلمان", "الطريق سيفتح"],
    ],
    ["وقالت عضوة اللجنة النائبة هند سعيد: على الوزارة أن ترد.", ["هند سعيد", "عضوة اللجنة", "على الوزارة"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });

  it.each([
    // Standing alone before the name, the title word is the role.
    ["وقال النائب سالم العنزي إن الموازنة تأخرت.", ["سالم العنزي", "النائب", "الموازنة تأخرت"]],
    // A title word with ال with no name after it stays in the title (an unnamed speaker by its description).
    ["وقال المدير العام للشركة إن العمل مستمر.", ["المدير العام للشركة", null, "العمل مستمر"]],
  ])("not an honorific: %s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });
});

describe("a general title, the place a title serves and an addressee after the name", () => {
  it.each([
    [
      'وقال مدير عام مكتب الزراعة في محافظة حمص الدكتور سامي حداد لـ"الوطن" إن الموسم جيد.',
      ["سامي حداد", "مدير عام مكتب الزراعة في محافظة حمص", "الموسم جيد"],
    ],
    [
      "وقال مبعوث الرئيس إلى السودان محمد علي إن الهدنة صامدة.",
      ["محمد علي", "مبعوث الرئيس إلى السودان", "الهدنة صامدة"],
    ],
    [
      "ونقلت الصحيفة عن معاون وزير النقل، سامي خليل، قوله إن الطريق سيفتح.",
      ["سامي خليل", "معاون وزير النقل", "الطريق سيفتح"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });

  it.each([
    // إلى that is no place of the title (إلى جانب) reads no name.
    ["وقال وزير الخارجية إلى جانب نظيره إن الهدنة صامدة.", ["وزير الخارجية", null, "الهدنة صامدة"]],
    // لدى stays a link of the title, whatever follows it.
    ["وقال سفير المملكة لدى مصر إن الهدنة صامدة.", ["سفير المملكة لدى مصر", null, "الهدنة صامدة"]],
  ])("no name: %s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });
});
