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
 * Most words of a heading written in quotation marks (`"لقاح مسموم"`, a noun phrase); a longer whole-line
 * quotation is a pull quote, a sentence (`"نريد حلا لا وعودا"`).
 */
const MAX_QUOTED_HEADING_WORDS = 3;
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
  if (n >= MIN_CLAUSE_WORDS && hasInnerComma(text)) return false;
  // A line that opens with the conjunction و and a definite word carries on the story (`والدعم يبدأ غدا`)
  // unless it asks a question (`والآن ماذا؟`): a heading opens a section, it does not continue one.
  if (opensWithAndThe(text) && !hasFinalQuestion(text)) return false;
  // A line that is one quotation is a quote cut off at a link, unless it is a phrase short enough to be
  // a heading set in quotation marks (`"لقاح مسموم"`) — between finished paragraphs, which the caller checks.
  return !LIST_ITEM.test(text) && (n <= MAX_QUOTED_HEADING_WORDS || !WHOLE_LINE_QUOTATION.test(text));
}

/** Whether a line ends a sentence (so that what follows may open a new section). */
export function endsSentence(text: string): boolean {
  return hasSentenceEnd(text);
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
