/**
 * Page structure. PLACEHOLDER until the page-structure stage lands: every line not taken by the ticker is
 * a body paragraph.
 */
import type { Lexicon } from "../lexicon/index.js";
import type { Block, Byline, Dateline, Furniture, Section, Span } from "../schema.js";
import type { Line } from "../segment/index.js";

/** What {@link readPageStructure} found, with spans in the coordinates of the lines it was given. */
export interface PageStructure {
  /** The headline and where it stands. */
  readonly title: { readonly text: string; readonly span: Span } | null;
  /** Editor and author. */
  readonly byline: Byline;
  /** Agency and location, and where the dateline stands. */
  readonly dateline: (Dateline & { readonly span: Span }) | null;
  /** Body paragraphs under their headings. */
  readonly sections: Section[];
  /** Dropped page furniture. */
  readonly furniture: Furniture[];
  /** The role of every line given (ticker lines excluded), in order. */
  readonly blocks: Block[];
}

/** Reads title, byline, dateline, headings, paragraphs and furniture from the lines not taken by the ticker. */
export function readPageStructure(
  lines: readonly Line[],
  taken: ReadonlySet<number>,
  _lexicon: Lexicon,
): PageStructure {
  const body = lines.filter((l) => !taken.has(l.index));
  return {
    title: null,
    byline: { editor: null, author: null },
    dateline: null,
    sections: [
      {
        heading: null,
        headingSpan: null,
        paragraphs: body.map((l) => ({ text: l.text, span: { start: l.start, end: l.end } })),
      },
    ],
    furniture: [],
    blocks: body.map((l) => ({ kind: "paragraph" as const, span: { start: l.start, end: l.end } })),
  };
}
