/**
 * Ticker detection. PLACEHOLDER until the ticker stage lands.
 */
import type { Lexicon } from "../lexicon/index.js";
import type { Span, TickerItem } from "../schema.js";
import type { Line } from "../segment/index.js";

/** What {@link findTicker} found, with spans in the coordinates of the lines it was given. */
export interface TickerDetection {
  /** The items, in page order. */
  readonly items: TickerItem[];
  /** Spans of ticker headers such as `الأخبار العاجلة`. */
  readonly headers: Span[];
  /** `Line.index` of every line wholly taken by the ticker (headers and items). */
  readonly lines: number[];
}

/** Finds breaking-news strips among the lines of a page. */
export function findTicker(_lines: readonly Line[], _lexicon: Lexicon): TickerDetection {
  return { items: [], headers: [], lines: [] };
}
