/** HTML escaping that keeps every UTF-16 code unit of the input: the parsed text has the input's length. */

/** The character reference of each code unit below U+0040 that cannot stand as itself; others stay. */
const REFERENCE: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = [];
  table[0x26] = "&amp;";
  table[0x3c] = "&lt;";
  table[0x3e] = "&gt;";
  table[0x22] = "&quot;";
  table[0x27] = "&#39;";
  // A character reference keeps U+000D CARRIAGE RETURN as it is, where a raw one would become U+000A (CSS
  // draws it as a space).
  table[0x0d] = "&#13;";
  // The parser drops a raw U+0000 NULL from text and turns &#0; into U+FFFD: one code unit either way, shown.
  table[0x00] = "&#xFFFD;";
  return table;
})();

/**
 * Escapes `text` for HTML text content and for quoted attribute values. Parsing the result gives back a
 * string of the same length in UTF-16 code units, equal to `text` except U+0000 → U+FFFD. One scan, and no
 * copy when nothing needs escaping.
 */
export function escapeHtml(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const reference = code < 0x40 ? REFERENCE[code] : undefined;
    if (reference !== undefined) {
      out += text.slice(copied, i) + reference;
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
