/**
 * Headlines joined by single spaces on one line, under a header or unlabelled at the top of a page:
 * `وزارة التجارة تحدد سعر البيض الجديد جامعة كرة القدم تعلن موعد البطولة انقطاع حركة المترو بسبب عطل فني`.
 * Nothing marks the cuts but the grammar of headlines: a headline ends with a phrase that closes (a definite
 * word, `الجديد`, a noun in `-ين`, `يومين`, or a tag in parentheses, `(فيديو)`), and the next opens with a
 * verbal noun of an event (`انقطاع …`, `مقتل …`) or with a subject and its verb (`جامعة كرة القدم تعلن …`,
 * `الأرصاد تحذر …`, `البنك المركزي يرفع …`). A definite word is never the first term of a construct, so a
 * verbal noun after it does not continue its phrase; a definite subject after one is no adjective of it when
 * it is no nisba and no common adjective (`الوطني`, `الجديد`). Inside a token, a letter that ends words (ة, ى),
 * an article after a word of three letters or more, or a verbal noun after one of four marks two headlines
 * glued with no space (`أكتوبرالبنك`, `المدنيةوزير`); a page that glues its headlines is cut at its glue, and
 * at spaces only inside a glued piece too long for one headline.
 *
 * A missed cue merges two headlines into one false item, so a line is cut only when every piece can be
 * trusted: three pieces or more, of four to twelve words, none holding another start of a headline. Checked
 * on 20,000 random joins of real headlines, 98 % of the lines so cut were cut right; the rest stay whole.
 */
import { digitValue, foldKey, isArabicLetter, isInlineSpace } from "./chars.js";
import type { TickerPatterns } from "./patterns.js";

/** Words of each headline of a joined line, at least. */
export const MIN_JOINED_WORDS = 4;
/** Words of each headline of a joined line, at most: real strips carry headlines of up to sixteen words. */
export const MAX_JOINED_WORDS = 16;
/** Headlines a joined line must split into, at least: one cut could split a sentence at its object. */
export const MIN_JOINED_ITEMS = 3;

const ALEF = 0x627;
const LAM = 0x644;
const YEH = 0x64a;
const NOON = 0x646;
const WAW = 0x648;
const TEH = 0x62a;
const TEH_MARBUTA = 0x629;
const ALEF_MAKSURA = 0x649;
const CLOSING_PAREN = 0x29;
const COLON = 0x3a;
const FULL_STOP = 0x2e;

/** Letters before a word-final teh marbuta or alef maksura inside a token (`غزةوزير`), at least. */
const MIN_BEFORE_FINAL_LETTER = 2;
/** Letters after it, at least: a second word, not a stray letter. */
const MIN_AFTER_FINAL_LETTER = 2;

function endsWith(text: string, w: Word, code: number): boolean {
  return text.charCodeAt(w.end - 1) === code;
}

/** One-letter prefixes written before the article: و U+0648, ف U+0641, ب U+0628, ك U+0643. */
function isArticlePrefix(code: number): boolean {
  return code === 0x648 || code === 0x641 || code === 0x628 || code === 0x643;
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** The word is the second half of a token of two headlines glued with no space (`أكتوبرالبنك`). */
  readonly glued: boolean;
}

/** Letters of each half of a token of two glued words, at least: a shorter start is a prefix (`بال`, `لل`). */
const MIN_GLUED_HALF = 4;
/**
 * Letters of a word before a glued article, at least (`شهرالمنتخب`): a word of three letters ends many
 * headlines (`شهر`, `عام`, `مصر`), while a prefix before the article has one or two (`بال`, `وبال`). A word
 * with `ال` inside after three letters (`أعمالكم`, `إشكاليات`) goes on with a suffix that
 * {@link mayFollowArticle} refuses; the first word of a compound name (`عبدالعزيز`) is a lexicon word.
 */
const MIN_BEFORE_ARTICLE = 3;
/** Letters after a glued article, at least (`البنك`). */
const MIN_AFTER_ARTICLE = 3;

/**
 * Whether the letter at `at` may start what follows the article: not U+064A ي, U+062A ت, U+0647 ه or U+0643 ك,
 * nor U+0627 ا with fewer than {@link MIN_ALEF_WORD} letters, which start the suffixes of words that hold `ال`
 * inside (`إشكاليات`, `اتصالاتها`, `أعمالكم`). U+0646 ن starts only the two-letter `نا` (`أعمالنا`), which no
 * glued word is, and many nouns (`النادي`, `النقل`).
 */
function mayFollowArticle(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  // A word of form VII, VIII or X after the article (`الاشتباه`, `الانتخابات`) is longer than any suffix.
  if (code === ALEF) return end - at >= MIN_ALEF_WORD;
  return code !== YEH && code !== TEH && code !== 0x647 && code !== 0x643;
}

/** Letters after a glued article that open with an alef, at least: `اتصالاتها` ends in four (`اتها`). */
const MIN_ALEF_WORD = 5;

function allArabicLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isArabicLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Where a second headline starts inside the token `[start, end)` glued to the end of the first with no space,
 * or -1: the letter after a teh marbuta U+0629 or alef maksura U+0649, which end a word (`المدنيةوزير`,
 * `الأولىمجلس`); the article of a definite word after a word of three letters or more (`أكتوبرالبنك`,
 * `شهرالمنتخب`); a verbal noun of an event after a word of three (`الطبيإغلاق`, `تغييرتراجع`), one of three
 * letters after a definite word (`الدوليضبط`); or the head of a subject after a word of two letters (`ردقوات`)
 * or a plural, nisba or definite word; a number after a word in -ة or -ى (`الثالثة19`). Two passes over the
 * token, and one look-up per length of event noun.
 */
