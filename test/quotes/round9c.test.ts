/**
 * Round 9c: who speaks a direct quote when the speaker was named in a way the timeline missed — the reporter's
 * "our interlocutor" (محدثنا) for the person just quoted, a person named in the first sentence after a
 * dateline's colon, and occupation titles (التلميذ، الصياد) before a name. Made-up sentences, with the cases
 * that must NOT change. Expected values follow the corpus annotation rules.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [speaker name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);
}

describe("محدثنا points back at the person just quoted", () => {
  it.each([
    ["«نريد ميزانا ثانيا في كل مركز»، يضيف محدثنا.", "كمال بوعزة"],
    ['وتابعت محدثتي: "الأسعار لم تعد تطاق".', "كمال بوعزة"],
  ])("%s", (sentence, expected) => {
    const text = `وقال التاجر كمال بوعزة: «الموسم كان صعبا على الجميع».\n${sentence}`;
    expect(speakers(text).at(-1)?.[0]).toBe(expected);
  });

  it("leaves a named speaker after the cue alone", () => {
    const text = "وقال التاجر كمال بوعزة: «الموسم كان صعبا».\n«الأسعار مستقرة»، يضيف محدثنا سليم العياري.";
    expect(speakers(text).at(-1)?.[0]).not.toBe("كمال بوعزة");
  });
});

describe("a person named after a dateline's colon joins the timeline", () => {
  it.each([
    "سمير الحداد- وكالة الشرق- حلب: في حي الجلوم القديم، يفتح الحاج نزار قطان ورشته الصغيرة كل صباح.",
    "حلب: يفتح الحاج نزار قطان ورشته الصغيرة كل صباح.",
  ])("%s", (lead) => {
    const text = `${lead}\nيقول قطان إن "الزبائن عادوا ببطء بعد سنوات الحرب".`;
    expect(speakers(text).at(-1)?.[0]).toBe("نزار قطان");
  });

  it("does not read a speech verb's content after its colon as the story's first sentence", () => {
    const text =
      "وقال المدير: يفتح الحاج نزار قطان ورشته كل صباح.\n" +
      'يقول قطان إن "الزبائن عادوا ببطء بعد سنوات الحرب".';
    expect(speakers(text).at(-1)?.[0]).toBe("قطان");
  });
});

describe("occupation titles before a name", () => {
  it.each([
    [
      "وقال التلميذ رامي بن عثمان، المترشح في شعبة الآداب، إنه يراجع دروسه كل ليلة.",
      ["رامي بن عثمان", "التلميذ"],
    ],
    ["وقالت التلميذة هالة المنصوري إن الأسئلة كانت في المتناول.", ["هالة المنصوري", "التلميذة"]],
    ["ويقول الصياد حمد بن راشد الكعبي من ولاية صور إن الموسم كان ضعيفا.", ["حمد بن راشد الكعبي", "الصياد"]],
  ])("%s", (sentence, expected) => {
    expect(speakers(sentence).at(-1)).toEqual(expected);
  });

  it("names the fisherman by his family name after", () => {
    const text =
      "ويقول الصياد حمد بن راشد الكعبي من ولاية صور إن الموسم كان ضعيفا.\n" +
      "وتابع الكعبي: «البحر لم يعد كما كان».";
    expect(speakers(text).at(-1)?.[0]).toBe("حمد بن راشد الكعبي");
  });

  it("keeps الصيد (fishing) and التلاميذ (pupils) no title", () => {
    const text = "وقال وزير الزراعة منير السالمي إن الصيد تراجع وإن التلاميذ عادوا إلى المدارس.";
    expect(speakers(text).at(-1)).toEqual(["منير السالمي", "وزير الزراعة"]);
  });
});

describe("a fronted subject with a longer aside before its verb", () => {
  const before = 'وقال المحافظ سمير العلي: "الأشغال ستنتهي قبل الصيف". ';
  it.each([
    // The phrase holds the aside's start (a role), and the aside runs on to its comma.
    ['أما هالة منصور، وهي معلمة تعمل في مدرسة الحي، فقالت: "الطريق صار أطول".', ["هالة منصور", "معلمة"]],
    [
      'أما ريم، وهي طالبة جامعية تسكن في حي الميدان، فقالت: "لم أعد أذهب إلى الجامعة كل يوم".',
      ["ريم", "طالبة جامعية"],
    ],
    // An aside opened by من (a place or the people one belongs to).
    [
      'أما الحاجة سعاد القماطي، من سكان حي النصر، فتقول: "الكهرباء لا تأتي إلا ليلا".',
      ["سعاد القماطي", null],
    ],
    ["المزارع كمال بوزيان، من بلدية عين الحجر، قال لـ«الخبر»: «ننتظر منذ أيام».", ["كمال بوزيان", "المزارع"]],
  ])("%s", (sentence, expected) => {
    expect(speakers(before + sentence).at(-1)).toEqual(expected);
  });

  it("takes no subject from an aside that the sentence ends inside", () => {
    const text = `${before}أما هالة منصور، وهي معلمة في مدرسة الحي. وأضاف: "العمل مستمر".`;
    expect(speakers(text).at(-1)?.[0]).toBe("سمير العلي");
  });
});

describe("a compound given name with عبد is another person's name", () => {
  const before = 'وقال وزير النقل، عبد الحق الزياني، إن "الطرق ستفتح قريبا". ';
  it.each([
    // عبد alone matched the first half of the known name; the name is read whole.
    ['"الحافلات قليلة"، يقول عبد الكريم الناصري، الناشط في الحي.', "عبد الكريم الناصري"],
    // A surname that starts with ب (U+0628) or, before a comma, with ل (U+0644).
    ["وقال عبد الرحيم بوزيان إن الحافلات قليلة.", "عبد الرحيم بوزيان"],
    ['"الحافلات قليلة"، يقول عبد المجيد لعمارة، الناشط في الحي.', "عبد المجيد لعمارة"],
  ])("%s", (sentence, expected) => {
    expect(speakers(before + sentence).at(-1)?.[0]).toBe(expected);
  });

  it("keeps the known name for its own compound", () => {
    expect(speakers(`${before}وأضاف عبد الحق الزياني: "العمل مستمر".`).at(-1)?.[0]).toBe("عبد الحق الزياني");
  });

  it("keeps ل before an addressee out of the name", () => {
    expect(speakers("وقال عبد الرحمن لوكالة الأنباء إن الحافلات قليلة.").at(-1)?.[0]).not.toContain("لوكالة");
  });
});

describe("a speech-verb form after رفض/فضل/طلب is their verbal noun", () => {
  const before = 'وقال المحافظ سمير العلي: "الأشغال ستنتهي قبل الصيف". ';
  it.each([
    ['وأكد التاجر سالم، الذي رفض كشف اسمه كاملا، أن "الأسعار ارتفعت".', ["سالم", "التاجر"]],
    ['وأوضحت الممرضة هدى، التي فضلت ذكر اسمها الأول فقط، أن "المستشفى مكتظ".', ["هدى", "الممرضة"]],
  ])("%s", (sentence, expected) => {
    expect(speakers(before + sentence).at(-1)).toEqual(expected);
  });
});

describe("an aside on the title's body between the title and the name", () => {
  it.each([
    [
      "وأكد الأمين العام لنقابة المعلمين، التابعة للاتحاد العام للشغل، كمال الورتاني، أن الإضراب قائم.",
      ["كمال الورتاني", "الأمين العام لنقابة المعلمين"],
    ],
    [
      "وقالت رئيسة الرابطة الجهوية، المنضوية تحت الجامعة الوطنية، سلوى الهمامي، إن الموسم انطلق.",
      ["سلوى الهمامي", "رئيسة الرابطة الجهوية"],
    ],
  ])("%s", (sentence, expected) => {
    expect(speakers(sentence).at(-1)).toEqual(expected);
  });

  it("keeps a body's aside with no name after it out of the speaker", () => {
    const text = "وأكد الأمين العام لنقابة المعلمين، التابعة للاتحاد العام للشغل، أن الإضراب قائم.";
    expect(speakers(text).at(-1)?.[0]).toBe("الأمين العام لنقابة المعلمين");
  });
});
