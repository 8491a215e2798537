/**
 * khabar: turns the text of an Arabic news page into a typed, validated Article.
 *
 * @module khabar
 */
export { type DiagnoseContext, diagnoseInput } from "./diagnose/index.js";
export { DEFAULT_LEXICON, extendLexicon, type Lexicon } from "./lexicon/index.js";
export { extractDates } from "./metadata/dates.js";
export { type PageReading, readPage } from "./metadata/page.js";
export {
  type MarkSet,
  NORMALIZE_PROFILES,
  type NormalizeOptions,
  type NormalizeProfile,
  normalize,
  normalizeWithMap,
  type OffsetMap,
  type OffsetRange,
  PARSE_NORMALIZATION,
  type ResolvedNormalizeOptions,
} from "./normalize/index.js";
export { parseArticle } from "./parse.js";
export { extractQuotes, type QuoteFindings } from "./quotes/index.js";
export {
  type Article,
  ArticleSchema,
  type Block,
  type BlockKind,
  type Byline,
  type Dateline,
  type DateMention,
  type Furniture,
  type FurnitureKind,
  type LexiconExtension,
  type Paragraph,
  type ParseOptions,
  type Published,
  type Quote,
  type QuoteSpeaker,
  type Section,
  type Span,
  type Speaker,
  type TickerItem,
  type Warning,
  type WarningCode,
} from "./schema.js";
export { type Line, splitLines } from "./segment/index.js";
export { detectTicker } from "./ticker/index.js";
