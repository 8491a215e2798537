/**
 * Epithets that point back at a person named before (المدرب المقال، السيدة الخمسينية), on short made-up
 * paragraphs, and words that only look like such references. Expected values follow the corpus annotation
 * rules: a back-reference takes the fullest name of the person it points at.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** The speaker name of each quote of the paragraphs. */
function names(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(paragraphs.join("\n")).quotes.map((q) => q.speaker?.name ?? null);
}

describe("a definite title or honorific with one adjective points back", () => {
  it.each([
    [
      [
        "وقال مدرب المنتخب الأول، سامي العلوي، إن الإقالة كانت متوقعة.",
        "وأشار المدرب المقال إلى أن اللاعبين غابوا.",
      ],
      ["سامي العلوي", "سامي العلوي"],
    ],
    [
      [
        "وقالت أم علي، وهي نازحة من الريف، إن أطفالها مرضوا.",
        '"الماء لونه أصفر"، هكذا علقت السيدة الخمسينية وهي تشير إلى الخزان.',
      ],
      ["أم علي", "أم علي"],
    ],
  ])("%j", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });

  it.each([
    // Nobody with that title before: the epithet is the speaker as written.
    [["وأشار المدرب المقال إلى أن اللاعبين غابوا."], ["المدرب المقال"]],
    // A title with a place noun after it is no epithet.
    [["وقال المسؤول المحلي إن الطريق مغلق."], ["المسؤول المحلي"]],
  ])("%j stays as written", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });
});

describe("words that look like titles but are not", () => {
  it("reads الجاري (the current) as no relation word with a pronoun", () => {
    expect(
      names(
        "كشف الناخب الوطني وليد الركراكي عن لائحة اللاعبين.",
        "وكانت الجامعة قد أعلنت في 2 شتنبر الجاري تجديد عقد الركراكي.",
        "وقال الركراكي إن الاختيار خضع لمعايير الجاهزية.",
      ),
    ).toEqual(["وليد الركراكي"]);
  });
});

describe("who the subject of a verb is", () => {
  it.each([
    // A plural verb stands after its subject: the noun after it is an object, and a later cue goes on
    // with the speaker.
    [
      [
        "وقالت رئيسة الرابطة، ميرنا حيدر، إن الإضراب مستمر.",
        "وشارك ممثلون عن الروابط، أعلنوا تضامنهم الكامل مع المتعاقدين. ولفتت إلى أن الرابطة مستعدة للحوار.",
      ],
      ["ميرنا حيدر", "ميرنا حيدر"],
    ],
    // A singular verb before its subject: the subject is read.
    [["وقال السكان إن المياه دخلت منازلهم."], ["السكان"]],
    // One title word with ال after a lone first name is the surname.
    [['وقال محمد الأمين: "لن نعود".'], ["محمد الأمين"]],
    // …and not when a complement makes it a title.
    [["وقال محمد الأمين العام للحزب إن الحزب مستعد."], ["محمد"]],
    // A letter sent by a committee speaks for it.
    [["وجاء في كتاب وجهته لجنة الصحة النيابية إلى الحكومة أن الوضع خطير."], ["لجنة الصحة النيابية"]],
  ])("%j", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });
});

describe("statements and figures", () => {
  it.each([
    // A later البيان points back at the body that issued a statement, though that sentence held no quote.
    [
      [
        "وقالت عضو المجلس سهى علي إن المجلس اجتمع.",
        "وأعلنت وزارة الكهرباء في بيان، الاثنين، إرسال فرق إسناد. كما ذكر البيان أن الوزارة تستورد المحولات.",
      ],
      ["سهى علي", "وزارة الكهرباء"],
    ],
    // بحسب ما أفاد به X: the subject after the resumptive preposition.
    [
      [
        "وقال مدير المركز، سامي علي، إن الأمطار مستمرة.",
        "وبحسب ما أفاد به مكتب الأمم المتحدة، فإن آلاف الأشخاص تضرروا.",
      ],
      ["سامي علي", "مكتب الأمم المتحدة"],
    ],
    // Figures credited to a body speak for it; figures that name nobody are narration.
    [["وتشير أرقام نقابة المستشفيات إلى أن الأسرة ممتلئة."], ["نقابة المستشفيات"]],
    [["وتشير الأرقام إلى أن الأسرة ممتلئة."], []],
    // …but a definite statement with an issuer before it is still a quote.
    [["وأصدرت الوزارة بيانا أمس. وقال البيان إن الوضع مستقر."], ["الوزارة"]],
  ])("%j", (paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });
});

describe("a quoted sentence with a trailing attribution noun", () => {
  /** Each quote as [speaker, cue, kind]. */
  function cues(...paragraphs: string[]): [string | null, string | null, string][] {
    return extractQuotes(paragraphs.join("\n")).quotes.map((q) => [q.speaker?.name ?? null, q.cue, q.kind]);
  }

  it.each([
    [
      ["وقالت سعاد علي إنها باعت ذهبها.", '"كنا نحصل على أرباح شهرية"، بحسب قولها.'],
      [
        ["سعاد علي", "قالت", "indirect"],
        ["سعاد علي", "قولها", "direct"],
      ],
    ],
    [
      ["وقالت سلمى علي إن الإغلاق مستمر.", '"سنعيد فتح الصمامات"، على حد تعبير مصطفى الطارقي.'],
      [
        ["سلمى علي", "قالت", "indirect"],
        ["مصطفى الطارقي", "تعبير", "direct"],
      ],
    ],
    // After a cue in its own sentence the noun only repeats the speaker: one quote.
    [['وأضاف سامي علي: "سنخصص ساحتين للباعة"، بحسب قوله.'], [["سامي علي", "أضاف", "direct"]]],
  ])("%j", (paragraphs, expected) => {
    expect(cues(...paragraphs)).toEqual(expected);
  });
});

describe("a manner adverb after an inverted cue", () => {
  it("gives the quote to the speaker the text goes on with", () => {
    expect(
      names("وقالت والدة أحد التلاميذ إن ابنها لم يدخل الصف.", '"لا نقدر على القسط"، أضافت بحسرة.'),
    ).toEqual(["والدة أحد التلاميذ", "والدة أحد التلاميذ"]);
  });

  it("keeps a known name glued to nothing (بشار) as the speaker", () => {
    expect(names("وقال بشار سليم إن الطريق مغلق.", '"لن ننتظر"، أضاف بشار.')).toEqual([
      "بشار سليم",
      "بشار سليم",
    ]);
  });
});
