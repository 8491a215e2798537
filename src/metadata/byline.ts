/**
 * Bylines: who edited and who wrote the article. Names are told from places and phrases by shape (a few
 * words, no digits, no function words, the first one not a definite noun) and by a list of common given
 * names; markers (`Editing:`, `تحرير:`, `كتب:`, `بقلم`, `إعداد:`) open the line.
 */
import {
  findMarkedPhrase,
  type LineWords,
  looseKey,
  type PageMatchers,
  tokens,
  trimEndChars,
  trimToWord,
  WORD_CHAR,
  wordCount,
} from "./patterns.js";

/** Most words a reporter's name can have (`عبد الرحمن بن محمد آل سعود` has six). */
const MAX_NAME_WORDS = 6;
/** A word of a name: letters and marks, with dots, apostrophes (U+0027, U+2019) and hyphens. */
const NAME_TOKEN = /^[\p{L}\p{M}.'\u2019-]+$/u;

/** Strips titles such as `د.` or `الزميل` from the front of a name. */
export function stripPersonTitles(name: string, m: PageMatchers): string {
  return stripTitleWords(tokens(name), m).join(" ");
}

/** The words of a name after its leading titles (the last word always stays). */
function stripTitleWords(words: readonly string[], m: PageMatchers): readonly string[] {
  let i = 0;
  while (i < words.length - 1 && m.personTitles.has(looseKey(words[i] ?? ""))) i++;
  return i === 0 ? words : words.slice(i);
}

/**
 * `tokens(words.join(" ").trim())` without joining and splitting again: the words are already tokens, and
 * only white space that {@link tokens} does not split at (U+FEFF, U+2028 …) at either end makes a difference.
 */
function trimmedWords(words: readonly string[]): readonly string[] {
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (first === first.trimStart() && last === last.trimEnd()) return words;
  return tokens(words.join(" ").trim());
}

/** Shape test of {@link isNameLike}, over the words of a name whose titles are stripped. */
function isNameWords(words: readonly string[], m: PageMatchers): boolean {
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  for (const w of words) {
    const bare = trimToWord(w);
    if (bare.length === 0) return false;
    // A digit fails here too (it is no letter): a name has none.
    if (!NAME_TOKEN.test(w)) return false;
    // علي (a name) and على (a preposition) share a loose key; a known given name wins.
    const key = looseKey(bare);
    if (m.nameStopWords.has(key) && !m.givenNames.has(key)) return false;
  }
  const first = looseKey(trimToWord(words[0] ?? ""));
  const name = looseKey(words.join(" "));
  if (m.places.has(name) || m.agencies.has(name)) return false;
  if (words.length === 1) return m.givenNames.has(first);
  // A definite first word is a given name when the lexicon knows it or a particle of descent follows it.
  const descent = m.descentParticles.has(looseKey(trimToWord(words[1] ?? "")));
  if (first.startsWith("ال") && !m.givenNames.has(first) && !descent) return false;
  return true;
}

/**
 * Whether a line, its leading titles aside, has few enough tokens to be a name; {@link isNameLike} of a
 * line that has too many is false. Reads no more tokens than that takes, unlike isNameLike, which splits
 * all of them. The line must be trimmed (as the lines of a page are).
 */
export function isShortForName(line: LineWords, m: PageMatchers): boolean {
  let i = 0;
  while (line.token(i + 1) !== undefined && m.personTitles.has(looseKey(line.token(i) ?? ""))) i++;
  return !line.hasMoreTokensThan(i + MAX_NAME_WORDS);
}

/**
 * Whether `text` has the shape of a personal name: 2–6 words of letters, no digits, no function word, and
 * a first word that is not a definite noun (`ال…`), unless it is a known given name. One word passes only
 * when it is a known given name.
 */
export function isNameLike(text: string, m: PageMatchers): boolean {
  return isNameWords(stripTitleWords(tokens(text.trim()), m), m);
}

/**
 * Whether a phrase is one name or several joined with و, each of at most `maxWords` words and of a name's
 * shape: `isNameLike` of every part of `splitJoinedNames(stripPersonTitles(text))`, on words split once.
 */
export function isNamesPhrase(text: string, maxWords: number, m: PageMatchers): boolean {
  const words = trimmedWords(stripTitleWords(tokens(text), m));
  const isName = (name: readonly string[]) => isNameWords(stripTitleWords(trimmedWords(name), m), m);
  // The names of splitJoinedNameWords, each tested as soon as it is complete: in a sentence the first
  // fails, most often by its length, before the rest is split.
  let current: string[] = [];
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const rest = joinedNameAt(words, i, current.length, m);
    if (rest !== null) {
      if (!isName(current)) return false;
      current = rest.length > 0 ? [rest] : [];
      count = wordCount(rest) > 0 ? 1 : 0;
    } else {
      current.push(w);
      if (wordCount(w) > 0) count++;
    }
    if (count > maxWords) return false;
  }
  return current.length === 0 || isName(current);
}

/** The letters عبدال (U+0639 U+0628 U+062F U+0627 U+0644) that open a theophoric name written as one word. */
const THEOPHORIC_OPENER = "\u0639\u0628\u062F\u0627\u0644";
/** Fewest letters of the divine name after عبد in a theophoric name written as one word (`عبدالله`). */
const MIN_DIVINE_NAME_LETTERS = 4;

