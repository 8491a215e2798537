/**
 * The headline: which line it is, and its text without the section label (`عام / `), the outlet prefix
 * (`خبر:`, `الخبر `) and the ` - SITE` suffix that pages wrap it in. The title block still covers the line.
 */

import { isOutletShaped, namesMasthead } from "./dateline.js";
import {
  ARABIC_LETTER,
  DIGIT,
  hasFinalClauseMark,
  hasFinalPeriod,
  hasQuoteChar,
  looseKey,
  type PageMatchers,
  PIPE_LABEL,
  SECTION_LABEL,
  tokens,
  trimToWord,
  wordCount,
} from "./patterns.js";

/** Fewest and most words of a headline. */
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 30;
/** Most words of a ` - SITE` suffix and of a section label. */
const MAX_SUFFIX_WORDS = 5;
const MAX_LABEL_WORDS = 2;
/** Most words of a ` - SITE` suffix told only by its head noun (`صدى الوادي`). */
const MAX_OUTLET_SUFFIX_WORDS = 3;

/**
 * Whether a line can be a headline: a few words of Arabic, no final period, comma or colon.
 *
 * @param n - The line's {@link wordCount}, when the caller has it already.
 */
export function isHeadlineLike(text: string, n = wordCount(text)): boolean {
  if (n < MIN_TITLE_WORDS || n > MAX_TITLE_WORDS) return false;
  if (!ARABIC_LETTER.test(text)) return false;
  return !hasFinalPeriod(text) && !hasFinalClauseMark(text) && !endsWithLoneProclitic(text);
}

/** The prepositions ب ل ك (U+0628, U+0644, U+0643) that are written glued to the word they govern. */
const PROCLITICS = "\u0628\u0644\u0643";

/**
 * Whether a line ends with a lone preposition that is written glued to its noun (`في تصريح لـ`): a sentence broken at a link to the outlet's name, never a headline. A letter after
 * another lone letter is an abbreviation (`أ ف ب`), which a headline may end with.
 */
function endsWithLoneProclitic(text: string): boolean {
  // The tatweel (U+0640) that joins the letter to the link is gone after normalization, not always before.
  let t = text.trimEnd();
  while (t.endsWith("\u0640")) t = t.slice(0, -1);
  const n = t.length;
  if (n < 3 || !PROCLITICS.includes(t.charAt(n - 1)) || t.charAt(n - 2) !== " ") return false;
  const before = t.slice(0, n - 2).trimEnd();
  const lone = before.length < 2 || before.charAt(before.length - 2) === " ";
  return !lone;
}

/** The headline's text as offsets into the line it stands on. */
export interface TitleCut {
  readonly start: number;
  readonly end: number;
}

function isSiteName(suffix: string, m: PageMatchers, masthead: string | undefined): boolean {
  const n = wordCount(suffix);
  if (n === 0 || n > MAX_SUFFIX_WORDS) return false;
  const key = looseKey(suffix.trim());
  if (m.agencies.has(key) || key === masthead || namesMasthead(suffix, masthead, m)) return true;
  if (!ARABIC_LETTER.test(suffix) && /[A-Za-z]/u.test(suffix)) return true;
  const words = tokens(suffix);
  for (const w of words) if (m.siteWords.has(looseKey(trimToWord(w)))) return true;
  if (words.length >= 2 && words.length <= MAX_OUTLET_SUFFIX_WORDS) {
    // An outlet's name led by a noun that opens no person's name (` - صدى الوادي`) or by a noun of an
    // outlet's kind (` - قناة الغد`, ` | شبكة رصد`).
    const head = looseKey(trimToWord(words[0] ?? ""));
    if (m.outletHeads.has(head) && (words[1] ?? "").startsWith("\u0627\u0644")) return true;
    if (m.outletKinds.has(head) && !hasStopWord(words, m)) return true;
    // An outlet's name of the shapes `X نيوز`, `X برس`, `X 24`; a number after a counted noun written
    // with teh marbuta U+0629 (`الجولة 24`, `المادة 24`) is part of the headline.
    if (isOutletShaped(suffix, m) && !isCountedNumber(words)) return true;
  }
  return /\.(?:com|net|org|info|news|tv)\b/iu.test(suffix);
}

/** Whether a word of the phrase is a function word, which no outlet's name holds. */
function hasStopWord(words: readonly string[], m: PageMatchers): boolean {
  for (const w of words) if (m.nameStopWords.has(looseKey(trimToWord(w)))) return true;
  return false;
}

/** Whether the phrase ends with a number after a noun with teh marbuta U+0629 (`الجولة 24`). */
function isCountedNumber(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? "";
  const before = trimToWord(words[words.length - 2] ?? "");
  if (last.length === 0 || !before.endsWith("\u0629")) return false;
  for (let i = 0; i < last.length; i++) if (!DIGIT.test(last.charAt(i))) return false;
  return true;
}

/** Most words of a name after a bar that ends a headline (` | شفق الرافدين`). */
const MAX_BARRED_NAME_WORDS = 3;

/**
 * Whether the words after a bar that ends a headline name the site: a bar stands in no headline's
 * sentence, so one to three words of a name (no function word or number) after it are the outlet's name
 * even when the lexicon does not know it (` | شفق الرافدين`). Words of the menu (` | فيديو`) are a genre
 * tag, not a name.
 */
