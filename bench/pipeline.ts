/**
 * `parseArticle`'s composition (src/parse.ts) with a clock between its stages, for the per-stage table of
 * `npm run bench`. bench/parse.ts checks that it returns the same Article as `parseArticle` on every bench
 * text, so a change to src/parse.ts that is not mirrored here fails the bench instead of skewing it.
 */
import { diagnoseInput } from "../src/diagnose/index.js";
import { assembleArticle } from "../src/internal/assemble.js";
import { findArticleDates } from "../src/metadata/dates.js";
import { readPageStructure } from "../src/metadata/structure.js";
import { normalizeWithMap, PARSE_NORMALIZATION } from "../src/normalize/index.js";
import { assertText, resolveOptions } from "../src/options.js";
import { findQuotes } from "../src/quotes/index.js";
import type { Article } from "../src/schema.js";
import { splitLines } from "../src/segment/index.js";
import { findTicker } from "../src/ticker/index.js";

export { parseArticle } from "../src/parse.js";

/** The stages in the order they run. */
export const STAGES = [
  "options",
  "normalize",
  "segment",
  "ticker",
  "page structure",
  "dates",
  "quotes",
  "diagnose",
  "assemble",
] as const;

/** `parseArticle(text)` that adds the milliseconds of each stage to `totals` (indexed like {@link STAGES}). */
export function parseTimed(text: string, totals: Float64Array): Article {
  let t = performance.now();
  const lap = (stage: number) => {
    const now = performance.now();
    totals[stage] = (totals[stage] ?? 0) + (now - t);
    t = now;
  };
  assertText(text);
  const { lexicon, referenceDate } = resolveOptions(undefined);
  lap(0);
  const normalized = normalizeWithMap(text, PARSE_NORMALIZATION);
  lap(1);
  const lines = splitLines(normalized.text);
  lap(2);
  const ticker = findTicker(lines, lexicon, { text, map: normalized.map });
  lap(3);
  const page = readPageStructure(lines, new Set(ticker.lines), lexicon);
  lap(4);
  const dates = findArticleDates(normalized.text, page, lexicon, referenceDate);
  lap(5);
  const paragraphs = page.sections.flatMap((s) => s.paragraphs);
  const quotes = findQuotes(paragraphs, lexicon);
  lap(6);
  const last = paragraphs.at(-1);
  const inputWarnings = diagnoseInput(text, {
    lastParagraph: last ? normalized.map.toSource(last.span.start, last.span.end) : null,
  });
  lap(7);
  const article = assembleArticle({ ticker, page, dates, quotes, inputWarnings }, normalized.map);
  lap(8);
  return article;
}
