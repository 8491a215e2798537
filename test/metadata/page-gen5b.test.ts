import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Made-up lines and pages in the shapes of page-formats.md (round 5b of generalization).

const H = "باخرة الوقود تفرغ حمولتها في الميناء والتغذية ترتفع إلى عشر ساعات";
const BODY = [
  "بدأت باخرة محملة بالوقود تفريغ حمولتها في خزانات المعمل صباح اليوم، في خطوة يُنتظر أن ترفع ساعات التغذية بالتيار الكهربائي في معظم المناطق إلى نحو عشر ساعات.",
  'وقال وزير الطاقة خلال جولة على المعمل إن "الشحنة تكفي لتشغيل المعامل حتى منتصف الشهر المقبل"، مضيفاً أن العمل مستمر في كل المحطات.',
];

function parse(lines: readonly string[]) {
  return parseArticle([...lines, ...BODY].join("\n"));
}

/** Paragraph index of the one quote, which stands in the second body paragraph. */
function quoteParagraph(lines: readonly string[]): number | undefined {
  return parse(lines).quotes[0]?.paragraph;
}

describe("a trail of crumbs joined by a pointing separator is navigation, root word or not", () => {
  it.each([
    ["two one-word crumbs", "محليات » الجيزة"],
    ["a crumb of two words", "المحافظات » بني سويف"],
    ["a crumb of four words after >", "الرياضة > الدوري المحلي للمحترفين"],
    ["a crumb after ›", "ولايات › قسنطينة الكبرى الجديدة"],
    ["a root word", "الرئيسية » أخبار عربية"],
  ])("%s above the title: %s", (_why, crumb) => {
    const lines = [crumb, H, "كتب: أحمد سالم"];
    expect(parse(lines).title).toBe(H);
    expect(quoteParagraph(lines)).toBe(1);
  });

  it.each([
    ["a closing quote glued to a word", "«الأونروا» تحذر من نفاد الوقود في غزة خلال أيام"],
    ["a quoted phrase after a colon", "الوزير: «لا تراجع» عن رفع أسعار الوقود"],
  ])("a headline with %s stays the title", (_why, title) => {
    expect(parse([title, "كتب: أحمد سالم"]).title).toBe(title);
  });
});

describe("a breadcrumb right above the title is no dateline", () => {
  it("SECTION PLACE / SECTION gives neither agency nor location; the dateline under the title does", () => {
    const a = parse(["موقع المدينة", "أخبار لبنان / اقتصاد", H, "ريتا أبو جودة", "بيروت - «ساحة بيروت»"]);
    expect(a.title).toBe(H);
    expect([a.dateline?.agency, a.dateline?.location]).toEqual(["ساحة بيروت", "بيروت"]);
  });

  it("a crumb of section words alone gives no dateline", () => {
    expect(parse(["موقع المدينة", "أخبار محلية / رياضة", H]).dateline).toBeNull();
  });

  it.each([
    ["right above the title", ["موقع المدينة", "بيروت ــ «صدى الأرز»", H]],
    [
      "with its date line between",
      ["موقع المدينة", "الرئيسية » اقتصاد", "بيروت ــ «صدى الأرز»", "الأحد 15 تشرين الثاني 2026 - 11:30", H],
    ],
  ])("PLACE ــ «OUTLET» %s stays the dateline", (_why, lines) => {
    const a = parse(lines);
    expect([a.dateline?.agency, a.dateline?.location]).toEqual(["صدى الأرز", "بيروت"]);
  });
});

describe("an HTML attribute value is no date label", () => {
  it.each([
    [
      "a span of class date above the menu",
      [
        '<div class="bar"><span class="date">الاثنين 1-12-2025</span></div>',
        "الرئيسية › اقتصاد",
        H,
        "بقلم: هدى سالم",
        "نشر في: 30 نوفمبر 2025 - 8:10 م",
      ],
    ],
    [
      "a div whose class names the published date",
      ['<div class="published-date">الاثنين 1-12-2025</div>', H, "نشر في: 30 نوفمبر 2025"],
    ],
    [
      "a time tag with its datetime attribute",
      ['<time datetime="2025-12-01">الاثنين 1 ديسمبر 2025</time>', H, "30 نوفمبر 2025"],
    ],
  ])("%s: the date line under the title is published", (_why, lines) => {
    const a = parse(lines);
    expect(a.published?.iso).toBe("2025-11-30");
    expect(a.dates.map((d) => d.iso)).not.toContain("2025-12-01");
  });

  it("a label in plain text after a tag is still read", () => {
    const a = parse([H, '<span class="meta">نشر في: 30 نوفمبر 2025</span>']);
    expect(a.published?.iso).toBe("2025-11-30");
  });
});

