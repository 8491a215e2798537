/**
 * Scoring of parser output against gold annotations, following the "Scoring" rules of the corpus README
 * (the same rules the held-out measurement uses). Used by `npm run eval` and by the tests.
 */
import type { Article } from "../../src/index.js";

/** The gold annotation of one article (format: corpus README, "Gold format"). */
export interface Gold {
  title: string | null;
  editor: string | null;
  author: string | null;
  dateline: { agency: string | null; location: string | null } | null;
  ticker: { text: string; source: string | null; time: string | null }[];
  headings: string[];
  quotes: {
    speaker: string;
    role: string | null;
    organization: string | null;
    kind: "direct" | "indirect";
    cue: string | null;
    text_start: string;
    paragraph: number;
  }[];
  published?: { iso: string; raw: string } | null;
  dates?: { raw: string; iso: string | null }[];
}

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]/g;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SPACES = /\s+/g;
const FOLD: Readonly<Record<string, string>> = {
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0622": "\u0627",
  "\u0671": "\u0627",
  "\u0649": "\u064a",
  "\u0629": "\u0647",
  "\u0624": "\u0648",
  "\u0626": "\u064a",
};
const FOLDABLE = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u0660-\u0669\u06f0-\u06f9]/g;

/** The comparison key of the scoring rules: strings are equal when their keys are. */
export function comparisonKey(text: string | null | undefined): string {
  if (text == null) return "";
  return text
    .normalize("NFKC")
    .replace(DIACRITICS, "")
    .replace(INVISIBLE, "")
    .replace(FOLDABLE, (ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
      if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
      return FOLD[ch] ?? ch;
    })
    .replace(PUNCTUATION, " ")
    .replace(SPACES, " ")
    .trim();
}

/** True positives, false positives and false negatives of one measure. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

/** An accuracy: how many of `total` were right. */
export interface Ratio {
  right: number;
  total: number;
}

/** The measures reported per field. */
export const FIELD_NAMES = [
  "title",
  "editor",
  "author",
  "dateline agency",
  "dateline location",
  "ticker items (text)",
  "ticker items (text, source, time)",
  "headings",
  "published",
  "dates",
  "quotes found",
  "quotes found (direct)",
  "quotes found (indirect)",
  "quotes with right speaker",
  "quotes with right speaker (direct)",
  "quotes with right speaker (indirect)",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Accuracies among matched quotes. */
export const RATIO_NAMES = [
  "quote role right (gold has a role)",
  "quote organization right (gold has one)",
  "quote kind right (matched)",
  "quote cue right (matched)",
  "quote paragraph right (matched)",
] as const;
export type RatioName = (typeof RATIO_NAMES)[number];

/** One scored file: counts per measure and the misses for `--verbose`. */
export interface FileScore {
  counts: Record<FieldName, Counts>;
  ratios: Record<RatioName, Ratio>;
  misses: string[];
}

function scoreValue(gold: string | null | undefined, predicted: string | null | undefined): Counts {
  const g = comparisonKey(gold);
  const p = comparisonKey(predicted);
  if (!g && !p) return emptyCounts();
  if (g && p && g === p) return { tp: 1, fp: 0, fn: 0 };
  return { tp: 0, fp: p ? 1 : 0, fn: g ? 1 : 0 };
}

/** Matches two lists one to one in gold order; `same` decides whether a prediction can match a gold item. */
function matchOneToOne<G, P>(gold: readonly G[], predicted: readonly P[], same: (g: G, p: P) => boolean) {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const j = predicted.findIndex((p, k) => !used.has(k) && same(g, p));
    if (j < 0) missed.push(g);
    else {
      used.add(j);
      pairs.push([g, predicted[j] as P]);
    }
  }
  const extra = predicted.filter((_, k) => !used.has(k));
  return { pairs, missed, extra };
}