export function gluedStart(text: string, start: number, end: number, patterns: TickerPatterns): number {
  if (!allArabicLetters(text, start, end)) return gluedNumberStart(text, start, end);
  // A letter written only at the end of a word (teh marbuta, alef maksura) with letters after it ends a word.
  for (let i = start + MIN_BEFORE_FINAL_LETTER; i + MIN_AFTER_FINAL_LETTER < end; i++) {
    const c = text.charCodeAt(i);
    if (c === TEH_MARBUTA || c === ALEF_MAKSURA) return i + 1;
  }
  if (end - start < MIN_SHORT_WORD + MIN_GLUED_HALF) return -1;
  // The first word's own article does not count in its length (`المخالفين` is not `المخ` + `الفين`).
  const stem = articleEnd(text, start, end);
  // After two letters that are no prefixes (`ردالحكومة`: `رد` ends a headline), the article opens a word of four
  // letters or more; `بال`, `وال`, `لل` are prefixes.
  const shortEnd = stem + MIN_SHORT_WORD;
  if (
    stem === start &&
    shortEnd + 2 + MIN_AFTER_ARTICLE <= end &&
    text.charCodeAt(shortEnd) === ALEF &&
    text.charCodeAt(shortEnd + 1) === LAM &&
    mayFollowArticle(text, shortEnd + 2, end) &&
    text.charCodeAt(shortEnd - 1) !== LAM &&
    !onlyPrefixLetters(text, stem, shortEnd) &&
    !opensDerivedWord(text.charCodeAt(stem))
  ) {
    return shortEnd;
  }
  for (let i = stem + MIN_BEFORE_ARTICLE; i + 2 + MIN_AFTER_ARTICLE <= end; i++) {
    if (
      text.charCodeAt(i) === ALEF &&
      text.charCodeAt(i + 1) === LAM &&
      mayFollowArticle(text, i + 2, end) &&
      // After a lam, `ال` is the end of a syllable (`بالالتزام`), not an article.
      text.charCodeAt(i - 1) !== LAM &&
      !(i - stem === MIN_BEFORE_ARTICLE && patterns.innerArticleStarts.has(foldKey(text.slice(stem, i))))
    ) {
      return i;
    }
  }
  for (const length of patterns.eventNounLengths) {
    const at = end - length;
    if (at - stem < MIN_SHORT_WORD) continue;
    // A prefixed article (`بالارتفاع`, `للتراجع`) makes one word, and so do prefixes alone (`وبتراجع`).
    const c = text.charCodeAt(at - 2);
    if ((c === ALEF || c === LAM) && text.charCodeAt(at - 1) === LAM) continue;
    if (at - stem < MIN_GLUED_HALF && onlyPrefixLetters(text, stem, at)) continue;
    if (patterns.eventNouns.has(foldKey(text.slice(at, end)))) return at;
  }
  // A verbal noun of three letters (`ضبط`, `قصف`) ends many words and verbs (`مقطع`, `يرفع`): it is looked for
  // only after a definite word of four letters or more past its article (`الدوليضبط`, `المدينةقصف`).
  const shortAt = end - SHORT_EVENT_NOUN;
  if (
    stem > start &&
    shortAt - stem >= MIN_GLUED_HALF &&
    patterns.eventNouns.has(foldKey(text.slice(shortAt, end)))
  ) {
    return shortAt;
  }
  // The noun of a body or office heading a subject (`لموسمينوزير`, `المرتفعاتوزير`, `سرينقابة`), after a word
  // of three letters or more that ends as a plural or a nisba does (-ين, -ون, -ات, -ي, -يا), or after a definite
  // word of four (`المقبلوزير`) that is no verbal noun holding the head (`الاستعمال`; `باستعمال` is neither).
  for (const length of patterns.subjectHeadLengths) {
    const at = end - length;
    if (at - stem < MIN_SHORT_WORD || !patterns.subjectHeads.has(foldKey(text.slice(at, end)))) continue;
    // After a word of two letters that are no prefixes, as before a glued article (`ردقوات`: `رد` ends a
    // headline); not after a one-letter prefix (`وملاعب`) or a long vowel (ا و ي U+0627 U+0648 U+064A: `لا`,
    // `في`, the name `باوزير`), nor before a head that opens with a bare alef U+0627, which goes on a word
    // (`لعامين`).
    if (at - stem === MIN_SHORT_WORD) {
      const second = text.charCodeAt(at - 1);
      if (
        stem === start &&
        !isArticlePrefix(text.charCodeAt(stem)) &&
        second !== ALEF &&
        second !== WAW &&
        second !== YEH &&
        text.charCodeAt(at) !== ALEF &&
        !onlyPrefixLetters(text, stem, at) &&
        !opensDerivedWord(text.charCodeAt(stem))
      ) {
        return at;
      }
      continue;
    }
    const last = text.charCodeAt(at - 1);
    const before = text.charCodeAt(at - 2);
    // The article before the head is its own (`الصحراويالنادي`).
    if (last === LAM && before === ALEF && at - 2 - stem >= MIN_GLUED_HALF) return at - 2;
    const plural =
      (last === NOON && (before === YEH || before === 0x648)) || (last === TEH && before === ALEF);
    // A name or adverb in -يا (U+064A U+0627: `سوريا`, `تدريجيا`) ends a word as a nisba in -ي does.
    if (plural || last === YEH || (last === ALEF && before === YEH)) return at;
    if (stem > start && at - stem >= MIN_GLUED_HALF && !hasVerbalNounShape(text, stem, end)) return at;
  }
  // A verbal noun of a derived shape glued to a word of four letters or more (`جديدتقلبات`, `الفاشرانقطاع`),
  // not the teh of a plural in -ات (`المرتفعاتوزير` is no `المرتفعا` + `توزير`).
  for (let at = stem + MIN_GLUED_HALF; at + MIN_SHAPED_GLUED <= end; at++) {
    const c = text.charCodeAt(at);
    if (c !== ALEF && c !== HAMZA_ALEF_BELOW && c !== TEH) continue;
    if (c === TEH && text.charCodeAt(at - 1) === ALEF) continue;
    if (text.charCodeAt(at - 1) === LAM || onlyPrefixLetters(text, stem, at)) continue;
    if (hasVerbalNounShape(text, at, end)) return at;
  }
  return -1;
}

