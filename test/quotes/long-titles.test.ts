/**
 * Titles that run long before the name they go with, on short made-up sentences: a title whose genitive is a
 * pronoun (منسقها), a body's name with من inside it, a nationality before the name set off after the title,
 * a body named after a person (مستشفى الملك فهد), the place a deputy stands for after عن, and a body's head
 * noun in construct (عضو مجلس محافظة …). Each group has cases that must NOT change. Expected values follow the
 * corpus annotation rules (speaker = the fullest name without honorifics; role = the title as written).
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

describe("the name set off after a long title", () => {
  it.each([
    [
      "وقال منسقها الميداني في المدينة، وليد الحسن، إن الفرق وزعت المضخات.",
      ["وليد الحسن", "منسقها الميداني في المدينة", null],
    ],
    [
      "وقالت منسقة المشروعات في منظمة أطباء من أجل الحياة، سلمى حسن علي، إن الفرق استقبلت المرضى.",
      ["سلمى حسن علي", "منسقة المشروعات في منظمة أطباء من أجل الحياة", "منظمة أطباء من أجل الحياة"],
    ],
    [
      "وقال وكيل الدفاع عن عدد من المتضررين، المحامي زياد العلي، إن الحكم منصف.",
      ["زياد العلي", "وكيل الدفاع عن عدد من المتضررين", null],
    ],
    [
      "واعتبر مدرب النادي الأهلي، الفرنسي باتريك مارتان، أن فريقه كان الأفضل.",
      ["باتريك مارتان", "مدرب النادي الأهلي", "النادي الأهلي"],
    ],
    ["وقالت مديرة المدرسة، المصرية منى سالم، إن الدروس ستستأنف.", ["منى سالم", "مديرة المدرسة", null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // A surname with a nisba ending stays the speaker's name.
    ["وقال المالكي إن الحكومة مستعدة.", "المالكي"],
    // مدرسة (a school) with a folded teh marbuta is no title with a pronoun.
    ["وقال مدير مدرسه الحي سامر خليل إن الدروس بدأت.", "سامر خليل"],
  ])("%s keeps its speaker", (text, name) => {
    expect(speakers(text)[0]?.[0]).toBe(name);
  });
});

describe("a body named after a person, and a body's head in construct", () => {
  it.each([
    [
      'وقال مدير عام مستشفى الملك فهد العام بجدة الدكتور سامي بن علي الحربي: "سجلنا ارتفاعا".',
      ["سامي بن علي الحربي", "مدير عام مستشفى الملك فهد العام بجدة"],
    ],
    [
      "وقال مدير جامعة السلطان قابوس، أحمد العامري، إن الجامعة مستعدة.",
      ["أحمد العامري", "مدير جامعة السلطان قابوس"],
    ],
    [
      "وقالت عضو مجلس محافظة البصرة سهى عبد الكريم إن المجلس اجتمع.",
      ["سهى عبد الكريم", "عضو مجلس محافظة البصرة"],
    ],
    ["واعتبر النائب عن طرابلس جهاد الرفاعي أن الوضع خطير.", ["جهاد الرفاعي", "النائب عن طرابلس"]],
    // Not an eponym: a title word after a title is a title, and the name after it is the speaker's.
    ["وقال رئيس مجلس الوزراء محمد علي السالم إن الحكومة مستعدة.", ["محمد علي السالم", "رئيس مجلس الوزراء"]],
    // A prince after a title (not after a body's noun) is the speaker.
    ["وقال مستشار الأمير خالد الفيصل إن القرار نهائي.", ["خالد الفيصل", "مستشار"]],
  ])("%s", (text, [name, role]) => {
    expect(speakers(text).map(([n, r]) => [n, r])).toEqual([[name, role]]);
  });
});

describe("a name right after a title word, and a place name that opens with أم/أبو", () => {
  it.each([
    // The description set off after the name is no name for a longer title.
    ["قال المحامي كريم الدسوقي، دفاع المتهم الأول، إن موكله بريء.", ["كريم الدسوقي", "المحامي"]],
    ["وروت المشتكية أم خالد، وهي معلمة متقاعدة، أنها خسرت مدخراتها.", ["أم خالد", "المشتكية"]],
    [
      "وقالت الناشطة في غرفة طوارئ أم درمان القديمة، سلمى عبد الرحيم، إن الوقود نفد.",
      ["سلمى عبد الرحيم", "الناشطة في غرفة طوارئ أم درمان القديمة"],
    ],
    [
      "ونقلت إذاعة أم درمان عن مدير عام وزارة البنى التحتية، الصادق إبراهيم، قوله إن الخدمات ستعود.",
      ["الصادق إبراهيم", "مدير عام وزارة البنى التحتية"],
    ],
    ["وقالت إذاعة أم درمان إن الخدمات عادت.", ["أم درمان", null]],
    // Not a name right after the title: the long title still runs to the name set off by commas.
    [
      "وأكد الوكيل المساعد لقطاع الصيانة في وزارة الأشغال، المهندس ناصر الفضلي، أن الفرق جاهزة.",
      ["ناصر الفضلي", "الوكيل المساعد لقطاع الصيانة في وزارة الأشغال"],
    ],
  ])("%s", (text, [name, role]) => {
    expect(speakers(text).map(([n, r]) => [n, r])).toEqual([[name, role]]);
  });
});

describe("one of a group (أحد، إحدى) beside a name", () => {
  it.each([
    ["وقال أحد سكان حي الروضة، محمد قاسم، إن أسعار المياه تضاعفت.", ["محمد قاسم", "أحد سكان حي الروضة"]],
    ["وقالت سعاد المرسي، إحدى المتضررات، إنها باعت ذهبها.", ["سعاد المرسي", "إحدى المتضررات"]],
    ['وقال آدم عيسى، أحد النازحين في المعسكر: "نشرب من النهر".', ["آدم عيسى", "أحد النازحين في المعسكر"]],
    // No name beside it: the description is the speaker.
    ["وقال أحد السكان إن المياه انقطعت.", ["أحد السكان", null]],
  ])("%s", (text, [name, role]) => {
    expect(speakers(text).map(([n, r]) => [n, r])).toEqual([[name, role]]);
  });
});

describe("the role set off after the name", () => {
  it.each([
    ["وقالت أم محمد، وهي أرملة من منطقة تاربة، إن السيل جرف منزلها.", ["أم محمد", "أرملة من منطقة تاربة"]],
    // A title runs on to the comma closing the description, as a description without a title does.
    ["وقال صالح علي، وهو معلم في مدرسة حكومية، إن الدروس توقفت.", ["صالح علي", "معلم في مدرسة حكومية"]],
    // Past a clause that does not reach the comma, the title keeps its own end.
    [
      "وقال صالح علي، وهو معلم في الستينات من عمره يملك أرضا زراعية واسعة، إن الدروس توقفت.",
      ["صالح علي", "معلم"],
    ],
    // A verb after وهي is a circumstance, no description.
    ["وقالت أم محمد، وهي تقف أمام منزلها، إن السيل جرفه.", ["أم محمد", null]],
    // A longer title set off after the name wins over a short occupation before it.
    [
      "ورأى الخبير الاقتصادي الدكتور هشام سالم، أستاذ الاقتصاد بجامعة المنصورة، أن القرار صائب.",
      ["هشام سالم", "أستاذ الاقتصاد بجامعة المنصورة"],
    ],
    // …but not a shorter one over a longer title.
    [
      "وقال وزير الخارجية في الحكومة المؤقتة أحمد سالم، رئيس الوفد، إن المحادثات مثمرة.",
      ["أحمد سالم", "وزير الخارجية في الحكومة المؤقتة"],
    ],
  ])("%s", (text, [name, role]) => {
    expect(speakers(text).map(([n, r]) => [n, r])).toEqual([[name, role]]);
  });
});
