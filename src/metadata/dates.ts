/**
 * Dates. PLACEHOLDER until the dates stage lands.
 */
import type { Lexicon } from "../lexicon/index.js";
import type { DateMention, Published, Span } from "../schema.js";
import type { PageStructure } from "./structure.js";

/** Dates found on a page, with spans in the coordinates of the text given. */
export interface DateFindings {
  /** The article's own publication date. */
  readonly published: Published | null;
  /** Every explicit date in title, byline, dateline and body. */
  readonly dates: DateMention[];
}

/** Finds the dates of an article in the regions its page structure gives. */
export function findArticleDates(
  _text: string,
  _page: PageStructure,
  _lexicon: Lexicon,
  _referenceDate?: string,
): DateFindings {
  return { published: null, dates: [] };
}

/** Finds every explicit calendar date inside the given spans of a text. */
export function findDatesIn(_text: string, _regions: readonly Span[], _lexicon: Lexicon): DateMention[] {
  return [];
}