/**
 * Where a number opening a second headline starts, glued to a word that a teh marbuta U+0629 or alef maksura
 * U+0649 ends (`الثالثة19 قتيلا`), or -1: letters, then digits to the end of the token. A brand glues its digits
 * to a word of any ending (`الفرات24`), which is left whole.
 */
function gluedNumberStart(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isArabicLetter(text.charCodeAt(at))) at++;
  if (at - start <= MIN_BEFORE_FINAL_LETTER || at === end) return -1;
  const last = text.charCodeAt(at - 1);
  if (last !== TEH_MARBUTA && last !== ALEF_MAKSURA) return -1;
  for (let i = at; i < end; i++) if (digitValue(text.charCodeAt(i)) < 0) return -1;
  return at;
}

/**
 * A prefix of the imperfect (ي U+064A, ت U+062A, ن U+0646, أ U+0623) or of a participle or noun of place (م
 * U+0645): two letters that open with one, then `ال`, are a word of form III whose root's second letter is lam
 * (`يطالبون`, `تعالجها`, `مطالبات`), not a word of two letters glued to a definite one (`ردالحكومة`).
 */
function opensDerivedWord(code: number): boolean {
  return code === YEH || code === TEH || code === NOON || code === 0x623 || code === 0x645;
}

/**
 * Letters of a word that ends a headline before a glued article or verbal noun, at least (`رد`, `عام`), when
 * they are no prefixes.
 */
const MIN_SHORT_WORD = 2;

/** Letters of the shortest verbal nouns of events (`ضبط`), looked for glued to a definite word only. */
const SHORT_EVENT_NOUN = 3;

/** Letters of a verbal noun of a derived shape looked for glued to the word before it, at least. */
const MIN_SHAPED_GLUED = 5;

/**
 * Every letter of `[start, end)` is one that prefixes a word or a verb: و ف ب ك ل س (U+0648 U+0641 U+0628
 * U+0643 U+0644 U+0633) and ي ت ن أ (U+064A U+062A U+0646 U+0623), so that `وستتراجع` (a verb whose stem
 * reads as a verbal noun) stays one word.
 */
function onlyPrefixLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      !isArticlePrefix(c) &&
      c !== LAM &&
      c !== 0x633 &&
      c !== YEH &&
      c !== TEH &&
      c !== NOON &&
      c !== 0x623
    ) {
      return false;
    }
  }
  return true;
}

function isArabicWord(text: string, w: Word): boolean {
  if (w.end - w.start < 3) return false;
  for (let i = w.start; i < w.end; i++) if (!isArabicLetter(text.charCodeAt(i))) return false;
  return true;
}

/** Where the word `[start, end)` goes on after its article and the one-letter prefix before it, if any. */
function articleEnd(text: string, start: number, end: number): number {
  let i = start;
  if (end - i >= 3 && isArticlePrefix(text.charCodeAt(i))) i++;
  const a = text.charCodeAt(i);
  return text.charCodeAt(i + 1) === LAM && (a === ALEF || a === LAM) ? i + 2 : start;
}

/** `ال…`, `وال…`, `بال…`, `لل…`, `ولل…`: the word carries the article U+0627 U+0644. */
function isDefinite(text: string, w: Word): boolean {
  let i = w.start;
  if (w.end - i >= 5 && isArticlePrefix(text.charCodeAt(i))) i++;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return w.end - i >= 4 && b === LAM && (a === ALEF || a === LAM);
}

/** A dual or plural noun in `-ين` (U+064A U+0646), five letters or more: `يومين`, `المواطنين`. */
function endsInYehNoon(text: string, w: Word): boolean {
  return w.end - w.start >= 5 && text.charCodeAt(w.end - 2) === YEH && text.charCodeAt(w.end - 1) === NOON;
}

/** An imperfect verb of the third person: `يصل`, `تعلن` (U+064A, U+062A), not a definite word. */
function isVerbLike(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  if ((c !== YEH && c !== TEH) || !isArabicWord(text, w)) return false;
  // No verb ends in -ية or -ات (U+064A U+0629, U+0627 U+062A): `تجارية`, `تحديات` are nouns.
  const last = text.charCodeAt(w.end - 1);
  const before = text.charCodeAt(w.end - 2);
  if ((last === TEH_MARBUTA && before === YEH) || (last === TEH && before === ALEF)) return false;
  // Nor in -يا (U+064A U+0627) past four letters: a nisba in alef tanween (`تجاريا`, `تدريجيا`), an adverb.
  if (last === ALEF && before === YEH && w.end - w.start > 4) return false;
  // Nor a nisba of a verbal noun of form II, تفعيلي (`تدريبي`, `تعليمي`): yeh fourth and last.
  return !(w.end - w.start === 6 && last === YEH && text.charCodeAt(w.start + 3) === YEH);
}