function countsOf(m: { pairs: unknown[]; missed: unknown[]; extra: unknown[] }): Counts {
  return { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
}

/** The key of the first four words of a gold `text_start`, tokens with no letter or digit skipped. */
export function textStartKey(textStart: string): string {
  const words = textStart.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return comparisonKey(words.slice(0, 4).join(" "));
}

/** Whether a predicted speaker name counts as the gold speaker (scoring rules, "right speaker"). */
export function sameSpeaker(gold: string, predicted: string | null | undefined): boolean {
  const g = comparisonKey(gold);
  const p = comparisonKey(predicted);
  if (!g || !p) return false;
  if (g === p) return true;
  const [shorter, longer] = g.length <= p.length ? [g, p] : [p, g];
  return shorter.split(" ").length >= 2 && ` ${longer} `.includes(` ${shorter} `);
}

type GoldQuote = Gold["quotes"][number];
type PredictedQuote = Article["quotes"][number];

function quoteMatches(g: GoldQuote, p: PredictedQuote): boolean {
  const key = textStartKey(g.text_start);
  return key.length > 0 && comparisonKey(p.text).includes(key);
}

/** Scores one article against its gold. */
export function scoreArticle(gold: Gold, article: Article): FileScore {
  const misses: string[] = [];
  const counts = {} as Record<FieldName, Counts>;
  const note = (field: string, g: unknown, p: unknown) =>
    misses.push(`${field}: gold ${JSON.stringify(g)} · got ${JSON.stringify(p)}`);
  const value = (field: FieldName, g: string | null | undefined, p: string | null | undefined) => {
    counts[field] = scoreValue(g, p);
    if (counts[field].fp || counts[field].fn) note(field, g ?? null, p ?? null);
  };
  value("title", gold.title, article.title);
  value("editor", gold.editor, article.byline.editor);
  value("author", gold.author, article.byline.author);
  value("dateline agency", gold.dateline?.agency, article.dateline?.agency);
  value("dateline location", gold.dateline?.location, article.dateline?.location);

  const ticker = matchOneToOne(
    gold.ticker,
    article.ticker,
    (g, p) => comparisonKey(g.text) === comparisonKey(p.text),
  );
  counts["ticker items (text)"] = countsOf(ticker);
  const fullyRight = ticker.pairs.filter(
    ([g, p]) => comparisonKey(g.source) === comparisonKey(p.source) && (g.time ?? null) === (p.time ?? null),
  ).length;
  counts["ticker items (text, source, time)"] = {
    tp: fullyRight,
    fp: article.ticker.length - fullyRight,
    fn: gold.ticker.length - fullyRight,
  };
  for (const g of ticker.missed) note("ticker item", g, null);
  for (const p of ticker.extra) note("ticker item", null, { text: p.text, source: p.source, time: p.time });
  for (const [g, p] of ticker.pairs) {
    if (comparisonKey(g.source) !== comparisonKey(p.source) || (g.time ?? null) !== (p.time ?? null)) {
      note("ticker source/time", { source: g.source, time: g.time }, { source: p.source, time: p.time });
    }
  }

  const predictedHeadings = article.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));
  const headings = matchOneToOne(
    gold.headings,
    predictedHeadings,
    (g, p) => comparisonKey(g) === comparisonKey(p),
  );
  counts.headings = countsOf(headings);
  for (const g of headings.missed) note("heading", g, null);
  for (const p of headings.extra) note("heading", null, p);

  counts.published = scoreValue(gold.published?.iso, article.published?.iso);
  if (counts.published.fp || counts.published.fn)
    note("published", gold.published ?? null, article.published);
  const goldDates = (gold.dates ?? []).filter((d) => d.iso !== null);
  const predictedDates = article.dates.filter((d) => d.iso !== null);
  const dates = matchOneToOne(goldDates, predictedDates, (g, p) => g.iso === p.iso);
  counts.dates = countsOf(dates);
  for (const g of dates.missed) note("date", g, null);
  for (const p of dates.extra) note("date", null, { raw: p.raw, iso: p.iso });

  const quotes = matchOneToOne(gold.quotes, article.quotes, quoteMatches);
  counts["quotes found"] = countsOf(quotes);
  for (const kind of ["direct", "indirect"] as const) {
    const m = matchOneToOne(
      gold.quotes.filter((q) => q.kind === kind),
      article.quotes.filter((q) => q.kind === kind),
      quoteMatches,
    );
    counts[`quotes found (${kind})`] = countsOf(m);
    const right = m.pairs.filter(([g, p]) => sameSpeaker(g.speaker, p.speaker?.name)).length;
    counts[`quotes with right speaker (${kind})`] = {
      tp: right,
      fp: m.pairs.length + m.extra.length - right,
      fn: m.pairs.length + m.missed.length - right,
    };
  }
  const rightSpeaker = quotes.pairs.filter(([g, p]) => sameSpeaker(g.speaker, p.speaker?.name));
  counts["quotes with right speaker"] = {
    tp: rightSpeaker.length,
    fp: article.quotes.length - rightSpeaker.length,
    fn: gold.quotes.length - rightSpeaker.length,
  };
  for (const g of quotes.missed) note("quote missed", `${g.speaker} · ${g.cue} · ${g.text_start}`, null);
  for (const p of quotes.extra)
    note("quote extra", null, `${p.speaker?.name ?? "?"} · ${p.cue} · ${p.text.slice(0, 60)}`);
  for (const [g, p] of quotes.pairs) {
    if (!sameSpeaker(g.speaker, p.speaker?.name)) {
      note("quote speaker", `${g.speaker} · ${g.text_start}`, p.speaker?.name ?? null);
    }
  }

  const ratio = (
    pairs: [GoldQuote, PredictedQuote][],
    right: (g: GoldQuote, p: PredictedQuote) => boolean,
  ) => ({
    right: pairs.filter(([g, p]) => right(g, p)).length,
    total: pairs.length,
  });
  const withRole = gold.quotes.filter((q) => q.role !== null);
  const withOrg = gold.quotes.filter((q) => q.organization !== null);
  const ratios: Record<RatioName, Ratio> = {
    "quote role right (gold has a role)": {
      right: quotes.pairs.filter(
        ([g, p]) => g.role !== null && comparisonKey(g.role) === comparisonKey(p.speaker?.role),
      ).length,
      total: withRole.length,
    },
    "quote organization right (gold has one)": {
      right: quotes.pairs.filter(
        ([g, p]) =>
          g.organization !== null && comparisonKey(g.organization) === comparisonKey(p.speaker?.organization),
      ).length,
      total: withOrg.length,
    },
    "quote kind right (matched)": ratio(quotes.pairs, (g, p) => g.kind === p.kind),
    "quote cue right (matched)": ratio(quotes.pairs, (g, p) => comparisonKey(g.cue) === comparisonKey(p.cue)),
    "quote paragraph right (matched)": ratio(quotes.pairs, (g, p) => g.paragraph === p.paragraph),
  };
  for (const [g, p] of quotes.pairs) {
    if (g.role !== null && comparisonKey(g.role) !== comparisonKey(p.speaker?.role)) {
      note("quote role", `${g.speaker}: ${g.role}`, p.speaker?.role ?? null);
    }
    if (g.kind !== p.kind) note("quote kind", `${g.text_start}: ${g.kind}`, p.kind);
    if (g.paragraph !== p.paragraph) note("quote paragraph", `${g.text_start}: ${g.paragraph}`, p.paragraph);
  }
  return { counts, ratios, misses };
}
