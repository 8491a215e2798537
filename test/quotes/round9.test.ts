/**
 * Round 9: a speaker named as the subject at the head of its sentence with an aside set off between it and the
 * verb, and the role an aside gives after a status word (citizen, resident). Made-up sentences, with the cases
 * that must NOT change. Expected values follow the corpus annotation rules.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [speaker name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);
}

/** A first speaker, so that a wrong continuation would give the quote to him. */
const BEFORE = 'وقال وزير النقل سالم العبدلي: "المشروع يسير وفق الخطة". ';

describe("a fronted subject with an aside before its verb", () => {
  it.each([
    // وهو/وهي aside after a title and a name, then the verb.
    [
      'المواطن فادي منصور، وهو صاحب مخبز في حي الزهور، قال للصحيفة: "الطحين لا يصل".',
      ["فادي منصور", "صاحب مخبز في حي الزهور"],
    ],
    // أما with a kunya, the aside held by the phrase, then ف and the verb.
    ['أما أبو سليم، وهو بائع متجول، فقال: "الأسواق خالية".', ["أبو سليم", "بائع متجول"]],
    // A relative clause as the aside, another verb, then وقال.
    [
      'المهندس كريم داود، الذي يدير ورشة صغيرة، أغلق أبوابها الشهر الماضي، وقال: "الكلفة تضاعفت".',
      ["كريم داود", "المهندس"],
    ],
    // An age in parentheses and a one-of aside, then a participle.
    [
      'المزارع حسن عيسى (50 عاما)، أحد المتضررين، تحدث عن الخسائر قائلا: "فقدنا المحصول".',
      ["حسن عيسى", "المزارع"],
    ],
    // A negation before the verb.
    [
      'الصياد علي مراد، الذي يعمل في الميناء منذ عشرين عاما، لم يخف قلقه قائلا: "البحر لم يعد يعطي".',
      ["علي مراد", "الصياد"],
    ],
  ])("%s", (sentence, expected) => {
    expect(speakers(BEFORE + sentence)[1]).toEqual(expected);
  });

  it.each([
    // A verb opening the sentence is no subject, though it is read as a name: the continuation stands.
    'فيما تمكنت فرق الإنقاذ من الوصول إلى الموقع، وقال: "العمل مستمر".',
    // A name with no aside and no comma before the verb: nothing new (left to the rules before).
    'وتابع: "الأعمال ستنتهي قريبا".',
  ])("keeps the earlier speaker in: %s", (sentence) => {
    expect(speakers(BEFORE + sentence)[1]?.[0]).toBe("سالم العبدلي");
  });
});

