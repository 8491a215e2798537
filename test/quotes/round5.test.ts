/**
 * Speaker phrases of the fifth generalization round, on short made-up sentences in the shapes of news pages: a
 * title whose chain goes on through an indefinite noun in construct (أمين سر نادي …، لأصحاب محطات …), a time
 * noun that is also a given name inside a name (ناصر صباح الفهد), مؤسسة as the head of a body's name. Each
 * group has cases that must NOT change. Expected values follow the corpus annotation rules (speaker = the
 * fullest name without honorifics; role = the title as written; organization = the body named apart).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [speaker name, role, organization]. */
function speakers(text: string): [string | null, string | null, string | null][] {
  return extractQuotes(text).quotes.map((q) => [
    q.speaker?.name ?? null,
    q.speaker?.role ?? null,
    q.speaker?.organization ?? null,
  ]);
}

describe("a title chain through an indefinite noun in construct", () => {
  it.each([
    [
      "وقال أمين سر نادي الوحدة سامي العمري إن الفريق ظلم.",
      ["سامي العمري", "أمين سر نادي الوحدة", "نادي الوحدة"],
    ],
    ["وقال أمين سر الحزب الشيخ فهد المطيري إن الاجتماع تأجل.", ["فهد المطيري", "أمين سر الحزب", "الحزب"]],
    [
      "من جهته، اعتبر رئيس الجمعية الوطنية لأصحاب مصانع الألبان خالد يوسف أن الأسعار مرتفعة.",
      ["خالد يوسف", "رئيس الجمعية الوطنية لأصحاب مصانع الألبان", "الجمعية الوطنية لأصحاب مصانع الألبان"],
    ],
    [
      "وأكد رئيس تحرير الصحيفة، منير سالم، أن العدد سيصدر غدا.",
      ["منير سالم", "رئيس تحرير الصحيفة", "الصحيفة"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // An indefinite adjective after the title is no construct: the name follows.
    ["وقال مسؤول سعودي إن المحادثات مستمرة.", "مسؤول سعودي"],
    // A name with ال as its second word after a title with a definite genitive stays the name.
    ["وقال وزير المالية أحمد الخطيب إن العجز تراجع.", "أحمد الخطيب"],
    // An indefinite noun before an indefinite adjective is no construct either.
    ["وقالت مديرة مدرسة خاصة إن الدوام مستمر.", "مديرة مدرسة خاصة"],
  ])("%s keeps its speaker", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("a time noun that is also a given name, inside a name", () => {
  it.each([
    ["وقال النائب خالد صباح العنزي إن الجلسة تأجلت.", "خالد صباح العنزي"],
    ["وقالت الناشطة منى فجر العلي إن الحملة نجحت.", "منى فجر العلي"],
    ["وأوضح نهار السعيد أن المحطات مغلقة.", "نهار السعيد"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it.each([
    // The time of the statement after the name: a weekday, a date or a time word follows.
    ["وقال محمد علي صباح الأحد إن الفريق جاهز.", "محمد علي"],
    ["وقال محمد علي مساء أمس إن الفريق جاهز.", "محمد علي"],
    ["وقال محمد علي صباح اليوم إن الفريق جاهز.", "محمد علي"],
    ["وقال محمد علي صباح 12 آذار إن الفريق جاهز.", "محمد علي"],
  ])("%s keeps the time out of the name", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("مؤسسة heads a body's name", () => {
  it.each([
    ["وأعلنت مؤسسة مياه الشرب أن الضخ سيتوقف غدا.", "مؤسسة مياه الشرب"],
    ["وقالت مؤسسة الموانئ في بيان إن الرصيف أغلق.", "مؤسسة الموانئ"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it("a title before it still heads the role", () => {
    expect(speakers("وقال مدير المؤسسة العامة للكهرباء سمير حداد إن التقنين مستمر.")).toEqual([
      ["سمير حداد", "مدير المؤسسة العامة للكهرباء", "المؤسسة العامة للكهرباء"],
    ]);
  });
});

describe("an unnamed person described by an occupation without ال", () => {
  it.each([
    ['وتقول سيدة من حي الميدان: "الأسعار نار".', "سيدة من حي الميدان"],
    ["وأوضح طالب في جامعة دمشق أن الامتحانات تأجلت.", "طالب في جامعة دمشق"],
    ["وقالت موظفة في البلدية إن الرواتب تأخرت.", "موظفة في البلدية"],
    ['وأشارت ممرضة في مستشفى الشفاء، فضلت عدم ذكر اسمها، إلى أن الأدوية "نفدت".', "ممرضة في مستشفى الشفاء"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it.each([
    // No place or body after it: the occupation alone.
    ["وقال طالب إن الامتحانات صعبة.", ["طالب", null, null]],
    // A name set off after the description: the description is the name's role.
    ["وقال مزارع من القرية، سالم يوسف، إن المحصول تلف.", ["سالم يوسف", "مزارع من القرية", null]],
    // With ال it is a title of a person named before or after, not an unnamed person.
    ["وقالت المعلمة في المدرسة هدى سليم إن الدوام مستمر.", ["هدى سليم", "المعلمة في المدرسة", null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });
});

describe("a verb before عدم is no name set off after the speaker", () => {
  it.each([
    ['وقالت موظفة، فضلت عدم ذكر اسمها، إن الرواتب "تأخرت".', "موظفة"],
    ["وأكد مسؤول في الوزارة، طلب عدم الكشف عن هويته، أن القرار نهائي.", "مسؤول في الوزارة"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it("a name set off after the title still is one", () => {
    expect(speakers("وقال المتحدث باسم الشرطة، سامر عدنان، إن الطريق مغلق.")[0]?.[0]).toBe("سامر عدنان");
  });
});

/** The speaker name of each quote of the paragraphs. */
function names(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(paragraphs.join("\n")).quotes.map((q) => q.speaker?.name ?? null);
}

describe("an epithet of age or a person noun points back at the latest speaker", () => {
  it.each([
    [
      ['"بيتنا غرق"، هكذا روت أم خالد، وهي نازحة من القرية.', "وأضافت المرأة الخمسينية أن أطفالها مرضوا."],
      ["أم خالد", "أم خالد"],
    ],
    [
      ["وقال المزارع سعيد حمدان إن الماء غمر الحقول.", "وأضاف الرجل الستيني أن الخسائر كبيرة."],
      ["سعيد حمدان", "سعيد حمدان"],
    ],
  ])("%j", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });

  it.each([
    // The epithet does not agree with the latest speaker: it stays as written.
    [
      ['"بيتنا غرق"، هكذا روت أم خالد.', "وقال المعلم الخمسيني إن المدرسة أغلقت."],
      ["أم خالد", "المعلم الخمسيني"],
    ],
    // An adjective that is part of the title is no epithet.
    [
      ["وقال المزارع سعيد حمدان إن الماء غمر الحقول.", "وقال المسؤول المحلي إن الطريق مغلق."],
      ["سعيد حمدان", "المسؤول المحلي"],
    ],
  ])("%j stays as written", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });
});

describe("a bare definite title nobody had points back at the person just quoted", () => {
  it.each([
    [
      ["وقال مدرب المنتخب الوطني سامي العلوي إن الفريق جاهز.", 'وعن الإصابات، أوضح المدير: "اللاعبون بخير".'],
      ["سامي العلوي", "سامي العلوي"],
    ],
    [
      ["وقالت وزيرة الصحة هدى سالم إن المستشفيات جاهزة.", "وأكدت المستشارة أن الأدوية متوفرة."],
      ["هدى سالم", "هدى سالم"],
    ],
  ])("%j", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });

  it.each([
    // The person just quoted has no title: the bare title is a speaker of its own.
    [
      ["وقال سامي العلوي إن الفريق جاهز.", "وقال المدرب إن اللاعبين بخير."],
      ["سامي العلوي", "المدرب"],
    ],
    // The cue does not agree with the person just quoted.
    [
      ["وقال مدرب المنتخب سامي العلوي إن الفريق جاهز.", "وقالت الوزيرة إن الملعب جاهز."],
      ["سامي العلوي", "الوزيرة"],
    ],
    // Quoted three paragraphs before: too far to be the one in view.
    [
      [
        "وقال مدرب المنتخب سامي العلوي إن الفريق جاهز.",
        "وتستعد الجماهير للمباراة.",
        "ونفدت التذاكر.",
        "وقال الوزير إن الملعب جاهز.",
      ],
      ["سامي العلوي", "الوزير"],
    ],
  ])("%j keeps the title as its own speaker", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });
});

describe("a definite occupation with في and a place or body, then the name", () => {
  it.each([
    [
      "وتتوقع الهيئة هطول الأمطار، وفق ما أفاد به المتنبئ الجوي في الهيئة سامي ناصر العبيدي.",
      ["سامي ناصر العبيدي", "المتنبئ الجوي في الهيئة", "الهيئة"],
    ],
    [
      "وقال الباحث الميداني في المنظمة سامر حداد إن الوضع خطير.",
      ["سامر حداد", "الباحث الميداني في المنظمة", "المنظمة"],
    ],
    [
      'ونفى قائممقام قضاء الرطبة، خالد عبيد، التقصير، وقال: "الكارثة أكبر من إمكاناتنا".',
      ["خالد عبيد", "قائممقام قضاء الرطبة", null],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // No name after the place: the description as written.
    ["وقال المزارع في القرية إن الوضع خطير.", "المزارع في القرية"],
    // One name word after the place is no name set off.
    ['وقال المعالج النفسي في المستشفى أحمد: "الوضع خطير".', "المعالج النفسي"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("one of a group named by a plural in construct", () => {
  it.each([
    ['وقال أحد أولياء الأمور في الزرقاء: "ابني بلا مدرسة".', "أحد أولياء الأمور في الزرقاء"],
    ["وقال أحد عناصر الأمن إن الطريق أغلق.", "أحد عناصر الأمن"],
    ["وقالت إحدى ربات البيوت إن الأسعار ارتفعت.", "إحدى ربات البيوت"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it.each([
    // A name set off after the group: the group is the name's role.
    ["وقال أحد سكان الحي، سعيد ناصر، إن الماء انقطع.", ["سعيد ناصر", "أحد سكان الحي", null]],
    // The place after في belongs to the group only when the phrase ends there.
    ["وقال أحد السكان في المدينة إن الماء انقطع.", ["أحد السكان في المدينة", null, null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });

  it("أحد with an indefinite adjective is no group", () => {
    expect(speakers("وقال أحد كبار إن الماء انقطع.")[0]?.[0]).not.toBe("أحد كبار");
  });
});

describe("a trailing attribution that relays a source", () => {
  it.each([
    ['ويلتقي الوفد بالوزير الخميس، حسب ما نقلت وكالة "سبأ" عن مصدر حكومي.', "مصدر حكومي"],
    ["وسيعقد الاجتماع الأحد، وفق ما نقلته صحيفة الغد عن مسؤول في الوزارة.", "مسؤول في الوزارة"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it("without عن the outlet itself is the speaker", () => {
    expect(speakers("وسيعقد الاجتماع الأحد، وفق ما نقلته صحيفة الغد.")[0]?.[0]).toBe("صحيفة الغد");
  });
});

describe("a subject in the accusative between أن and its verb", () => {
  it.each([
    ["ولم تعلق الوزارة، غير أن مصدرا في الوزارة أوضح أن القرار نهائي.", "مصدرا في الوزارة"],
    ["ولم تعلق الشركة، إلا أن مسؤولا في الشركة أكد أن الرواتب ستصرف.", "مسؤولا في الشركة"],
    ["ولم تعلق الشركة، لكن مسؤولا أكد أن الرواتب ستصرف.", "مسؤولا"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it.each([
    // A verb after a phrase with في that is no subject keeps the subject named before.
    ["وشارك الوزير في الاجتماع وقال إن القرار نهائي.", "الوزير"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it("a negated cue has no content after غير أن / إلا أن", () => {
    expect(speakers("ولم تعلق الوزارة، غير أن مصدرا في الوزارة أوضح أن القرار نهائي.")).toEqual([
      ["مصدرا في الوزارة", null, "الوزارة"],
    ]);
    expect(speakers("ولم يعلق النادي على الخبر، إلا أن الجماهير غاضبة.")).toEqual([]);
  });
});

describe("the body of a title with a pronoun suffix is named before it", () => {
  it.each([
    [
      'أما نقابة "المستقبل" لعمال النظافة، فقد أكد منسقها الوطني، رضا بوزيد، أن الإضراب "مستمر".',
      ["رضا بوزيد", "منسقها الوطني", 'نقابة "المستقبل" لعمال النظافة'],
    ],
    [
      "وأطلقت جمعية الأمل الخيرية حملة، وقال رئيسها، عادل منصور، إن الفرق وصلت.",
      ["عادل منصور", "رئيسها", "جمعية الأمل الخيرية"],
    ],
    [
      "وقال الناطق باسم حراك الأطباء الموحد، سامي خليل، إن الإضراب مستمر.",
      ["سامي خليل", "الناطق باسم حراك الأطباء الموحد", "حراك الأطباء الموحد"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // No body before the title: no organization.
    ["وقال مديرها أحمد علي إن الفرق وصلت.", ["أحمد علي", "مديرها", null]],
    // A body's head alone is no named body.
    ["وأطلقت الجمعية حملة، وقال رئيسها، عادل منصور، إن الفرق وصلت.", ["عادل منصور", "رئيسها", null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });
});

describe("a description after وهو/وهي runs to the comma or colon closing it", () => {
  it.each([
    [
      'وقالت الدكتورة سلمى ناصر، وهي طبيبة مقيمة في مستشفى الكرامة التعليمي: "الحالات تتزايد".',
      ["سلمى ناصر", "طبيبة مقيمة في مستشفى الكرامة التعليمي", "مستشفى الكرامة التعليمي"],
    ],
    [
      "وقالت أم ياسر، وهي معلمة في مدرسة حكومية، إن الرواتب تأخرت.",
      ["أم ياسر", "معلمة في مدرسة حكومية", null],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });

  it("a circumstance (an imperfect verb) after وهي is no description", () => {
    expect(speakers('وقالت أم ياسر وهي تبكي: "البيت راح".')[0]?.[1]).toBeNull();
  });
});

describe("a title set off after the name takes kin after its preposition", () => {
  it.each([
    [
      "وقال المحامي سامر عودة، رئيس هيئة الدفاع عن أسرة الضحية، إن الحكم منصف.",
      ["سامر عودة", "رئيس هيئة الدفاع عن أسرة الضحية", "هيئة الدفاع"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });

  it("kin right after the name is no part of a title", () => {
    expect(speakers("وقال سامر عودة، شقيق الضحية، إن الحكم منصف.")[0]?.[0]).toBe("سامر عودة");
  });
});

describe("a document with a pronoun suffix speaks for the body named before it", () => {
  it.each([
    ["وكانت هيئة الرقابة قد أحالت الملف إلى القضاء، بعد أن كشفت تحقيقاتها أن الأموال اختفت.", "هيئة الرقابة"],
    ["وعقدت نقابة الأطباء اجتماعا طارئا، وذكر بيانها أن الإضراب سيستمر.", "نقابة الأطباء"],
  ])("%s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it("a document in an adjunct (في بيانه) leaves the subject the speaker", () => {
    expect(speakers("وقال الوزير في بيانه إن القرار نهائي.")[0]?.[0]).toBe("الوزير");
  });
});

describe("a title glued to the preposition of the verb before it", () => {
  it("is written without the preposition", () => {
    expect(speakers("والتقى الوفد بوزير الخارجية سامي حداد، الذي قال إن المحادثات مثمرة.")).toEqual([
      ["سامي حداد", "وزير الخارجية", null],
    ]);
  });

  it("a title without a glued preposition is unchanged", () => {
    expect(speakers("وقال وزير الخارجية سامي حداد إن المحادثات مثمرة.")[0]?.[1]).toBe("وزير الخارجية");
  });
});
