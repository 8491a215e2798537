/** Comparison keys of lexicon words. */

/**
 * A comparison key for word lists: lower case, every alef with hamza or madda (U+0623, U+0625, U+0622, U+0671)
 * as bare alef U+0627, alef maksura U+0649 as yeh U+064A, teh marbuta U+0629 as heh U+0647, without tashkeel
 * (U+064B–065F, U+0670) or tatweel (U+0640), so that `مساءً` and `مساء` are one key.
 */
export function foldKey(word: string): string {
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
