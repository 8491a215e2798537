/**
 * Speaker phrases of generalization round 6, on short made-up sentences in the shapes of news pages. Each
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

/** The speaker name of each quote of `text`. */
function names(text: string): (string | null)[] {
  return speakers(text).map((s) => s[0]);
}

describe("a surname finds the person named last before it", () => {
  it("two people share a family name: the one named before the cue", () => {
    const text = [
      "وقال محافظ البنك المركزي الدكتور ماجد الحداد إن البنك سيتدخل.",
      'وأضاف الحداد: "لدينا قائمة بالشركات المخالفة".',
      "وقال أستاذ الاقتصاد في جامعة عدن سالم الحداد إن الحلول مؤقتة.",
      "وتابع الحداد أن الأسعار سترتفع.",
    ].join("\n");
    expect(names(text)).toEqual(["ماجد الحداد", "ماجد الحداد", "سالم الحداد", "سالم الحداد"]);
  });

  it("one person only: a surname before the full mention still finds it", () => {
    const text = ["وقال الحداد إن البنك سيتدخل.", "وكان وزير المالية سالم الحداد قد زار عدن."].join("\n");
    expect(names(text)).toEqual(["سالم الحداد"]);
  });
});

describe("a person named in narration after a nisba, without a title", () => {
  it.each([
    ["فاز الماليزي إيفان تان على منافسه في النهائي.\nوقال تان إن المباراة كانت صعبة.", ["إيفان تان"]],
    // The name ran on over the verb's object (سارة بنسون اللقب): the surname tells where it ends.
    [
      'أحرزت الأمريكية سارة بنسون اللقب على حساب منافستها.\nوقالت بنسون إنها "سعيدة بالعودة".',
      ["سارة بنسون"],
    ],
    // A definite surname.
    ["توج المصري محمد الشاذلي بلقب البطولة.\nوقال الشاذلي إن المباراة صعبة.", ["محمد الشاذلي"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A nisba after a body's head is the body's adjective: no person, the role keeps the whole body.
    [
      "قالت سلمى العلوي، عضو مكتب الاتحاد الوطني لطلبة المغرب بالكلية، إن الطلاب غاضبون.",
      "عضو مكتب الاتحاد الوطني لطلبة المغرب بالكلية",
    ],
  ])("%s", (text, role) => {
    expect(speakers(text)[0]?.[1]).toBe(role);
  });

  it("a definite word that is no surname of anyone stays as written", () => {
    const text = "فاز الماليزي إيفان تان على منافسه.\nوقال المدرب إن الفريق جاهز.";
    expect(names(text)).toEqual(["المدرب"]);
  });
});

describe("the end of a title's body before the name", () => {
  it.each([
    // Two places joined by a dash are one name, with or without a comma after it.
    [
      "وقال رئيس اتحاد بلديات الشوف – عاليه، المهندس سامي نمر، إن الاتحاد عاجز.",
      "سامي نمر",
      "رئيس اتحاد بلديات الشوف – عاليه",
    ],
    [
      "وأكد رئيس بلدية بكفيا - المحيدثة نبيل صفير أن البلدية عاجزة.",
      "نبيل صفير",
      "رئيس بلدية بكفيا - المحيدثة",
    ],
    // A body's two-word name, then an honorific and the name set off by commas.
    [
      "وقال رئيس نادي أمل بسكرة، السيد رضا بوزيد، في تصريح للإذاعة: «العقوبة قاسية».",
      "رضا بوزيد",
      "رئيس نادي أمل بسكرة",
    ],
    // Iraqi "Ms." and نقيبة (head of a syndicate).
    [
      "وذكرت نقيبة المعلمين في محافظة البصرة، الست هدى كاظم، أن الرواتب متأخرة.",
      "هدى كاظم",
      "نقيبة المعلمين في محافظة البصرة",
    ],
  ])("%s", (text, name, role) => {
    const [first] = speakers(text);
    expect(first?.[0]).toBe(name);
    expect(first?.[1]).toBe(role);
  });

  it.each([
    // A dash that opens an aside is no joined name.
    ["وقال رئيس البلدية - في اتصال هاتفي - إن الوضع صعب.", "رئيس البلدية"],
    // A one-word name with no honorific after the comma stays the name.
    ["وقال مدير المدرسة سامر، في تصريح للإذاعة، إن الدوام منتظم.", "سامر"],
  ])("%s", (text, name) => {
    expect(names(text)[0]).toBe(name);
  });
});

describe("a definite group restricted by a plural participle is a new description", () => {
  it.each([
    ["وقال الأطباء العاملون في مراكز العزل إن معظم الحالات من القرى.", "الأطباء العاملون في مراكز العزل"],
    ["وقال المعلمون المضربون إن الرواتب متأخرة.", "المعلمون المضربون"],
  ])("%s", (text, name) => {
    expect(names(text)[0]).toBe(name);
  });

  it("a bare definite source still points back at the source named before", () => {
    const text = "وقالت مصادر طبية إن الوضع مستقر. وأكدت المصادر أن الحالات تراجعت.";
    expect(names(text)).toEqual(["مصادر طبية", "مصادر طبية"]);
  });

  it("a singular adjective after the source is no restriction (المصادر الطبية)", () => {
    const text = "وقالت مصادر طبية إن الوضع مستقر. وأكدت المصادر الطبية أن الحالات تراجعت.";
    expect(names(text)[1]).toBe("مصادر طبية");
  });
});

describe("a name that shares only its particle with a known name", () => {
  it("عبد X is read whole after another عبد Y was named", () => {
    const text = [
      "ونقلت الوكالة عن مدير الشباب والرياضة، عبد القادر منصور، أن الملعب جاهز.",
      'وقال رئيس نادي أمل بسكرة، السيد عبد الحميد زيدان، في تصريح: "العقوبة قاسية".',
    ].join("\n");
    expect(names(text)).toEqual(["عبد القادر منصور", "عبد الحميد زيدان"]);
  });

  it("a known first name alone still finds its person", () => {
    const text = ["وقال وزير المالية سامر يوسف إن العجز تراجع.", "وأضاف سامر أن الموازنة جاهزة."].join("\n");
    expect(names(text)).toEqual(["سامر يوسف", "سامر يوسف"]);
  });
});

describe("a relayed source: title, body after في, name, then قوله", () => {
  it.each([
    [
      "ونقلت الوكالة عن مدير إدارة الطوارئ في بلدية إربد المهندس سامي خليل قوله إن الطرق مفتوحة.",
      "سامي خليل",
      "مدير إدارة الطوارئ في بلدية إربد",
    ],
    [
      "ونقلت قناة الشرق عن عضو لجنة المالية في مجلس الشورى خالد النعيمي قوله إن الميزانية متوازنة.",
      "خالد النعيمي",
      "عضو لجنة المالية في مجلس الشورى",
    ],
  ])("%s", (text, name, role) => {
    const [first] = speakers(text);
    expect(first?.[0]).toBe(name);
    expect(first?.[1]).toBe(role);
  });

  it("a speech noun ending in ة is no pronoun (كلمة)", () => {
    // The name is followed by في كلمة: the phrase still ends before في, and the title stays the role.
    const [first] = speakers("وقال مدير إدارة الطوارئ في بلدية إربد سامي خليل في كلمة له إن الطرق مفتوحة.");
    expect(first?.[0]).toBe("سامي خليل");
  });
});