describe("a listed title after وهو/وهي replaces a status word before the name", () => {
  it.each([
    ["وقال المواطن فادي منصور، وهو سائق أجرة، إن الوقود مفقود.", "سائق أجرة"],
    ["وقالت المقيمة الأردنية هدى سالم، وهي معلمة في مدرسة خاصة، إن الرسوم ارتفعت.", "معلمة في مدرسة خاصة"],
  ])("%s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });

  it.each([
    // A real title before the name stays the role.
    ["وقال الوزير فادي منصور، وهو مهندس سابق، إن الخطة جاهزة.", "الوزير"],
    // A status word with no aside is the role.
    ["وقالت المواطنة هدى سالم إن الخبز مفقود.", "المواطنة"],
  ])("keeps the title in: %s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });
});

describe("a relaying outlet with its own name in quotation marks after its description", () => {
  it("gives the quote to the source after عن", () => {
    expect(
      speakers('ونقلت الإذاعة المحلية "صوت الجبل" عن وزير الصحة فادي منصور قوله إن المستشفيات جاهزة.'),
    ).toEqual([["فادي منصور", "وزير الصحة"]]);
  });

  it("keeps the outlet when no source follows", () => {
    expect(speakers('وقالت الإذاعة المحلية "صوت الجبل" إن المستشفيات جاهزة.')[0]?.[0]).not.toBe("فادي منصور");
  });
});

describe("a general word for an official with a nisba points back at the latest speaker", () => {
  const FIRST = 'وقال وزير الري فادي منصور إن "المخزون كاف". ';
  it.each(['وأضاف المسؤول الحكومي: "لن نقطع المياه".', 'وتابع الدبلوماسي المصري: "لن نقطع المياه".'])(
    "%s",
    (sentence) => {
      expect(speakers(FIRST + sentence)[1]).toEqual(["فادي منصور", "وزير الري"]);
    },
  );

  it("names a new speaker when nobody was quoted before", () => {
    expect(speakers("وقال المسؤول الحكومي إن المخزون كاف.")).toEqual([["المسؤول الحكومي", null]]);
  });

  it("skips a latest speaker of the other gender", () => {
    const text = 'وقالت وزيرة البيئة هدى سالم إن "الوضع مقلق". وأضاف المسؤول الحكومي: "لن نقطع المياه".';
    expect(speakers(text)[1]?.[0]).toBe("المسؤول الحكومي");
  });
});

describe("an issuer whose name starts with ب", () => {
  it("keeps the ب of بعثة after صادر عن", () => {
    expect(speakers('وجاء في بيان صادر عن بعثة الاتحاد الأوروبي: "ندعم الحوار".')[0]?.[0]).toBe(
      "بعثة الاتحاد الأوروبي",
    );
  });

  it("still cuts a glued ل before the issuer", () => {
    expect(speakers('وجاء في بيان للمرصد الوطني: "ندعم الحوار".')[0]?.[0]).toBe("المرصد الوطني");
  });
});

describe("an official's epithet after قال", () => {
  it("names someone new", () => {
    const text = 'وقال وزير الري فادي منصور إن "المخزون كاف". وقال المسؤول الحكومي إن الطريق مغلق.';
    expect(speakers(text)[1]?.[0]).toBe("المسؤول الحكومي");
  });
});

describe("a title that serves a place inside a wider one", () => {
  it("reads the wider place after في into the title", () => {
    expect(speakers("وقال النائب عن الدائرة الثانية في إربد سامي خليل إن الطرق سيئة.")).toEqual([
      ["سامي خليل", "النائب عن الدائرة الثانية في إربد"],
    ]);
  });
});

describe("a known first word with a name particle after it", () => {
  it("opens another person's name", () => {
    const text = "وقال سالم محمد بن علي إن الطلب كبير. وقال المواطن سالم بن يوسف إن الماء قليل.";
    expect(speakers(text)).toEqual([
      ["سالم محمد بن علي", null],
      ["سالم بن يوسف", "المواطن"],
    ]);
  });

  it("still finds the same person named again", () => {
    const text = "وقال سالم بن علي إن الطلب كبير. وأضاف سالم بن علي أن الماء قليل.";
    expect(speakers(text).map((s) => s[0])).toEqual(["سالم بن علي", "سالم بن علي"]);
  });
});

describe("a title linked by عن to a body, then the name set off, before the verb", () => {
  it("is the subject after غير أن", () => {
    const text =
      "وقال الوزير فادي منصور إن الخطة جاهزة. غير أن النائب عن حزب العمال المعارض، سامي خليل، اعتبر أن الخطة متأخرة.";
    expect(speakers(text)[1]).toEqual(["سامي خليل", "النائب عن حزب العمال المعارض"]);
  });
});

describe("a subject after a verb of narration, with a description set off after the name", () => {
  it.each([
    // An adjunct before the verb set off by a comma.
    [
      'وعند باب المخبز، وقفت أم سليم، وهي موظفة متقاعدة، منذ الفجر. تقول: "الخبز لا يكفي".',
      ["أم سليم", "موظفة متقاعدة"],
    ],
    [
      'وخلال الجلسة، طالب المحامي سامي خليل، عضو هيئة الدفاع، بأقصى عقوبة، وقال: "الإهمال واضح".',
      ["سامي خليل", "عضو هيئة الدفاع"],
    ],
    // The full name found again from the surname.
    [
      'في مقهى بالمدينة، يجلس كريم الزعبي (27 عاما)، خريج هندسة من جامعة مؤتة، أمام حاسوبه. "قدمت على مئتي وظيفة"، يقول الزعبي.',
      ["كريم الزعبي", "خريج هندسة من جامعة مؤتة"],
    ],
  ])("%s", (sentence, expected) => {
    expect(speakers(BEFORE + sentence)[1]).toEqual(expected);
  });

  it("leaves a name with no description after the verb to the rules before", () => {
    const text = `${BEFORE}وفي المساء، وصل فادي منصور إلى المدينة. وتابع: "الأعمال مستمرة".`;
    expect(speakers(text)[1]?.[0]).toBe("سالم العبدلي");
  });
});

describe("أما puts a plain name first", () => {
  it("gives the verb after ف to it", () => {
    expect(speakers(`${BEFORE}أما كريم منصور، وهو سائق أجرة، فقال إن الطرق مزدحمة.`)[1]).toEqual([
      "كريم منصور",
      "سائق أجرة",
    ]);
  });
});

describe("a given name written with ال after a definite title", () => {
  it.each([
    ["قال الفلاح الهادي العرفاوي إن الحقول جيدة.", ["الهادي العرفاوي", "الفلاح"]],
    ["وقال المزارع الحسين العلمي إن المحصول ضعيف.", ["الحسين العلمي", "المزارع"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)[0]).toEqual(expected);
  });

  it("keeps an adjective of the title out of the name", () => {
    expect(speakers("وقال الخبير الاقتصادي محمد سالم إن الأسعار ترتفع.")[0]).toEqual([
      "محمد سالم",
      "الخبير الاقتصادي",
    ]);
  });
});

describe("the work named after الذي يعمل", () => {
  it.each([
    ["وقال سامر عودة، الذي يعمل سائقا في مصنع للأسمنت، إن الطرق مزدحمة.", "سائقا في مصنع للأسمنت"],
    ["وقالت هدى سالم، التي تعمل ممرضة في مستشفى المدينة، إن الأسرة ممتلئة.", "ممرضة في مستشفى المدينة"],
  ])("%s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });

  it.each([
    // A real title stays; a time after the verb is no work.
    ["وقال الوزير سامر عودة، الذي يعمل منذ سنوات على الملف، إن الطرق مزدحمة.", "الوزير"],
  ])("keeps the title in: %s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });
});

describe("العامل before a name is a title, a status word", () => {
  it("names the speaker of a quotation before its cue", () => {
    const text = `${BEFORE}«نعمل منذ الفجر حتى المساء»، قال العامل سامي خليل.`;
    expect(speakers(text)[1]).toEqual(["سامي خليل", "العامل"]);
  });

  it("gives way to the work after الذي يعمل", () => {
    const text = "وقال العامل المصري سامي خليل، الذي يعمل حارسا في مصنع للأسمنت، إن الأجور متأخرة.";
    expect(speakers(text)[0]).toEqual(["سامي خليل", "حارسا في مصنع للأسمنت"]);
  });

  it.each([
    ["وقال عامل في المصنع إن الأجور متأخرة.", "عامل في المصنع"],
    ["وقال عمال إن الأجور متأخرة.", "عمال"],
  ])("keeps an unnamed worker as written: %s", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("a status word set off after a name", () => {
  it("is a participle, not a title that replaces the one before the name", () => {
    const text = "وأكدت الممرضة هدى سالم، العاملة بقسم الطوارئ، أن الأسرة ممتلئة.";
    expect(speakers(text)[0]).toEqual(["هدى سالم", "الممرضة"]);
  });
});
