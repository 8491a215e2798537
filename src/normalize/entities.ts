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

/**
 * The code point of the reference body at `k` (after "&"), or -1; sets {@link entityEnd}. Units for which
 * `vanishes` is 1 (what the same pass deletes: marks, tatweel, bidi and zero-width controls) are skipped
 * inside the reference, so that the text reads the same whether they are there or not (`&nb\u200Esp;` is
 * `&nbsp;`): the normalized text is then normalized already. A run of them stops at the first other unit,
 * so each unit is read by one reference at most.
 */
function body(s: string, k: number, vanishes: Uint8Array): number {
  const n = s.length;
  let j = skipVanishing(s, k, vanishes);
  let code = -1;
  if (s.charCodeAt(j) === 0x23) {
    // "#" then decimal digits, or "#x" then hex digits; at most 8 of them.
    j = skipVanishing(s, j + 1, vanishes);
    const hex = (s.charCodeAt(j) | 0x20) === 0x78;
    if (hex) j = skipVanishing(s, j + 1, vanishes);
    let digits = 0;
    let value = 0;
    for (; j < n && digits < 8; j = skipVanishing(s, j + 1, vanishes)) {
      const c = s.charCodeAt(j);
      const d =
        c >= 0x30 && c <= 0x39
          ? c - 0x30
          : hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66
            ? (c | 0x20) - 0x57
            : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + d;
      digits++;
    }
    // NUL, C1 controls (which HTML reads as Windows-1252), surrogates and out-of-range values stay as written.
    if (
      digits === 0 ||
      !value ||
      (value >= 0x80 && value <= 0x9f) ||
      value > 0x10ffff ||
      (value >= 0xd800 && value <= 0xdfff)
    ) {
      return -1;
    }
    code = value;
  } else {
    let name = "";
    for (; j < n && name.length < 8; j = skipVanishing(s, j + 1, vanishes)) {
      const c = s.charCodeAt(j);
      const lower = c | 0x20;
      if (!((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
      name += s.charAt(j);
    }
    if (!named) {
      named = new Map();
      const parts = NAMED.split(" ");
      for (let p = 0; p < parts.length; p += 2) named.set(parts[p]!, Number.parseInt(parts[p + 1]!, 16));
    }
    code = named.get(name) ?? -1;
  }
  if (code < 0 || s.charCodeAt(j) !== 0x3b) return -1;
  entityEnd = j + 1;
  return code;
}

/** The first index from `k` on whose unit does not vanish (`s.length` at most). */
function skipVanishing(s: string, k: number, vanishes: Uint8Array): number {
  const n = s.length;
  while (k < n && vanishes[s.charCodeAt(k)] === 1) k++;
  return k;
}

/**
 * Decodes the character reference at `i` (where `s[i]` is "&"): its code point, or -1 when there is none.
 * {@link entityEnd} is set to the index after it, past any reference a decoded "&" starts. `vanishes` is 1
 * for the units the pass deletes, which a reference may hold.
 */
export function decodeEntity(s: string, i: number, vanishes: Uint8Array): number {
  let code = body(s, i + 1, vanishes);
  if (code < 0) return -1;
  let end = entityEnd;
  while (code === 0x26) {
    const next = body(s, end, vanishes);
    if (next < 0) break;
    code = next;
    end = entityEnd;
  }
  entityEnd = end;
  return code;
}
