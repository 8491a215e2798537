/** Comparison keys of lexicon words. */

/**
 * A comparison key for word lists: lower case, every alef with hamza or madda (U+0623, U+0625, U+0622, U+0671)
 * as bare alef U+0627, alef maksura U+0649 as yeh U+064A, teh marbuta U+0629 as heh U+0647, without tashkeel
 * (U+064B–065F, U+0670) or tatweel (U+0640), so that `مساءً` and `مساء` are one key.
 */
export function foldKey(word: string): string {
  // Ticker rules fold every word of the lines they read (joined headlines, site words), nearly all of them
  // ASCII or Arabic (U+0600–U+06FF), where lower case changes A–Z only: those are folded by code unit, copying
  // unchanged runs with one slice, and a word that needs no change is returned as it is.
  let out = "";
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let replacement: string;
    if (code < 0x80) {
      if (code < 0x41 || code > 0x5a) continue;
      replacement = String.fromCharCode(code + 0x20);
    } else if (code >= 0x0600 && code <= 0x06ff) {
      if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640) replacement = "";
      else if (code === 0x623 || code === 0x625 || code === 0x622 || code === 0x671) replacement = "\u0627";
      else if (code === 0x649) replacement = "\u064A";
      else if (code === 0x629) replacement = "\u0647";
      else continue;
    } else return foldKeyOfAnyScript(word);
    out += word.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? word : out + word.slice(from);
}

/** {@link foldKey} of a word with letters of other scripts, whose lower case may differ in length. */
function foldKeyOfAnyScript(word: string): string {
  let out = "";
  for (const ch of word.toLowerCase()) {
    const code = ch.charCodeAt(0);
    if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640) continue;
    if (ch === "\u0623" || ch === "\u0625" || ch === "\u0622" || ch === "\u0671") out += "\u0627";
    else if (ch === "\u0649") out += "\u064A";
    else if (ch === "\u0629") out += "\u0647";
    else out += ch;
  }
  return out;
}
