/**
 * Every regular expression of the ticker stage, built once per ticker lexicon object (cached in a WeakMap) so
 * that a user's `{ lexicon: { ticker: … } }` gets its own patterns and the default lexicon compiles once. Each
 * pattern is an alternation of lexicon words with no nested quantifier, so it runs in linear time; the ReDoS
 * test reaches them through {@link tickerPatterns}.
 */

import { alternation, WORD_END } from "../internal/regex.js";
import type { Lexicon } from "../lexicon/index.js";
import { DEFAULT_LEXICON } from "../lexicon/index.js";
import { foldKey } from "./fold.js";

/**
 * A run of inline white space (the characters of `isInlineSpace`: tab, U+000B, U+000C, space, U+00A0, U+1680,
 * U+2000–200A, U+202F, U+205F, U+3000, U+FEFF); one character class under `+`, so linear.
 */
export const INLINE_SPACE_RUN = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g;

/** Inline white space that is not one U+0020 between two other characters: a run, a rarer space, or an end. */
export const SPACE_TO_COLLAPSE = /^ | $|[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]| {2}/;

/** One letter of any script. */
export const LETTER = /\p{L}/u;

/** One Arabic letter: U+0620–064A, U+066E–06D3, U+06D5, U+06EE–06EF, U+06FA–06FF, U+0750–077F, U+08A0–08FF. */
export const ARABIC_LETTER =
  /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

/** Sentence punctuation or a comma anywhere in a line: `،` U+060C, `,`, `؛` U+061B. */
export const CLAUSE_PUNCTUATION = /[\u060c,\u061b]/;

/** The ticker area of a lexicon. */
export type TickerLexicon = Lexicon["ticker"];

/** The compiled patterns and folded word sets of one ticker lexicon. */
export interface TickerPatterns {
  /** Sticky: a header word (`الأخبار العاجلة`, `عاجل` …) at `lastIndex`, as a whole word. */
  readonly header: RegExp;
  /** Sticky: a day word (`اليوم`, `أمس` …) at `lastIndex`, as a whole word. */
  readonly dayWord: RegExp;
  /** The whole string is a "read more" link (`المزيد`, `اقرأ المزيد` …). */
  readonly moreLink: RegExp;
  /** The whole string is a genre tag such as `فيديو` (run it on the collapsed content of a parenthesis). */
  readonly genreTag: RegExp;
  /** The string opens with a word that starts a byline, credit or "read also" line. */
  readonly nonItemStart: RegExp;
  /**
   * Global: a separator word (`ticker`, `عاجل` …) not followed by a letter; set `lastIndex` before use. The
   * caller checks the code unit before the match: a lookbehind made the scan three times slower.
   */
  readonly separatorWord: RegExp;
  /** Folded meridiem qualifier → `am` or `pm`. */
  readonly meridiems: ReadonlyMap<string, "am" | "pm">;
  /** First letters of the folded meridiem qualifiers, so that other words are not folded to be looked up. */
  readonly meridiemInitials: ReadonlySet<string>;
  /** Folded day word → days before today. */
  readonly dayWords: ReadonlyMap<string, number>;
  /** Folded common words: never a site word. */
  readonly commonWords: ReadonlySet<string>;
  /** Folded verbal nouns of events that open a headline. */
  readonly eventNouns: ReadonlySet<string>;
  /** Lengths of the verbal nouns of four letters or more, longest first: the ones looked for glued to a word. */
  readonly eventNounLengths: readonly number[];
  /** Folded definite adjectives that are no nisba (`الجديد`, `المتحدة`): never the subject of a headline. */
  readonly definiteAdjectives: ReadonlySet<string>;
  /** Folded words of time that end a headline and never head its subject (`الأربعاء`, `مساء`). */
  readonly timeWords: ReadonlySet<string>;
  /** Folded three-letter starts of single tokens with `ال` after them (`عبد`, `أبو`, `باك`). */
  readonly innerArticleStarts: ReadonlySet<string>;
  /** Folded nouns that head a construct with a verbal noun (`موعد`, `خطة`): a verbal noun after one goes on. */
  readonly constructHeads: ReadonlySet<string>;
  /** Folded nouns of bodies and offices that head a subject (`وزارة`, `منتخب`, `رئيس`). */
  readonly subjectHeads: ReadonlySet<string>;
  /** Folded numbers in -ين whose counted noun follows them (`عشرين`). */
  readonly countingNumbers: ReadonlySet<string>;
  /** Lengths of the subject heads of four letters or more, longest first: the ones looked for glued to a word. */
  readonly subjectHeadLengths: readonly number[];
}

