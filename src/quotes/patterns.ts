/**
 * Every RegExp of the quotes stage, exported so that the ReDoS test can reach it. The stage scans text with
 * code, not patterns; these are the few small classes and the naive baseline.
 */

/** One letter, combining mark or digit of a script outside the Arabic and Latin ranges that the tokenizer tests by code. */
export const OTHER_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** A run of white space (splits multi-word lexicon entries). */
export const WHITESPACE_RUN = /\s+/;

/**
 * The speech verb of the naive baseline ({@link baselineQuotes}): قال and its common forms, with و/ف. The
 * quotation after it is found by a scan in code, so the search stays linear.
 */
export const BASELINE_VERB =
  /(?<![\p{L}\p{M}])[وف]?(قال|قالت|قالوا|يقول|تقول|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت)(?![\p{L}\p{M}])/gu;
