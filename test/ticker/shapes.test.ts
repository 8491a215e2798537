/**
 * findTicker on every ticker shape of the page-formats notes, with made-up headlines, and on the decoys that
 * must not become a ticker.
 */
import { describe, expect, it } from "vitest";
import { extendLexicon } from "../../src/lexicon/index.js";
import { BODY, BODY2, detect, type ItemTuple, items, spanProblems, TITLE } from "./helpers.js";

const H1 = "انفجار في المرفأ الرئيسي للمدينة";
const H2 = "إغلاق الطريق الدولي بين المدينتين";
const H3 = "وصول وفد الوساطة إلى العاصمة";

/** A page whose ticker lines come first, then the title and two body paragraphs. */
function page(...tickerLines: string[]): string {
  return [...tickerLines, TITLE, BODY, BODY2].join("\n");
}

describe("findTicker: recognised shapes", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "TEXT (SOURCE) - HH:MM glued on one line, under a header",
      page("الأخبار العاجلة", `${H1} (ناشطون) - 12:16 ${H2} (مصدر محلي) - 10:25 ${H3} (بيان) - 09:58`),
      [
        [H1, "ناشطون", "12:16"],
        [H2, "مصدر محلي", "10:25"],
        [H3, "بيان", "09:58"],
      ],
    ],
    [
      "no source before - HH:MM",
      page("آخر الأخبار", `${H1} - 11:00 ${H2} - 10:45`),
      [
        [H1, null, "11:00"],
        [H2, null, "10:45"],
      ],
    ],
    [
      "a space inside the parentheses",
      page("شريط الأخبار", `${H1} ( مصدر محلي) - 12:00 ${H2} (مراسلنا ) - 11:30`),
      [
        [H1, "مصدر محلي", "12:00"],
        [H2, "مراسلنا", "11:30"],
      ],
    ],
    [
      "no space before the parentheses",
      page("عاجل", "قصف مدفعي على دير الزور(مصدر عسكري) - 12:00 سقوط قذيفة على السوق(ناشطون) - 11:30"),
      [
        ["قصف مدفعي على دير الزور", "مصدر عسكري", "12:00"],
        ["سقوط قذيفة على السوق", "ناشطون", "11:30"],
      ],
    ],
    [
      "a genre tag in parentheses stays in the headline and is no source",
      page(
        "عاجل",
        "لحظة انهيار المبنى في الحي القديم (فيديو) - 12:00 أمطار غزيرة تغرق الشوارع (صور) - 11:30",
      ),
      [
        ["لحظة انهيار المبنى في الحي القديم (فيديو)", null, "12:00"],
        ["أمطار غزيرة تغرق الشوارع (صور)", null, "11:30"],
      ],
    ],
    [
      "a time followed by an item that starts with a number",
      page("عاجل", `${H1} (ناشطون) - 10:24 19 حالة إصابة جديدة في المحافظة (وزارة الصحة) - 08:48`),
      [
        [H1, "ناشطون", "10:24"],
        ["19 حالة إصابة جديدة في المحافظة", "وزارة الصحة", "08:48"],
      ],
    ],
    [
      "items glued with no space after the time",
      page("عاجل", `${H1} (مصدر محلي) - 10:25${H2} (شهود) - 09:40`),
      [
        [H1, "مصدر محلي", "10:25"],
        [H2, "شهود", "09:40"],
      ],
    ],
    [
      "the last item of a glued line without a time",
      page("عاجل", `${H1} - 10:25 ${H2} - 09:40 ${H3}`),
      [
        [H1, null, "10:25"],
        [H2, null, "09:40"],
        [H3, null, null],
      ],
    ],
    [
      "the header and the items on one line",
      page(`عاجل: ${H1} (مصدر محلي) - 10:25 ${H2} (شهود) - 09:40`),
      [
        [H1, "مصدر محلي", "10:25"],
        [H2, "شهود", "09:40"],
      ],
    ],
    [
      "one item per line: • HH:MM . TEXT... المزيد",
      page("أحدث الأخبار", `• 10:30 . ${H1}... المزيد`, `• 10:05 . ${H2}... المزيد`),
      [
        [H1, null, "10:30"],
        [H2, null, "10:05"],
      ],
    ],
    [
      "one item per line with a time, no header, at the top of the page",
      page(`• 10:30 . ${H1}... المزيد`, `• 10:05 . ${H2}... المزيد`),
      [
        [H1, null, "10:30"],
        [H2, null, "10:05"],
      ],
    ],
    [
      "items that open with their time, glued on one line",
      page("عاجل", `10:30 . ${H1} 10:20 . ${H2}`),
      [
        [H1, null, "10:30"],
        [H2, null, "10:20"],
      ],
    ],
    [
      "one item per line opening with its time and a colon",
      page("آخر الأخبار", `10:25: ${H1}`, `09:40: ${H2}`),
      [
        [H1, null, "10:25"],
        [H2, null, "09:40"],
      ],
    ],
    [
      "items separated by three or four spaces",
      page("عاجل", `${H1}   ${H2}    ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "items separated by a tab, no header, at the top of the page",
      page(`${H1}\t${H2}\t${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "items separated by the word ticker",
      page(`ticker ${H1} ticker ${H2} ticker ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "items separated by a Latin brand word between them only",
      page(`${H1} Akhbar ${H2} Akhbar ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "items separated by an Arabic brand word that opens the line",
      page(`النبأ ${H1} النبأ ${H2} النبأ ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "items ending with a time set off by spaces alone",
      page("آخر الأخبار", `${H1} 12:16 ${H2} 10:25 ${H3} 09:58`),
      [
        [H1, null, "12:16"],
        [H2, null, "10:25"],
        [H3, null, "09:58"],
      ],
    ],
    [
      "items opening with a time set off by spaces alone",
      page("آخر الأخبار", `12:16 ${H1} 10:25 ${H2} 09:58 ${H3}`),
      [
        [H1, null, "12:16"],
        [H2, null, "10:25"],
        [H3, null, "09:58"],
      ],
    ],
    [
      "items separated by a three-letter Arabic brand word, under a header",
      page("شريط الأخبار", `نبأ ${H1} نبأ ${H2} نبأ ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "the header word repeated between items",
      page(`عاجل ${H1} عاجل ${H2}`),
      [
        [H1, null, null],
        [H2, null, null],
      ],
    ],
    [
      "items separated by bullets and bars",
      page("عاجل", `${H1} | ${H2} ◄ ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "- TEXT bullets one per line, under a header",
      page("عاجل", `- ${H1}`, `- ${H2}`),
      [
        [H1, null, null],
        [H2, null, null],
      ],
    ],
    [
      "- TEXT bullets one per line, no header, at the top of the page",
      page(`- ${H1}`, `- ${H2}`, `- ${H3}`),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "a top-news widget whose time sits on the next line",
      page("أهم الأخبار", H1, "اليوم, 09:13", H2, "اليوم، 08:50"),
      [
        [H1, null, "09:13"],
        [H2, null, "08:50"],
      ],
    ],
    [
      "widget items followed by a read-more line",
      page("أهم الأخبار", `${H1}...`, "المزيد", `${H2}...`, "المزيد"),
      [
        [H1, null, null],
        [H2, null, null],
      ],
    ],
    [
      "times in Arabic-Indic and Persian digits with ص/م",
      page("عاجل", `${H1} (مصدر محلي) - ١٠:٢٥ م ${H2} (شهود) - ۰۹:۴۰ ص`),
      [
        [H1, "مصدر محلي", "22:25"],
        [H2, "شهود", "09:40"],
      ],
    ],
    [
      "12-hour times: 12 ص is midnight, 12 م is noon",
      page("عاجل", `${H1} - 12:10 ص ${H2} - 12:05 م ${H3} - 11:40 صباحا`),
      [
        [H1, null, "00:10"],
        [H2, null, "12:05"],
        [H3, null, "11:40"],
      ],
    ],
    [
      "sources in parentheses without times, cut after each source",
      page("عاجل", `${H1} (مصدر محلي) ${H2} (شهود)`),
      [
        [H1, "مصدر محلي", null],
        [H2, "شهود", null],
      ],
    ],
    [
      "plain headlines under a header: the last one before the body is the title",
      page("عاجل", H1, H2),
      [
        [H1, null, null],
        [H2, null, null],
      ],
    ],
    [
      "an unlabelled list of short headlines at the top of the page",
      page(H1, H2, H3),
      [
        [H1, null, null],
        [H2, null, null],
        [H3, null, null],
      ],
    ],
    [
      "a decorated header",
      page("| عاجل |", `${H1} - 10:25 ${H2} - 09:40`),
      [
        [H1, null, "10:25"],
        [H2, null, "09:40"],
      ],
    ],
    [
      "a Latin header",
      page("Breaking News", `${H1} - 10:25 ${H2} - 09:40`),
      [
        [H1, null, "10:25"],
        [H2, null, "09:40"],
      ],
    ],
    [
      "a header spelled without hamza or teh marbuta",
      page("الاخبار العاجله", `${H1} - 10:25 ${H2} - 09:40`),
      [
        [H1, null, "10:25"],
        [H2, null, "09:40"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
    expect(spanProblems(text)).toEqual([]);
    expect(detect(text).lines).not.toContain(text.split("\n").indexOf(TITLE));
  });

  it("takes the header line and the item lines, never the title or the body", () => {
    const text = page("الأخبار العاجلة", `${H1} (ناشطون) - 12:16 ${H2} (بيان) - 10:25`);
    const d = detect(text);
    expect(d.lines).toEqual([0, 1]);
    expect(d.headers.map((h) => text.slice(h.start, h.end))).toEqual(["الأخبار العاجلة"]);
    expect(d.items.map((i) => text.slice(i.span.start, i.span.end))).toEqual([
      `${H1} (ناشطون) - 12:16`,
      `${H2} (بيان) - 10:25`,
    ]);
  });

  it("gives a widget item a span that runs over its time line", () => {
    const text = page("أهم الأخبار", H1, "اليوم, 09:13", H2, "أمس, 23:10");
    const d = detect(text);
    expect(d.lines).toEqual([0, 1, 2, 3, 4]);
    expect(text.slice(d.items[0]!.span.start, d.items[0]!.span.end)).toBe(`${H1}\nاليوم, 09:13`);
    expect(d.items.map((i) => i.dayOffset)).toEqual([0, -1]);
  });

  it("keeps every plain headline when the title comes later, after furniture", () => {
    const text = ["شريط الأخبار", H1, H2, H3, "أخبار مصر", TITLE, "كتب: أحمد محمد", BODY].join("\n");
    expect(items(text)).toEqual([
      [H1, null, null],
      [H2, null, null],
      [H3, null, null],
    ]);
  });

  it("leaves the last plain headline as the title when only furniture follows it", () => {
    const text = ["شريط الأخبار", H1, H2, TITLE, "pictogram-avatar", "Editing: أمنة رياض |", BODY].join("\n");
    expect(items(text)).toEqual([
      [H1, null, null],
      [H2, null, null],
    ]);
  });

  it("finds a strip under a header after the body", () => {
    const text = [TITLE, BODY, BODY2, "آخر الأخبار", H1, H2].join("\n");
    expect(items(text)).toEqual([
      [H1, null, null],
      [H2, null, null],
    ]);
  });

  it("finds a line of two timed items or more anywhere on the page", () => {
    const text = [TITLE, BODY, `${H1} (مصدر محلي) - 10:25 ${H2} (شهود) - 09:40`, BODY2].join("\n");
    expect(detect(text).lines).toEqual([2]);
  });

  it("starts a strip at its header, not at the menu line above it", () => {
    const text = page("الرئيسية أخبار سياسة اقتصاد رياضة", "عاجل", `${H1} - 10:25 ${H2} - 09:40`);
    expect(detect(text).lines).toEqual([1, 2]);
  });

  it("reads a header added through the lexicon", () => {
    const text = page("نبض الشارع", `${H1} - 10:25`);
    expect(items(text)).toEqual([]);
    const lexicon = extendLexicon({ ticker: { headers: ["نبض الشارع"] } });
    expect(items(text, lexicon)).toEqual([[H1, null, "10:25"]]);
  });
});

describe("findTicker: day offsets", () => {
  it.each<[string, string, number[]]>([
    ["a newest-first list that crosses midnight", `${H1} - 00:10 ${H2} - 23:50 ${H3} - 22:00`, [0, -1, -1]],
    ["a newest-first list within one day", `${H1} - 12:16 ${H2} - 10:25 ${H3} - 08:48`, [0, 0, 0]],
    [
      "an oldest-first list that crosses midnight (its newest item is day 0)",
      `${H1} - 21:00 ${H2} - 22:00 ${H3} - 23:50 تحذير من موجة حر جديدة - 00:10`,
      [-1, -1, -1, 0],
    ],
    [
      "a newest-first list over two midnights",
      `${H1} - 01:00 ${H2} - 23:00 ${H3} - 12:00 تحذير من موجة حر - 02:00 افتتاح مستشفى ميداني - 22:00`,
      [0, -1, -1, -1, -2],
    ],
    [
      "items without a time share the day of the item before",
      `${H1} - 00:10 ${H2} - 23:50 ${H3}`,
      [0, -1, -1],
    ],
  ])("%s", (_name, line, expected) => {
    expect(detect(page("عاجل", line)).items.map((i) => i.dayOffset)).toEqual(expected);
  });
});

describe("findTicker: decoys that are not tickers", () => {
  it.each<[string, string]>([
    ["عاجل: opening a body sentence", [TITLE, `عاجل: ${BODY}`, BODY2].join("\n")],
    [
      "أخبار عاجلة as a category label over the title",
      ["أخبار عاجلة", TITLE, "القاهرة - أحمد محمد", BODY].join("\n"),
    ],
    ["a category label over the title and a subtitle", ["أخبار عاجلة", TITLE, H1, BODY].join("\n")],
    ["عاجل prefixed to the title", [`عاجل: ${TITLE}`, "القاهرة - أحمد محمد", BODY].join("\n")],
    ["عاجل inside a read-also link", [TITLE, BODY, "اقرأ أيضا: عاجل.. وفاة فنان شهير", BODY2].join("\n")],
    [
      "a time inside a body sentence",
      [
        TITLE,
        "وفي الساعة 10:30 صباحا قال المتحدث إن القوات بدأت الانسحاب من المدينة، وفق ما نقلت الوكالة.",
        BODY,
      ].join("\n"),
    ],
    [
      "a body paragraph with a time and a source in parentheses",
      [TITLE, BODY, "وأكد مصدر (مصدر محلي) أن الهجوم وقع - 10:30 وأن عدد الضحايا بلغ ثلاثة", BODY2].join(
        "\n",
      ),
    ],
    ["a title and a subtitle", [TITLE, H1, BODY].join("\n")],
    ["a title and its dateline", [TITLE, "أبوظبي - سكاي نيوز عربية", BODY].join("\n")],
    ["a bullet list inside the body", [TITLE, BODY, `- ${H1}`, `- ${H2}`, BODY2].join("\n")],
    ["a live blog inside the body", [TITLE, BODY, `10:30 - ${H1}`, `10:45 - ${H2}`, BODY2].join("\n")],
    [
      "two times set off by spaces in a line under a header (no item holds two times)",
      ["عاجل", `${H1} 12:16 ${H2} 10:25`, BODY].join("\n"),
    ],
    [
      "a sentence with three times in it",
      [TITLE, BODY, "بدأت الجلسة 10:30 وتوقفت 11:15 ثم استؤنفت 12:00", BODY2].join("\n"),
    ],
    ["a wire time stamp after the body", [TITLE, BODY, "15:37 ت م"].join("\n")],
    ["a score inside a title", ["فاز الفريق 2:1 على منافسه في المباراة النهائية", BODY].join("\n")],
    ["a header alone before the body", ["عاجل", BODY, BODY2].join("\n")],
    ["a title with a site suffix", [`${TITLE} | الموقع الإخباري`, BODY].join("\n")],
    ["two short lines at the top", [H1, TITLE, BODY].join("\n")],
    ["a headline that repeats a short word", [`في ${H1} في ${H2} في ${H3}`, BODY].join("\n")],
    [
      "a line that repeats a common three-letter word",
      ["عاجل", `على الحكومة أن تعمل على خطة واضحة وعلى الوزارة أن تصر على نشرها في أقرب وقت`, BODY].join(
        "\n",
      ),
    ],
    [
      "a line that repeats a common relative pronoun",
      [`التي أعلنتها الوزارة أمس التي لم تنفذ بعد التي تأخرت كثيرا عن موعدها`, BODY].join("\n"),
    ],
    [
      "a headline with a word in parentheses",
      ["عاجل", `وزير (سابق) يهاجم الحكومة الجديدة (رويترز) بشدة`, BODY].join("\n"),
    ],
    ["bullet points under the title", [TITLE, `- ${H1}`, `- ${H2}`, BODY].join("\n")],
    ["a header over one headline after the body", [TITLE, BODY, "آخر الأخبار", H1].join("\n")],
    [
      "a publication and an update line with dates and times",
      [TITLE, "نشر في: الأحد 12 يناير 2020 - 10:30 ص", "آخر تحديث: الأحد 12 يناير 2020 - 11:45 ص", BODY].join(
        "\n",
      ),
    ],
    [
      "date lines with times above the title",
      ["الأحد 12 يناير 2020 - 10:30 ص", "الاثنين 13 يناير 2020 - 09:15 ص", TITLE, BODY].join("\n"),
    ],
    [
      "publication and update dates with times on one line, in the body",
      [TITLE, BODY, "نشر في 12 يناير 2020 - 10:30 | آخر تحديث 13 يناير 2020 - 11:45", BODY].join("\n"),
    ],
    ["an empty page", ""],
    ["a page of body paragraphs", [BODY, BODY2].join("\n")],
  ])("%s", (_name, text) => {
    expect(detect(text)).toEqual({ items: [], headers: [], lines: [] });
  });
});
