import { diagnoseInput } from "./diagnose/index.js";
import { assembleArticle } from "./internal/assemble.js";
import { findArticleDates } from "./metadata/dates.js";
import { readPageStructure } from "./metadata/structure.js";
import { normalizeWithMap, PARSE_NORMALIZATION } from "./normalize/index.js";
import { assertText, resolveOptions } from "./options.js";
import { findQuotes } from "./quotes/index.js";
import type { Article, ParseOptions } from "./schema.js";
import { splitLines } from "./segment/index.js";
import { findTicker } from "./ticker/index.js";

/**
 * Parses the text of an Arabic news page into an {@link Article}: ticker, title, byline, dateline, dates,
 * sections, quotes with their speakers, and the furniture that was dropped. Every span in the result is in
 * UTF-16 code units of `text`, although parsing runs on normalized text.
 *
 * Total on strings: any string gives a well-formed Article (odd input adds `warnings`). A non-string
 * `text` or invalid `options` throws a `TypeError` that names the argument.
 *
 * @param text - The page text as scraped.
 * @param options - Lexicon additions and a reference date.
 * @returns The Article, valid against `ArticleSchema`.
 * @example
 * ```ts
 * import { parseArticle } from "khabar";
 * const article = parseArticle("عنوان الخبر\n\nقال الوزير إن الاجتماع كان مثمرا.");
 * article.sections[0]?.paragraphs.length; //=> 1
 * ```
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  assertText(text);
  const { lexicon, referenceDate } = resolveOptions(options);
  const normalized = normalizeWithMap(text, PARSE_NORMALIZATION);
  const lines = splitLines(normalized.text);
  const ticker = findTicker(lines, lexicon, { text, map: normalized.map });
  const page = readPageStructure(lines, new Set(ticker.lines), lexicon);
  const dates = findArticleDates(normalized.text, page, lexicon, referenceDate);
  const paragraphs = page.sections.flatMap((s) => s.paragraphs);
  const quotes = findQuotes(paragraphs, lexicon);
  const last = paragraphs.at(-1);
  const inputWarnings = diagnoseInput(text, {
    lastParagraph: last ? normalized.map.toSource(last.span.start, last.span.end) : null,
  });
  return assembleArticle({ ticker, page, dates, quotes, inputWarnings }, normalized.map);
}
