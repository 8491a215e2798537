/**
 * Headlines joined by single spaces where one opens with a speaker or source and a colon
 * (`الحماية المدنية: 3 وفيات …`): the colon does not veto the line, and the speaker opens a headline.
 */
import { describe, expect, it } from "vitest";
import { BODY, type ItemTuple, items, TITLE } from "./helpers.js";

const strip = (line: string) => items(["عاجل", line, TITLE, BODY].join("\n"));
const plain = (texts: string[]): ItemTuple[] => texts.map((t) => [t, null, null]);

describe("a joined line with a speaker's colon", () => {
  it.each<[string, string[]]>([
    [
      "a definite source in the middle",
      [
        "ارتفاع أسعار الذهب في السوق المحلية",
        "الأرصاد الجوية: رياح قوية على السواحل الغربية",
        "توقيف شبكة لتهريب المرجان بالقالة",
      ],
    ],
    [
      "a source at the end",
      [
        "تعليق الدراسة في ولايتين بسبب التقلبات الجوية",
        "الخضر يواجهون منتخب غينيا وديا في مارس المقبل",
        "توقيف شبكة لتهريب المرجان بالقالة",
        "الحماية المدنية: 3 وفيات في حوادث مرور خلال 24 ساعة",
      ],
    ],
    [
      "a source at the start",
      [
        "الشرطة: توقيف عصابة لسرقة الهواتف في المدينة",
        "انقطاع المياه عن ثلاثة أحياء في العاصمة",
        "افتتاح معرض الكتاب بمشاركة مئتي دار نشر",
      ],
    ],
  ])("%s", (_name, texts) => {
    expect(strip(texts.join(" "))).toEqual(plain(texts));
  });

  it.each<[string, string]>([
    // The colon is past the first words of its piece: a quote inside a sentence, not a source.
    [
      "a colon deep in a piece",
      "ارتفاع أسعار الذهب في السوق المحلية وقال المتحدث: الوزارة ستعلن النتائج غدا الوزير سيزور المدينة الأسبوع المقبل",
    ],
    // A time's colon, or one glued to the next word, is no speaker's.
    [
      "a glued colon",
      "ارتفاع أسعار الذهب في السوق المحلية الأرصاد الجوية:رياح قوية على السواحل الغربية الليلة توقيف شبكة لتهريب المرجان بالقالة",
    ],
    // One word before the colon ends the phrase of a sentence; a word of time heads no speaker.
    [
      "an adjective before the colon",
      "من جانبها قالت المديرة العامة للمركز الوطني في وزارة الصحة العامة: نريد أن تصل الحملة إلى كل الأسر في المدن",
    ],
    [
      "a word of time before the colon",
      "الفريق يبدأ الثلاثاء وقال قائد الفريق المدافع في المؤتمر الصحفي عقب التدريب مساء أمس: نحن نعرف أن الجماهير غاضبة",
    ],
  ])("%s gives no strip", (_name, line) => {
    expect(strip(line)).toEqual([]);
  });

  it("a title with a speaker's colon and no header stays the title", () => {
    const page = ["الوزير: لا زيادة في أسعار الخبز هذا العام رغم ارتفاع كلفة القمح", BODY].join("\n");
    expect(items(page)).toEqual([]);
  });

  it("headlines one per line under a header keep the colon item whole", () => {
    const texts = [
      "ارتفاع أسعار الذهب في السوق المحلية",
      "الأرصاد الجوية: رياح قوية على السواحل الغربية الليلة",
      "المنتخب الوطني يواجه تونس وديا في الدوحة",
    ];
    expect(items(["عاجل", ...texts, TITLE, BODY].join("\n"))).toEqual(plain(texts));
  });
});
