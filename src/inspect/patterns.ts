/**
 * Every RegExp of the inspector, exported so that the ReDoS test can reach it. Each is a single character
 * class: linear by construction.
 */

/**
 * Characters that cannot stand as themselves in HTML text or a double-quoted attribute: `& < > " '`, and
 * the two that the HTML parser would not keep as written, U+000D CARRIAGE RETURN (folded into U+000A) and
 * U+0000 NULL (dropped from text).
 */
export const HTML_UNSAFE = /[&<>"'\r\0]/g;

/** A run of white space, where a gold `text_start` is split into words. */
export const WHITESPACE_RUN = /\s+/;