function isBarredName(suffix: string, m: PageMatchers): boolean {
  const words = tokens(suffix);
  if (words.length === 0 || words.length > MAX_BARRED_NAME_WORDS || DIGIT.test(suffix)) return false;
  if (!ARABIC_LETTER.test(suffix) || hasStopWord(words, m)) return false;
  return !words.every((w) => m.navigationWords.has(looseKey(trimToWord(w))));
}

/** Fewest words of the headline after such a tag. */
const MIN_LABELLED_WORDS = 3;

/** Whether the text before a bar is a tag of one or two words of letters (an emoji before it aside). */
function isTagLabel(label: string): boolean {
  const n = wordCount(label);
  return n > 0 && n <= MAX_LABEL_WORDS && ARABIC_LETTER.test(label) && !DIGIT.test(label);
}

/** Most characters of an outlet's name before the colon that opens a headline (`المدار 24: …`). */
const MAX_OUTLET_PREFIX_CHARS = 30;

/**
 * Whether the words before a colon that opens a headline are an outlet's name (`المدار 24: …`, `Sada News:
 * …`, `رويترز: …`): a known agency, the masthead, or the shape of outlet names. A speaker, a place or a
 * body before the colon (`خبراء: …`, `ليبيا: …`, `S&P: …`) is part of the headline.
 */
function isOutletPrefix(prefix: string, m: PageMatchers, masthead: string | undefined): boolean {
  const n = wordCount(prefix);
  if (n === 0 || n > MAX_OUTLET_SUFFIX_WORDS || hasQuoteChar(prefix)) return false;
  const key = looseKey(prefix.trim());
  if (m.agencies.has(key) || key === masthead || namesMasthead(prefix, masthead, m)) return true;
  return n >= 2 && isOutletShaped(prefix, m) && !isCountedNumber(tokens(prefix));
}

/**
 * Offset of the last ` - `, ` | `, ` – `, ` — `, ` « ` (U+00AB, the separator of blog titles) or ` :: ` of a
 * title (the space before it), or -1. A « that opens a quotation is glued to its word.
 */
function lastSeparator(text: string): number {
  for (let i = text.length - 2; i > 0; i--) {
    const ch = text.charAt(i);
    const dash = ch === "-" || ch === "|" || ch === "\u2013" || ch === "\u2014" || ch === "\u00AB";
    if (dash && text.charAt(i - 1) === " " && text.charAt(i + 1) === " ") return i - 1;
    if (ch === ":" && text.charAt(i - 1) === ":" && text.charAt(i - 2) === " " && text.charAt(i + 1) === " ")
      return i - 2;
  }
  return -1;
}

/** Whether a phrase is made only of menu words (`اقتصاد`, `أخبار محلية`). */
function isSectionName(text: string, m: PageMatchers): boolean {
  const words = tokens(text);
  return (
    words.length > 0 &&
    words.length <= MAX_LABEL_WORDS &&
    words.every((w) => m.navigationWords.has(looseKey(trimToWord(w))))
  );
}

/**
 * Cuts the section label, outlet prefix and site suffix off a headline line.
 *
 * @param masthead - The loose key of the page's masthead: a suffix that repeats it is the site's name.
 */
export function cutTitle(text: string, m: PageMatchers, masthead?: string): TitleCut {
  let start = 0;
  let end = text.length;
  const label = SECTION_LABEL.exec(text);
  if (label) {
    const name = label[1] ?? "";
    const words = wordCount(name);
    const lettered = ARABIC_LETTER.test(name) && !DIGIT.test(name);
    if (
      lettered &&
      words > 0 &&
      words <= MAX_LABEL_WORDS &&
      (m.sectionLabels.has(looseKey(name.trim())) || words === 1)
    ) {
      start = label[0].length;
    }
  }
  const tag = PIPE_LABEL.exec(text.slice(start));
  if (tag && isTagLabel(tag[1] ?? "") && wordCount(text.slice(start + tag[0].length)) >= MIN_LABELLED_WORDS)
    start += tag[0].length;
  const colon = text.indexOf(":", start);
  if (colon > start && colon - start <= MAX_OUTLET_PREFIX_CHARS) {
    const outlet = text.slice(start, colon);
    const rest = text.slice(colon + 1);
    if (isOutletPrefix(outlet, m, masthead) && wordCount(rest) >= MIN_LABELLED_WORDS)
      start = colon + 1 + (rest.length - rest.trimStart().length);
  }
  const prefix = m.titlePrefix.exec(text.slice(start));
  if (prefix && wordCount(text.slice(start + prefix[0].length)) >= 3) start += prefix[0].length;
  for (let round = 0; round < 3; round++) {
    const body = text.slice(start, end);
    const cut = lastSeparator(body);
    if (cut <= 0) break;
    const width = body.charAt(cut + 2) === ":" ? 2 : 1;
    const site = body.slice(cut + 1 + width);
    const bar = body.charAt(cut + 1) === "|";
    // A section's name between the headline and the cut site (`TITLE | اقتصاد | SITE`) goes with the site.
    const section = bar && end < text.length && isSectionName(site, m);
    if (
      !(isSiteName(site, m, masthead) || (bar && isBarredName(site, m)) || section) ||
      wordCount(body.slice(0, cut)) < 2
    )
      break;
    end = start + cut;
  }
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  return { start, end };
}
