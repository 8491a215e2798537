/**
 * `readPage`: the page-structure stage on its own, for callers who want the title, byline, dateline,
 * sections and furniture of a page without dates and quotes.
 */
import type { Lexicon } from "../lexicon/index.js";
import { normalizeWithMap, PARSE_NORMALIZATION } from "../normalize/index.js";
import { assertText, resolveOptions } from "../options.js";
import type { Block, Byline, Dateline, Furniture, ParseOptions, Section, Span } from "../schema.js";
import { splitLines } from "../segment/index.js";
import { findTicker } from "../ticker/index.js";
import { readPageStructure } from "./structure.js";

/** The structure of a page, every span in UTF-16 code units of the text given to {@link readPage}. */
export interface PageReading {
  /** The headline without section label, outlet prefix or site suffix, and where that text stands. */
  readonly title: {
    /** The headline text. */
    readonly text: string;
    /** Where the headline stands (the whole line, prefixes included). */
    readonly span: Span;
  } | null;
  /** Editor and author. */
  readonly byline: Byline;
  /** Agency and location, and where the dateline stands (inside the first paragraph for `(CNN)--`). */
  readonly dateline:
    | (Dateline & {
        /** Where the dateline stands. */
        readonly span: Span;
      })
    | null;
  /** Body paragraphs under their headings; the first section has no heading. */
  readonly sections: Section[];
  /** What was dropped as page furniture. */
  readonly furniture: Furniture[];
  /** The role of every piece of the page, ticker included, in input order. */
  readonly blocks: Block[];
}

/**
 * Reads the structure of a news page: furniture, ticker lines, title, byline, dateline, date line,
 * headings and body paragraphs. Runs the same normalization and ticker detection as `parseArticle`.
 *
 * @param text - The page text as scraped.
 * @param options - Lexicon additions (`{ lexicon: { page: { agencies: ["…"] } } }`).
 * @returns The page's structure, spans in `text` coordinates.
 * @example
 * ```ts
 * import { readPage } from "khabar";
 * const page = readPage("عام / افتتاح معرض الكتاب\nالرياض - واس\nافتتح أمير المنطقة معرض الكتاب أمس.");
 * page.title?.text; //=> "افتتاح معرض الكتاب"
 * page.dateline; //=> { agency: "واس", location: "الرياض", span: { start: 25, end: 37 } }
 * ```
 */
export function readPage(text: string, options?: ParseOptions): PageReading {
  assertText(text);
  const { lexicon } = resolveOptions(options);
  return readPageWith(text, lexicon);
}

function readPageWith(text: string, lexicon: Lexicon): PageReading {
  const normalized = normalizeWithMap(text, PARSE_NORMALIZATION);
  const lines = splitLines(normalized.text);
  const ticker = findTicker(lines, lexicon, { text, map: normalized.map });
  const page = readPageStructure(lines, new Set(ticker.lines), lexicon);
  const at = (s: Span): Span => normalized.map.toSource(s.start, s.end);
  const blocks: Block[] = [
    ...ticker.headers.map((span) => ({ kind: "ticker-header" as const, span: at(span) })),
    ...ticker.items.map((item) => ({ kind: "ticker" as const, span: at(item.span) })),
    ...page.blocks.map((b) => ({ kind: b.kind, span: at(b.span) })),
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return {
    title: page.title ? { text: page.title.text, span: at(page.title.span) } : null,
    byline: { editor: page.byline.editor, author: page.byline.author },
    dateline: page.dateline
      ? { agency: page.dateline.agency, location: page.dateline.location, span: at(page.dateline.span) }
      : null,
    sections: page.sections.map((s) => ({
      heading: s.heading,
      headingSpan: s.headingSpan ? at(s.headingSpan) : null,
      paragraphs: s.paragraphs.map((p) => ({ text: p.text, span: at(p.span) })),
    })),
    furniture: page.furniture.map((f) => ({ kind: f.kind, text: f.text, span: at(f.span) })),
    blocks,
  };
}
