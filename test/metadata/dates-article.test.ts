import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { findArticleDates } from "../../src/metadata/dates.js";
import type { PageStructure } from "../../src/metadata/structure.js";
import type { BlockKind, FurnitureKind } from "../../src/schema.js";

/** A made-up page: one line per block, with the kind the page-structure stage would give it. */
type PageLine = readonly [kind: BlockKind | `furniture:${FurnitureKind}`, text: string];

function page(lines: readonly PageLine[]): { text: string; structure: PageStructure } {
  let text = "";
  const blocks: PageStructure["blocks"] = [];
  const furniture: PageStructure["furniture"] = [];
  for (const [kind, line] of lines) {
    const span = { start: text.length, end: text.length + line.length };
    text += `${line}\n`;
    // The page structure never sees the ticker's lines: they stand between its blocks.
    if (kind === "ticker") continue;
    if (kind.startsWith("furniture:")) {
      blocks.push({ kind: "furniture", span });
      furniture.push({ kind: kind.slice("furniture:".length) as FurnitureKind, text: line, span });
    } else blocks.push({ kind: kind as BlockKind, span });
  }
  const title = blocks.find((b) => b.kind === "title");
  return {
    text,
    structure: {
      title: title ? { text: text.slice(title.span.start, title.span.end), span: title.span } : null,
      byline: { editor: null, author: null },
      dateline: null,
      sections: [],
      furniture,
      blocks,
    },
  };
}

function datesOf(lines: readonly PageLine[], referenceDate?: string) {
  const { text, structure } = page(lines);
  const found = findArticleDates(text, structure, DEFAULT_LEXICON, referenceDate);
  for (const d of found.dates) expect(text.slice(d.span.start, d.span.end)).toBe(d.raw);
  if (found.published)
    expect(text.slice(found.published.span.start, found.published.span.end)).toBe(found.published.raw);
  return { published: found.published?.iso ?? null, dates: found.dates.map((d) => d.iso) };
}

const TITLE = "الوزارة تعلن خطة جديدة لدعم المزارعين";
const BODY =
  "أعلنت وزارة الزراعة عن خطة جديدة لدعم المزارعين في المناطق الريفية، وقال الوزير إن الخطة ستبدأ قريبا وتشمل قروضا ميسرة ومعدات حديثة.";
const BODY_2 =
  "وأضاف الوزير أن الوزارة ستتابع تنفيذ الخطة مع المحافظين في كل المناطق خلال الأشهر المقبلة دون تأخير.";

