/**
 * Round 7b: title words read as names and names read as titles, on short made-up sentences with the cases that
 * must NOT change. Expected values follow the corpus annotation rules (speaker = the fullest name without
 * honorifics; role = the title of the fullest mention; an unnamed speaker is its description as written).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [speaker name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return extractQuotes(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);
}

describe("a given name that is also a title word, right after a definite title", () => {
  it.each([
    ["وقالت الصيدلانية أمينة بوشارب إن الأدوية متوفرة.", [["أمينة بوشارب", "الصيدلانية"]]],
    ["وقالت الممرضة أمينة العلوي إن المستشفى يعاني نقصا.", [["أمينة العلوي", "الممرضة"]]],
    ["وقال المهندس حافظ سعيد إن المشروع اكتمل.", [["حافظ سعيد", "المهندس"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // No definite title before it: أمينة الصندوق is the title.
    ["وقالت أمينة الصندوق سعاد خليل إن الميزانية متوازنة.", "سعاد خليل", "أمينة الصندوق"],
    // A qualifier or a definite genitive after it: the title's own construct.
    ["وقال الأمين العام للحزب سامي خليل إن الانتخابات قريبة.", "سامي خليل", "الأمين العام للحزب"],
  ])("keeps the title reading: %s", (text, name, role) => {
    expect(speakers(text)).toEqual([[name, role]]);
  });

  it("does not read a construct title after an honorific as a name (أمين سر اللجنة)", () => {
    expect(speakers("وقال الدكتور أمين سر اللجنة محمد علي إن الاجتماع تأجل.")[0]?.[0]).not.toBe("أمين سر");
  });
});

describe("a title written whole that also reads as و + a preposition (والي)", () => {
  it.each([
    ["وقال والي ولاية الخرطوم أحمد عثمان إن الطرق ستفتح غدا.", [["أحمد عثمان", "والي ولاية الخرطوم"]]],
    ["وأكد والي الولاية أن الأمن مستتب.", [["والي الولاية", null]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("still reads و + إلى as a preposition after a cue (أشار والى)", () => {
    expect(speakers("وأشار الوزير خالد عمران إلى أن الطرق ستفتح غدا.")).toEqual([["خالد عمران", "الوزير"]]);
  });
});

describe("a fixed phrase of office after a title's genitive (حافظ الأختام)", () => {
  it("is part of the title, not the speaker's name", () => {
    expect(speakers("وقال وزير العدل حافظ الأختام عبد الرشيد طبي إن القانون سيطبق.")).toEqual([
      ["عبد الرشيد طبي", "وزير العدل حافظ الأختام"],
    ]);
  });

  it("leaves حافظ as a given name elsewhere", () => {
    expect(speakers("وقال حافظ إبراهيم إن الشعر ديوان العرب.")).toEqual([["حافظ إبراهيم", null]]);
  });
});

describe("a two-word title whose second word is otherwise a grammar word (ولي أمر)", () => {
  it.each([
    ["وقال ولي أمر أحد الطلاب إن الامتحان كان صعبا.", [["ولي أمر أحد الطلاب", null]]],
    ["وقال ولي أمر طالب إن الامتحان كان صعبا.", [["ولي أمر طالب", null]]],
    ["وقال ولي أمر الطالب محمد سالم إن الامتحان كان صعبا.", [["محمد سالم", "ولي أمر الطالب"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("leaves other titles headed by ولي as they were (ولي العهد)", () => {
    expect(speakers("وقال ولي العهد الأمير سلمان إن المملكة ماضية.")).toEqual([["سلمان", "ولي العهد"]]);
  });
});
