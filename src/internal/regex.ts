/**
 * Helpers that turn word lists from the lexicon into regular expressions. Every pattern khabar uses is
 * built here or written as a literal next to the code that uses it and exported, so that the ReDoS test
 * (`test/internal/regex-safety.test.ts`) can reach it.
 */

/** Escapes every character that has a meaning in a RegExp source. */
export function escapeRegExp(text: string): string {
  // "-" gets a hex escape: `\-` is a syntax error in a `u`-mode pattern outside a character class.
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&").replace(/-/g, "\\x2d");
}

/**
 * Letters that scraped news text writes interchangeably, so that a lexicon word matches every common
 * spelling: alef with or without hamza or madda (U+0627 ا, U+0623 أ, U+0625 إ, U+0622 آ, U+0671 ٱ),
 * final yeh and alef maksura (U+064A ي, U+0649 ى), final teh marbuta and heh (U+0629 ة, U+0647 ه).
 */
const LOOSE_LETTER: Readonly<Record<string, string>> = {
  "\u0627": "[\u0627\u0623\u0625\u0622\u0671]",
  "\u0623": "[\u0627\u0623\u0625\u0622\u0671]",
  "\u0625": "[\u0627\u0623\u0625\u0622\u0671]",
  "\u0622": "[\u0627\u0623\u0625\u0622\u0671]",
  "\u0671": "[\u0627\u0623\u0625\u0622\u0671]",
  "\u064A": "[\u064A\u0649]",
  "\u0649": "[\u064A\u0649]",
  "\u0629": "[\u0629\u0647]",
  "\u0647": "[\u0647\u0629]",
};

/** A RegExp source that matches `word` in every spelling of {@link LOOSE_LETTER}; spaces match any run of spaces. */
export function loosePattern(word: string): string {
  let out = "";
  for (const ch of word.trim()) {
    if (ch === " ") out += "[ \\t]+";
    else out += LOOSE_LETTER[ch] ?? escapeRegExp(ch);
  }
  return out;
}

/** An alternation of the words, longest first so that the longest spelling wins, each as {@link loosePattern}. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map(loosePattern).join("|");
}

/** Lookbehind: not preceded by a letter, mark or digit (JavaScript's `\b` knows only ASCII). */
export const WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";
/** Lookahead: not followed by a letter, mark or digit. */
export const WORD_END = "(?![\\p{L}\\p{M}\\p{N}])";

/** A RegExp that matches any of the words as a whole word (flags always include `u`). */
export function wordsRegExp(words: readonly string[], flags = "u"): RegExp {
  const f = flags.includes("u") ? flags : `${flags}u`;
  return new RegExp(`${WORD_START}(?:${alternation(words)})${WORD_END}`, f);
}
