/** HTML escaping that keeps every UTF-16 code unit of the input: the parsed text has the input's length. */
import { HTML_UNSAFE } from "./patterns.js";

const REFERENCE: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // A character reference keeps U+000D as it is, where a raw one would become U+000A (CSS draws it as a space).
  "\r": "&#13;",
  // The parser drops a raw U+0000 from text and turns &#0; into U+FFFD: one code unit either way, visible.
  "\0": "&#xFFFD;",
};

/**
 * Escapes `text` for HTML text content and for double- or single-quoted attribute values. Parsing the result
 * gives back a string of the same length in UTF-16 code units, equal to `text` except U+0000 → U+FFFD.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_UNSAFE, (ch) => REFERENCE[ch] ?? ch);
}
