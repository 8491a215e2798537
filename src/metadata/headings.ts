/**
 * The shapes of body lines: a paragraph (a sentence that ends, or a long run of words) versus a section
 * heading (a few words with no final punctuation, standing between finished paragraphs).
 */
import {
  ARABIC_LETTER,
  DIGIT,
  hasFinalClauseMark,
  hasFinalExclamation,
  hasFinalPeriod,
  hasFinalQuestion,
  hasSentenceEnd,
  LIST_ITEM,
  WHOLE_LINE_QUOTATION,
  wordCount,
} from "./patterns.js";

/** Words from which a line is a paragraph even without a final period. */
export const PARAGRAPH_WORDS = 22;
/** Most words and characters of a heading. */
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 100;
/**
 * Fewest words of a line holding a comma for it to be a clause, not a heading: a heading is a phrase, and a
 * line of five words or more set off by a comma (U+060C or U+002C) is a sentence's opening cut off at a
 * link (`من جهته، رأى الخبير …، أستاذ الاقتصاد بجامعة`), while a short list of places may be a heading.
 */
const MIN_CLAUSE_WORDS = 5;
/**
 * Most words of a heading written in quotation marks: a noun phrase (`"لقاح مسموم"`) or a witness's short
 * sentence set as a section's heading (`"ننتظر دورنا منذ الفجر"`). A longer whole-line quotation, or one
 * with a mark of punctuation inside, is a quoted paragraph.
 */
const MAX_QUOTED_HEADING_WORDS = 8;
/** Most words of a quoted phrase that is a heading whatever marks it holds (`"إلى متى؟"`, `"أ" و"ب"`). */
const MAX_QUOTED_PHRASE_WORDS = 3;
/**
 * Marks that cut a quotation into clauses or end it as a sentence: . ، , ؛ ; : ! ? ؟ … (U+002E, U+060C,
 * U+002C, U+061B, U+003B, U+003A, U+0021, U+003F, U+061F, U+2026).
 */
const QUOTED_CLAUSE_MARK = /[.\u060C,\u061B;:!?\u061F\u2026]/u;
/** Closing quotation marks and the question marks ? ؟ (U+003F, U+061F) that may end a quoted heading. */
const QUOTED_HEADING_END = "\u0022\u00BB\u201D?\u061F";

/**
 * Whether a whole-line quotation reads as a heading: a short phrase, or a few words with no mark of
 * punctuation inside but a final question mark (`"إلى متى ننتظر الدواء؟"`); a quoted paragraph is a
 * sentence that ends or runs on past commas.
 */
function isQuotedHeadingShape(text: string, n: number): boolean {
  if (n <= MAX_QUOTED_PHRASE_WORDS) return true;
  if (n > MAX_QUOTED_HEADING_WORDS) return false;
  let end = text.trimEnd().length;
  while (end > 0 && QUOTED_HEADING_END.includes(text.charAt(end - 1))) end--;
  return !QUOTED_CLAUSE_MARK.test(text.slice(0, end));
}
/** Fewest words of a line that ends a sentence to count as a paragraph. */
const MIN_SENTENCE_WORDS = 8;

/**
 * Whether a line reads as a body paragraph: it ends with a period, or is a long sentence.
 *
 * @param n - The line's {@link wordCount}, when the caller has it already.
 */
export function isParagraphLike(text: string, n = wordCount(text)): boolean {
  if (hasFinalPeriod(text)) return true;
  if (n >= PARAGRAPH_WORDS) return true;
  return n >= MIN_SENTENCE_WORDS && hasSentenceEnd(text) && !hasFinalQuestion(text);
}

