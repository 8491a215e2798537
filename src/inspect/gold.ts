/**
 * An Article held against its gold annotation, quote by quote, with the scoring rules of the corpus README
 * as `scripts/eval/score.ts` implements them (the same keys, the same one-to-one matching in gold order), so
 * that what the inspector marks as missed or extra is what `npm run eval` counts.
 */
import {
  comparisonKey,
  type FileScore,
  type Gold,
  sameSpeaker,
  scoreArticle,
  textStartKey,
} from "../../scripts/eval/score.js";
import type { Article, Quote } from "../schema.js";
import { WHITESPACE_RUN } from "./patterns.js";

export type { Gold } from "../../scripts/eval/score.js";

/** One quote of a gold file. */
export type GoldQuote = Gold["quotes"][number];

/** How one quote of the Article fares against the gold. */
export type QuoteVerdict =
  /** Matched a gold quote, with the right speaker. */
  | { readonly kind: "right"; readonly gold: GoldQuote }
  /** Matched a gold quote, but the speaker is not the gold one. */
  | { readonly kind: "wrong-speaker"; readonly gold: GoldQuote }
  /** Matches no gold quote: a false positive. */
  | { readonly kind: "extra" };

/** The Article held against its gold. */
export interface GoldReview {
  /** One verdict per quote of the Article, by index. */
  readonly quotes: readonly QuoteVerdict[];
  /** Gold quotes that no quote of the Article matched, in gold order. */
  readonly missed: readonly GoldQuote[];
  /** The scorer's counts and its list of every difference (title, ticker, headings, dates, quotes …). */
  readonly score: FileScore;
}

/** Whether a predicted quote matches a gold quote: the key of the gold start's first four words is in it. */
function quoteMatches(gold: GoldQuote, quote: Quote): boolean {
  const key = textStartKey(gold.text_start);
  return key.length > 0 && comparisonKey(quote.text).includes(key);
}

/** Holds `article` against `gold` with the scoring rules (quotes matched one to one in gold order). */
export function reviewAgainstGold(gold: Gold, article: Article): GoldReview {
  const matchedGold = new Array<GoldQuote | undefined>(article.quotes.length);
  const missed: GoldQuote[] = [];
  for (const g of gold.quotes) {
    const j = article.quotes.findIndex((q, k) => matchedGold[k] === undefined && quoteMatches(g, q));
    if (j < 0) missed.push(g);
    else matchedGold[j] = g;
  }
  const quotes = article.quotes.map((q, k): QuoteVerdict => {
    const g = matchedGold[k];
    if (g === undefined) return { kind: "extra" };
    return { kind: sameSpeaker(g.speaker, q.speaker?.name) ? "right" : "wrong-speaker", gold: g };
  });
  return { quotes, missed, score: scoreArticle(gold, article) };
}

/**
 * Where a missed gold quote starts in `text`: its `text_start` (or the longest run of its first words found)
 * inside the gold paragraph, else the start of that paragraph, else the end of the body. A gold paragraph
 * index counts body paragraphs across sections, as the Article's `quote.paragraph` does.
 */
export function locateGoldQuote(text: string, article: Article, gold: GoldQuote): number {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const paragraph = paragraphs[gold.paragraph];
  if (paragraph === undefined) return paragraphs.at(-1)?.span.end ?? text.length;
  const slice = text.slice(paragraph.span.start, paragraph.span.end);
  const words = gold.text_start.trim().split(WHITESPACE_RUN);
  for (let n = words.length; n > 0; n--) {
    const at = slice.indexOf(words.slice(0, n).join(" "));
    if (at >= 0 && (n > 1 || words.length === 1)) return paragraph.span.start + at;
  }
  return paragraph.span.start;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A gold annotation from parsed JSON (an `NNN.gold.json`), with the fields a partial file leaves out filled
 * with "nothing" (null, empty lists). Each gold quote needs a string `speaker` and `text_start`.
 *
 * @throws {TypeError} naming what is wrong when `value` is not a gold annotation.
 */
export function goldFromJson(value: unknown): Gold {
  if (!isRecord(value)) throw new TypeError("a gold file is a JSON object");
  if (!Array.isArray(value.quotes)) throw new TypeError('not a gold file: it has no "quotes" list');
  const list = (name: string): unknown[] => {
    const field = value[name];
    if (field === undefined || field === null) return [];
    if (!Array.isArray(field)) throw new TypeError(`gold "${name}" must be a list`);
    return field;
  };
  const quotes = list("quotes").map((q, i) => {
    if (!isRecord(q) || typeof q.speaker !== "string" || typeof q.text_start !== "string") {
      throw new TypeError(`gold quote ${i} needs a string "speaker" and "text_start"`);
    }
    return {
      role: null,
      organization: null,
      kind: "direct",
      cue: null,
      paragraph: 0,
      ...q,
    } as GoldQuote;
  });
  const text = (name: string): string | null =>
    typeof value[name] === "string" ? (value[name] as string) : null;
  return {
    ...(value as Partial<Gold>),
    title: text("title"),
    editor: text("editor"),
    author: text("author"),
    dateline: isRecord(value.dateline) ? (value.dateline as Gold["dateline"]) : null,
    ticker: list("ticker") as Gold["ticker"],
    headings: list("headings") as Gold["headings"],
    quotes,
  };
}
