/**
 * Quote attribution: finds reported speech in the body paragraphs and attributes each quote to its speaker
 * (name, role, organisation), with spans for the content, the cue and the speaker's mention. See
 * `docs/quotes.md` for how it works and its known limits.
 *
 * @module quotes
 */
import { DEFAULT_LEXICON, type Lexicon } from "../lexicon/index.js";
import { normalizeWithMap, PARSE_NORMALIZATION } from "../normalize/index.js";
import { assertText, resolveOptions } from "../options.js";
import type { Paragraph, ParseOptions, Quote, Span, Speaker } from "../schema.js";
import { splitLines } from "../segment/index.js";
import { attributeQuotes, type QuoteFindings } from "./attribute.js";

export type { QuoteFindings } from "./attribute.js";
export { baselineQuotes } from "./baseline.js";

/**
 * Finds quotes in body paragraphs (in reading order) and attributes each to its speaker. Spans are in the
 * coordinates of the paragraphs' spans; `paragraph` indexes into `paragraphs`.
 */
export function findQuotes(
  paragraphs: readonly Paragraph[],
  lexicon: Lexicon = DEFAULT_LEXICON,
): QuoteFindings {
  return attributeQuotes(paragraphs, lexicon);
}

/**
 * Finds the quotes of a plain text in which every non-blank line is a paragraph, and attributes each to its
 * speaker. Spans are in UTF-16 code units of `text`. A non-string `text` or invalid `options` throws a
 * `TypeError` that names the argument.
 *
 * @param text - Paragraphs, one per line.
 * @param options - Lexicon additions (`{ lexicon: { quotes: { speechVerbs: { "غرد": "يغرد" } } } }`).
 * @returns The quotes in text order and each distinct speaker once, with every mention.
 * @example
 * ```ts
 * import { extractQuotes } from "khabar";
 * const { quotes } = extractQuotes('وقال الوزير أحمد علي إن "الاجتماع كان مثمرا".');
 * quotes[0]?.speaker?.name; //=> "أحمد علي"
 * ```
 */
export function extractQuotes(text: string, options?: ParseOptions): QuoteFindings {
  assertText(text);
  const { lexicon } = resolveOptions(options);
  const normalized = normalizeWithMap(text, PARSE_NORMALIZATION);
  const paragraphs: Paragraph[] = splitLines(normalized.text).map((line) => ({
    text: line.text,
    span: { start: line.start, end: line.end },
  }));
  const found = attributeQuotes(paragraphs, lexicon);
  const at = (s: Span): Span => normalized.map.toSource(s.start, s.end);
  const quotes: Quote[] = found.quotes.map((q) => ({
    ...q,
    span: at(q.span),
    cueSpan: q.cueSpan ? at(q.cueSpan) : null,
    speakerSpan: q.speakerSpan ? at(q.speakerSpan) : null,
  }));
  const speakers: Speaker[] = found.speakers.map((s) => ({ ...s, mentions: s.mentions.map(at) }));
  return { quotes, speakers };
}
