/** Every RegExp of the inspector, exported so that the ReDoS test can reach it. */

/** A run of white space, where a gold `text_start` is split into words (one character class: linear). */
export const WHITESPACE_RUN = /\s+/;
