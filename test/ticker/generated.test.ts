/**
 * Every ticker shape and decoy of the page-formats notes, on made-up pages drawn at random (seeded) by
 * `generator.ts`: 2–12 items with or without times and sources, with furniture, a title, a byline and body
 * paragraphs around them. Each shape must give exactly its items (text, source and time) on nearly every page;
 * the decoys must give none. Headlines joined by single spaces are cut only where the grammar of headlines is
 * sure enough (see `joined.ts`): under a header the cues' pieces are kept (recall 0.94 on made-up headlines,
 * 0.73 on the long ones of the corpus); with no header the line must split cleanly, or stays whole.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { comparisonKey } from "../../scripts/eval/score.js";
import { detectTicker } from "../../src/ticker/index.js";
import { type Pools, random, SHAPES } from "./generator.js";
import { BODY, BODY2, type ItemTuple } from "./helpers.js";

/** Made-up headlines in the style of the strips of the notes. */
const HEADLINES = [
  "انقطاع الكهرباء عن أحياء واسعة في المدينة",
  "وزير النقل يفتتح محطة القطار الجديدة",
  "تأجيل امتحانات الفصل الأول إلى الأسبوع المقبل",
  "الأرصاد تتوقع أمطارا غزيرة على المرتفعات",
  "ارتفاع أسعار الخضار في الأسواق المركزية",
  "مقتل شخصين في حادث سير على الطريق الصحراوي",
  "البنك المركزي يثبت سعر الفائدة للمرة الثالثة",
  "المنتخب الوطني يفوز على ضيفه بهدفين دون رد",
  "إغلاق المعبر الحدودي أمام حركة الشاحنات",
  "الحكومة تقر خطة لدعم المزارعين المتضررين",
  "وصول شحنة لقاحات جديدة إلى المطار الدولي",
  "انطلاق مهرجان الربيع 2027 بمشاركة عشرين دولة",
  "ضبط 3 أطنان من الدقيق الفاسد في مخزن سري",
  "البلدية تعلن جدول توزيع المياه في الأحياء الشرقية",
  "النادي الأهلي يتعاقد مع مدافع برازيلي لموسمين",
  "هطول أمطار رعدية على المناطق الساحلية",
  "المحكمة تؤجل النظر في قضية الفساد الكبرى",
  "افتتاح معرض الكتاب بمشاركة 400 دار نشر",
  "نقابة المعلمين تعلق الإضراب بعد اتفاق مع الوزارة",
  "تعطيل الدوام الرسمي يوم الخميس بسبب العاصفة",
];

/** Made-up titles, some of them no headline a strip would carry (a date, a colon, quotation marks). */
const TITLES = [
  "الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع",
  'نقابة الأطباء ترفض القرار.. والوزارة: "الباب مفتوح للحوار"',
  "وزارة التربية تحدد 6 جوان 2027 موعدا لامتحان البكالوريا",
  "سكان الأحياء الشرقية يشكون انقطاع المياه منذ أسبوع",
  "خبراء: موجة الغلاء مستمرة حتى نهاية الربيع",
];

const MADE_UP: Pools = {
  headlines: HEADLINES,
  titles: TITLES,
  bodies: [
    BODY,
    BODY2,
    "وأشار التقرير إلى أن الأسعار ارتفعت بنسبة ملحوظة خلال الأشهر الثلاثة الأخيرة، مرجعا ذلك إلى تراجع الإنتاج المحلي وارتفاع تكاليف النقل.",
    "ومن المنتظر أن تعقد اللجنة اجتماعا آخر الأسبوع المقبل، لمتابعة تنفيذ القرارات التي اتخذت، وفق ما أفاد به مصدر مطلع.",
  ],
};

/** Pages per shape. */
const PAGES = 60;

interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

const itemKey = (i: ItemTuple) => `${comparisonKey(i[0])}|${comparisonKey(i[1])}|${i[2] ?? ""}`;

/** Exact-item matches (text, source and time under the scoring key) of the shape over `PAGES` pages. */
function score(shape: string, pools: Pools, seed: number): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let s = 1; s <= PAGES; s++) {
    const { page, gold } = SHAPES[shape]!(random(seed * 1000 + s), pools);
    const remaining = gold.map(itemKey);
    const found = detectTicker(page).map((i) => itemKey([i.text, i.source, i.time]));
    for (const key of found) {
      const k = remaining.indexOf(key);
      if (k >= 0) {
        remaining.splice(k, 1);
        tp++;
      } else fp++;
    }
    fn += remaining.length;
  }
  return { tp, fp, fn };
}

const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));