/**
 * Cuts of `[from, to)` into headlines joined by single spaces or glued, or `[]` when the line does not split
 * into `minItems` headlines or more ({@link MIN_JOINED_ITEMS} for a line; two for a timed piece too long for one
 * headline) of {@link MIN_JOINED_WORDS} to {@link MAX_JOINED_WORDS} words with no other start of a headline
 * inside them. Two passes over the words, a look-ahead of three words at each.
 */
export function joinedHeadlineCuts(
  text: string,
  from: number,
  to: number,
  patterns: TickerPatterns,
  underHeader = false,
  minItems = MIN_JOINED_ITEMS,
): number[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isInlineSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isInlineSpace(text.charCodeAt(i))) i++;
    if (i > start) {
      const glued = gluedStart(text, start, i, patterns);
      if (glued < 0) words.push({ start, end: i, glued: false });
      else words.push({ start, end: glued, glued: false }, { start: glued, end: i, glued: true });
    }
  }
  const n = words.length;
  if (n < minItems * MIN_JOINED_WORDS) return [];
  const keys = words.map((w) => foldKey(text.slice(w.start, w.end)));
  const common = (k: number) => patterns.commonWords.has(keys[k]!);
  const definite = (k: number) => k < n && !common(k) && isDefinite(text, words[k]!);
  // `تراجع`, `توقيف`, `تسجيل` open with teh as verbs do: a verbal noun of the lexicon is no verb.
  // A word of time in ي or ت (`يوم`, `يناير`, `تموز`) is no verb either.
  const verb = (k: number) =>
    k < n &&
    isVerbLike(text, words[k]!) &&
    !patterns.eventNouns.has(keys[k]!) &&
    !patterns.timeWords.has(keys[k]!);
  const bareNoun = (k: number) =>
    k < n && !common(k) && isArabicWord(text, words[k]!) && !definite(k) && !verb(k);
  // A closing parenthesis ends a tag or a source (`(فيديو)`, `(واس)`), which ends a headline.
  // An indefinite nisba (`فني`, `رسمي`) is an adjective, which ends a phrase as a definite word does.
  // A word in -ين ends a phrase, but for a number whose counted noun follows it (`عشرين دولة`).
  const yehNoon = (k: number) => endsInYehNoon(text, words[k]!) && !patterns.countingNumbers.has(keys[k]!);
  // The noun counted by such a number is indefinite and singular, and takes neither a definite adjective nor a
  // second term (`بمشاركة عشرين دولة المحكمة تؤجل`): it ends the phrase.
  const counted = (k: number) => k > 0 && bareNoun(k) && patterns.countingNumbers.has(keys[k - 1]!);
  const closesPhrase = (k: number) =>
    definite(k) ||
    endsWith(text, words[k]!, CLOSING_PAREN) ||
    counted(k) ||
    (!common(k) && (yehNoon(k) || (bareNoun(k) && isIndefiniteNisba(text, words[k]!))));
  // A subject opens a headline as `NOUN الـNOUN VERB` (`وزير الصحة يفتتح`), or as `NOUNة NOUN الـNOUN VERB`
  // (`جامعة كرة القدم تعلن`) or `NOUNة NAME VERB` (`أمانة عمان تعلن`) when its head is feminine, as the names
  // of bodies are (`وزارة`, `هيئة`, `بلدية`).
  // An adverb in alef tanween (`غدا`, `مجددا`) or any other word after the definite end of a headline would
  // read as the head of the longer shape (`… العاصمة لساعات وزير الصحة يفتتح`): the longer shape asks more.
  // A listed head that opens with ب or ل (`بلدية`, `بنك`) is no preposition glued to a noun.
  const subject = (k: number) =>
    bareNoun(k) &&
    !patterns.timeWords.has(keys[k]!) &&
    (!startsWithPreposition(text, words[k]!) || patterns.subjectHeads.has(keys[k]!)) &&
    !endsWith(text, words[k]!, ALEF) &&
    ((definite(k + 1) && verb(k + 2)) ||
      (endsWith(text, words[k]!, TEH_MARBUTA) &&
        bareNoun(k + 1) &&
        (verb(k + 2) ||
          (definite(k + 2) && verb(k + 3)) ||
          // `حركة نزوح جديدة يشهدها`: the head's indefinite adjective in -ة before the verb.
          (bareNoun(k + 2) && endsWith(text, words[k + 2]!, TEH_MARBUTA) && verb(k + 3)))) ||
      // `مرور بغداد يعلن`: a bare noun with no ending, a name (`بغداد`, `بيروت`: ب first too) and its verb.
      (isNameLike(text, words[k]!) && bareNoun(k + 1) && isNameLike(text, words[k + 1]!) && verb(k + 2)));
  // A definite subject opens a headline when its verb follows, after at most two adjectives of it
  // (`الأرصاد تحذر`, `البنك المركزي يرفع`): the article alone, no prefix (`بالمنوفية`, `والشرطة` go on a
  // phrase), and no adjective itself (`الوطني`, `الجديد`), which belongs to the noun before it.
  // A plural in -ون after a definite noun is as often its adjective (`الأساتذة المتعاقدون يمددون`) as a subject
  // of its own: it never heads one here.
  const adjective = (k: number) =>
    isNisba(text, words[k]!) || endsInWawNoon(text, words[k]!) || patterns.definiteAdjectives.has(keys[k]!);
  const articleOnly = (k: number) => k < n && definite(k) && startsWithArticle(text, words[k]!);
  // Only after a word that no definite word can follow in its own phrase: a definite word, a parenthesis, an
  // indefinite nisba (`في مخزن سري الأرصاد تتوقع`) or a plural in -ين, which drops its nun before a second term
  // (`لاعبي المنتخب`), unless it is a verbal noun of form II (`تأمين الطرق`, `تعيين الوزير`).
  const endsBare = (k: number) => {
    if (k < 0 || common(k) || !bareNoun(k)) return false;
    const w = words[k]!;
    return isIndefiniteNisba(text, w) || (yehNoon(k) && !hasVerbalNounShape(text, w.start, w.end));
  };
  // Only after a definite word or a parenthesis: `-ين` ends a construct's first term as often as a headline.
  const definiteSubject = (k: number) => {
    if (!articleOnly(k) || patterns.timeWords.has(keys[k]!)) return false;
    // A definite word is no adjective of an indefinite one (`في مخزن سري البلدية تعلن`).
    if (adjective(k) && !endsBare(k - 1)) return false;
    // A definite plural in -ين after another is its adjective (`المزارعين المتضررين`), no subject.
    if (endsInYehNoon(text, words[k]!) && definite(k - 1) && agree(text, words[k - 1]!, words[k]!))
      return false;
    if (holdsInnerArticle(text, words[k]!)) return false;
    if (
      !definite(k - 1) &&
      !endsWith(text, words[k - 1]!, CLOSING_PAREN) &&
      !endsBare(k - 1) &&
      !counted(k - 1)
    )
      return false;
    let j = k + 1;
    while (j < k + 1 + MAX_SUBJECT_ADJECTIVES && articleOnly(j) && adjective(j)) j++;
    return verb(j);
  };
  // A speaker or source set off by a colon opens a headline (`الحماية المدنية: 3 وفيات …`, `وزير الصحة: …`): a
  // noun, then its colon on one of the next two words, and a word after the colon. After a definite
  // head, only its adjectives come before the colon: `المحلية الأرصاد الجوية:` opens at `الأرصاد`.
  const colonAt = (k: number) => k + 1 < n && text.charCodeAt(words[k]!.end - 1) === COLON;
  const colonlessAdjective = (k: number) => {
    const w = { start: words[k]!.start, end: words[k]!.end - 1, glued: false };
    return isNisba(text, w) || endsInWawNoon(text, w);
  };
  const colonHead = (k: number) => {
    if (k >= n || verb(k) || common(k) || patterns.timeWords.has(keys[k]!)) return false;
    const head = articleOnly(k);
    if (!head && !bareNoun(k)) return false;
    // One word before its colon is as often the last adjective of a sentence's phrase (`وزارة الصحة العامة:`).
    for (let j = k + 1; j < k + MAX_COLON_HEAD_WORDS && j < n; j++) {
      if (head && !(articleOnly(j) && (adjective(j) || (colonAt(j) && colonlessAdjective(j))))) return false;
      if (colonAt(j)) return true;
    }
    return false;
  };
  const opensHeadline = (k: number) =>
    patterns.eventNouns.has(keys[k]!) || subject(k) || definiteSubject(k) || colonHead(k);

  // A page that glues its headlines glues them all: there, a space is inside a headline, and a long glued token
  // read as one word (`الأخيروزارة`) must not pass for a subject. Spaces are cut at on lines with no glue only,
  // and, on a glued line, inside a piece between two glues longer than most headlines: its page joined some
  // headlines with a space (`… لمدة أسبوعين قطر للطاقة توقع …`) or a source (`… نابلس (وفا) الاحتلال يعتقل …`).
  const gluedLine = words.some((w) => w.glued);
  const spaced = gluedLine ? spacedInLongPieces(words) : null;
  // A place after a glued preposition (`بمراكش`, `بالمحطات`) ends a headline's phrase; a verbal noun of an event
  // after it, inside a piece, may open the next headline (a noun such as `موعد` before one is its construct).
  const endsPlacePhrase = (k: number) =>
    !common(k) && startsWithPreposition(text, words[k]!) && text.charCodeAt(words[k]!.start) !== LAM;
  // Wider cues, each checked on real headlines joined at random (few cuts inside a headline): a verbal noun of
  // an event, listed or of a derived shape, or a subject and its verb, after any word that can end a headline:
  // no particle, verb, verbal noun (`تمديد تسجيل`: a construct) or noun that heads one (`موعد انطلاق`).
  const shapedNoun = (k: number) =>
    k < n && !common(k) && hasVerbalNounShape(text, words[k]!.start, words[k]!.end);
  const eventStart = (k: number) => patterns.eventNouns.has(keys[k]!) || shapedNoun(k);
  const mayEnd = (k: number) =>
    !common(k) && !verb(k) && !eventStart(k) && !headsConstruct(keys[k]!, patterns.constructHeads);
  // After a word that nothing can continue (an adverb in -ا, a number, a closing parenthesis or full stop), a
  // definite subject opens a headline even when it reads as a nisba (`… غدا الأهلي يواجه …`).
  const hardEnd = (k: number) => closesHard(text, words[k]!.start, words[k]!.end);
  const definiteHead = (k: number) => {
    if (!articleOnly(k) || patterns.timeWords.has(keys[k]!) || holdsInnerArticle(text, words[k]!))
      return false;
    let j = k + 1;
    while (j < k + 1 + MAX_SUBJECT_ADJECTIVES && articleOnly(j) && adjective(j)) j++;
    return verb(j);
  };
  const widerStart = (k: number) =>
    (mayEnd(k - 1) && (patterns.eventNouns.has(keys[k]!) || (shapedNoun(k) && endsClause(k - 1)))) ||
    (hardEnd(k - 1) &&
      (definiteHead(k) ||
        opensHeadline(k) ||
        (bareNoun(k) && !startsWithPreposition(text, words[k]!) && verb(k + 1))));
  // A particle, maybe after `و` (`إن`, `وإن`): a noun after it opens a clause of a sentence, not ends a headline.
  const commonish = (k: number) =>
    common(k) || (keys[k]!.charCodeAt(0) === 0x648 && patterns.commonWords.has(keys[k]!.slice(1)));
  // Where the subject of the verb at `v` starts, not before `floor`, or -1: its definite words (`الأهلي`,
  // `المنتخب الأولمبي`) and the noun of a body or office heading them (`وزارة النفط`, `منتخب الشباب`; a
  // lexicon list: another bare word there ends the headline before, `مطار مسقط المنتخب يخسر`), or a name alone
  // (`بيراميدز يتقدم`), not an indefinite noun or adjective, which a verb after it describes (`زيارة تستمر`).
  const clauseSubjectStart = (v: number, floor: number) => {
    let j = v - 1;
    while (j >= floor && v - 1 - j < MAX_SUBJECT_ADJECTIVES && articleOnly(j) && adjective(j)) j--;
    // A definite word holding a second article is two words glued that no cue cut (`المقبلالبنك`): no subject.
    if (j >= floor && articleOnly(j) && holdsInnerArticle(text, words[j]!)) return -1;
    if (j >= floor && articleOnly(j) && !patterns.timeWords.has(keys[j]!)) j--;
    if (j < v - 1) {
      // A listed adjective or word of time at the left edge closes the headline before (`… الأسبوع المقبل
      // البلدية تعلن`, `… القطار الجديدة النادي الأهلي يتعاقد`): the subject starts after it.
      let at = j + 1;
      while (at < v - 1 && (patterns.definiteAdjectives.has(keys[at]!) || patterns.timeWords.has(keys[at]!)))
        at++;
      if (at === j + 1 && j >= floor && bareNoun(j) && patterns.subjectHeads.has(keys[j]!)) at = j;
      // An adjective at the left edge that agrees with the definite word before it is that word's (`بسبب
      // العاصفة البلدية تعلن`, `المزارعين المتضررين النادي يتعاقد`): the subject starts after it.
      // A definite plural in -ين after another is its adjective as well (`المزارعين المتضررين البلدية تعلن`).
      while (
        at < v - 1 &&
        at > 0 &&
        (adjective(at) || endsInYehNoon(text, words[at]!)) &&
        definite(at - 1) &&
        agree(text, words[at - 1]!, words[at]!)
      )
        at++;
      return at >= floor ? at : -1;
    }
    return j >= floor && bareNoun(j) && isNameLike(text, words[j]!) && !startsWithPreposition(text, words[j]!)
      ? j
      : -1;
  };

  // A word that can close the headline before such a subject: a definite word, a name, a noun in -ين, an
  // adverb in -ا, a number; not a bare noun in -ة or -ي, which heads a construct as often (`ولاية نهر النيل`).
  const endsClause = (k: number) => {
    const w = words[k]!;
    return (
      definite(k) ||
      hardEnd(k) ||
      digitValue(text.charCodeAt(w.end - 1)) >= 0 ||
      yehNoon(k) ||
      (bareNoun(k) && isNameLike(text, w) && k > 0 && !commonish(k - 1))
    );
  };
  const cuts: number[] = [];
  // Word indices where the pieces start, and the end.
  const starts: number[] = [0];
  for (let k = MIN_JOINED_WORDS; k + MIN_JOINED_WORDS <= n; k++) {
    if (k - starts[starts.length - 1]! < MIN_JOINED_WORDS) continue;
    const spaceCut = spaced === null || spaced[k]!;
    if (words[k]!.glued || (spaceCut && ((closesPhrase(k - 1) && opensHeadline(k)) || widerStart(k)))) {
      cuts.push(words[k]!.start);
      starts.push(k);
    }
  }
  starts.push(n);
  // A piece longer than most headlines holds two whose cut no cue above found: it is cut again where a
  // subject and its verb open a clause far enough into it (`… في أم درمان المنتخب الأولمبي يصل …`), on a glued
  // line too (`… 400 دار نشر وزير الثقافة يزور …`).
  for (let q = 0; q + 1 < starts.length; q++) {
    const a = starts[q]!;
    const b = starts[q + 1]!;
    if (b - a <= REFINE_WORDS) continue;
    for (let v = a + MIN_JOINED_WORDS + 1; v + 1 < b; v++) {
      if (!verb(v)) continue;
      const at = clauseSubjectStart(v, a + MIN_JOINED_WORDS);
      if (at < 0 || b - at < MIN_JOINED_WORDS || !mayEnd(at - 1)) continue;
      // The noun of a body heading the subject (`… إلى مستويات قياسية مجلس الوزراء يقرر …`) opens the second
      // headline of a piece too long for one after any word that may end one, a noun in -ة included.
      if (!endsClause(at - 1) && !(bareNoun(at) && patterns.subjectHeads.has(keys[at]!))) continue;
      starts.splice(q + 1, 0, at);
      cuts.splice(q, 0, words[at]!.start);
      break;
    }
  }
  if (cuts.length + 1 < minItems) return [];
  // Every colon stands within the first words of its headline, after its speaker or source.
  for (let q = 0; q + 1 < starts.length; q++) {
    for (let k = starts[q]!; k < starts[q + 1]!; k++) {
      if (holdsColon(text, words[k]!) && (k - starts[q]! >= MAX_COLON_HEAD_WORDS || !colonAt(k))) {
        return [];
      }
    }
  }
  // Under a header the line is a strip: its pieces are kept even where one may hold two headlines (a piece
  // with no cue inside costs one item, where refusing the line would lose them all).
  if (underHeader) return cuts;
  // Ticker headlines run to sixteen words; a longer piece is two headlines with no cue between them.
  for (let q = 0; q + 1 < starts.length; q++) if (starts[q + 1]! - starts[q]! > MAX_JOINED_WORDS) return [];
  // A piece that opens another headline past its first words (a subject and its verb, or a verbal noun of an
  // event) may hold two headlines whose cut has no cue: then no piece can be trusted, and the line stays whole.
  for (let q = 0; q + 1 < starts.length; q++) {
    const end = starts[q + 1]!;
    for (let k = starts[q]! + INNER_START_OFFSET; k + 1 < end; k++) {
      if (definite(k) && verb(k + 1)) return [];
      if (closesPhrase(k - 1) && (opensHeadline(k) || (bareNoun(k) && verb(k + 1)))) return [];
      if (!gluedLine && patterns.eventNouns.has(keys[k]!) && endsPlacePhrase(k - 1)) return [];
    }
  }
  return cuts;
}

