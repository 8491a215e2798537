/**
 * Normalization of Arabic text. PLACEHOLDER: identity until the normalization stage lands.
 */

/** Maps ranges between the source text and the normalized text. */
export interface OffsetMap {
  /** The source range that produced the normalized range `[start, end)`. */
  toSource(start: number, end: number): { start: number; end: number };
  /** The normalized range that the source range `[start, end)` became. */
  toNormalized(start: number, end: number): { start: number; end: number };
}

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /** A named set of defaults. */
  profile?: "display" | "search" | undefined;
}

/** Normalizes text. */
export function normalize(text: string, options?: NormalizeOptions): string {
  return normalizeWithMap(text, options).text;
}

/** Normalizes text and returns the offset map back to the source. */
export function normalizeWithMap(
  text: string,
  _options?: NormalizeOptions,
): { text: string; map: OffsetMap } {
  const identity = (start: number, end: number) => ({ start, end });
  return { text, map: { toSource: identity, toNormalized: identity } };
}

/** The normalization `parseArticle` runs before every other stage. */
export const PARSE_NORMALIZATION: NormalizeOptions = { profile: "display" };
