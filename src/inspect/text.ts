/**
 * The left-hand view: the page text exactly as given, with every span of the Article drawn on it as nested
 * inline elements. Labels are CSS generated content (`data-label`, `data-tag`), so the view's `textContent`
 * is the input, code unit for code unit, and copying from it copies the page.
 */
import type { Article, Span } from "../schema.js";
import { escapeHtml } from "./escape.js";
import { type GoldReview, locateGoldQuote } from "./gold.js";
import { BLOCK_TAGS, FURNITURE_NAMES, speakerColour } from "./labels.js";

/** A range of the text drawn as one element, split into fragments where it crosses another. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** Lower layers are outer: of two marks that start together, the lower opens first. */
  readonly layer: number;
  readonly tag: "span" | "b";
  /** Attributes of the first fragment (id, label …), with a leading space. */
  readonly first: string;
  /** The attributes, from which a later fragment of a split mark takes all but id and labels. */
  readonly attrs: Attributes;
}

/** An empty element placed at one offset (a gold quote that the Article missed). */
export interface PointMark {
  readonly at: number;
  readonly html: string;
}

/** Layers from outer to inner. */
const LAYER = { block: 0, item: 1, quote: 2, word: 3 } as const;

type Attributes = Readonly<Record<string, string | null | undefined>>;

/** ` name="value"` for each attribute with a value, escaped. */
export function attributes(attrs: Attributes): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) out += ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

/** The index of each speaker name in `article.speakers`, which gives the speaker's colour. */
export function speakerIndexes(article: Article): Map<string, number> {
  const indexes = new Map<string, number>();
  article.speakers.forEach((s, i) => {
    if (!indexes.has(s.name)) indexes.set(s.name, i);
  });
  return indexes;
}

/** The speaker index of quote `q` (`-1` when it has no speaker or one not listed). */
export function quoteSpeakerIndex(article: Article, indexes: Map<string, number>, q: number): number {
  const name = article.quotes[q]?.speaker?.name;
  return name === undefined ? -1 : (indexes.get(name) ?? -1);
}

/** The label of a quote: its speaker, and the gold verdict when there is one. */
export function quoteLabel(article: Article, q: number, review: GoldReview | undefined): string {
  const name = article.quotes[q]?.speaker?.name ?? "?";
  const verdict = review?.quotes[q];
  if (verdict === undefined) return name;
  if (verdict.kind === "right") return `${name} ✓`;
  if (verdict.kind === "extra") return `${name} ✗ not in gold`;
  return `${name} ✗ gold: ${verdict.gold.speaker}`;
}

/** The label of a missed gold quote. */
export function missedLabel(gold: GoldReview["missed"][number]): string {
  const start = gold.text_start.length > 40 ? `${gold.text_start.slice(0, 40)}…` : gold.text_start;
  return `missed: ${gold.speaker} · ${start}`;
}

/** Every mark of the Article, clipped to the text; empty ranges dropped. */
export function collectMarks(text: string, article: Article, review: GoldReview | undefined): Mark[] {
  const marks: Mark[] = [];
  const add = (span: Span | null, layer: number, tag: Mark["tag"], attrs: Attributes) => {
    if (span === null) return;
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (start === end) return;
    marks.push({ start, end, layer, tag, first: attributes(attrs), attrs });
  };

  const furnitureAt = new Map(article.furniture.map((f) => [`${f.span.start}:${f.span.end}`, f.kind]));
  const titles: Partial<Record<string, string>> = {
    title: article.title ?? undefined,
    byline: [
      article.byline.editor === null ? null : `editor: ${article.byline.editor}`,
      article.byline.author === null ? null : `author: ${article.byline.author}`,
    ]
      .filter((v) => v !== null)
      .join(" · "),
    dateline:
      article.dateline === null
        ? undefined
        : `agency: ${article.dateline.agency ?? "—"} · location: ${article.dateline.location ?? "—"}`,
  };
  for (const block of article.blocks) {
    const furniture = furnitureAt.get(`${block.span.start}:${block.span.end}`);
    add(block.span, LAYER.block, "span", {
      class: `kb-block kb-${block.kind}`,
      "data-kind": block.kind,
      "data-tag": BLOCK_TAGS[block.kind],
      title: furniture ? FURNITURE_NAMES[furniture] : (titles[block.kind] ?? null),
    });
  }
  for (const f of article.furniture) {
    add(f.span, LAYER.item, "span", {
      class: "kb-furniture",
      "data-furniture": f.kind,
      title: FURNITURE_NAMES[f.kind],
    });
  }
  article.ticker.forEach((item, i) => {
    const label = [item.source, item.time].filter((v) => v !== null).join(" · ");
    add(item.span, LAYER.item, "span", {
      class: "kb-tick",
      id: `kb-t-${i}`,
      "data-tick": String(i),
      "data-label": label || null,
      title: `ticker item ${i + 1}${item.dayOffset < 0 ? ` (day ${item.dayOffset})` : ""}`,
    });
  });
  let paragraph = 0;
  for (const section of article.sections) {
    for (const p of section.paragraphs) {
      add(p.span, LAYER.item, "span", {
        class: "kb-para",
        "data-paragraph": String(paragraph),
        "data-tag": `¶${paragraph}`,
      });
      paragraph++;
    }
  }

  const indexes = speakerIndexes(article);
  article.quotes.forEach((quote, q) => {
    const colour = speakerColour(quoteSpeakerIndex(article, indexes, q));
    const verdict = review?.quotes[q]?.kind;
    const style = `--kb-c:${colour}`;
    add(quote.span, LAYER.quote, "span", {
      class: `kb-quote kb-${quote.kind}${verdict ? ` kb-gold-${verdict}` : ""}`,
      id: `kb-q-${q}`,
      "data-quote": String(q),
      "data-speaker": quote.speaker?.name ?? "",
      "data-label": quoteLabel(article, q, review),
      style,
      title: `${quote.kind} quote · cue: ${quote.cue ?? "—"} · confidence ${quote.confidence.toFixed(2)}`,
    });
    add(quote.cueSpan, LAYER.word, "b", { class: "kb-cue", "data-quote": String(q), style, title: "cue" });
  });
  const mentioned = new Set<string>();
  article.speakers.forEach((speaker, s) => {
    speaker.mentions.forEach((span, m) => {
      mentioned.add(`${span.start}:${span.end}`);
      add(span, LAYER.word, "span", {
        class: "kb-mention",
        id: m === 0 ? `kb-s-${s}` : null,
        "data-speaker": speaker.name,
        style: `--kb-c:${speakerColour(s)}`,
        title: `speaker: ${speaker.name}`,
      });
    });
  });
  article.quotes.forEach((quote, q) => {
    const span = quote.speakerSpan;
    if (span === null || mentioned.has(`${span.start}:${span.end}`)) return;
    add(span, LAYER.word, "span", {
      class: "kb-mention",
      "data-speaker": quote.speaker?.name ?? "",
      style: `--kb-c:${speakerColour(quoteSpeakerIndex(article, indexes, q))}`,
    });
  });
  article.dates.forEach((date, d) => {
    add(date.span, LAYER.word, "span", {
      class: "kb-date",
      id: `kb-d-${d}`,
      title: `date: ${date.iso ?? "unresolved"}`,
    });
  });
  if (article.published) {
    add(article.published.span, LAYER.word, "span", {
      class: "kb-published",
      title: `published: ${article.published.iso}`,
    });
  }
  return marks.sort((a, b) => a.start - b.start || a.layer - b.layer || b.end - a.end);
}