/**
 * For each word of a glued line, whether a space before it may cut: the word stands in a piece between two glues
 * (or a glue and an end) of more than {@link REFINE_WORDS} words, {@link MIN_JOINED_WORDS} words or more from the
 * piece's start and end. On made-up strips that glue most headlines and join some with a space or a source,
 * pieces of more than sixteen words only found 0.69 of the items, of more than ten 0.95 (precision 0.84 -> 0.97).
 */
function spacedInLongPieces(words: readonly Word[]): boolean[] {
  const spaced = new Array<boolean>(words.length).fill(false);
  let start = 0;
  for (let k = 1; k <= words.length; k++) {
    if (k < words.length && !words[k]!.glued) continue;
    if (k - start > REFINE_WORDS) {
      for (let j = start + MIN_JOINED_WORDS; j + MIN_JOINED_WORDS <= k; j++) spaced[j] = true;
    }
    start = k;
  }
  return spaced;
}

function holdsColon(text: string, w: Word): boolean {
  for (let i = w.start; i < w.end; i++) if (text.charCodeAt(i) === COLON) return true;
  return false;
}

/** Words of a speaker or source before the colon that opens a headline, at most (`الحماية المدنية:`). */
const MAX_COLON_HEAD_WORDS = 3;

/** Definite adjectives between a definite subject and its verb, at most (`الاتحاد الأوروبي يفرض`). */
const MAX_SUBJECT_ADJECTIVES = 2;