const cache = new WeakMap<TickerLexicon, TickerPatterns>();

/** Letters of a verbal noun looked for glued to the word before it: shorter ones (`فوز`) end many words. */
const MIN_GLUED_EVENT_NOUN = 4;

/** Never matches: stands in for an alternation of an empty list. */
const NEVER = "(?!)";

function alt(words: readonly string[]): string {
  const source = alternation(words);
  return source.length > 0 ? source : NEVER;
}

/** Builds (or returns the cached) patterns of a ticker lexicon. */
export function tickerPatterns(lexicon: TickerLexicon = DEFAULT_LEXICON.ticker): TickerPatterns {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const meridiems = new Map<string, "am" | "pm">();
  for (const [word, half] of Object.entries(lexicon.meridiems)) {
    if (half === "am" || half === "pm") meridiems.set(foldKey(word), half);
  }
  const dayWords = new Map<string, number>();
  for (const [word, days] of Object.entries(lexicon.dayWords)) {
    const n = typeof days === "number" ? days : Number(days);
    if (Number.isInteger(n) && n <= 0) dayWords.set(foldKey(word), n);
  }
  const patterns: TickerPatterns = {
    header: new RegExp(`(?:${alt(lexicon.headers)})${WORD_END}`, "iuy"),
    dayWord: new RegExp(`(?:${alt(Object.keys(lexicon.dayWords))})${WORD_END}`, "iuy"),
    moreLink: new RegExp(`^(?:${alt(lexicon.moreLinks)})$`, "iu"),
    genreTag: new RegExp(`^(?:${alt(lexicon.genreTags)})$`, "iu"),
    nonItemStart: new RegExp(`^(?:${alt(lexicon.nonItemStarts)})${WORD_END}`, "iu"),
    separatorWord: new RegExp(`(?:${alt(lexicon.separatorWords)})${WORD_END}`, "giu"),
    meridiems,
    meridiemInitials: new Set([...meridiems.keys()].map((w) => w.charAt(0))),
    dayWords,
    commonWords: new Set(lexicon.commonWords.map(foldKey)),
    eventNouns: new Set(lexicon.eventNouns.map(foldKey)),
    eventNounLengths: [...new Set(lexicon.eventNouns.map((w) => foldKey(w).length))]
      .filter((n) => n >= MIN_GLUED_EVENT_NOUN)
      .sort((a, b) => b - a),
    definiteAdjectives: new Set(lexicon.definiteAdjectives.map(foldKey)),
    timeWords: new Set(lexicon.timeWords.map(foldKey)),
    innerArticleStarts: new Set(lexicon.innerArticleStarts.map(foldKey)),
    constructHeads: new Set(lexicon.constructHeads.map(foldKey)),
    subjectHeads: new Set(lexicon.subjectHeads.map(foldKey)),
    countingNumbers: new Set(lexicon.countingNumbers.map(foldKey)),
    subjectHeadLengths: [...new Set(lexicon.subjectHeads.map((w) => foldKey(w).length))]
      .filter((n) => n >= MIN_GLUED_EVENT_NOUN)
      .sort((a, b) => b - a),
  };
  cache.set(lexicon, patterns);
  return patterns;
}

/** Every RegExp of {@link tickerPatterns} for the default lexicon, for the ReDoS test. */
export function defaultTickerRegExps(): RegExp[] {
  const p = tickerPatterns();
  return [p.header, p.dayWord, p.moreLink, p.genreTag, p.nonItemStart, p.separatorWord];
}
