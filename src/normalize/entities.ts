/**
 * HTML character references (`decodeEntities`): the named references scraped news text actually carries,
 * and every numeric one. A reference must end with ";" (so "AT&T" and "&copy2020" stay). A reference that
 * decodes to "&" is read again with the text after it, so double-escaped text (&amp;quot; → ") decodes in
 * one call.
 */

/**
 * Named references decoded, `name code …` (code in hex): white space and invisibles, markup characters,
 * quotes and dashes, the ones scraped news text carries. Names are case-sensitive as in HTML; other names
 * are left as written.
 */
const NAMED =
  "nbsp a0 amp 26 lt 3c gt 3e quot 22 apos 27 laquo ab raquo bb ldquo 201c rdquo 201d lsquo 2018 rsquo 2019 " +
  "ndash 2013 mdash 2014 hellip 2026 zwnj 200c zwj 200d lrm 200e rlm 200f shy ad thinsp 2009";

let named: Map<string, number> | undefined;

/** Index one past the last reference read by {@link decodeEntity}. */
export let entityEnd = 0;

/** The code point of the reference body at `k` (after "&"), or -1; sets {@link entityEnd}. */
function body(s: string, k: number): number {
  const n = s.length;
  let j = k;
  let code = -1;
  if (s.charCodeAt(j) === 0x23) {
    // "#" then decimal digits, or "#x" then hex digits; at most 8 of them.
    j++;
    const hex = (s.charCodeAt(j) | 0x20) === 0x78;
    if (hex) j++;
    const from = j;
    let value = 0;
    for (; j < n && j - from < 8; j++) {
      const c = s.charCodeAt(j);
      const d =
        c >= 0x30 && c <= 0x39
          ? c - 0x30
          : hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66
            ? (c | 0x20) - 0x57
            : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + d;
    }
    // NUL, C1 controls (which HTML reads as Windows-1252), surrogates and out-of-range values stay as written.
    if (
      j === from ||
      !value ||
      (value >= 0x80 && value <= 0x9f) ||
      value > 0x10ffff ||
      (value >= 0xd800 && value <= 0xdfff)
    ) {
      return -1;
    }
    code = value;
  } else {
    for (; j < n && j - k < 8; j++) {
      const c = s.charCodeAt(j);
      const lower = c | 0x20;
      if (!((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
    }
    if (!named) {
      named = new Map();
      const parts = NAMED.split(" ");
      for (let p = 0; p < parts.length; p += 2) named.set(parts[p]!, Number.parseInt(parts[p + 1]!, 16));
    }
    code = named.get(s.slice(k, j)) ?? -1;
  }
  if (code < 0 || s.charCodeAt(j) !== 0x3b) return -1;
  entityEnd = j + 1;
  return code;
}

/**
 * Decodes the character reference at `i` (where `s[i]` is "&"): its code point, or -1 when there is none.
 * {@link entityEnd} is set to the index after it, past any reference a decoded "&" starts.
 */
export function decodeEntity(s: string, i: number): number {
  let code = body(s, i + 1);
  if (code < 0) return -1;
  let end = entityEnd;
  while (code === 0x26) {
    const next = body(s, end);
    if (next < 0) break;
    code = next;
    end = entityEnd;
  }
  entityEnd = end;
  return code;
}
