/**
 * Turns the stages' findings, whose spans are in normalized-text coordinates, into an Article whose spans
 * are in the coordinates of the original input.
 */

import type { DateFindings } from "../metadata/dates.js";
import type { PageStructure } from "../metadata/structure.js";
import type { OffsetMap } from "../normalize/index.js";
import type { QuoteFindings } from "../quotes/index.js";
import type { Article, Block, Span, Warning } from "../schema.js";
import type { TickerDetection } from "../ticker/index.js";

/** Everything the stages found, in normalized coordinates. */
export interface Findings {
  readonly ticker: TickerDetection;
  readonly page: PageStructure;
  readonly dates: DateFindings;
  readonly quotes: QuoteFindings;
  /** Warnings about the raw input; their spans are already in input coordinates. */
  readonly inputWarnings: readonly Warning[];
}

/** Builds the Article, mapping every span through `map` back to the original input. */
export function assembleArticle(findings: Findings, map: OffsetMap): Article {
  const at = (s: Span): Span => map.toSource(s.start, s.end);
  const atOrNull = (s: Span | null): Span | null => (s ? at(s) : null);
  const { ticker, page, dates, quotes } = findings;
  const blocks: Block[] = [
    ...ticker.headers.map((span) => ({ kind: "ticker-header" as const, span: at(span) })),
    ...ticker.items.map((item) => ({ kind: "ticker" as const, span: at(item.span) })),
    ...page.blocks.map((b) => ({ kind: b.kind, span: at(b.span) })),
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return {
    title: page.title?.text ?? null,
    byline: { editor: page.byline.editor, author: page.byline.author },
    dateline: page.dateline ? { agency: page.dateline.agency, location: page.dateline.location } : null,
    published: dates.published ? { ...dates.published, span: at(dates.published.span) } : null,
    dates: dates.dates.map((d) => ({ ...d, span: at(d.span) })),
    ticker: ticker.items.map((item) => ({ ...item, span: at(item.span) })),
    sections: page.sections.map((s) => ({
      heading: s.heading,
      headingSpan: atOrNull(s.headingSpan),
      paragraphs: s.paragraphs.map((p) => ({ text: p.text, span: at(p.span) })),
    })),
    quotes: quotes.quotes.map((q) => ({
      ...q,
      span: at(q.span),
      cueSpan: atOrNull(q.cueSpan),
      speakerSpan: atOrNull(q.speakerSpan),
    })),
    speakers: quotes.speakers.map((s) => ({ ...s, mentions: s.mentions.map(at) })),
    furniture: page.furniture.map((f) => ({ ...f, span: at(f.span) })),
    blocks,
    warnings: [...findings.inputWarnings],
  };
}