describe("the Maghreb first-day word with its article (الفاتح)", () => {
  function dates(sentence: string): [string, string | null][] {
    return parseArticle(`${H}\n${sentence}`).dates.map((d) => [d.raw, d.iso]);
  }

  it.each([
    [
      "ابتداء من الفاتح جويلية 2026، تدخل الإجراءات الجديدة حيز التنفيذ في كل الولايات.",
      "الفاتح جويلية 2026",
      "2026-07-01",
    ],
    [
      "تقرر تمديد الآجال إلى الفاتح من نوفمبر 2025 بسبب الظروف الجوية الصعبة.",
      "الفاتح من نوفمبر 2025",
      "2025-11-01",
    ],
    ["تنطلق العملية في الفاتح ماي المقبل في كل البلديات.", "الفاتح ماي", "--05-01"],
  ])("%s", (sentence, raw, iso) => {
    expect(dates(sentence)).toEqual([[raw, iso]]);
  });

  it.each([
    ["a ship's name", "وصلت سفينة الفاتح إلى ميناء عنابة وعلى متنها 12 ألف طن من القمح."],
    ["a sultan's name before a count", "حضر السلطان محمد الفاتح 3 مرات في المسلسل الذي عرض في مارس الماضي."],
  ])("no date from %s", (_why, sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it("the ordinal الأول still needs its link word", () => {
    expect(dates("قالت الوزارة إن الدراسة تبدأ في الأول من مارس 2027 في جميع المدارس.")).toEqual([
      ["الأول من مارس 2027", "2027-03-01"],
    ]);
  });
});

describe("a yearless date takes no year from a later date across the new year", () => {
  function dates(sentence: string): [string, string | null][] {
    return parseArticle(`${H}\n${sentence}`).dates.map((d) => [d.raw, d.iso]);
  }

  it("December before January of a written year keeps its year unwritten", () => {
    expect(
      dates(
        "ومن المنتظر أن يحال النص على المجلس قبل 10 ديسمبر المقبل، على أن يدخل حيز التنفيذ في الفاتح جانفي 2027.",
      ),
    ).toEqual([
      ["10 ديسمبر", "--12-10"],
      ["الفاتح جانفي 2027", "2027-01-01"],
    ]);
  });

  it("January after December of a written year keeps its year unwritten", () => {
    expect(dates("تمتد العطلة من 20 ديسمبر 2026 إلى 5 جانفي في كل المؤسسات التربوية.")).toEqual([
      ["20 ديسمبر 2026", "2026-12-20"],
      ["5 جانفي", "--01-05"],
    ]);
  });

  it("an earlier month before a later one of the written year takes it", () => {
    expect(dates("يقام المهرجان من 25 ماي إلى 6 جوان 2027 في العاصمة.")).toEqual([
      ["25 ماي", "2027-05-25"],
      ["6 جوان 2027", "2027-06-06"],
    ]);
  });
});

describe("a byline of several reporters, each with the place in brackets", () => {
  it.each([
    [
      "joined by a dash, places unknown",
      [H, "سامي الخطيب (الطفيلة) - ليلى حداد (الرمثا)"],
      "سامي الخطيب، ليلى حداد",
    ],
    [
      "under a date line",
      [H, "الاثنين 3 مارس 2025", "خالد يوسف المري (تبوك) - فهد سعد العتيبي (الخرج)"],
      "خالد يوسف المري، فهد سعد العتيبي",
    ],
    [
      "after a marker, joined by ، و",
      [H, "تقرير: عمر فارح (هرجيسا)، وآمنة يوسف (بوصاصو)", "29/11/2026"],
      "عمر فارح، آمنة يوسف",
    ],
    ["after إعداد:", [H, "إعداد: مريم صالح (تونس)، وأنور الجلاصي (صفاقس)"], "مريم صالح، أنور الجلاصي"],
    [
      "a place that also names an agency",
      [H, "خالد يوسف المري (الرياض) - فهد سعد العتيبي (جدة)"],
      "خالد يوسف المري، فهد سعد العتيبي",
    ],
  ])("%s", (_why, lines, author) => {
    const a = parse(lines);
    expect(a.title).toBe(H);
    expect(a.byline.author).toBe(author);
    expect(a.dateline?.agency ?? null).toBeNull();
    expect(quoteParagraph(lines)).toBe(1);
  });

  it("after a marker, names the lexicon does not know", () => {
    const lines = [H, "تقرير: فرحان علي (بيدوا)، وهودان عبدي (مقديشو)"];
    expect(parse(lines).byline.author).toBe("فرحان علي، هودان عبدي");
    expect(quoteParagraph(lines)).toBe(1);
  });

  it("a later reporter named with و keeps it (وليد)", () => {
    expect(parse([H, "سامي الخطيب (عمّان)، ووليد حداد (إربد)"]).byline.author).toBe("سامي الخطيب، وليد حداد");
  });

  it("one reporter with a place keeps it as the location", () => {
    const a = parse([H, "أحمد سالم (الخرطوم)"]);
    expect([a.byline.author, a.dateline?.location]).toEqual(["أحمد سالم", "الخرطوم"]);
  });

  it("parties in brackets name no reporter", () => {
    const lines = [H, "حزب العمل (المعارضة) - حزب الأمة (الحاكم)"];
    expect(parse(lines).byline.author).toBeNull();
  });

  it("a sentence with two names in brackets stays a body paragraph", () => {
    const lines = [
      H,
      "كتب: أحمد سالم",
      "التقى وزير الخارجية سامي الخطيب (الأردن) نظيرته ليلى حداد (لبنان) في عمّان أمس، وبحثا العلاقات الثنائية بين البلدين.",
    ];
    expect(parse(lines).byline.author).toBe("أحمد سالم");
    expect(quoteParagraph(lines)).toBe(2);
  });
});
