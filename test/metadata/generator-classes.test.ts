import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Made-up pages in the shapes of page-formats.md, one block per class of the structure generator's report
// (test/metadata/generator.ts): the expected values follow the corpus README's rules.

const H = "ارتفاع أسعار الخضر في الأسواق الشعبية مع بداية فصل الشتاء";
const LEAD =
  "سجلت أسعار الخضر ارتفاعا ملحوظا في الأسواق الشعبية خلال الأسبوع الجاري، بعد تراجع الكميات الواردة من المزارع.";
const BODY = [
  "وأرجع تجار الجملة هذا الارتفاع إلى موجة البرد التي ضربت المناطق الزراعية، مؤكدين أن الأسعار ستعود إلى مستواها قريبا.",
  "ودعت جمعيات حماية المستهلك إلى تشديد الرقابة على الأسواق ومنع المضاربة في المواد الأساسية.",
];

function parse(lines: readonly string[]) {
  return parseArticle([...lines, ...BODY].join("\n"));
}

describe("NAME- OUTLET: opening the first paragraph, with an outlet the lexicon does not know", () => {
  it.each([
    ["a dash glued to the name", "سامر الحربي- الراصد: "],
    ["a spaced dash", "ندى العمري - المنبر: "],
    ["an en dash and a two-word outlet", "خالد ولد محمد – نبض الشارع: "],
    ["a one-word outlet without the article", "عمر الزين- مرآة: "],
  ])("%s: %s", (_why, prefix) => {
    const a = parse([H, `${prefix}${LEAD}`]);
    const [name, outlet] = prefix.split(/\s*[-–]\s*/u) as [string, string];
    expect(a.byline.author).toBe(name);
    expect(a.dateline?.agency).toBe(outlet.replace(/:\s*$/u, ""));
    // The prefix stays part of the first paragraph.
    expect(a.sections[0]?.paragraphs[0]?.text.startsWith(prefix.trim())).toBe(true);
  });

  it.each([
    ["a speaker and his post", "سامر الحربي - الوزير: "],
    ["a post of two words", "ندى العمري - مديرة المدرسة: "],
    ["a quotation after the colon", "سامر الحربي - الراصد: «"],
    ["no given name opens the first part", "الحكومة الجديدة - الراصد: "],
    ["a second name, not an outlet", "سامر الحربي - ندى العمري: "],
    ["a known place, not an outlet", "سامر الحربي - بيروت مدينة الثقافة العربية: "],
    ["a comma, not a dash, between the parts", "سامر الحربي، الراصد: "],
    ["a sentence with a function word", "سامر الحربي - في الراصد: "],
  ])("%s is no reporter and outlet: %s", (_why, prefix) => {
    const a = parse([H, `${prefix}${LEAD}`]);
    expect(a.dateline?.agency ?? null).not.toBe("الراصد");
    expect(a.dateline?.agency ?? null).not.toBe("مديرة المدرسة");
    expect(a.dateline?.agency ?? null).not.toBe("الوزير");
    expect(a.dateline?.agency ?? null).not.toBe("ندى العمري");
  });
});

describe("names with the particles ولد, بنت, بن, أبو, آيت, and several reporters", () => {
  it.each([
    [
      "ولد after a given name and a father's name",
      "كتب: زياد علي ولد أحمد ولينا بنعلي",
      "زياد علي ولد أحمد، لينا بنعلي",
    ],
    ["ولد alone in a name", "إعداد: عبد الرحمن ولد أحمد", "عبد الرحمن ولد أحمد"],
    ["a bare list with a comma", "لينا حسن الإدريسي، أسماء بلقاسم", "لينا حسن الإدريسي، أسماء بلقاسم"],
    [
      "three names, the last after و",
      "إياد الكبيسي، هشام العلوي ورامي الدوري",
      "إياد الكبيسي، هشام العلوي، رامي الدوري",
    ],
    ["two names joined by a glued و", "رامي بلقاسم وحسام بنعلي", "رامي بلقاسم، حسام بنعلي"],
    ["two names joined by و apart", "آمنة العلوي و طارق الإدريسي", "آمنة العلوي، طارق الإدريسي"],
    ["a marker before و apart", "تقرير: منى الكعبي و نزار علي الدوري", "منى الكعبي، نزار علي الدوري"],
    ["a given name that begins with و", "كتب: هالة سالم ووليد آيت علي", "هالة سالم، وليد آيت علي"],
  ])("%s: %s", (_why, line, author) => {
    const a = parse([H, line, LEAD]);
    expect(a.byline.author).toBe(author);
    // The byline is no paragraph: the lead and the two body paragraphs remain.
    expect(a.sections.reduce((n, s) => n + s.paragraphs.length, 0)).toBe(3);
  });

  it.each([
    ["a sentence with a comma", "وصل الوفد إلى المدينة، واستقبله المحافظ"],
    ["a list of places", "القاهرة، الإسكندرية، أسوان"],
    ["names without a known given name", "مجلس الأمن، الجمعية العامة"],
    ["one name and a phrase", "لينا حسن، رئيسة التحرير الجديدة للمجلة الأسبوعية"],
  ])("%s is no list of reporters: %s", (_why, line) => {
    expect(parse([H, line, LEAD]).byline.author).toBeNull();
  });
});
