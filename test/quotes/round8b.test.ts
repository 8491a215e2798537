/**
 * Round 8, second pass: the person's name after a title that khabar read as the speaker itself (a job title
 * returned instead of the name), on short made-up sentences, with the cases that must NOT change. Expected
 * values follow the corpus annotation rules (speaker = the person's name; role = the descriptive title).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [speaker name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);
}

describe("a name after an occupation on no list, then an aside or the addressee", () => {
  it.each([
    [
      'واعتبر الناقد الرياضي سمير الجبوري، في حديثه لإذاعة محلية، أن "الفريق يحتاج إلى وقت".',
      "سمير الجبوري",
      "الناقد الرياضي",
    ],
    [
      "وقال الناقد الفني كريم العطار، في برنامجه الأسبوعي، إن الموسم كان ضعيفا.",
      "كريم العطار",
      "الناقد الفني",
    ],
    ['وقال المتنبئ الجوي خالد المطيري لـ"الأنباء" إن الأمطار ستستمر.', "خالد المطيري", "المتنبئ الجوي"],
  ])("%s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });
});

describe("an occupation of up to four definite words (two joined by و) before the name", () => {
  it.each([
    [
      "واعتبر الإطار الوطني والمحلل الرياضي سمير العلوي أن الفريق ضعيف.",
      "سمير العلوي",
      "الإطار الوطني والمحلل الرياضي",
    ],
    ["وقال الناقد الرياضي المعروف سمير العلوي إن الفريق ضعيف.", "سمير العلوي", "الناقد الرياضي المعروف"],
  ])("%s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });
});

describe("a name after a singular source noun with its description", () => {
  it.each([
    [
      "وقال مراقب الأحوال الجوية في المركز سالم العنزي لـ«الديرة» إن الرياح ستشتد.",
      "سالم العنزي",
      "مراقب الأحوال الجوية في المركز",
    ],
    ["وقال مراقب الأحوال الجوية، سالم العنزي، إن الرياح ستشتد.", "سالم العنزي", "مراقب الأحوال الجوية"],
  ])("%s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });

  it.each([
    // A plural source noun stays a group as written.
    ["وقال مراقبون في المنطقة إن الرياح ستشتد.", "مراقبون في المنطقة"],
    // Words after the description that end no phrase of a name are no name.
    ["وحذر مصدر أمني من الانسياق وراء الإعلانات التي تعد بأرباح، مؤكدا أن الشرطة تتابع.", null],
  ])("not a name: %s", (text, speaker) => {
    const got = speakers(text)[0]?.[0] ?? null;
    if (speaker === null) expect(got).not.toBe("وراء الإعلانات");
    else expect(got).toBe(speaker);
  });
});

describe("a given name that is a title word inside a name", () => {
  it.each([
    ["وقال رئيس النادي، محمد أمين الدكالي، إن القرار صعب.", "محمد أمين الدكالي", "رئيس النادي"],
    ["وقال محمد أمين الدكالي إن القرار صعب.", "محمد أمين الدكالي", null],
  ])("%s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });

  it("keeps أمين with its genitive as the title set after a first name", () => {
    expect(speakers("وقال خالد أمين عام الحزب إن القرار صعب.")).toEqual([["خالد", "أمين عام الحزب"]]);
  });
});

describe("a title with its body after في, or a second title, before the name set off by commas", () => {
  it.each([
    [
      'وقالت منسقة البرامج في جمعية "أمل" الخيرية، هدى عثمان الحاج، إن المساعدات نفدت.',
      "هدى عثمان الحاج",
      'منسقة البرامج في جمعية "أمل" الخيرية',
    ],
    [
      "وقال المتحدث باسم الحكومة، وزير الإعلام سمير عبد الكريم، إن الهدنة ممكنة.",
      "سمير عبد الكريم",
      "المتحدث باسم الحكومة، وزير الإعلام",
    ],
  ])("%s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });

  it("keeps a title and its place with no name after it as the speaker", () => {
    expect(speakers("وقال مدير المدرسة في الحي، إن الوضع صعب.")[0]?.[0]).toBe("مدير المدرسة في الحي");
  });
});

describe("عن/ل with a pronoun between the verb and its subject", () => {
  it.each([
    ["وهي مباراة قال عنها المدرب سمير العلوي إنها حاسمة.", "سمير العلوي", "المدرب"],
    ["وقالت لهم المعلمة سعاد العلي إن الامتحان مؤجل.", "سعاد العلي", "المعلمة"],
  ])("%s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });

  it("keeps the source of a relay verb after عن: نقل عنه names the relayed, not the speaker", () => {
    expect(speakers("ونقلت عنه الصحيفة أن الامتحان مؤجل.")[0]?.[0]).not.toBe("الصحيفة أن");
  });
});
