/** Character classes shared by several stages, tested one UTF-16 code unit at a time. */

/**
 * Whether a code unit is white space: the set of JavaScript's `\s` (U+0009–U+000D, U+0020, U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF), which is also what `splitLines` trims.
 */
export function isWhiteSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a code unit is ignorable inside text (normalization deletes it): U+200B–U+200F (zero-width and directional marks), U+202A–U+202E
 * and U+2066–U+2069 (bidi embeddings and isolates), U+2060 (word joiner) and U+FEFF.
 */
export function isIgnorable(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/**
 * The value of a decimal digit in Latin (U+0030–0039), Arabic-Indic (U+0660–0669) or extended Persian
 * (U+06F0–06F9) script, or `-1`: pages write numbers in any of the three.
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

/** Whether the text holds a decimal digit of any script of {@link digitValue}. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (digitValue(text.charCodeAt(i)) >= 0) return true;
  return false;
}