function collectPoints(text: string, article: Article, review: GoldReview | undefined): PointMark[] {
  if (review === undefined) return [];
  return review.missed
    .map((gold, i) => ({
      at: locateGoldQuote(text, article, gold),
      html: `<span${attributes({ class: "kb-missed", id: `kb-miss-${i}`, "data-label": missedLabel(gold) })}></span>`,
    }))
    .sort((a, b) => a.at - b.at);
}

/** Code units of text after which a chunk may end (at the next line break outside every mark). */
const CHUNK_LENGTH = 4000;

/**
 * Draws nested marks on `text` in one sweep over their boundaries. Where a mark ends inside another that
 * opened after it, the inner one is closed and reopened as a further fragment, so the HTML stays well
 * nested whatever the spans do. The result is cut into chunks (`div.kb-chunk`) at line breaks outside
 * every mark, so that a browser lays out only the chunks in view (`content-visibility: auto`).
 */
export function drawMarks(text: string, marks: readonly Mark[], points: readonly PointMark[]): string[] {
  const bounds = new Set<number>([0, text.length]);
  for (const m of marks) bounds.add(m.start).add(m.end);
  for (const p of points) bounds.add(p.at);
  const sorted = [...bounds].sort((a, b) => a - b);
  const chunks: string[] = [];
  let out: string[] = [];
  let chunkStart = 0;
  const open: Mark[] = [];
  let pos = 0;
  let nextMark = 0;
  let nextPoint = 0;
  for (const at of sorted) {
    if (at > pos) out.push(escapeHtml(text.slice(pos, at)));
    pos = at;
    if (open.some((m) => m.end <= at)) {
      const reopen: Mark[] = [];
      while (open.some((m) => m.end <= at)) {
        const top = open.pop() as Mark;
        out.push(`</${top.tag}>`);
        if (top.end > at) reopen.unshift(top);
      }
      for (const m of reopen) {
        out.push(`<${m.tag}${attributes({ ...m.attrs, id: null, "data-label": null, "data-tag": null })}>`);
        open.push(m);
      }
    }
    if (open.length === 0 && at - chunkStart >= CHUNK_LENGTH && at < text.length && text[at - 1] === "\n") {
      chunks.push(`<div class="kb-chunk">${out.join("")}</div>`);
      out = [];
      chunkStart = at;
    }
    while (nextPoint < points.length && (points[nextPoint] as PointMark).at === at) {
      out.push((points[nextPoint] as PointMark).html);
      nextPoint++;
    }
    while (nextMark < marks.length && (marks[nextMark] as Mark).start === at) {
      const m = marks[nextMark] as Mark;
      out.push(`<${m.tag}${m.first}>`);
      open.push(m);
      nextMark++;
    }
  }
  while (open.length > 0) out.push(`</${(open.pop() as Mark).tag}>`);
  chunks.push(`<div class="kb-chunk">${out.join("")}</div>`);
  return chunks;
}

/**
 * The page text with the Article drawn on it, as the chunks of {@link renderTextView} without their
 * container: for a page that inserts a long text a few chunks at a time.
 */
export function renderTextChunks(text: string, article: Article, review?: GoldReview): string[] {
  return drawMarks(text, collectMarks(text, article, review), collectPoints(text, article, review));
}

/**
 * The page text with the Article drawn on it: an element `div.kb-text` (right to left; each line takes its
 * direction from its first strong character) whose text content is `text` unchanged.
 */
export function renderTextView(text: string, article: Article, review?: GoldReview): string {
  return `${TEXT_VIEW_OPEN}${renderTextChunks(text, article, review).join("")}</div>`;
}

/** The opening tag of the text view's container. */
export const TEXT_VIEW_OPEN = '<div class="kb-text" dir="rtl" lang="ar">';
