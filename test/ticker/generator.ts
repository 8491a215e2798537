/**
 * A generator of made-up pages in every ticker shape and decoy of the page-formats notes: a pool of headlines,
 * titles and body paragraphs is drawn from at random (seeded), 2–12 items with or without times and sources,
 * with page furniture and a title around them. Each page comes with the items a reader would list.
 */
import type { ItemTuple } from "./helpers.js";

/** What a page is built from. */
export interface Pools {
  /** Headlines of ticker items: no `(`, no time, no trailing period. */
  readonly headlines: readonly string[];
  /** Article titles. */
  readonly titles: readonly string[];
  /** Body paragraphs: long, with sentence punctuation. */
  readonly bodies: readonly string[];
}

/** A made-up page and its ticker items. */
export interface GeneratedPage {
  readonly page: string;
  readonly gold: ItemTuple[];
}

/** A seeded random source (mulberry32): the same seed gives the same pages. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of the list. */
  pick<T>(list: readonly T[]): T;
  /** Whether a coin with this chance of heads lands heads. */
  chance(p: number): boolean;
  /** `n` distinct elements of the list (all of them when it is shorter). */
  sample<T>(list: readonly T[], n: number): T[];
}

export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => list[int(0, list.length - 1)]!,
    chance: (p) => next() < p,
    sample: (list, n) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

/** Furniture lines above the strip, any subset of them, in this order. */
const TOP_FURNITURE = [
  "بوابة الخبر اليقين",
  "اتصل بنا | من نحن | أعلن معنا",
  "رئيس مجلس الإدارة: عبد الله سالم | رئيس التحرير: سامي خليل",
  "القاهرة 27° مشمس",
  "الأحد 15 نوفمبر 2026",
  "الرئيسية محليات اقتصاد رياضة فن",
  "الرئيسية » أخبار » محليات",
];
/** Bylines and date lines under the title. */
const BYLINES = ["كتب: سامر الخطيب", "بقلم: منى عبد الرحمن", "سامر الخطيب", "تحرير: ليلى حداد"];
const DATE_LINES = ["نشر في 16/11/2026 - 10:05", "الاثنين 16 نوفمبر 2026", "منذ ساعتين", "date 2026-11-16"];
/** Furniture after the body. */
const BOTTOM_FURNITURE = ["اقرأ أيضا: الحكومة تعلن خطة جديدة للطرق", "أضف تعليقك", "الوسوم: اقتصاد، طاقة"];
/** Sources in parentheses. */
const SOURCES = ["مصدر محلي", "ناشطون", "وكالات", "مراسلنا", "وزارة الصحة", "الأمن العام", "شهود عيان"];
/** Brand words some strips repeat between items. */
const BRANDS = ["الفرات24", "ticker", "نبض", "ليبيا الآن 24", "صدى البلد", "Akhbar24"];
/** Headers of the notes. */
export const HEADERS = [
  "الأخبار العاجلة",
  "عاجل",
  "شريط الأخبار",
  "آخر الأخبار",
  "أحدث الأخبار",
  "أهم الأخبار",
];