/** Letters of a definite nisba before its endings, at least: the article, two letters and yeh (`الجوي`). */
const MIN_NISBA_LENGTH = 5;

/** The word opens with the article itself, U+0627 U+0644, with no prefix before it. */
function startsWithArticle(text: string, w: Word): boolean {
  return text.charCodeAt(w.start) === ALEF && text.charCodeAt(w.start + 1) === LAM;
}

/**
 * A nisba adjective: `-ي` (U+064A), `-ية` (U+064A U+0629), `-يون`/`-يين` (U+064A U+0648 U+0646 / U+064A
 * U+064A U+0646), after the article and two letters or more (`الجوي`, `الزراعية`, `الأوروبيين`). Not `-يات`:
 * `الولايات` is a noun.
 */
/**
 * The definite word holds a second `ال` with three letters or more after it (`الدائريالكويت`): two words glued
 * whose cut no other cue found, never the head of a subject. `الاحتلال`, `الاتصالات` end with theirs.
 */
function holdsInnerArticle(text: string, w: Word): boolean {
  for (let i = w.start + 2 + MIN_BEFORE_ARTICLE; i + 2 + MIN_AFTER_ARTICLE <= w.end; i++) {
    if (text.charCodeAt(i) === ALEF && text.charCodeAt(i + 1) === LAM) return true;
  }
  return false;
}

