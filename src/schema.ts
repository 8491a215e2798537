/**
 * The zod schemas of everything khabar returns and accepts. They are the single source of truth:
 * every TypeScript type of the public API is inferred from them, and the JSON Schema shipped for other
 * languages is generated from them.
 *
 * @module schema
 */
import * as z from "zod";

/** A half-open range `[start, end)` in UTF-16 code units of the **original** input string. */
export const SpanSchema = z
  .object({
    /** Offset of the first code unit. */
    start: z.number().int().nonnegative(),
    /** Offset one past the last code unit. */
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start <= s.end, { message: "span.start must not exceed span.end" });
/** A half-open range `[start, end)` in UTF-16 code units of the original input. */
export interface Span extends z.infer<typeof SpanSchema> {}

/** A clock time written `HH:MM` (24-hour). */
const ClockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/);

/** One item of a breaking-news or latest-news strip. */
export const TickerItemSchema = z.object({
  /** The headline of the item, without its source and time. */
  text: z.string(),
  /** The source named in parentheses after the item, e.g. `ناشطون`; `null` when none is given. */
  source: z.string().nullable(),
  /** The time of the item as `HH:MM` with Latin digits; `null` when none is given. */
  time: ClockTimeSchema.nullable(),
  /**
   * Days before the newest item: `0` for the day of the first item, `-1` once the times of a
   * newest-first list run backwards past midnight, and so on.
   */
  dayOffset: z.number().int().nonpositive(),
  /** Where the whole item (text, source and time) stands in the input. */
  span: SpanSchema,
});
/** One item of a breaking-news strip. */
export interface TickerItem extends z.infer<typeof TickerItemSchema> {}

/** A body paragraph. */
export const ParagraphSchema = z.object({
  /** The paragraph's normalized text. */
  text: z.string(),
  /** Where the paragraph stands in the input. */
  span: SpanSchema,
});
/** A body paragraph. */
export interface Paragraph extends z.infer<typeof ParagraphSchema> {}

/** A run of body paragraphs under one heading (or under none, for the text before the first heading). */
export const SectionSchema = z.object({
  /** The section heading as written; `null` for the opening section. */
  heading: z.string().nullable(),
  /** Where the heading stands; `null` when there is none. */
  headingSpan: SpanSchema.nullable(),
  /** The section's paragraphs in reading order. */
  paragraphs: z.array(ParagraphSchema),
});
/** A run of body paragraphs under one heading. */
export interface Section extends z.infer<typeof SectionSchema> {}

/** The person, body or document a quote is attributed to. */
export const QuoteSpeakerSchema = z.object({
  /** The fullest name seen in the article, without honorifics; for an unnamed source its description. */
  name: z.string(),
  /** The descriptive title from the speaker's fullest mention, e.g. `الناطق باسم الجيش الوطني`. */
  role: z.string().nullable(),
  /** The body the speaker speaks for, when it is named apart from the speaker. */
  organization: z.string().nullable(),
});
/** The speaker of a quote. */
export interface QuoteSpeaker extends z.infer<typeof QuoteSpeakerSchema> {}

/** A reported statement and who made it. */
export const QuoteSchema = z.object({
  /** The reported content: inside the quotation marks for a direct quote, after the complementizer for an indirect one. */
  text: z.string(),
  /** `direct` when the content is a quotation that runs to the end of the clause, else `indirect`. */
  kind: z.enum(["direct", "indirect"]),
  /** The speech word as written, without the prefix و/ف (`قال`, `مضيفا`, `قوله`); `null` for a bare quotation. */
  cue: z.string().nullable(),
  /** Who said it; `null` when no speaker could be attributed. */
  speaker: QuoteSpeakerSchema.nullable(),
  /** 0-based index of the body paragraph where the content starts (or where the cue is, for a quote before its cue). */
  paragraph: z.number().int().nonnegative(),
  /** Where the content stands in the input. */
  span: SpanSchema,
  /** Where the cue stands; `null` when there is none. */
  cueSpan: SpanSchema.nullable(),
  /** Where the speaker is named for this quote; `null` for a continuation or pronoun. */
  speakerSpan: SpanSchema.nullable(),
  /** How sure the attribution is, from 0 to 1. */
  confidence: z.number().min(0).max(1),
});
/** A reported statement and who made it. */
export interface Quote extends z.infer<typeof QuoteSchema> {}

/** A distinct speaker of the article, listed once with every mention. */
export const SpeakerSchema = z.object({
  /** The fullest name seen in the article. */
  name: z.string(),
  /** The descriptive title from the fullest mention. */
  role: z.string().nullable(),
  /** The body the speaker speaks for. */
  organization: z.string().nullable(),
  /** Every place the speaker is named (full name, surname or description). */
  mentions: z.array(SpanSchema),
});
/** A distinct speaker of the article. */
export interface Speaker extends z.infer<typeof SpeakerSchema> {}

/** The editor and author lines of the article. */
export const BylineSchema = z.object({
  /** The editor, from `Editing: NAME |` or `تحرير:`. */
  editor: z.string().nullable(),
  /** The reporter or writer; several are joined with `، `. */
  author: z.string().nullable(),
});
/** The editor and author of the article. */
export interface Byline extends z.infer<typeof BylineSchema> {}

/** The origin of the story: where it was filed and by which agency or outlet. */
export const DatelineSchema = z.object({
  /** The agency or outlet, e.g. `رويترز`, `سمارت`, `CNN`. */
  agency: z.string().nullable(),
  /** The place, e.g. `بيروت`. */
  location: z.string().nullable(),
});
/** The origin of the story. */
export interface Dateline extends z.infer<typeof DatelineSchema> {}

