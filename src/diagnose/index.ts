/**
 * Diagnostics about the input itself: what a caller should know about text that is empty, not Arabic,
 * binary, broken or huge. None of them stops the parse.
 */
import type { Warning } from "../schema.js";

/** Inputs above this many UTF-16 code units get a `huge-input` warning (they are still parsed in full). */
export const HUGE_INPUT = 5_000_000;

/**
 * Looks at the raw input and reports what is odd about it.
 *
 * @example
 * ```ts
 * diagnoseInput("").map((w) => w.code); //=> ["empty-input"]
 * ```
 */
export function diagnoseInput(text: string): Warning[] {
  const warnings: Warning[] = [];
  const n = text.length;
  let arabic = 0;
  let controls = 0;
  let firstControl = -1;
  let loneSurrogate = -1;
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let nonSpace = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20) nonSpace++;
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 0x0a) lf++;
    else if (c < 0x20 && c !== 0x09) {
      controls++;
      if (firstControl < 0) firstControl = i;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else if (loneSurrogate < 0) loneSurrogate = i;
    } else if (c >= 0xdc00 && c <= 0xdfff && loneSurrogate < 0) loneSurrogate = i;
  }
  if (nonSpace === 0) {
    warnings.push({ code: "empty-input", message: "The input holds no text.", span: null });
    return warnings;
  }
  if (arabic === 0) {
    warnings.push({ code: "no-arabic", message: "The input holds no Arabic letters.", span: null });
  }
  if (controls > 0 && controls * 100 > nonSpace) {
    warnings.push({
      code: "binary-junk",
      message: `The input holds ${controls} control characters; it may be binary or mis-decoded.`,
      span: { start: firstControl, end: firstControl + 1 },
    });
  }
  if (loneSurrogate >= 0) {
    warnings.push({
      code: "lone-surrogate",
      message: "The input holds a lone UTF-16 surrogate; it may have been cut inside a character.",
      span: { start: loneSurrogate, end: loneSurrogate + 1 },
    });
  }
  if ((crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) > 1) {
    warnings.push({
      code: "mixed-line-endings",
      message: `The input mixes line endings (CRLF ${crlf}, LF ${lf}, CR ${cr}).`,
      span: null,
    });
  }
  if (n > HUGE_INPUT) {
    warnings.push({
      code: "huge-input",
      message: `The input is ${n} code units long; a news page is rarely above ${HUGE_INPUT}.`,
      span: null,
    });
  }
  return warnings;
}