/** Least recall and precision per shape (measured 60 pages a shape; the floors leave a little room). */
const FLOORS: [string, number, number][] = [
  ["glued", 0.97, 0.97],
  // A timed strip joining untimed items to the next by a space: measured 0.95 / 0.98 on the made-up headlines,
  // 0.90 / 0.95 on the corpus ones; two short headlines (ten words together or fewer) stay one item.
  ["partlyTimedJoined", 0.88, 0.92],
  ["bulletTimed", 0.99, 0.99],
  ["wideGaps", 0.97, 0.97],
  ["brandWord", 0.97, 0.99],
  ["joinedSpace", 0.74, 0.88],
  // A long unpunctuated line above the title is cut as under a header: recall 0.53 -> 0.79 and precision 0.95
  // -> 0.90 on the corpus headlines (a wrong cut costs two items where refusing the line lost them all).
  ["joinedUnlabelled", 0.77, 0.88],
  // Glued headlines, some joined by a space or a source: measured 0.98 / 0.99 on the made-up headlines, 0.83 /
  // 0.93 on the corpus ones, whose glue the cues miss more often (`حلبمنسقو`, `الأحمرفصائل`).
  ["joinedMixed", 0.76, 0.88],
  ["bottomStrip", 0.99, 0.99],
  ["dashBullets", 0.99, 0.99],
  ["topNews", 0.99, 0.99],
  ["topNewsBulleted", 0.99, 0.99],
  ["headedPlain", 0.99, 0.99],
  ["unlabelled", 0.99, 0.99],
  ["unlabelledBlurred", 0.97, 0.99],
  ["headerPrefixed", 0.99, 0.99],
  ["closedItems", 0.99, 0.99],
  ["narrowGaps", 0.99, 0.99],
  ["sidebarLatest", 0.99, 0.99],
  ["bulletLeadingTimes", 0.99, 0.99],
  ["brandMasthead", 0.97, 0.97],
  ["brandEnds", 0.99, 0.99],
  ["widgetsOverStrip", 0.99, 0.99],
  // A page cut off after its strip; when the cut leaves half a title, that half reads as the strip's last item.
  ["cutOff", 0.97, 0.97],
];

const DECOYS = [
  "decoyBodyBreaking",
  "decoyCategory",
  "decoyReadAlso",
  "decoyTitleSubtitle",
  "decoyTitleCaption",
  "decoyClosedLead",
  "decoyRelated",
  "decoyWidgets",
  "decoyWire",
  "decoyBrokenParagraph",
  "decoyLinkedLead",
];

describe("generated pages of every shape, made-up headlines", () => {
  it("covers every shape of the generator", () => {
    expect([...FLOORS.map((f) => f[0]), ...DECOYS].sort()).toEqual(Object.keys(SHAPES).sort());
  });

  it.each(FLOORS)("%s: recall ≥ %s, precision ≥ %s", (shape, minRecall, minPrecision) => {
    const s = score(shape, MADE_UP, 1);
    expect(recall(s)).toBeGreaterThanOrEqual(minRecall);
    expect(precision(s)).toBeGreaterThanOrEqual(minPrecision);
  });

  it.each(DECOYS)("%s gives no item", (shape) => {
    expect(score(shape, MADE_UP, 1).fp).toBe(0);
  });
});

const corpus = new URL("../../../shared/corpus/dev/", import.meta.url);

/** Headlines of the gold strips, titles and body paragraphs of the dev corpus, read at run time. */
function corpusPools(): Pools {
  const headlines = new Set<string>();
  const titles = new Set<string>();
  const bodies = new Set<string>();
  for (const name of readdirSync(corpus).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(new URL(name, corpus), "utf8")) as {
      title: string | null;
      ticker: { text: string }[];
    };
    for (const item of gold.ticker) if (!/[():]/.test(item.text)) headlines.add(item.text.trim());
    if (gold.title && !/\d:\d/.test(gold.title)) titles.add(gold.title.trim());
    const text = readFileSync(new URL(name.replace(".gold.json", ".txt"), corpus), "utf8");
    for (const line of text.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.split(/\s+/).length >= 25 && /[.،]$/.test(trimmed)) bodies.add(trimmed);
    }
  }
  // The corpus has few strips: the made-up headlines fill the pool up.
  return { headlines: [...headlines, ...HEADLINES], titles: [...titles], bodies: [...bodies] };
}

describe.skipIf(!existsSync(corpus))("generated pages of every shape, dev corpus titles and bodies", () => {
  it.each(FLOORS)("%s: recall ≥ %s, precision ≥ %s", (shape, minRecall, minPrecision) => {
    const s = score(shape, corpusPools(), 2);
    expect(recall(s)).toBeGreaterThanOrEqual(minRecall);
    expect(precision(s)).toBeGreaterThanOrEqual(minPrecision);
  });

  it.each(DECOYS)("%s gives no item", (shape) => {
    expect(score(shape, corpusPools(), 2).fp).toBe(0);
  });
});
