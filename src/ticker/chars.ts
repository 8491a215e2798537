/**
 * Character classes of ticker strips, tested one UTF-16 code unit at a time so that every scan stays linear.
 */
import { digitValue } from "../internal/chars.js";
import { isInlineSpace as isInlineSpaceSlow } from "../segment/index.js";
import { ARABIC_LETTER, INLINE_SPACE_RUN, LETTER, SPACE_TO_COLLAPSE } from "./patterns.js";

export { digitValue } from "../internal/chars.js";
export { foldKey } from "./fold.js";

/** {@link isInlineSpaceSlow | isInlineSpace} of the segment stage, with a fast path for ASCII and Arabic. */
export function isInlineSpace(code: number): boolean {
  if (code === 0x20) return true;
  if ((code > 0x20 && code < 0xa0) || (code >= 0x600 && code <= 0x6ff)) return false;
  return isInlineSpaceSlow(code);
}

/**
 * Dashes that stand between an item and its time (`TEXT - 12:16`) or open a bullet line: U+002D, U+2010–2015,
 * U+2212 minus, U+FE58, U+FE63, U+FF0D.
 */
export function isDash(code: number): boolean {
  if (code >= 0x600 && code <= 0x6ff) return false;
  return (
    code === 0x2d ||
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0x2212 ||
    code === 0xfe58 ||
    code === 0xfe63 ||
    code === 0xff0d
  );
}

/**
 * Marks that strips put between items or in front of one: `|` U+007C, `¦` U+00A6, `·` U+00B7, `•` U+2022,
 * `‣` U+2023, `⁃` U+2043, `‖` U+2016, `∙` U+2219, geometric shapes U+25A0–25FF (`■ ▪ ► ◄ ▶ ◀ ● ◆`), stars
 * and dingbats U+2605–2606 and U+2756–27BF (`★ ❖ ➤`), `⬤` U+2B24, `⦿` U+29BF. Dashes are not among them:
 * inside a line a dash belongs to the headline.
 */
export function isBullet(code: number): boolean {
  if (code < 0x7c || (code >= 0x600 && code <= 0x6ff)) return false;
  return (
    code === 0x7c ||
    code === 0xa6 ||
    code === 0xb7 ||
    code === 0x2016 ||
    code === 0x2022 ||
    code === 0x2023 ||
    code === 0x2043 ||
    code === 0x2219 ||
    (code >= 0x25a0 && code <= 0x25ff) ||
    code === 0x2605 ||
    code === 0x2606 ||
    (code >= 0x2756 && code <= 0x27bf) ||
    code === 0x2b24 ||
    code === 0x29bf
  );
}

/** What may stand before the first word of an item: white space, bullets, dashes and `*`. */
export function isLeadDecoration(code: number): boolean {
  return isInlineSpace(code) || isBullet(code) || isDash(code) || code === 0x2a;
}

/**
 * What may stand between a leading time and its headline (`10:30 . TEXT`, `10:30 - TEXT`): white space,
 * dashes, bullets, `.` `:` `,` and the Arabic comma U+060C.
 */
export function isTimeTextSeparator(code: number): boolean {
  return (
    isInlineSpace(code) ||
    isDash(code) ||
    isBullet(code) ||
    code === 0x2e ||
    code === 0x3a ||
    code === 0x2c ||
    code === 0x60c
  );
}

/** Decoration around a header word: white space, bullets, dashes, `:` `*` `[ ]` `« »` `< >` and U+060C `،`. */
export function isHeaderDecoration(code: number): boolean {
  return (
    isLeadDecoration(code) ||
    code === 0x3a ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x3c ||
    code === 0x3e ||
    code === 0x60c
  );
}

/**
 * Whether the code unit is a letter of any script (a lone surrogate is not). ASCII, Latin-1, the Arabic block
 * U+0600–06FF and General Punctuation U+2000–206F are answered without a RegExp.
 */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0x600 && code <= 0x6ff) return isArabicLetter(code);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER.test(String.fromCharCode(code));
}

/**
 * Whether the code unit is an Arabic letter: U+0620–064A, U+066E–066F, U+0671–06D3, U+06D5, U+06E5–06E6,
 * U+06EE–06EF, U+06FA–06FC, U+06FF, and the supplement and extended-A blocks U+0750–077F, U+08A0–08FF.
 */
export function isArabicLetter(code: number): boolean {
  if (code >= 0x620 && code <= 0x64a) return true;
  if (code < 0x620) return false;
  if (code <= 0x6ff) {
    return (
      code === 0x66e ||
      code === 0x66f ||
      (code >= 0x671 && code <= 0x6d3) ||
      code === 0x6d5 ||
      code === 0x6e5 ||
      code === 0x6e6 ||
      code === 0x6ee ||
      code === 0x6ef ||
      (code >= 0x6fa && code <= 0x6fc) ||
      code === 0x6ff
    );
  }
  return ARABIC_LETTER.test(String.fromCharCode(code));
}

/**
 * Whether the code unit is a mark that belongs to the letter before it: Arabic tashkeel U+064B–065F, dagger
 * alef U+0670, tatweel U+0640, combining diacritics U+0300–036F.
 */
export function isMark(code: number): boolean {
  return (
    (code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640 || (code >= 0x300 && code <= 0x36f)
  );
}

/** Whether the code unit is a letter or a digit of any of the scripts of {@link digitValue}. */
export function isWordChar(code: number): boolean {
  return digitValue(code) >= 0 || isLetter(code);
}

/** Collapses every run of inline white space into one U+0020 and trims the ends. */
export function collapseSpaces(text: string): string {
  if (!SPACE_TO_COLLAPSE.test(text)) return text;
  INLINE_SPACE_RUN.lastIndex = 0;
  return text.replace(INLINE_SPACE_RUN, " ").trim();
}

/** Counts the words of `text[start, end)`: runs of non-space code units that hold a letter or a digit. */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  let inToken = false;
  let tokenHasWordChar = false;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0x20;
    if (isInlineSpace(code)) {
      if (inToken && tokenHasWordChar) words++;
      inToken = false;
      tokenHasWordChar = false;
    } else {
      inToken = true;
      if (!tokenHasWordChar && isWordChar(code)) tokenHasWordChar = true;
    }
  }
  return words;
}
