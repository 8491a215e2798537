/**
 * Bylines: who edited and who wrote the article. Names are told from places and phrases by shape (a few
 * words, no digits, no function words, the first one not a definite noun) and by a list of common given
 * names; markers (`Editing:`, `تحرير:`, `كتب:`, `بقلم`, `إعداد:`) open the line.
 */
import {
  DIGIT,
  findMarkedPhrase,
  looseKey,
  type PageMatchers,
  tokens,
  trimEndChars,
  trimToWord,
  WORD_CHAR,
} from "./patterns.js";

/** Most words a reporter's name can have (`عبد الرحمن بن محمد آل سعود` has six). */
const MAX_NAME_WORDS = 6;

/** Strips titles such as `د.` or `الزميل` from the front of a name. */
export function stripPersonTitles(name: string, m: PageMatchers): string {
  const words = tokens(name);
  let i = 0;
  while (i < words.length - 1 && m.personTitles.has(looseKey(words[i] ?? ""))) i++;
  return words.slice(i).join(" ");
}

/**
 * Whether `text` has the shape of a personal name: 2–6 words of letters, no digits, no function word, and
 * a first word that is not a definite noun (`ال…`), unless it is a known given name. One word passes only
 * when it is a known given name.
 */
export function isNameLike(text: string, m: PageMatchers): boolean {
  const name = stripPersonTitles(text.trim(), m);
  if (name.length === 0 || DIGIT.test(name)) return false;
  const words = tokens(name);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  for (const w of words) {
    const bare = trimToWord(w);
    if (bare.length === 0) return false;
    if (!/^[\p{L}\p{M}.'\u2019-]+$/u.test(w)) return false;
    // علي (a name) and على (a preposition) share a loose key; a known given name wins.
    const key = looseKey(bare);
    if (m.nameStopWords.has(key) && !m.givenNames.has(key)) return false;
  }
  const first = looseKey(trimToWord(words[0] ?? ""));
  if (m.places.has(looseKey(name)) || m.agencies.has(looseKey(name))) return false;
  if (words.length === 1) return m.givenNames.has(first);
  if (first.startsWith("ال") && !m.givenNames.has(first)) return false;
  return true;
}

/** Whether a name begins with a known given name (after any title). */
export function startsWithGivenName(text: string, m: PageMatchers): boolean {
  const words = tokens(stripPersonTitles(text.trim(), m));
  const first = looseKey(trimToWord(words[0] ?? ""));
  if (m.givenNames.has(first)) return true;
  const two = looseKey(`${trimToWord(words[0] ?? "")} ${trimToWord(words[1] ?? "")}`);
  return m.givenNames.has(two);
}

/**
 * Splits `أحمد علي ومحمد حسن` into `["أحمد علي", "محمد حسن"]` at a word that begins with the conjunction
 * و (U+0648), when both sides are names of two words or more and the word is not a given name that itself
 * begins with و (`وليد`).
 */
export function splitJoinedNames(text: string, m: PageMatchers): string[] {
  const words = tokens(text.trim());
  const out: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const rest = w.startsWith("\u0648") ? w.slice(1) : "";
    const canSplit =
      rest.length > 1 &&
      current.length >= 2 &&
      !m.wawNames.has(looseKey(w)) &&
      (words.length - i >= 2 || m.givenNames.has(looseKey(rest)));
    if (canSplit) {
      out.push(current.join(" "));
      current = [rest];
    } else current.push(w);
  }
  if (current.length > 0) out.push(current.join(" "));
  return out;
}

/** What a marked byline line (`Editing: NAME |`, `كتب: NAME`) gave, before its remainder is read. */
export interface MarkedByline {
  /** `editor` for `Editing:`/`تحرير:`, `author` for `كتب:`/`بقلم`/`إعداد:` …, `source` for `المصدر:`. */
  readonly role: "editor" | "author" | "source";
  /** The text after the marker and its colon or dash, up to a `|` or a credit such as `تصوير:`. */
  readonly rest: string;
  /** What follows a `|` after the name (another byline, or nothing). */
  readonly after: string;
}

/** Length of the colon, dash or space run that follows a marker. */
function markerGlue(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\s:：/\-\u2013\u2014\u0640]/u.test(text.charAt(i))) i++;
  return i;
}

/**
 * Reads a byline that opens with a marker. Returns `null` when the line has no marker or when the marker
 * is followed by no name-sized text (`كتب ترامب على تويتر …` is narration, not a byline).
 */
export function readMarkedByline(text: string, m: PageMatchers): MarkedByline | null {
  const editor = m.editorStart.exec(text);
  const author = editor ? null : m.authorStart.exec(text);
  const source = editor || author ? null : m.sourceStart.exec(text);
  const hit = editor ?? author ?? source;
  if (!hit) return null;
  const glueEnd = markerGlue(text, hit[0].length);
  // `كتبت الصحيفة …` is a sentence; a marker must be followed by a colon/dash or be a short line.
  const glue = text.slice(hit[0].length, glueEnd);
  if (glueEnd === hit[0].length && glueEnd < text.length) return null;
  let body = text.slice(glueEnd);
  let after = "";
  const bar = body.indexOf("|");
  if (bar >= 0) {
    after = body.slice(bar + 1).trim();
    body = body.slice(0, bar);
  }
  const credit = findMarkedPhrase(body, m.creditMarkers);
  if (credit > 0) body = body.slice(0, credit);
  body = trimEndChars(body, ",\u060C;\u061B:.-\u2013\u2014").trim();
  if (body.length === 0 || !WORD_CHAR.test(body)) return null;
  if (!/[:：/\-\u2013\u2014]/u.test(glue) && tokens(body).length > MAX_NAME_WORDS) return null;
  const role = editor ? "editor" : author ? "author" : "source";
  return { role, rest: body, after };
}
