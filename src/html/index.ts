/**
 * HTML input. PLACEHOLDER until the HTML entry lands.
 *
 * @module html
 */
import { parseArticle } from "../parse.js";
import type { Article, ParseOptions } from "../schema.js";

/** Parses the HTML of a news page. */
export function parseArticleHtml(html: string, options?: ParseOptions): Article {
  return parseArticle(html, options);
}
