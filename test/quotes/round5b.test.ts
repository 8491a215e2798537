/**
 * Speaker phrases of generalization round 5b, on short made-up sentences in the shapes of news pages. Each
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

describe("a family name made of words that are also titles or adjectives", () => {
  it.each([
    ["وقال رئيس هيئة الاتصالات، سامر الخطيب، إن البلاغات تضاعفت.", "سامر الخطيب", "رئيس هيئة الاتصالات"],
    [
      "وقال رئيس نقابة الصيادلة في نابلس، محمد الأمين الخطيب، إن الأدوية نفدت.",
      "محمد الأمين الخطيب",
      "رئيس نقابة الصيادلة في نابلس",
    ],
    // A name set off by commas may open with ال (Maghrebi given names).
    [
      "وقال رئيس الغرفة الجهوية للتجارة بصفاقس، الطاهر الكبير الجلاصي، إن الصادرات تراجعت.",
      "الطاهر الكبير الجلاصي",
      "رئيس الغرفة الجهوية للتجارة بصفاقس",
    ],
    ["وقال وزير المالية أحمد الأمين إن العجز تراجع.", "أحمد الأمين", "وزير المالية"],
  ])("%s", (text, name, role) => {
    const [first] = speakers(text);
    expect(first?.[0]).toBe(name);
    expect(first?.[1]).toBe(role);
  });

  it.each([
    // A title-initial الأمين is still a title.
    [
      "وقال الأمين العام لاتحاد الكتاب، نبيل زيدان، إن المعرض تأجل.",
      "نبيل زيدان",
      "الأمين العام لاتحاد الكتاب",
    ],
    // A day set off by commas is no name.
    ["وقال وزير الداخلية، الثلاثاء الماضي، إن الحدود مغلقة.", "وزير الداخلية", null],
  ])("%s keeps its speaker", (text, name, role) => {
    const [first] = speakers(text);
    expect(first?.[0]).toBe(name);
    expect(first?.[1]).toBe(role);
  });
});

describe("the verb's object after the speaker's name", () => {
  it.each([
    [
      "نفى مدير إدارة الصيانة بشركة الكهرباء المهندس سالم الكيلاني وجود أي أعطال، وقال: «الشبكة تعمل».\nوأضاف الكيلاني أن الصيانة ستنتهي الجمعة.",
      [
        ["سالم الكيلاني", "مدير إدارة الصيانة بشركة الكهرباء", "شركة الكهرباء"],
        ["سالم الكيلاني", "مدير إدارة الصيانة بشركة الكهرباء", "شركة الكهرباء"],
      ],
    ],
    [
      "نفى محامي المتهم، في حديث لوسائل إعلام محلية، تورط موكله في القضية، وقال إن الحكم جائر.",
      [["محامي المتهم", null, null]],
    ],
    ["نفى الوزير سالم حداد أي تقصير، وقال إن الخطة نجحت.", [["سالم حداد", "الوزير", null]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // A three-word name with no object after it stays whole.
    ["وقال المدير سالم محمود الكيلاني إن الشبكة تعمل.", "سالم محمود الكيلاني"],
  ])("%s keeps its speaker", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("an addressee glued with ل after the title or the name", () => {
  it.each([
    ["وقال مدير الشركة لرويترز إن الأرباح ارتفعت.", ["مدير الشركة", null, null]],
    ["وقال مدير الشركة لمراسلنا إن الأرباح ارتفعت.", ["مدير الشركة", null, null]],
    ["وقال مدير الشركة سامي حداد لمراسلنا إن الأرباح ارتفعت.", ["سامي حداد", "مدير الشركة", "الشركة"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // A given name that starts with ل after a title is still a name.
    ["وقالت المديرة لينا حداد إن الدوام مستمر.", "لينا حداد"],
    ["وقال المدرب لؤي سالم إن الفريق جاهز.", "لؤي سالم"],
  ])("%s keeps its speaker", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("a weak homograph inside the content of a quote", () => {
  it.each([
    ["وقالت الوزارة إن الإصابات سجلت بين الأطفال، وإن المستشفيات جاهزة.", [["الوزارة", null, null]]],
    [
      "وأوضح المكتب أن نسبة البطالة تبلغ نحو 12 بالمائة، وأن معظم العاطلين من الشباب.",
      [["المكتب", null, null]],
    ],
  ])("%s is one quote", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // The same forms as cues of their own sentence keep their quotes.
    ["وبيّن مدير المستشفى أن الأسرة ممتلئة.", ["بين"]],
    ["وأبلغ الوزير النواب أن الخطة جاهزة.", ["أبلغ"]],
    ["وقال الوزير إن الخطة جاهزة.\nووصف الوزير الخطة بالناجحة، وأن التنفيذ يبدأ غدا.", ["قال", "وصف"]],
    ['وقال الوزير إن الخطة جاهزة.\nوكتب الوزير على حسابه "الخطة تبدأ غدا. والتنفيذ قريب".', ["قال", "كتب"]],
  ])("%s keeps its cues", (text, cues) => {
    expect(extractQuotes(text).quotes.map((q) => q.cue)).toEqual(cues);
  });
});

describe("a place name that starts with the letter of a glued preposition", () => {
  it.each([
    ["وقال مدير عام مؤسسة كهرباء لبنان إن التقنين مستمر.", ["مدير عام مؤسسة كهرباء لبنان", null, null]],
    [
      "وقال مدير عام مؤسسة كهرباء لبنان، كمال حايك، إن التقنين مستمر.",
      ["كمال حايك", "مدير عام مؤسسة كهرباء لبنان", "مؤسسة كهرباء لبنان"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // A glued ل on an ordinary word is still the preposition: the addressee is no part of the speaker.
    ["وقال مدير الشركة لرويترز إن الأرباح ارتفعت.", "مدير الشركة"],
  ])("%s keeps its speaker", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("a naming verb right after the description, with no comma", () => {
  it.each([
    ['قال سائق سيارة أجرة يدعى مفتاح: "الوقود مفقود".', ["مفتاح", "سائق سيارة أجرة", null]],
    ["وقالت سيدة تدعى أم علي إن البيت تهدم.", ["أم علي", "سيدة", null]],
    // The comma case stays.
    ["وقال أحد سكان الحي، ويدعى أبو حسن، إن المياه مقطوعة.", ["أبو حسن", "أحد سكان الحي", null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // Without a naming verb the description stays the speaker.
    ['قال سائق سيارة أجرة: "الوقود مفقود".', "سائق سيارة أجرة"],
  ])("%s keeps its speaker", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("an outlet after a source's description, with ل standing alone", () => {
  it.each([
    ['وقال مصدر بمديرية التعليم في أسوان لـ"الوطن" إن الدراسة منتظمة.', "مصدر بمديرية التعليم في أسوان"],
    ['وقال مصدر في وزارة المالية لـ"الغد" إن الرواتب ستصرف الأحد.', "مصدر في وزارة المالية"],
  ])("%s", (text, name) => {
    const [first] = speakers(text);
    expect(first?.[0]).toBe(name);
    expect(first?.[2]?.endsWith(" ل")).toBe(false);
  });
});