/** Times newest first, one to 50 minutes apart, crossing midnight when the first one is early. */
function descendingTimes(rng: Random, n: number, crossMidnight: boolean): string[] {
  let minutes = crossMidnight ? rng.int(5, 60) : rng.int(9 * 60, 23 * 60);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const m = ((minutes % 1440) + 1440) % 1440;
    out.push(`${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
    minutes -= rng.int(1, 50);
  }
  return out;
}

/** Options of the page frame. */
interface Frame {
  /** Furniture above the strip. */
  readonly top: boolean;
  /** A section label between the strip and the title. */
  readonly section: boolean;
  /** Byline and date line under the title. */
  readonly byline: boolean;
}

function frame(rng: Random, pools: Pools, strip: readonly string[], title?: string): string {
  const f: Frame = { top: rng.chance(0.7), section: rng.chance(0.2), byline: rng.chance(0.7) };
  const lines: string[] = [];
  if (f.top) for (const l of TOP_FURNITURE) if (rng.chance(0.5)) lines.push(l);
  lines.push(...strip);
  if (f.section) lines.push(rng.pick(["محليات", "اقتصاد", "تقارير"]));
  lines.push(title ?? rng.pick(pools.titles));
  if (f.byline) {
    lines.push(rng.pick(BYLINES));
    if (rng.chance(0.6)) lines.push(rng.pick(DATE_LINES));
  }
  lines.push(...rng.sample(pools.bodies, rng.int(2, 4)));
  if (rng.chance(0.5)) lines.push(...rng.sample(BOTTOM_FURNITURE, rng.int(1, 2)));
  return lines.join("\n");
}

interface Drawn {
  readonly texts: string[];
  readonly times: string[];
  readonly sources: (string | null)[];
}

function draw(rng: Random, pools: Pools, min: number, max: number, sources: number): Drawn {
  const n = rng.int(min, max);
  const texts = rng.sample(pools.headlines, n);
  const times = descendingTimes(rng, texts.length, rng.chance(0.25));
  return {
    texts,
    times,
    sources: texts.map(() => (rng.chance(sources) ? rng.pick(SOURCES) : null)),
  };
}

/** A page builder: one shape of the notes. */
export type Shape = (rng: Random, pools: Pools) => GeneratedPage;

/** Genre tags in parentheses that are no source: they stay part of the headline. */
const GENRE_TAGS = ["فيديو", "صور", "بالفيديو", "إنفوغراف"];

/**
 * `TEXT (SOURCE) - HH:MM` glued one after another on one line, with the variants of the notes; a headline
 * with no source may close with a genre tag in parentheses, which is no source (`TEXT (فيديو) - HH:MM`).
 */
const glued: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 12, 0.5);
  const texts = d.texts.map((t, k) =>
    d.sources[k] === null && rng.chance(0.2) ? `${t} (${rng.pick(GENRE_TAGS)})` : t,
  );
  const parts = texts.map((t, k) => {
    const s = d.sources[k];
    const src = s === null ? "" : rng.pick([` (${s})`, ` ( ${s})`, `(${s})`, ` (${s} )`]);
    return `${t}${src} - ${d.times[k]}`;
  });
  const line = parts.join(rng.pick([" ", " ", ""]));
  const strip = rng.chance(0.8) ? [rng.pick(HEADERS), line] : [line];
  return {
    page: frame(rng, pools, strip),
    gold: texts.map((t, k) => [t, d.sources[k]!, d.times[k]!]),
  };
};

/**
 * A timed strip that times only some of its items and joins each of the others to the next by a space:
 * `TEXT - HH:MM TEXT TEXT - HH:MM` (trailing times; the last item is timed) or `HH:MM - TEXT TEXT HH:MM - TEXT`
 * (leading times; the first item is timed). One untimed item at most between two timed ones.
 */
const partlyTimedJoined: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 8, 0);
  const leading = rng.chance(0.4);
  const n = d.texts.length;
  // Trailing: the last item closes with its time; leading: the first opens with it. No two untimed in a row.
  const timed = d.texts.map((_, k) => (leading ? k === 0 : k === n - 1) || rng.chance(0.5));
  for (let k = 1; k < n; k++) if (!timed[k] && !timed[k - 1]) timed[k] = true;
  const parts = d.texts.map((t, k) => {
    if (!timed[k]) return t;
    return leading ? `${d.times[k]} - ${t}` : `${t} - ${d.times[k]}`;
  });
  const line = parts.join(" ");
  const strip = rng.chance(0.6) ? [rng.pick(HEADERS), line] : [line];
  return {
    page: frame(rng, pools, strip),
    gold: d.texts.map((t, k) => [t, null, timed[k] ? d.times[k]! : null]),
  };
};

/** `• HH:MM . TEXT... المزيد`, one per line, under a header. */
const bulletTimed: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 12, 0);
  const more = rng.chance(0.7);
  const lines = d.texts.map((t, k) => `• ${d.times[k]} . ${t}${more ? "... المزيد" : ""}`);
  return {
    page: frame(rng, pools, [rng.pick(HEADERS), ...lines]),
    gold: d.texts.map((t, k) => [t, null, d.times[k]!]),
  };
};

/** Items separated by three or four spaces on one line, with or without a header. */
const wideGaps: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 12, 0);
  const line = d.texts.map((t, k) => (k === 0 ? t : `${" ".repeat(rng.int(3, 4))}${t}`)).join("");
  const strip = rng.chance(0.7) ? [rng.pick(HEADERS), line] : [line];
  return { page: frame(rng, pools, strip), gold: d.texts.map((t) => [t, null, null]) };
};

/** Items separated by a brand word or `ticker`, repeated between them (and maybe before the first). */
const brandWord: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 12, 0);
  const brand = rng.pick(BRANDS);
  const lead = rng.chance(0.6);
  const line = d.texts.map((t, k) => (k === 0 && !lead ? t : `${brand} ${t}`)).join(" ");
  const strip = rng.chance(0.4) ? [rng.pick(HEADERS), line] : [line];
  return { page: frame(rng, pools, strip), gold: d.texts.map((t) => [t, null, null]) };
};

/** Items joined by a single space or by nothing, under a header. */
const joinedSpace: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 8, 0);
  const line = d.texts.join(rng.pick([" ", ""]));
  return { page: frame(rng, pools, [rng.pick(HEADERS), line]), gold: d.texts.map((t) => [t, null, null]) };
};

/**
 * Headlines glued with no space, a few of them joined by a space or by a source in parentheses instead (a page
 * whose template glues most items), under a header on the line above or before a colon on the same line.
 */
const joinedMixed: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 8, 0);
  const sources = d.texts.map(() => null as string | null);
  let line = d.texts[0]!;
  for (let k = 1; k < d.texts.length; k++) {
    const joint = rng.pick(["", "", " ", "source"]);
    if (joint === "source") {
      sources[k - 1] = rng.pick(SOURCES);
      line += ` (${sources[k - 1]}) `;
    } else line += joint;
    line += d.texts[k];
  }
  const header = rng.pick(HEADERS);
  const strip = rng.chance(0.5) ? [header, line] : [`${header}: ${line}`];
  return { page: frame(rng, pools, strip), gold: d.texts.map((t, k) => [t, sources[k]!, null]) };
};

/** Items joined by a single space, with no header: an unlabelled line of headlines at the top of the page. */
const joinedUnlabelled: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 8, 0);
  return { page: frame(rng, pools, [d.texts.join(" ")]), gold: d.texts.map((t) => [t, null, null]) };
};

/** A headed strip after the body and its furniture, at the bottom of the page: one per line or marked. */
const bottomStrip: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 8, 0);
  const mark = rng.pick(["", "- ", "• "]);
  const lines = [
    rng.pick(pools.titles),
    rng.pick(BYLINES),
    ...rng.sample(pools.bodies, rng.int(2, 3)),
    ...rng.sample(BOTTOM_FURNITURE, rng.int(0, 2)),
    rng.pick(HEADERS),
    ...d.texts.map((t) => `${mark}${t}`),
  ];
  return { page: lines.join("\n"), gold: d.texts.map((t) => [t, null, null]) };
};

/** `- TEXT` bullets, one per line, with or without a header. */
const dashBullets: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 12, 0);
  const mark = rng.pick(["- ", "-", "• ", "* "]);
  const header = rng.chance(0.7);
  const lines = d.texts.map((t) => `${mark}${t}`);
  const strip = header ? [rng.pick(HEADERS), ...lines] : lines;
  return { page: frame(rng, pools, strip), gold: d.texts.map((t) => [t, null, null]) };
};

/** The "top news" widget: each headline with its time on the next line, `اليوم, 09:13`. */
const topNews: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 8, 0);
  const times = descendingTimes(rng, d.texts.length, true);
  const lines: string[] = [];
  let day = "اليوم";
  d.texts.forEach((t, k) => {
    if (k > 0 && times[k]! > times[k - 1]!) day = "أمس";
    lines.push(t, `${day}, ${times[k]}`);
  });
  const strip = rng.chance(0.8)
    ? [rng.pick(["أهم الأخبار", "آخر الأخبار", "أحدث الأخبار"]), ...lines]
    : lines;
  return { page: frame(rng, pools, strip), gold: d.texts.map((t, k) => [t, null, times[k]!]) };
};

/**
 * A bulleted "top news" list whose times stand on bulleted lines of their own under some of its headlines
 * (`- TEXT` / `- اليوم, 09:13`), a day word before some of them.
 */
const topNewsBulleted: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 8, 0);
  const mark = rng.pick(["- ", "• "]);
  const timed = d.texts.map(() => rng.chance(0.4));
  const lines: string[] = [];
  d.texts.forEach((t, k) => {
    lines.push(`${mark}${t}`);
    if (timed[k]) lines.push(`${mark}${rng.pick(["اليوم, ", "اليوم، ", ""])}${d.times[k]}`);
  });
  const strip = rng.chance(0.8) ? [rng.pick(["أهم الأخبار", "آخر الأخبار"]), ...lines] : lines;
  return {
    page: frame(rng, pools, strip),
    gold: d.texts.map((t, k) => [t, null, timed[k] ? d.times[k]! : null]),
  };
};

/** A headed list of plain headlines, one per line, no marks. */
const headedPlain: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 12, 0);
  return {
    page: frame(rng, pools, [rng.pick(HEADERS), ...d.texts]),
    gold: d.texts.map((t) => [t, null, null]),
  };
};

/** No header: an unlabelled list of headlines, one per line, at the top of the page before the title. */
const unlabelled: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 12, 0);
  return { page: frame(rng, pools, d.texts), gold: d.texts.map((t) => [t, null, null]) };
};

/** Headlines of three words. */
const SHORT_HEADLINES = ["ارتفاع أسعار الذهب", "وصول بعثة المنتخب", "الحكومة تستقيل رسميا"];
/** Headlines asking a question. */
const QUESTIONS = ["هل تنخفض أسعار الوقود الشهر المقبل؟", "متى تعود الكهرباء إلى الأحياء الشرقية؟"];

/** Menu lines a page may put between its strip and the title. */
const MENUS = [
  "الرئيسية » أخبار » محليات",
  "الرئيسية | سياسة | اقتصاد | رياضة",
  "محليات",
  "أخبار عربية ودولية",
];

/**
 * No header, and the list's edges blurred: two headlines or more, a menu or a section label between the list
 * and the title, headlines with colons and quotation marks, a title with a date or a colon.
 */
const unlabelledBlurred: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 12, 0);
  // Short headlines of three words, a question.
  if (rng.chance(0.3)) d.texts.splice(rng.int(0, d.texts.length), 0, rng.pick(SHORT_HEADLINES));
  if (rng.chance(0.2)) d.texts.splice(rng.int(0, d.texts.length), 0, rng.pick(QUESTIONS));
  const strip = [...d.texts];
  if (rng.chance(0.5)) strip.push(rng.pick(MENUS));
  return { page: frame(rng, pools, strip), gold: d.texts.map((t) => [t, null, null]) };
};

/** A header and items on the same line: `عاجل: TEXT`, one per line. */
const headerPrefixed: Shape = (rng, pools) => {
  const d = draw(rng, pools, 1, 4, 0);
  const lines = d.texts.map((t) => `عاجل: ${t}`);
  return { page: frame(rng, pools, lines), gold: d.texts.map((t) => [t, null, null]) };
};

/** Headlines closed by a full stop, one per line: three or more without a header, two or more under one. */
const closedItems: Shape = (rng, pools) => {
  const header = rng.chance(0.5);
  const d = draw(rng, pools, header ? 2 : 3, 10, 0);
  const lines = d.texts.map((t) => `${t}.`);
  const strip = header ? [rng.pick(HEADERS), ...lines] : lines;
  return { page: frame(rng, pools, strip), gold: d.texts.map((t) => [t, null, null]) };
};

/** Items parted by two spaces on one line, sources in parentheses on some, with or without a header. */
const narrowGaps: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 8, 0.3);
  const line = d.texts.map((t, k) => (d.sources[k] ? `${t} (${d.sources[k]})` : t)).join("  ");
  const strip = rng.chance(0.5) ? [rng.pick(HEADERS), line] : [line];
  return { page: frame(rng, pools, strip), gold: d.texts.map((t, k) => [t, d.sources[k]!, null]) };
};

/** Decoy: a title, then a short lead or caption closed by a full stop, then the body; no ticker. */
const decoyClosedLead: Shape = (rng, pools) => {
  const lead = rng.pick([
    "الحكومة تؤكد أن الخطة تشمل كل المحافظات.",
    "صورة أرشيفية لمحطة الكهرباء في المدينة.",
    "الوزارة تعد بحلول عاجلة قبل نهاية الشهر.",
  ]);
  const lines = [rng.pick(pools.titles), lead];
  if (rng.chance(0.5)) lines.push(rng.pick(BYLINES));
  lines.push(...rng.sample(pools.bodies, 3));
  if (rng.chance(0.6)) lines.unshift(...TOP_FURNITURE.slice(0, rng.int(1, 5)));
  return { page: lines.join("\n"), gold: [] };
};

/** Decoy: `عاجل:` opening a body sentence; no ticker. */
const decoyBodyBreaking: Shape = (rng, pools) => {
  const body = `عاجل: ${rng.pick(pools.bodies)}`;
  const lines = [rng.pick(pools.titles), rng.pick(BYLINES), body, ...rng.sample(pools.bodies, 2)];
  if (rng.chance(0.5)) lines.unshift(...TOP_FURNITURE.slice(0, rng.int(1, 4)));
  return { page: lines.join("\n"), gold: [] };
};

/** Decoy: `أخبار عاجلة` as a category label over the title; no ticker. */
const decoyCategory: Shape = (rng, pools) => ({
  page: frame(rng, pools, [rng.pick(["أخبار عاجلة", "عاجل", "آخر الأخبار"])]),
  gold: [],
});

/** Decoy: `عاجل` inside a "read also" link after the body, and times in body sentences; no ticker. */
const decoyReadAlso: Shape = (rng, pools) => {
  const lines = [
    rng.pick(pools.titles),
    rng.pick(BYLINES),
    ...rng.sample(pools.bodies, 2),
    `وأعلنت الشرطة عند الساعة 10:30 صباحا إغلاق الطريق، ثم أعادت فتحه عند 12:15 بعد انتهاء الأشغال.`,
    `اقرأ أيضا: عاجل ${rng.pick(pools.headlines)}`,
    rng.pick(pools.bodies),
  ];
  return { page: lines.join("\n"), gold: [] };
};

/** Decoy: a title and its subtitle with no strip above them; no ticker. */
const decoyTitleSubtitle: Shape = (rng, pools) => {
  const [title, subtitle] = rng.sample(pools.titles, 2);
  const lines = [title!, subtitle!, rng.pick(BYLINES), ...rng.sample(pools.bodies, 3)];
  if (rng.chance(0.6)) lines.unshift(...TOP_FURNITURE.slice(0, rng.int(1, 5)));
  return { page: lines.join("\n"), gold: [] };
};

/** Decoy: a title, its subtitle and a photo caption over the body, with no byline; no ticker. */
const decoyTitleCaption: Shape = (rng, pools) => {
  const [title, subtitle] = rng.sample(pools.titles, 2);
  const caption = rng.pick([
    "صورة أرشيفية لمحطة الكهرباء في المدينة",
    "جانب من الاجتماع الذي عقد في مقر الوزارة",
  ]);
  const lines = [title!, subtitle!, caption, ...rng.sample(pools.bodies, 3)];
  if (rng.chance(0.6)) lines.unshift(...TOP_FURNITURE.slice(0, rng.int(1, 5)));
  return { page: lines.join("\n"), gold: [] };
};

/** Lines under a title that tell who wrote it and when: bylines, `PLACE - NAME`, relative times. */
const SIDEBAR_BYLINES = [
  "كتب: سامر الخطيب",
  "بقلم: منى عبد الرحمن",
  "كتبت: ليلى حداد",
  "القاهرة - سامر الخطيب",
  "منذ ساعتين",
  "نشر منذ 5 ساعات",
];

/** A headerless sidebar of latest headlines between the title's byline and the body. */
const sidebarLatest: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 6, 0);
  const lines: string[] = [];
  if (rng.chance(0.7)) for (const l of TOP_FURNITURE) if (rng.chance(0.5)) lines.push(l);
  lines.push(rng.pick(pools.titles), rng.pick(SIDEBAR_BYLINES));
  if (rng.chance(0.4)) lines.push(rng.pick(DATE_LINES.slice(0, 2)));
  lines.push(...d.texts, ...rng.sample(pools.bodies, rng.int(2, 3)));
  return { page: lines.join("\n"), gold: d.texts.map((t) => [t, null, null]) };
};

/** A glued `•` line where some items carry a time right after their bullet: `• TEXT • HH:MM TEXT`. */
const bulletLeadingTimes: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 10, 0.2);
  const timed = d.texts.map((_, k) => k > 0 && rng.chance(0.4));
  const parts = d.texts.map((t, k) => {
    const s = d.sources[k];
    return `• ${timed[k] ? `${d.times[k]} ` : ""}${t}${s === null ? "" : ` (${s})`}`;
  });
  const line = parts.join(" ");
  const strip = rng.chance(0.7) ? [rng.pick(HEADERS), line] : [line];
  return {
    page: frame(rng, pools, strip),
    gold: d.texts.map((t, k) => [t, d.sources[k]!, timed[k] ? d.times[k]! : null]),
  };
};

/** Arabic brands a masthead names and a strip repeats between its items only. */
const MASTHEAD_BRANDS = ["نبض", "الساحل", "المرصد", "الوسط"];

/** Three headlines parted by the brand of the page's masthead, twice: `A نبض B نبض C` under `شبكة نبض`. */
const brandMasthead: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 3, 0);
  const brand = rng.pick(MASTHEAD_BRANDS);
  const line = d.texts.join(` ${brand} `);
  const page = frame(rng, pools, [line]);
  return {
    page: `${rng.pick(["شبكة", "موقع", "بوابة"])} ${brand}\n${page}`,
    gold: d.texts.map((t) => [t, null, null]),
  };
};

/** Sites' names of two words, a digit after some (`صدى النيل 24`), written as the masthead and between items. */
const TWO_WORD_BRANDS = [
  "صدى النيل",
  "نبض المدينة",
  "أطلس سبور",
  "مرصد الخليج",
  "عين الجنوب 24",
  "الساحل برس",
];

/** Weather widgets of several cities, above a strip. */
const CITY_WEATHER = [
  "طقس: الرباط 17° فاس 12° مراكش 21°",
  "الرياض 31° جدة 35° الدمام 29°",
  "الطقس اليوم: عمان 12° إربد 10° العقبة 24°",
];

/**
 * The masthead's name of two words or more opening the strip, parting its items and closing it, some items
 * with a source or a time (`NAME H1 (SOURCE) NAME H2 - 10:45 NAME H3 NAME`), parted by a space or a wide gap,
 * a weather widget of several cities above it now and then.
 */
const brandEnds: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 7, 0.2);
  const brand = rng.pick(TWO_WORD_BRANDS);
  const timed = rng.int(0, d.texts.length - 1);
  const time = rng.chance(0.5) ? d.times[timed]! : null;
  const gap = rng.pick([" ", "   "]);
  const pieces = d.texts.map((t, k) => {
    const source = d.sources[k] ? ` (${d.sources[k]})` : "";
    return `${t}${source}${k === timed && time ? ` - ${time}` : ""}`;
  });
  const line = `${brand}${gap}${pieces.join(`${gap}${brand}${gap}`)}${gap}${brand}`;
  const strip = rng.chance(0.4) ? [rng.pick(CITY_WEATHER), line] : [line];
  return {
    page: `${brand}\n${frame(rng, pools, strip)}`,
    gold: d.texts.map((t, k) => [t, d.sources[k] ?? null, k === timed ? time : null]),
  };
};

/** Headers of related-story lists. */
const RELATED_HEADERS = ["اقرأ أيضا", "أخبار ذات صلة", "الأكثر قراءة", "قد يهمك", "مواضيع ذات صلة:"];

/** Decoy: a related-story list under its header (or after it on its line), above the title or after the body; no ticker. */
const decoyRelated: Shape = (rng, pools) => {
  const mark = rng.pick(["", "- ", "• "]);
  const headlines = rng.sample(pools.headlines, rng.int(3, 5));
  const header = rng.pick(RELATED_HEADERS);
  // One line in three: the header and its links on one line (`أخبار ذات صلة: TEXT | TEXT`).
  const list = rng.chance(0.33)
    ? [`${header.replace(/:$/, "")}: ${headlines.join(rng.pick([" | ", " • "]))}`]
    : [header, ...headlines.map((t) => `${mark}${t}`)];
  if (rng.chance(0.5)) return { page: frame(rng, pools, list), gold: [] };
  const lines = [rng.pick(pools.titles), rng.pick(BYLINES), ...rng.sample(pools.bodies, 2), ...list];
  return { page: lines.join("\n"), gold: [] };
};

/** Widget lines of the notes whose numbers and times are no items: rates, prayer times, leaked UI strings. */
const WIDGETS = [
  "الدولار 3.62شيكل 3.74يورو 5.11دينار",
  "الفجر 04:23  الظهر 12:05  العصر 15:31  المغرب 18:02  العشاء 19:20",
  "الفجر 04:23 الشروق 05:51 الظهر 12:05 العصر 15:31 المغرب 18:02 العشاء 19:20",
  "عمّان 31  إربد 28  العقبة 39",
  "ui.public.translatedTo",
  "pictogram-avatar",
  "EN | عربي",
];

/** Widgets (rates, prayer times, UI strings) right above a strip with times: the widgets' times are no items. */
const widgetsOverStrip: Shape = (rng, pools) => {
  const d = draw(rng, pools, 2, 8, 0.3);
  const widgets = rng.sample(WIDGETS, rng.int(1, 3));
  const line = d.texts.map((t, k) => `${t}${d.sources[k] ? ` (${d.sources[k]})` : ""} - ${d.times[k]}`);
  const strip = rng.chance(0.5) ? [rng.pick(HEADERS), line.join(" ")] : [rng.pick(HEADERS), ...line];
  return {
    page: frame(rng, pools, [...widgets, ...strip]),
    gold: d.texts.map((t, k) => [t, d.sources[k]!, d.times[k]!]),
  };
};

/** Decoy: widgets with times and rates over the title, and no strip; no ticker. */
const decoyWidgets: Shape = (rng, pools) => ({
  page: frame(rng, pools, rng.sample(WIDGETS, rng.int(2, 4))),
  gold: [],
});

/**
 * A page cut off after its strip: furniture, then the strip (headed or not, one item a line, glued with times,
 * or bulleted), then nothing, or only the start of a title cut mid-word.
 */
const cutOff: Shape = (rng, pools) => {
  const d = draw(rng, pools, 3, 8, 0);
  const timed = rng.chance(0.5);
  const form = rng.pick(["lines", "glued", "bullets"]);
  const item = (t: string, k: number) => (timed ? `${t} - ${d.times[k]}` : t);
  const strip =
    form === "glued"
      ? [d.texts.map(item).join(timed ? " " : "   ")]
      : d.texts.map((t, k) => `${form === "bullets" ? "• " : ""}${item(t, k)}`);
  const lines = TOP_FURNITURE.filter(() => rng.chance(0.5));
  if (rng.chance(0.7) || (!timed && form !== "bullets")) lines.push(rng.pick(HEADERS));
  lines.push(...strip);
  if (rng.chance(0.3)) {
    const title = rng.pick(pools.titles);
    lines.push(title.slice(0, Math.max(3, Math.floor(title.length / 2))));
  }
  return { page: lines.join("\n"), gold: d.texts.map((t, k) => [t, null, timed ? d.times[k]! : null]) };
};

/** Agency wire marks around the body: a time with `ت م`, `// انتهى //`, `// يتبع //`, a credit line. */
const WIRE_LINES = [
  "// انتهى //",
  "// يتبع //",
  "15:37 ت م",
  "إعداد: سامر الخطيب تصوير: ليلى حداد",
  "عام / ",
];

/** Decoy: a wire story with its stamps and credits, a section prefix on the title; no ticker. */
const decoyWire: Shape = (rng, pools) => {
  const lines = [
    `${rng.pick(["عام / ", "اقتصادي / ", ""])}${rng.pick(pools.titles)}`,
    ...rng.sample(pools.bodies, rng.int(2, 3)),
    ...rng.sample(WIRE_LINES, rng.int(1, 3)),
  ];
  if (rng.chance(0.5)) lines.unshift(...TOP_FURNITURE.slice(0, rng.int(1, 4)));
  return { page: lines.join("\n"), gold: [] };
};

/**
 * Decoy: a body paragraph after the first broken into lines where its links were (`… وزير الصحة` / `سامي خليل`
 * / `إن …`), and a title with a `خبر:` prefix or a ` - SITE` suffix; no ticker.
 */
const decoyBrokenParagraph: Shape = (rng, pools) => {
  const [first, body] = rng.sample(pools.bodies, 2) as [string, string];
  const words = body.split(" ");
  const a = rng.int(3, Math.max(3, Math.floor(words.length / 3)));
  const b = rng.int(a + 2, Math.max(a + 2, words.length - 3));
  const broken = [words.slice(0, a), words.slice(a, b), words.slice(b)].map((w) => w.join(" "));
  const title = rng.pick(pools.titles);
  const lines = [
    rng.pick([`خبر: ${title}`, `${title} - بوابة الخبر اليقين`, title]),
    rng.pick(BYLINES),
    first,
    ...broken,
  ];
  if (rng.chance(0.5)) lines.push(...rng.sample(BOTTOM_FURNITURE, rng.int(1, 2)));
  if (rng.chance(0.6)) lines.unshift(...TOP_FURNITURE.slice(0, rng.int(1, 5)));
  return { page: lines.join("\n"), gold: [] };
};

/** Lead sentences broken where their links were: the part before the link, the link, the part after it. */
const LINKED_LEADS: readonly (readonly [string, string, string])[] = [
  [
    "صادق مجلس النواب في جلسته المسائية برئاسة",
    "رئيس المجلس سليم العبدالله",
    "على مشروع قانون النقل العام بأغلبية الأعضاء",
  ],
  [
    "أعلنت وزارة الزراعة في بيان نشرته عبر",
    "صفحتها الرسمية",
    "عن خطة لدعم صغار المزارعين في المحافظات الجنوبية",
  ],
  [
    "أكد وزير الخارجية خلال لقائه نظيره",
    "وزير خارجية الأردن أيمن الصفدي",
    "أن البلدين ماضيان في تنسيق المواقف",
  ],
  ["دعت جمعية حماية المستهلك في تصريح لـ", "وكالة الأنباء الرسمية", "إلى مراقبة الأسعار في الأسواق الشعبية"],
];

/**
 * Decoy: the first body paragraph right under the byline broken into lines where its links were (`… برئاسة` /
 * `رئيس المجلس NAME` / `على مشروع …`, the rest of the sentence on the next line); no ticker.
 */
const decoyLinkedLead: Shape = (rng, pools) => {
  const [before, link, after] = rng.pick(LINKED_LEADS);
  const rest = rng.pick(["، وذلك بعد نقاش مطول حول بنوده.", "، وفق ما نقلته وسائل إعلام محلية.", ""]);
  const lines = [
    rng.pick(pools.titles),
    rng.pick(BYLINES),
    ...(rng.chance(0.5) ? [rng.pick(DATE_LINES)] : []),
    before,
    link,
    rest === "" ? `${after}.` : after,
    ...(rest === "" ? [] : [rest.slice(2)]),
    ...rng.sample(pools.bodies, rng.int(1, 3)),
  ];
  if (rng.chance(0.6)) lines.unshift(...TOP_FURNITURE.slice(0, rng.int(1, 5)));
  return { page: lines.join("\n"), gold: [] };
};

/** Every shape of the notes, by name. */
export const SHAPES: Readonly<Record<string, Shape>> = {
  glued,
  partlyTimedJoined,
  bulletTimed,
  wideGaps,
  brandWord,
  joinedSpace,
  joinedUnlabelled,
  joinedMixed,
  bottomStrip,
  dashBullets,
  topNews,
  topNewsBulleted,
  headedPlain,
  unlabelled,
  unlabelledBlurred,
  headerPrefixed,
  closedItems,
  narrowGaps,
  sidebarLatest,
  bulletLeadingTimes,
  brandMasthead,
  brandEnds,
  widgetsOverStrip,
  cutOff,
  decoyBodyBreaking,
  decoyRelated,
  decoyCategory,
  decoyReadAlso,
  decoyTitleSubtitle,
  decoyTitleCaption,
  decoyClosedLead,
  decoyWidgets,
  decoyWire,
  decoyBrokenParagraph,
  decoyLinkedLead,
};
