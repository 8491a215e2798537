/**
 * HTML input: `khabar/html`, a separate entry so that the core bundle never carries an HTML parser.
 *
 * {@link parseArticleHtml} renders the page to text the way a browser's `innerText` does
 * ({@link htmlToText}), parses that text with `parseArticle`, and fills the Article fields the markup
 * answers better than the text: the title when the text has none, and the publication date from
 * `article:published_time`. Every span of the Article indexes into `htmlToText(html).text`; map it back to
 * the markup with `htmlToText(html).toHtml(start, end)`. The rest of the markup's metadata comes from
 * {@link readHtmlMetadata}.
 *
 * @module html
 */
import { normalize, PARSE_NORMALIZATION } from "../normalize/index.js";
import { assertText } from "../options.js";
import { parseArticle } from "../parse.js";
import type { Article, ParseOptions, Published } from "../schema.js";
import type { HtmlMetadata } from "./metadata.js";
import { ISO_DATE_PREFIX, MARKUP_START, TITLE_SEPARATORS } from "./patterns.js";
import { htmlToText } from "./text.js";

export { type HtmlMetadata, META_KEYS, readHtmlMetadata } from "./metadata.js";
export { type HtmlRange, type HtmlText, htmlToText } from "./text.js";

/**
 * Whether a document starts with markup (a tag, comment or doctype after optional white space), which is
 * how the CLI tells an HTML page from page text.
 *
 * @example
 * ```ts
 * looksLikeHtml("<!DOCTYPE html><html lang='ar'>"); //=> true
 * looksLikeHtml("عاجل: <b> في النص"); //=> false
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  return MARKUP_START.test(text.length > 4096 ? text.slice(0, 4096) : text);
}

const DAY_MS = 86_400_000;

/** The `YYYY-MM-DD` date at the start of a timestamp, when it is a real calendar date. */
function isoDateOf(timestamp: string): string | null {
  const m = ISO_DATE_PREFIX.exec(timestamp.trim());
  if (!m) return null;
  const [iso, y, mo, d] = m as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? iso : null;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

function isSeparatorOrSpace(char: string): boolean {
  return char.trim() === "" || TITLE_SEPARATORS.includes(char);
}

/**
 * The document title without the site's name before or after it (`عنوان - الموقع`, `الموقع | عنوان`).
 * Without a known site name the title is kept whole: a dash inside a headline is common.
 *
 * @example
 * ```ts
 * titleWithoutSiteName("عنوان الخبر - الموقع", "الموقع"); //=> "عنوان الخبر"
 * titleWithoutSiteName("الموقع | عنوان الخبر", "الموقع"); //=> "عنوان الخبر"
 * titleWithoutSiteName("عنوان - فرعي", null); //=> "عنوان - فرعي"
 * ```
 */
export function titleWithoutSiteName(title: string, siteName: string | null): string {
  if (!siteName || siteName === title) return title;
  let rest = title;
  if (rest.endsWith(siteName)) rest = rest.slice(0, rest.length - siteName.length);
  else if (rest.startsWith(siteName)) rest = rest.slice(siteName.length);
  else return title;
  let s = 0;
  let e = rest.length;
  while (s < e && isSeparatorOrSpace(rest[s] as string)) s++;
  while (e > s && isSeparatorOrSpace(rest[e - 1] as string)) e--;
  return s < e && e - s < rest.length ? rest.slice(s, e) : title;
}

/**
 * The publication date from the markup, as an Article `published` with an empty span at offset 0: the
 * timestamp stands in the markup, not in the text the spans index into.
 */
function publishedFromMetadata(metadata: HtmlMetadata): Published | null {
  const raw = metadata.publishedTime;
  const iso = raw === null ? null : isoDateOf(raw);
  return raw !== null && iso !== null ? { iso, raw, span: { start: 0, end: 0 } } : null;
}

/**
 * Completes an Article parsed from a page's text with what the page's markup declares: the title when the
 * text gave none (the sharing headline, else `<title>` without the site's name), and the publication date
 * from the markup when the text gave none or one more than a day away from it (a date read from the text
 * that agrees keeps its span). Returns a new Article.
 *
 * @example
 * ```ts
 * import { parseArticle } from "khabar";
 * import { readHtmlMetadata, withHtmlMetadata } from "khabar/html";
 * const metadata = readHtmlMetadata(
 *   '<title>عنوان الخبر - الموقع</title><meta property="og:site_name" content="الموقع">' +
 *     '<meta property="article:published_time" content="2024-05-01T10:00:00Z">',
 * );
 * const article = withHtmlMetadata(parseArticle("قال الوزير إن الاجتماع كان مثمرا."), metadata);
 * [article.title, article.published?.iso]; //=> ["عنوان الخبر", "2024-05-01"]
 * ```
 */
export function withHtmlMetadata(article: Article, metadata: HtmlMetadata): Article {
  let { title, published } = article;
  if (title === null) {
    const fromMarkup =
      metadata.headline ?? (metadata.title ? titleWithoutSiteName(metadata.title, metadata.siteName) : null);
    if (fromMarkup) title = normalize(fromMarkup, PARSE_NORMALIZATION);
  }
  const declared = publishedFromMetadata(metadata);
  if (declared && (published === null || daysBetween(published.iso, declared.iso) > 1)) published = declared;
  return { ...article, title, published };
}

/**
 * Parses the HTML of an Arabic news page into an Article. The page is rendered to text as a browser's
 * `innerText` would ({@link htmlToText}: scripts, styles, templates and hidden elements skipped, blocks and
 * `<br>` on their own lines, entities decoded), that text is parsed with `parseArticle`, and the markup's
 * title and `article:published_time` fill in what the text lacks ({@link withHtmlMetadata}).
 *
 * Every span of the result indexes into `htmlToText(html).text`, not into `html`; `toHtml` of the same
 * result maps a span back to the markup. A `published` taken from the markup has the empty span
 * `{ start: 0, end: 0 }`.
 *
 * @param html - The page's HTML, a whole document or a fragment.
 * @param options - As for `parseArticle`.
 * @returns The Article, valid against `ArticleSchema`.
 * @example
 * ```ts
 * import { parseArticleHtml } from "khabar/html";
 * const article = parseArticleHtml(
 *   '<title>عنوان الخبر - الموقع</title><meta property="og:site_name" content="الموقع">' +
 *     "<article><p>قال الوزير إن الاجتماع كان مثمرا.</p></article>",
 * );
 * ```
 */
export function parseArticleHtml(html: string, options?: ParseOptions): Article {
  assertText(html, "html");
  const page = htmlToText(html);
  return withHtmlMetadata(parseArticle(page.text, options), page.metadata);
}