/**
 * A word in `-ي` (U+064A) of three letters or more read as an indefinite nisba (`فني`, `رسمي`, `جنوبي`), not a
 * noun of the shape فاعي (`وادي`, `نادي`: alef second), whose yeh is its root's.
 */
function isIndefiniteNisba(text: string, w: Word): boolean {
  const length = w.end - w.start;
  if (length < 3 || text.charCodeAt(w.end - 1) !== YEH) return false;
  return !(length === 4 && text.charCodeAt(w.start + 1) === ALEF);
}

/** A sound masculine plural in `-ون` (U+0648 U+0646) after the article and three letters: `المتعاقدون`. */
function endsInWawNoon(text: string, w: Word): boolean {
  return w.end - w.start >= 7 && text.charCodeAt(w.end - 2) === 0x648 && text.charCodeAt(w.end - 1) === NOON;
}

function isNisba(text: string, w: Word): boolean {
  // `النادي`, `الوادي`: a noun of the shape فاعي after the article, whose yeh is its root's.
  if (w.end - w.start === 6 && startsWithArticle(text, w) && text.charCodeAt(w.start + 3) === ALEF)
    return false;
  let e = w.end;
  const last = text.charCodeAt(e - 1);
  if (last === TEH_MARBUTA) e--;
  else if (last === NOON && (text.charCodeAt(e - 2) === 0x648 || text.charCodeAt(e - 2) === YEH)) {
    e -= 2;
  }
  return e - w.start >= MIN_NISBA_LENGTH && text.charCodeAt(e - 1) === YEH;
}

/**
 * Words into a piece from which a start of a headline inside it makes the piece suspect: before it, the subject
 * and verb are the piece's own (`وزير الصحة يفتتح`).
 */
const INNER_START_OFFSET = 3;

/**
 * ب U+0628 or ل U+0644 first: a preposition glued to a noun (`بمراكش`, `لساعات`) ends a headline more often
 * than a subject opens one.
 */
function startsWithPreposition(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  return c === 0x628 || c === LAM;
}

const HAMZA_ALEF_BELOW = 0x625;
const SEEN = 0x633;

