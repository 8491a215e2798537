/**
 * Segmentation: the page text as lines. A paragraph of a scraped page is a non-blank line (the corpus
 * annotation rules count paragraphs the same way), so every later stage works on these lines.
 */

/** A non-blank line of the text, trimmed of surrounding white space. */
export interface Line {
  /** 0-based index among the non-blank lines. */
  readonly index: number;
  /** The line without its surrounding white space. */
  readonly text: string;
  /** Offset of the first non-space code unit in the text that was split. */
  readonly start: number;
  /** Offset one past the last non-space code unit. */
  readonly end: number;
}

/**
 * Whether a UTF-16 code unit is white space inside a line: tab, space, U+00A0, U+1680, U+2000–U+200A,
 * U+202F, U+205F, U+3000 and U+FEFF (line terminators are handled by {@link splitLines}).
 */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Splits text into its non-blank lines at LF, CRLF, CR, U+2028 and U+2029, trimming each line.
 *
 * @example
 * ```ts
 * splitLines("عاجل\r\n\r\n  خبر  ").map((l) => [l.text, l.start]);
 * //=> [["عاجل", 0], ["خبر", 10]]
 * ```
 */
export function splitLines(text: string): Line[] {
  // Pages break their lines with LF, CRLF or CR: the engine's own search then finds each break, much faster
  // than a loop that tests every code unit, which is left to the rare page with U+2028 or U+2029.
  if (text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0) return splitAtLineFeedsAndReturns(text);
  const lines: Line[] = [];
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue;
    pushTrimmedLine(lines, text, lineStart, i);
    lineStart = i + 1;
  }
  return lines;
}

/** Adds `text[start, end)` without its leading and trailing inline spaces, unless nothing is left. */
function pushTrimmedLine(lines: Line[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isInlineSpace(text.charCodeAt(s))) s++;
  while (e > s && isInlineSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) lines.push({ index: lines.length, text: text.slice(s, e), start: s, end: e });
}

/**
 * {@link splitLines} of a text whose only line terminators are LF (U+000A) and CR (U+000D): the next of each
 * is found by the engine's search, so a page with CRLF or CR line ends costs what one with LF does.
 */
function splitAtLineFeedsAndReturns(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  let lineStart = 0;
  while (lineStart <= n) {
    // A break found before this line starts was the one that ended the previous line (CR of a CRLF too).
    if (lf >= 0 && lf < lineStart) lf = text.indexOf("\n", lineStart);
    if (cr >= 0 && cr < lineStart) cr = text.indexOf("\r", lineStart);
    const i = lf < 0 ? (cr < 0 ? n : cr) : cr < 0 || lf < cr ? lf : cr;
    pushTrimmedLine(lines, text, lineStart, i);
    lineStart = i + 1;
  }
  return lines;
}