/** A calendar date written in the article. */
export const DateMentionSchema = z.object({
  /** `YYYY-MM-DD`, `--MM-DD` when the year is not written in the same sentence, or `null` when it cannot be resolved. */
  iso: z
    .string()
    .regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/)
    .nullable(),
  /** The date as written (a weekday that is part of it included). */
  raw: z.string(),
  /** Where it stands in the input. */
  span: SpanSchema,
});
/** A calendar date written in the article. */
export interface DateMention extends z.infer<typeof DateMentionSchema> {}

/** The article's own publication date. */
export const PublishedSchema = z.object({
  /** `YYYY-MM-DD`. */
  iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The date as written. */
  raw: z.string(),
  /** Where it stands in the input. */
  span: SpanSchema,
});
/** The article's own publication date. */
export interface Published extends z.infer<typeof PublishedSchema> {}

/** What kind of page furniture a dropped piece of text was. */
export const FurnitureKindSchema = z.enum([
  "ui-string",
  "widget",
  "navigation",
  "relative-time",
  "prompt",
  "end-marker",
  "credit",
  "related",
  "rule",
  "punctuation",
  "other",
]);
/** What kind of page furniture a dropped piece of text was. */
export type FurnitureKind = z.infer<typeof FurnitureKindSchema>;

/** A piece of the page that is not part of the article (a widget, a leaked UI string, a share prompt …). */
export const FurnitureSchema = z.object({
  /** What it is. */
  kind: FurnitureKindSchema,
  /** The text as normalized. */
  text: z.string(),
  /** Where it stands in the input. */
  span: SpanSchema,
});
/** A piece of page furniture. */
export interface Furniture extends z.infer<typeof FurnitureSchema> {}

/** The role khabar gave a piece of the page. */
export const BlockKindSchema = z.enum([
  "ticker-header",
  "ticker",
  "title",
  "byline",
  "dateline",
  "date",
  "heading",
  "paragraph",
  "furniture",
]);
/** The role khabar gave a piece of the page. */
export type BlockKind = z.infer<typeof BlockKindSchema>;

/**
 * A piece of the page with the role khabar gave it. Blocks are in input order, never overlap, and together
 * cover every non-whitespace character of the input: nothing is silently lost.
 */
export const BlockSchema = z.object({
  /** The role. */
  kind: BlockKindSchema,
  /** Where it stands in the input. */
  span: SpanSchema,
});
/** A piece of the page with its role. */
export interface Block extends z.infer<typeof BlockSchema> {}

/** Machine-readable codes of {@link Warning}s. */
export const WarningCodeSchema = z.enum([
  "empty-input",
  "no-arabic",
  "binary-junk",
  "lone-surrogate",
  "mixed-line-endings",
  "huge-input",
  "truncated",
  "no-body",
  "unclosed-quote",
]);
/** Machine-readable codes of warnings. */
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/** A structured diagnostic: something about the input a caller may want to know. */
export const WarningSchema = z.object({
  /** What kind of problem. */
  code: WarningCodeSchema,
  /** A human-readable explanation. */
  message: z.string(),
  /** Where it applies, when it applies to one place. */
  span: SpanSchema.nullable(),
});
/** A structured diagnostic. */
export interface Warning extends z.infer<typeof WarningSchema> {}

/** Everything khabar read from one news page. Plain JSON data. */
export const ArticleSchema = z.object({
  /** The headline, without section labels or outlet prefixes; `null` when the page has none. */
  title: z.string().nullable(),
  /** Editor and author. */
  byline: BylineSchema,
  /** The origin of the story; `null` when the page gives none. */
  dateline: DatelineSchema.nullable(),
  /** The article's own publication date, when the page states it. */
  published: PublishedSchema.nullable(),
  /** Every explicit calendar date in the title, byline, dateline and body, in text order. */
  dates: z.array(DateMentionSchema),
  /** Breaking-news items, in page order. */
  ticker: z.array(TickerItemSchema),
  /** Body paragraphs in reading order, grouped under their headings. */
  sections: z.array(SectionSchema),
  /** Reported statements, in text order. */
  quotes: z.array(QuoteSchema),
  /** Each distinct speaker once, with the spans of its mentions. */
  speakers: z.array(SpeakerSchema),
  /** What was dropped as page furniture. */
  furniture: z.array(FurnitureSchema),
  /** The role of every piece of the page, in input order. */
  blocks: z.array(BlockSchema),
  /** Structured diagnostics. */
  warnings: z.array(WarningSchema),
});
/** Everything khabar read from one news page. */
export interface Article extends z.infer<typeof ArticleSchema> {}

/**
 * Additions to the built-in word lists, grouped by stage (`ticker`, `page`, `dates`, `quotes`). Each list
 * given is appended to the default list of the same name; see `docs/lexicon.md` for the names.
 */
export const LexiconExtensionSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z.union([z.array(z.string()), z.record(z.string(), z.union([z.string(), z.number()]))]),
  ),
);
/** Additions to the built-in word lists. */
export type LexiconExtension = z.infer<typeof LexiconExtensionSchema>;

/** Options of `parseArticle`. */
export const ParseOptionsSchema = z
  .object({
    /** Words to add to the built-in lexicon (agencies, speech verbs, ticker headers …). */
    lexicon: LexiconExtensionSchema.optional(),
    /** `YYYY-MM-DD`: the day the page was fetched, used to resolve a weekday-only date. */
    referenceDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();
/** Options of `parseArticle`. */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;
