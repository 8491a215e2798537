/**
 * The visual inspector: one page of text with khabar's reading drawn on it, as HTML. Pure string building
 * (no DOM, no Node built-ins): `khabar inspect` writes {@link renderInspectorHtml} to a file, and the
 * playground (docs/playground/) renders the same parts in a web worker as the user types.
 *
 * @module inspect
 */
import type { Article } from "../schema.js";
import { escapeHtml } from "./escape.js";
import { type Gold, type GoldReview, reviewAgainstGold } from "./gold.js";
import { speakerColour } from "./labels.js";
import { INSPECTOR_CSS, INSPECTOR_SCRIPT } from "./style.js";
import { renderTextView } from "./text.js";
import { renderArticleTree, type TreeOptions } from "./tree.js";

export { escapeHtml } from "./escape.js";
export {
  type Gold,
  type GoldQuote,
  type GoldReview,
  goldFromJson,
  type QuoteVerdict,
  reviewAgainstGold,
} from "./gold.js";
export { ARABIC_FONT_STACK, INSPECTOR_CSS, INSPECTOR_SCRIPT } from "./style.js";
export { renderTextChunks, renderTextView } from "./text.js";
export { renderArticleTree, type TreeOptions } from "./tree.js";

/** Options of {@link renderInspectorHtml}. */
export interface InspectorOptions {
  /** The gold annotation of the page: missed, extra and wrongly attributed quotes are marked. */
  readonly gold?: Gold;
  /** What the page is called in the header and the document title, e.g. its file name. */
  readonly name?: string;
}

/** The parts of the inspector for one page, as the playground places them. */
export interface InspectorParts {
  /** One line: counts of what was found, and the gold figures when there is a gold. */
  readonly summary: string;
  /** The text view (`div.kb-text`). */
  readonly text: string;
  /** The tree (`div.kb-tree`). */
  readonly tree: string;
}

/** What the marks mean, drawn with the marks themselves. */
export function renderLegend(withGold = false): string {
  const c = speakerColour(0);
  const item = (mark: string, name: string) =>
    `<li><span class="kb-text" dir="rtl">${mark}</span> ${escapeHtml(name)}</li>`;
  return `<ul class="kb-legend">${[
    item(`<span class="kb-quote kb-direct" style="--kb-c:${c}">قال</span>`, "direct quote"),
    item(`<span class="kb-quote kb-indirect" style="--kb-c:${c}">أن</span>`, "indirect quote"),
    item(`<b class="kb-cue" style="--kb-c:${c}">قال</b>`, "cue"),
    item(`<span class="kb-mention" style="--kb-c:${c}">الوزير</span>`, "speaker"),
    item(`<span class="kb-tick">عاجل</span>`, "ticker item"),
    item(`<span class="kb-furniture">منذ ساعة</span>`, "furniture"),
    item(`<span class="kb-date">1 مايو</span>`, "date"),
    ...(withGold
      ? [
          item('<span class="kb-quote kb-gold-extra" style="--kb-c:#757575">…</span>', "not in gold"),
          item('<span class="kb-missed" data-label="missed"></span>', "gold quote missed"),
        ]
      : []),
  ].join("")}</ul>`;
}

function summaryOf(article: Article, review: GoldReview | undefined): string {
  const paragraphs = article.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const headings = article.sections.filter((s) => s.heading !== null).length;
  const parts = [
    `${article.ticker.length} ticker items`,
    `${headings} headings`,
    `${paragraphs} paragraphs`,
    `${article.quotes.length} quotes`,
    `${article.speakers.length} speakers`,
    `${article.furniture.length} furniture`,
  ];
  if (article.warnings.length > 0) parts.push(`${article.warnings.length} warnings`);
  if (review) {
    const found = review.score.counts["quotes found"];
    parts.push(`gold: ${found.tp} right, ${found.fp} extra, ${found.fn} missed`);
  }
  return parts.join(" · ");
}

/**
 * The inspector's parts for one page: the text view with every span of `article` drawn on `text`, the tree,
 * and a summary line. `article` must come from `text` (its spans index into it). `options.json: false`
 * leaves the JSON out of the tree (see {@link TreeOptions}).
 */
export function renderInspectorParts(
  text: string,
  article: Article,
  gold?: Gold,
  options: TreeOptions = {},
): InspectorParts {
  const review = gold === undefined ? undefined : reviewAgainstGold(gold, article);
  return {
    summary: summaryOf(article, review),
    text: renderTextView(text, article, review),
    tree: renderArticleTree(article, review, options),
  };
}

/**
 * A self-contained HTML document that shows one page with khabar's reading drawn on it: on the left the
 * original text, right to left, with the furniture struck through, the ticker items boxed with their source
 * and time, title, byline, dateline and headings tagged, and each quote underlined in its speaker's colour
 * with its cue in bold; on the right the Article as a tree (click a speaker or quote to scroll to it) and
 * its JSON. With `options.gold`, missed and extra quotes are marked by the corpus scoring rules. No external
 * resource is loaded: the style sheet and a small click handler are inline.
 *
 * @param text - The page text the Article was parsed from.
 * @param article - `parseArticle(text)` (or an Article with spans into `text`).
 * @param options - A gold annotation to compare with, and a name for the page.
 * @returns The HTML document.
 */
export function renderInspectorHtml(text: string, article: Article, options: InspectorOptions = {}): string {
  const parts = renderInspectorParts(text, article, options.gold);
  const name = options.name ?? article.title ?? "page";
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="khabar inspect">
<title>khabar inspect · ${escapeHtml(name)}</title>
<style>${INSPECTOR_CSS}</style>
</head>
<body class="kb-page">
<header class="kb-header">
<h1>khabar inspect · <bdi>${escapeHtml(name)}</bdi></h1>
<span class="kb-summary">${escapeHtml(parts.summary)}</span>
${renderLegend(options.gold !== undefined)}
</header>
<main class="kb-inspector">
<section class="kb-left" aria-label="page text">${parts.text}</section>
<aside class="kb-right" aria-label="Article">${parts.tree}</aside>
</main>
<script>${INSPECTOR_SCRIPT}</script>
</body>
</html>
`;
}