/**
 * Whether the word `[start, end)` has the shape of a verbal noun of a derived verb, which opens headlines of
 * events as the lexicon's list does: form IV `إفعال` / `إفالة` (U+0625 first: `إقفال`, `إصابة`; also written with
 * a bare alef, `اغلاق`), form VII `انفعال` (`انقطاع`), form VIII `افتعال` with its ت, ط or د (`ارتفاع`,
 * `اصطدام`, `ازدحام`), form X `استفعال` / `استفالة` (`استبعاد`, `استقالة`) and form II `تفعيل` (`تعديل`,
 * `تقنين`), each maybe with the plural `-ات`. The article, a prefix or a final alef of tanween
 * (`استعدادا`, `احتجاجا`: adverbs that go on a sentence) makes no such word.
 */
export function hasVerbalNounShape(text: string, start: number, end: number): boolean {
  let e = end;
  // The plural `-ات` (U+0627 U+062A) of the six letters of the shapes below.
  if (e - start >= 7 && text.charCodeAt(e - 1) === TEH && text.charCodeAt(e - 2) === ALEF) e -= 2;
  const n = e - start;
  if (n < 5 || !allArabicLetters(text, start, end)) return false;
  const at = (i: number) => text.charCodeAt(start + i);
  const last = text.charCodeAt(end - 1);
  if (last === ALEF) return false;
  const first = at(0);
  // تفعيل: not a nisba in -ية (`تركية`).
  if (first === TEH)
    return n === 5 && at(3) === YEH && at(1) !== ALEF && at(2) !== ALEF && at(4) !== TEH_MARBUTA;
  if (first !== ALEF && first !== HAMZA_ALEF_BELOW) return false;
  if (at(1) === LAM) return false;
  // إفعال, إفالة: the alef before the last letter, or the hollow root's alef before a teh marbuta.
  if (n === 5)
    return at(3) === ALEF || (first === HAMZA_ALEF_BELOW && at(2) === ALEF && at(4) === TEH_MARBUTA);
  if (first !== ALEF) return false;
  if (n === 6) {
    const infix = at(2);
    return at(4) === ALEF && (at(1) === NOON || infix === TEH || infix === 0x637 || infix === 0x62f);
  }
  // استفعال, استفالة.
  return (
    n === 7 &&
    at(1) === SEEN &&
    at(2) === TEH &&
    (at(5) === ALEF || (at(4) === ALEF && at(6) === TEH_MARBUTA))
  );
}

/**
 * Whether the word ends a phrase so that nothing after it can be its adjective or the second term of its
 * construct: an adverb in alef tanween (`غدا`, `رسميا`, `شهرا`; U+0627 last), a closing parenthesis, quotation
 * mark or full stop (U+0029, U+00BB, U+0022, U+201D, U+002E). Not a number: its counted noun follows it.
 */
function closesHard(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === CLOSING_PAREN || last === 0xbb || last === 0x22 || last === 0x201d || last === FULL_STOP) {
    return true;
  }
  // Not the pronoun suffix `-ها` (U+0647 U+0627: `لها`, `منها`), nor a verb's plural `-وا` (U+0648 U+0627:
  // `قالوا`, `سلبوا`, whose object follows), whose alef is no tanween.
  const before = text.charCodeAt(end - 2);
  return end - start >= 3 && last === ALEF && before !== 0x647 && before !== WAW && isArabicLetter(before);
}

/** Whether the folded word, or the word after a one-letter prefix (`بحالات`, `وموعد`), heads a construct. */
function headsConstruct(key: string, heads: ReadonlySet<string>): boolean {
  if (heads.has(key)) return true;
  return key.length > 3 && isArticlePrefix(key.charCodeAt(0)) && heads.has(key.slice(1));
}

/**
 * Whether two words end alike as a noun and its adjective do: both in -ة (U+0629), both in -ين or both in -ون
 * (U+064A U+0646, U+0648 U+0646), both in -ات (U+0627 U+062A).
 */
function agree(text: string, a: Word, b: Word): boolean {
  const ending = (w: Word) => {
    const last = text.charCodeAt(w.end - 1);
    if (last === TEH_MARBUTA) return 1;
    const before = text.charCodeAt(w.end - 2);
    if (last === NOON && before === YEH) return 2;
    if (last === NOON && before === 0x648) return 3;
    if (last === TEH && before === ALEF) return 4;
    return 0;
  };
  const e = ending(a);
  return e !== 0 && e === ending(b);
}

/** Code units of a plural in -و in construct, at least (`معلمو`); shorter words in -و are names (`أبو`). */
const MIN_CONSTRUCT_PLURAL_LENGTH = 5;

/** Words of a piece past which it is looked into for a second headline. */
const REFINE_WORDS = 10;

/**
 * Whether a bare word reads as a name rather than an indefinite noun or adjective: no ending of those, -ة,
 * -ي, -ات, -ين, -ون or alef tanween (U+0629; U+064A; U+0627 U+062A; U+064A U+0646; U+0648 U+0646; U+0627).
 */
function isNameLike(text: string, w: Word): boolean {
  const last = text.charCodeAt(w.end - 1);
  const before = text.charCodeAt(w.end - 2);
  if (last === TEH_MARBUTA || last === YEH || last === ALEF) return false;
  // A plural in -و (U+0648) heads a construct, its nun dropped (`منسقو الاستجابة`, `موظفو البلدية`).
  if (last === WAW && w.end - w.start >= MIN_CONSTRUCT_PLURAL_LENGTH) return false;
  if (last === TEH && before === ALEF) return false;
  return !(last === NOON && (before === YEH || before === 0x648));
}