describe("findArticleDates: the publication date", () => {
  it.each<[string, readonly PageLine[], string | null]>([
    [
      "a date line under the title",
      [
        ["title", TITLE],
        ["date", "الأربعاء 12 مارس 2025 - 10:25"],
        ["paragraph", BODY],
      ],
      "2025-03-12",
    ],
    [
      "a numeric date line under the title",
      [
        ["title", TITLE],
        ["date", "12/03/2025 10:25"],
        ["paragraph", BODY],
      ],
      "2025-03-12",
    ],
    [
      "an agency dateline with a Hijri and Gregorian date",
      [
        ["title", TITLE],
        ["dateline", "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"],
        ["paragraph", BODY],
      ],
      "2015-08-11",
    ],
    [
      "a dateline with a Hijri date only",
      [
        ["title", TITLE],
        ["dateline", "جدة 10 رمضان 1445 هـ واس"],
        ["paragraph", BODY],
      ],
      "2024-03-20",
    ],
    [
      "a dateline date at the start of the first paragraph",
      [
        ["title", TITLE],
        ["paragraph", `القاهرة 12 مارس 2025 (رويترز) - ${BODY}`],
      ],
      "2025-03-12",
    ],
    [
      "a dateline and date on one body line, followed by an agency",
      [
        ["title", TITLE],
        ["paragraph", `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس ${BODY}`],
      ],
      "2015-08-11",
    ],
    [
      "a labelled date (نشر في) under the byline",
      [
        ["title", TITLE],
        ["byline", "كتب: أحمد علي"],
        ["date", "نشر في: 12 مارس 2025"],
        ["paragraph", BODY],
      ],
      "2025-03-12",
    ],
    [
      "the published date, not the update, whatever the order",
      [
        ["title", TITLE],
        ["date", "آخر تحديث: 13 مارس 2025"],
        ["date", "نشر في: 12 مارس 2025"],
        ["paragraph", BODY],
      ],
      "2025-03-12",
    ],
    [
      "a `date YYYY-MM-DD` prefix set aside as furniture",
      [
        ["furniture:navigation", "date 2019-05-12"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      "2019-05-12",
    ],
    [
      "a wire dateline with في before its date and the agency after it",
      [
        ["title", TITLE],
        ["paragraph", `القاهرة في 12 مارس 2025 /أ ش أ/ ${BODY}`],
      ],
      "2025-03-12",
    ],
    [
      "a place and في before a date with no agency after it",
      [
        ["title", TITLE],
        ["paragraph", `القاهرة في 12 مارس 2025 ${BODY}`],
      ],
      null,
    ],
    [
      "the published date after the update date on one line",
      [
        ["title", TITLE],
        ["date", "آخر تحديث: 13 مارس 2025 | نشر في: 12 مارس 2025"],
        ["paragraph", BODY],
      ],
      "2025-03-12",
    ],
    [
      "a labelled date line taken for a ticker item",
      [
        ["title", TITLE],
        ["ticker", "نشر بتاريخ: 2023/03/12 - 10:30"],
        ["ticker", "آخر تحديث: 2023/03/13 - 08:00"],
        ["paragraph", BODY],
      ],
      "2023-03-12",
    ],
    [
      "an unlabelled date in a ticker item",
      [
        ["title", TITLE],
        ["ticker", "قصف على القرية في 12 مارس 2023 - 10:30"],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "only an update date (the page's only date line stands for its publication)",
      [
        ["title", TITLE],
        ["date", "آخر تحديث: 13 مارس 2025"],
        ["paragraph", BODY],
      ],
      "2025-03-13",
    ],
    [
      "an unlabelled date line before an update date",
      [
        ["title", TITLE],
        ["date", "آخر تحديث: 13 مارس 2025"],
        ["date", "12 مارس 2025"],
        ["paragraph", BODY],
      ],
      "2025-03-12",
    ],
    [
      "a widget date before the title",
      [
        ["furniture:widget", "القاهرة 25° الأربعاء 12 مارس 2025"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "a widget date the structure left as a paragraph",
      [
        ["paragraph", "القاهرة 25° الأربعاء 12 مارس 2025"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "a date stamp just above the title (nothing under it gives a date)",
      [
        ["date", "الأربعاء 12 مارس 2025"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      "2025-03-12",
    ],
    [
      "a date stamp with its time, a section label between it and the title",
      [
        ["furniture", "الرئيسية | أخبار | رياضة"],
        ["date", "الخميس، 9 أكتوبر 2025 - 01:30 م"],
        ["furniture", "اقتصاد"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      "2025-10-09",
    ],
    [
      "a dated wire dateline above the title",
      [
        ["dateline", "الرياض 22 ربيع الأول 1447 هـ الموافق 14 سبتمبر 2025 م واس"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      "2025-09-14",
    ],
    [
      "a date line above the title next to a currency widget (the day of the page)",
      [
        ["furniture", "الريال اليمني: 1630 للدولار (عدن)"],
        ["furniture", "السبت 22 يونيو 2024"],
        ["furniture", "الرئيسية / محليات"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "a date line above the title when a date line under it gives the date",
      [
        ["date", "الأربعاء 12 مارس 2025"],
        ["title", TITLE],
        ["date", "الثلاثاء 11 مارس 2025"],
        ["paragraph", BODY],
      ],
      "2025-03-11",
    ],
    [
      "a date line far above the title (the masthead's)",
      [
        ["date", "الأربعاء 12 مارس 2025"],
        ["furniture", "الرئيسية"],
        ["furniture", "أخبار محلية"],
        ["furniture", "تقارير"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "a sentence with a date above the title",
      [
        ["paragraph", "وقالت الوزارة إنها ستبدأ الحملة في 12 مارس 2025 في كل المحافظات والمدن والقرى"],
        ["title", TITLE],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "a weekday alone under the title",
      [
        ["title", TITLE],
        ["date", "الأربعاء"],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "an event date in the first paragraph",
      [
        ["title", TITLE],
        ["paragraph", `في 12 مارس 2020 ${BODY}`],
      ],
      null,
    ],
    [
      "an event date later in the body",
      [
        ["title", TITLE],
        ["paragraph", BODY],
        ["paragraph", `وكانت الوزارة قد أعلنت يوم 5 يناير 2024 عن خطة سابقة. ${BODY_2}`],
      ],
      null,
    ],
    [
      "a date in the title",
      [
        ["title", `${TITLE} في 12 مارس 2025`],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "a date line without a year and no reference date",
      [
        ["title", TITLE],
        ["date", "الأربعاء 12 مارس"],
        ["paragraph", BODY],
      ],
      null,
    ],
    [
      "a Hijri date line without a year",
      [
        ["title", TITLE],
        ["date", "الخميس 28 شوال"],
        ["paragraph", BODY],
      ],
      null,
    ],
  ])("%s", (_name, lines, expected) => {
    expect(datesOf(lines).published).toBe(expected);
  });

  it.each([
    ["before the reference date", "2025-03-20", "2025-03-12"],
    ["after it: the year before", "2025-01-05", "2024-03-12"],
  ])(
    "takes the year of a date line without one from the reference date (%s)",
    (_name, reference, expected) => {
      const lines: PageLine[] = [
        ["title", TITLE],
        ["date", "الأربعاء 12 مارس"],
        ["paragraph", BODY],
      ];
      expect(datesOf(lines, reference).published).toBe(expected);
    },
  );
});

describe("findArticleDates: pages whose lines are all paragraphs (no structure found)", () => {
  it("takes a date line under the first line", () => {
    const lines: PageLine[] = [
      ["paragraph", TITLE],
      ["paragraph", "الأربعاء 12 مارس 2025"],
      ["paragraph", BODY],
    ];
    expect(datesOf(lines)).toEqual({ published: "2025-03-12", dates: ["2025-03-12"] });
  });

  it("takes an agency dateline under the first line", () => {
    const lines: PageLine[] = [
      ["paragraph", `تقرير / ${TITLE}`],
      ["paragraph", "نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس"],
      ["paragraph", BODY],
    ];
    expect(datesOf(lines)).toEqual({ published: "2015-08-10", dates: ["2015-08-10"] });
  });

  it("leaves out a date line above the first line of text (the day of the page)", () => {
    const lines: PageLine[] = [
      ["paragraph", "الأربعاء 12 مارس 2025"],
      ["paragraph", TITLE],
      ["paragraph", BODY],
    ];
    expect(datesOf(lines)).toEqual({ published: null, dates: [] });
  });
});

describe("findArticleDates: which dates are listed", () => {
  it("lists the dates of the title, dateline, date line, headings and body in text order", () => {
    const lines: PageLine[] = [
      ["title", `${TITLE} قبل 30 يونيو`],
      ["dateline", "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"],
      ["paragraph", `${BODY} وتبدأ في 15 و16 سبتمبر.`],
      ["heading", "مرحلة 1 أكتوبر"],
      ["paragraph", `${BODY_2} حتى 27/8/2016.`],
    ];
    expect(datesOf(lines).dates).toEqual([
      "--06-30",
      "2015-08-11",
      "--09-15",
      "--09-16",
      "--10-01",
      "2016-08-27",
    ]);
  });

  it("leaves out the ticker, widgets and other furniture", () => {
    const lines: PageLine[] = [
      ["ticker", "قصف على القرية في 12 مارس (ناشطون) - 12:16"],
      ["furniture:widget", "الأربعاء 12 مارس 2025 الدولار 3.74"],
      ["furniture:navigation", "الرئيسية » أخبار 12 مارس"],
      ["title", TITLE],
      ["paragraph", BODY],
      ["furniture:related", "اقرأ أيضا: الوزارة تعلن 5 يناير موعدا للخطة"],
    ];
    expect(datesOf(lines)).toEqual({ published: null, dates: [] });
  });

  it("lists a date told in the running text of a related story, not in a related headline", () => {
    const lines: PageLine[] = [
      ["title", TITLE],
      ["paragraph", BODY],
      ["furniture:related", `${BODY_2} وكان ذلك في 2 أكتوبر/ تشرين الأول الجاري.`],
      ["furniture:related", "الوزارة تعلن 5 يناير موعدا للخطة"],
    ];
    expect(datesOf(lines).dates).toEqual(["--10-02"]);
  });

  it("lists a Hijri day without a year with a null iso", () => {
    const lines: PageLine[] = [
      ["title", TITLE],
      ["paragraph", `${BODY} وتصل الذروة فجر الخميس 28 شوال.`],
    ];
    expect(datesOf(lines).dates).toEqual([null]);
  });
});
