/**
 * Quote attribution. PLACEHOLDER until the quotes stage lands.
 */
import type { Lexicon } from "../lexicon/index.js";
import type { Paragraph, Quote, Speaker } from "../schema.js";

/** Quotes and their speakers, with spans in the coordinates of the paragraphs given. */
export interface QuoteFindings {
  /** Every quote, in text order. */
  readonly quotes: Quote[];
  /** Every distinct speaker, once. */
  readonly speakers: Speaker[];
}

/** Finds quotes in body paragraphs (in reading order) and attributes each to its speaker. */
export function findQuotes(_paragraphs: readonly Paragraph[], _lexicon: Lexicon): QuoteFindings {
  return { quotes: [], speakers: [] };
}