/**
 * Whether a word is a given name by its form alone, whatever the lexicon holds: a theophoric name written
 * as one word (`عبدالسلام`, `عبدالرحمن`: عبد and a definite divine name; only given names are formed so),
 * or one Arabic letter and a period (U+0621–U+064A, U+002E: the initial `ق.` of `ق. مراد`) followed by
 * another word, as the Maghreb press signs its reporters.
 */
function isGivenNameByForm(word: string, next: string | undefined): boolean {
  if (word.startsWith(THEOPHORIC_OPENER)) return word.length - 3 >= MIN_DIVINE_NAME_LETTERS;
  if (word.length !== 2 || word.charAt(1) !== "." || next === undefined || next.length < 2) return false;
  const c = word.charCodeAt(0);
  return c >= 0x0621 && c <= 0x064a && !next.endsWith(".");
}

/** Whether a name begins with a known given name (after any title), or one told by its form. */
export function startsWithGivenName(text: string, m: PageMatchers): boolean {
  const words = tokens(stripPersonTitles(text.trim(), m));
  const first = looseKey(trimToWord(words[0] ?? ""));
  if (m.givenNames.has(first)) return true;
  if (isGivenNameByForm(words[0] ?? "", words[1])) return true;
  const two = looseKey(`${trimToWord(words[0] ?? "")} ${trimToWord(words[1] ?? "")}`);
  return m.givenNames.has(two) || opensCompoundName(words, m);
}

/**
 * Whether the words open with a compound given name and go on with a family name (`عوض الكريم بشير`,
 * `سيف الإسلام حداد`): an undefined word, then a second part the lexicon lists (`الدين`, `الكريم`), then a
 * third word, the family name: a byline names a person in full, and a two-word phrase (`رجال الدين`) is
 * not read so.
 */
function opensCompoundName(words: readonly string[], m: PageMatchers): boolean {
  if (words.length < 3) return false;
  const first = looseKey(trimToWord(words[0] ?? ""));
  if (first.startsWith("\u0627\u0644") || m.nameStopWords.has(first)) return false;
  return m.compoundNameTails.has(looseKey(trimToWord(words[1] ?? "")));
}

/**
 * Splits `أحمد علي ومحمد حسن` into `["أحمد علي", "محمد حسن"]` at a word that begins with the conjunction
 * و (U+0648), when both sides are names of two words or more and the word is not a given name that itself
 * begins with و (`وليد`).
 */
export function splitJoinedNames(text: string, m: PageMatchers): string[] {
  return splitJoinedNameWords(tokens(text.trim()), m).map((name) => name.join(" "));
}

/** {@link splitJoinedNames} over words: the words of each name. */
function splitJoinedNameWords(words: readonly string[], m: PageMatchers): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const rest = joinedNameAt(words, i, current.length, m);
    if (rest !== null) {
      out.push(current);
      current = rest.length > 0 ? [rest] : [];
    } else current.push(words[i] ?? "");
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Whether a new name starts at word `i` (`current` words of the name before it): returns the word without
 * its و, or null. The conjunction written apart (`A و B`) returns the empty word, when a name of two words
 * or more follows it.
 */
function joinedNameAt(words: readonly string[], i: number, current: number, m: PageMatchers): string | null {
  const w = words[i] ?? "";
  if (current < 2 || !w.startsWith("\u0648")) return null;
  // The conjunction written apart (`أحمد علي و سامي فرج`): a name of two words or more must follow it.
  if (w === "\u0648") return words.length - i > 2 ? "" : null;
  const rest = w.slice(1);
  const canSplit =
    rest.length > 1 &&
    !m.wawNames.has(looseKey(w)) &&
    (words.length - i >= 2 || m.givenNames.has(looseKey(rest)));
  return canSplit ? rest : null;
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

/** Most title words (`الكاتب الصحفي`) between a byline's marker and the colon before the name. */
const MAX_LABEL_TITLES = 2;

/**
 * The offset after `TITLES: ` opening `body` when one or two person titles (`الكاتب`, `الصحفية`) stand
 * before a colon (U+003A, U+FF1A) and a name follows; 0 otherwise.
 */
function titleLabelEnd(body: string, m: PageMatchers): number {
  let colon = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return 0;
  const words = tokens(body.slice(0, colon), MAX_LABEL_TITLES + 1);
  if (words.length === 0 || words.length > MAX_LABEL_TITLES) return 0;
  for (const w of words) if (!m.personTitles.has(looseKey(w))) return 0;
  const end = markerGlue(body, colon);
  return end < body.length ? end : 0;
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
  let glue = text.slice(hit[0].length, glueEnd);
  if (glueEnd === hit[0].length && glueEnd < text.length) return null;
  let body = text.slice(glueEnd);
  // `بقلم الكاتب: NAME`, `بقلم الكاتب الصحفي: NAME`: the writer's job words and their colon stand between
  // the marker and the name.
  const label = titleLabelEnd(body, m);
  if (label > 0) {
    glue = ":";
    body = body.slice(label);
  }
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

/**
 * Two words, a given name and a family name of the relation shape ال…ي (U+0627 U+0644 … U+064A:
 * `دلشاد الكردي`, `منير الشرعبي`): a person, where a body's name would not end so (`مجلس الأمن`).
 */
export function isNisbaName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [given, family] = words as [string, string];
  if (given.startsWith("\u0627\u0644")) return false;
  return family.startsWith("\u0627\u0644") && family.endsWith("\u064A") && family.length > 4;
}