/** Whether a line has the shape of a section heading (its neighbours decide whether it is one). */
export function isHeadingShape(text: string): boolean {
  const n = wordCount(text);
  if (n === 0 || n > MAX_HEADING_WORDS || text.length > MAX_HEADING_CHARS) return false;
  if (!ARABIC_LETTER.test(text)) return false;
  if (hasFinalPeriod(text) || hasFinalClauseMark(text) || hasFinalExclamation(text)) return false;
  // A question mark closes a heading that asks two things (`لماذا تتكرر الأزمة، ومن المسؤول؟`): a sentence cut
  // off at a link does not end so.
  if (n >= MIN_CLAUSE_WORDS && hasInnerComma(text) && !hasFinalQuestion(text)) return false;
  // A line that opens with the conjunction و and a definite word carries on the story (`والدعم يبدأ غدا`)
  // unless it asks a question (`والآن ماذا؟`): a heading opens a section, it does not continue one.
  if (opensWithAndThe(text) && !hasFinalQuestion(text)) return false;
  // A line that is one quotation is a quoted paragraph, unless it is short and unpunctuated enough to be
  // a heading set in quotation marks (`"لقاح مسموم"`) — between finished paragraphs, which the caller checks.
  return !LIST_ITEM.test(text) && (!WHOLE_LINE_QUOTATION.test(text) || isQuotedHeadingShape(text, n));
}

/**
 * Whether a line ends a sentence (so that what follows may open a new section): a final period, question
 * or exclamation mark, or a quotation closed at the end of a paragraph-long line (`… «لن نتراجع»`), which
 * pages often leave without a period.
 */
export function endsSentence(text: string): boolean {
  return (
    hasSentenceEnd(text) ||
    (endsWithClosingQuote(text) && wordCount(text, MIN_SENTENCE_WORDS) >= MIN_SENTENCE_WORDS)
  );
}

/** Closing quotation marks: " U+0022, » U+00BB, ” U+201D. */
const CLOSING_QUOTES = "\u0022\u00BB\u201D";

/** Whether the line's last character (spaces aside) is a closing quotation mark. */
function endsWithClosingQuote(text: string): boolean {
  const t = text.trimEnd();
  return t.length > 0 && CLOSING_QUOTES.includes(t.charAt(t.length - 1));
}

/** A sentence has more than this many words per token holding a digit; a table's row has fewer. */
const FIGURE_SHARE = 4;

/** How many space-separated tokens of the text hold a digit. */
function figureTokens(text: string): number {
  let count = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === " ") {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && DIGIT.test(c)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * Fewest words of a sentence left without its period that opens a section: more than a related headline
 * has (those run six to twelve words under a `مقالات مشابهة` header that reads as a heading).
 */
const MIN_UNENDED_SECTION_WORDS = 14;

/**
 * Whether a line can open a section under a heading: a paragraph, or a sentence of fourteen words or more
 * left without its period, of words rather than figures (a table's row is none), (`وحذر أطباء من تفشي الأمراض … مع دخول فصل الشتاء`), not a question.
 */
export function opensSection(text: string, n = wordCount(text)): boolean {
  if (isParagraphLike(text, n)) return true;
  return (
    n >= MIN_UNENDED_SECTION_WORDS &&
    !hasFinalQuestion(text) &&
    !hasFinalClauseMark(text) &&
    figureTokens(text) * FIGURE_SHARE < n
  );
}

/**
 * Whether a comma (U+060C or U+002C) stands inside the line, with words after it; a comma between digits
 * groups thousands (`1,500`) and sets nothing off.
 */
function hasInnerComma(text: string): boolean {
  const end = text.trimEnd().length - 1;
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x060c) return true;
    if (c === 0x2c && !(DIGIT.test(text.charAt(i - 1)) && DIGIT.test(text.charAt(i + 1)))) return true;
  }
  return false;
}

/** Fewest letters of a first word read as و + ال + a noun (والي, والد, والدة are words of their own). */
const MIN_AND_THE_LETTERS = 6;

/**
 * Whether the line opens with the conjunction و glued to the article ال (U+0648 U+0627 U+0644) and a noun
 * of three letters or more (`والدعم`, `والأهالي`).
 */
function opensWithAndThe(text: string): boolean {
  if (!text.startsWith("\u0648\u0627\u0644")) return false;
  let end = 0;
  while (end < text.length && ARABIC_LETTER.test(text.charAt(end))) end++;
  return end >= MIN_AND_THE_LETTERS;
}
