/**
 * The regular expressions of the normalizer, exported for the ReDoS test. Both run once per process (to
 * build the mark table) or on a single supplementary-plane character, never over the input text.
 */

/** Runs of combining marks (General_Category M: Mn, Mc, Me), to find every mark of the BMP at start-up. */
export const COMBINING_MARK_RUNS = /\p{M}+/gu;

/** Exactly one combining mark: tested on one supplementary-plane character. */
export const COMBINING_MARK = /^\p{M}$/u;
