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
