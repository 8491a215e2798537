/**
 * What a word is, for the speaker grammar: a speech cue, a complementizer, a title, an organisation head, a
 * name-like word … A word is looked up as written and with its prefixes taken off (the conjunctions و/ف, the
 * prepositions ب/ل/ك, the article ال and the fused لل/بال), and for some classes with a pronoun suffix taken
 * off. Answers are memoised per compiled lexicon (shared by every parse with it), so every distinct word is
 * analysed once; a token reaches its word's analysis through its key's entry in the tokenizer's key table.
 */
import { hasDigit } from "../internal/chars.js";
import { type CompiledQuotes, type CueForm, PHRASE_LISTS, type PhraseIndex } from "./cues.js";
import type { Token } from "./text.js";

/** Bits of {@link WordInfo.classes}, one per yes/no property of a word (at most 30: V8 small integers). */
const CONJUNCTION = 1 << 0;
const DEFINITE = 1 << 1;
const PREPOSITION = 1 << 2;
const WEAK_CUE = 1 << 3;
const CUE_SUFFIX = 1 << 4;
const COMPLEMENTIZER = 1 << 5;
const ROLE = 1 << 6;
const RELATION = 1 << 7;
const HONORIFIC = 1 << 8;
const ORGANIZATION = 1 << 9;
const ORGANIZATION_TYPE = 1 << 10;
const ANONYMOUS = 1 << 11;
const DOCUMENT = 1 << 12;
const SPEECH_EVENT = 1 << 13;
const TIME = 1 << 14;
const RELATIVE = 1 << 15;
const OPENER = 1 << 16;
const AUXILIARY = 1 << 17;
const ADJUNCT = 1 << 18;
const FUNCTION = 1 << 19;
const BLOCKER = 1 << 20;
const BREAKER = 1 << 21;
const PARTICLE = 1 << 22;
const QUANTIFIER = 1 << 23;
const NAME_LIKE = 1 << 24;
const NUMERIC = 1 << 25;
const PLURAL = 1 << 26;
const STOP = 1 << 27;
const LEADS_COMPLEMENTIZER = 1 << 28;

/**
 * The analysis of one folded word. The yes/no properties are bits of one number, read through getters: an
 * article's few thousand analyses stay small (a few words of memory each), so that the first look at a
 * word in a paragraph, which is a cache miss, brings in all of it.
 */
export class WordInfo {
  /** The folded word. */
  readonly key: string;
  /** The word without a leading و/ف when that reading is a known word (else the word itself). */
  readonly bare: string;
  /** The word without conjunction, preposition and article. */
  readonly base: string;
  /** The speech cue this word is, if any (a verb, participle or speech noun). */
  readonly cue: CueForm | null;
  /** The yes/no properties below, as bits. */
  readonly classes: number;
  /** Bit `1 << slot` set when {@link phraseStarts} has a phrase for that slot. */
  readonly phraseMask: number;
  /**
   * Per phrase list and reading ({@link phraseSlot}): the phrases whose first word this word can be. The
   * grammar asks "does a phrase start here?" at almost every token, and the answer for the first word
   * depends only on the word, so it is kept with the analysis.
   */
  readonly phraseStarts: readonly (readonly Phrase[])[];

  constructor(
    key: string,
    bare: string,
    base: string,
    cue: CueForm | null,
    classes: number,
    phraseMask: number,
    phraseStarts: readonly (readonly Phrase[])[],
  ) {
    this.key = key;
    this.bare = bare;
    this.base = base;
    this.cue = cue;
    this.classes = classes;
    this.phraseMask = phraseMask;
    this.phraseStarts = phraseStarts;
  }

  /** Whether the word starts with the conjunction و/ف (in the reading that is a known word). */
  get conjunction(): boolean {
    return (this.classes & CONJUNCTION) !== 0;
  }

  /** Whether the word carries the article ال (also لل، بال، وال …). */
  get definite(): boolean {
    return (this.classes & DEFINITE) !== 0;
  }

  /** Whether the word starts with a glued preposition ب/ل/ك. */
  get preposition(): boolean {
    return (this.classes & PREPOSITION) !== 0;
  }

  /** Whether the cue is a weak form (also a common noun or preposition). */
  get weakCue(): boolean {
    return (this.classes & WEAK_CUE) !== 0;
  }

  /** Whether the cue carries an object pronoun (قالته، اعتبره). */
  get cueSuffix(): boolean {
    return (this.classes & CUE_SUFFIX) !== 0;
  }

  /** A complementizer (أن، إن، بأن، أنه …), with or without و. */
  get complementizer(): boolean {
    return (this.classes & COMPLEMENTIZER) !== 0;
  }

  /** A title of office or occupation (with or without ال and a glued preposition). */
  get role(): boolean {
    return (this.classes & ROLE) !== 0;
  }

  /** A relation (والد، صديقة), also with a pronoun suffix. */
  get relation(): boolean {
    return (this.classes & RELATION) !== 0;
  }

  /** An honorific (الدكتور، السيد). */
  get honorific(): boolean {
    return (this.classes & HONORIFIC) !== 0;
  }

  /** The head of an organisation's name (وزارة، المرصد). */
  get organization(): boolean {
    return (this.classes & ORGANIZATION) !== 0;
  }

  /** A type noun before a body's proper name (نادي، صحيفة). */
  get organizationType(): boolean {
    return (this.classes & ORGANIZATION_TYPE) !== 0;
  }

  /** An unnamed source (مصدر، شهود). */
  get anonymous(): boolean {
    return (this.classes & ANONYMOUS) !== 0;
  }

  /** A document that speaks (بيان، تقرير). */
  get document(): boolean {
    return (this.classes & DOCUMENT) !== 0;
  }

  /** An occasion of speech (تصريحات، مؤتمر), also with a pronoun suffix. */
  get speechEvent(): boolean {
    return (this.classes & SPEECH_EVENT) !== 0;
  }

  /** A time word (أمس، اليوم). */
  get time(): boolean {
    return (this.classes & TIME) !== 0;
  }

  /** A relative pronoun (الذي، التي). */
  get relative(): boolean {
    return (this.classes & RELATIVE) !== 0;
  }

  /** A clause opener (لكن، كما). */
  get opener(): boolean {
    return (this.classes & OPENER) !== 0;
  }

  /** An auxiliary verb (كان، ظل). */
  get auxiliary(): boolean {
    return (this.classes & AUXILIARY) !== 0;
  }

  /** A preposition that opens an adjunct (في، خلال). */
  get adjunct(): boolean {
    return (this.classes & ADJUNCT) !== 0;
  }

  /** A function word. */
  get function(): boolean {
    return (this.classes & FUNCTION) !== 0;
  }

  /** A word that makes the complementizer after it belong to another construction (بعد أن). */
  get blocker(): boolean {
    return (this.classes & BLOCKER) !== 0;
  }

  /** A word that ends an organisation chain. */
  get breaker(): boolean {
    return (this.classes & BREAKER) !== 0;
  }

  /** A particle inside a name (بن، أبو). */
  get particle(): boolean {
    return (this.classes & PARTICLE) !== 0;
  }

  /** A quantifier that heads a plural description (كثير من …). */
  get quantifier(): boolean {
    return (this.classes & QUANTIFIER) !== 0;
  }

  /** A word that can be part of a name: none of the classes above, and not a number. */
  get nameLike(): boolean {
    return (this.classes & NAME_LIKE) !== 0;
  }

  /** Whether the word is written with digits only. */
  get numeric(): boolean {
    return (this.classes & NUMERIC) !== 0;
  }

  /** A definite plural (المتضررون، المسؤولين، القوات) or an indefinite sound plural. */
  get plural(): boolean {
    return (this.classes & PLURAL) !== 0;
  }

  /**
   * Whether the word ends every speaker phrase by itself (a complementizer, a third-person speech verb or
   * participle, a time word, a relative pronoun, an adjunct preposition or a clause opener).
   */
  get stop(): boolean {
    return (this.classes & STOP) !== 0;
  }

  /**
   * This word read as part of a place's name (سوق الثلاثاء، حي الجمعة): a time word after a place noun in
   * construct names the place; it neither ends the phrase nor is a time.
   */
  asPlaceName(): WordInfo {
    return new WordInfo(
      this.key,
      this.bare,
      this.base,
      this.cue,
      (this.classes & ~(TIME | STOP)) | NAME_LIKE,
      this.phraseMask,
      this.phraseStarts,
    );
  }

  /**
   * This word read as ف + a complementizer only (فإن written with hamza U+0625, folded to the name particle
   * فان of فان دايك): no name word.
   */
  asComplementizer(): WordInfo {
    return new WordInfo(
      this.key,
      this.bare,
      this.base,
      this.cue,
      this.classes & ~(PARTICLE | NAME_LIKE),
      this.phraseMask,
      this.phraseStarts,
    );
  }

  /**
   * This word read as و + the preposition إلى only (وإلى written with hamza U+0625 or alef maksura U+0649,
   * folded to the title والي "governor"): a grammar word, no title or name word.
   */
  asPreposition(): WordInfo {
    return new WordInfo(
      this.key,
      this.bare,
      this.base,
      this.cue,
      (this.classes & ~(ROLE | NAME_LIKE)) | FUNCTION,
      this.phraseMask,
      this.phraseStarts,
    );
  }

  /** Whether the word (read without و/ف) is a preposition that can stand before a complementizer (إلى أن، على أن). */
  get leadsComplementizer(): boolean {
    return (this.classes & LEADS_COMPLEMENTIZER) !== 0;
  }
}

/** A multi-word lexicon entry: its folded words. */
export type Phrase = readonly string[];

/** No phrase starts with the word (shared, so that a miss allocates nothing). */
const NO_PHRASES: readonly Phrase[] = [];

const WAW = "\u0648";
const ALI = "\u0639\u0644\u064A";
const NAME_ALI = "\u0639\u0644\u064A\u0001";

/** The last letter of a word as written (diacritics and tatweel skipped). */
function lastLetter(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    return text[i] as string;
  }
  return "";
}
const FEH = "\u0641";

/** Readings of a word: as written, and without a leading و/ف. */
function conjunctionReadings(key: string): string[] {
  const first = key[0];
  return (first === WAW || first === FEH) && key.length > 2 ? [key, key.slice(1)] : [key];
}

/** The word without article and glued preposition: [base, definite, preposition]. */
function strip(word: string): [string, boolean, boolean] {
  if (word.length > 3 && word.startsWith("\u0627\u0644")) return [word.slice(2), true, false];
  if (word.length > 3 && word.startsWith("\u0644\u0644")) return [word.slice(2), true, true];
  if (word.length > 4 && (word.startsWith("\u0628\u0627\u0644") || word.startsWith("\u0643\u0627\u0644")))
    return [word.slice(3), true, true];
  const c = word[0];
  if (word.length > 3 && (c === "\u0628" || c === "\u0644" || c === "\u0643"))
    return [word.slice(1), false, true];
  return [word, false, false];
}

/** Whether a folded word is a title, body, place, source or document head of the lexicon as written. */
function wholeWordHead(lex: CompiledQuotes, word: string): boolean {
  return (
    lex.organizationHeads.has(word) ||
    lex.organizationTypeNouns.has(word) ||
    lex.roleTitles.has(word) ||
    lex.placeNouns.has(word) ||
    lex.anonymousSources.has(word) ||
    lex.documentNouns.has(word)
  );
}

/** Most analyses kept per compiled lexicon; past it the memo starts over (news vocabulary fits well within). */
const MEMO_SIZE = 50_000;

/** Analyses by compiled lexicon: a word's analysis depends only on the word and the lexicon. */
const memos = new WeakMap<CompiledQuotes, Map<string, WordInfo>>();

/** Memoised word analysis over one compiled lexicon (the memo is shared by every parse with that lexicon). */
export class Words {
  readonly lex: CompiledQuotes;
  readonly #memo: Map<string, WordInfo>;
  constructor(lex: CompiledQuotes) {
    this.lex = lex;
    let memo = memos.get(lex);
    if (!memo) {
      memo = new Map();
      memos.set(lex, memo);
    }
    this.#memo = memo;
  }

  /** The analysis of a word token (or of a folded key). */
  of(token: Token | string): WordInfo {
    // A token finds its analysis on its key's entry (no hash lookup), when this lexicon put it there last.
    // علي (the name Ali) and على (the preposition) share a key, so that key always goes to the memo.
    const entry = typeof token === "string" ? null : token.entry;
    if (entry !== null && entry.owner === this.lex && entry.key !== ALI) return entry.value as WordInfo;
    let key = typeof token === "string" ? token : token.key;
    // The written final letter tells the name علي from the preposition على.
    if (typeof token !== "string" && key === ALI && lastLetter(token.text) === "\u064A") key = NAME_ALI;
    let info = this.#memo.get(key);
    if (!info) {
      info = this.#analyse(key);
      if (this.#memo.size >= MEMO_SIZE) this.#memo.clear();
      this.#memo.set(key, info);
    }
    if (entry !== null && entry.key !== ALI) {
      entry.owner = this.lex;
      entry.value = info;
    }
    return info;
  }

  /** Whether `key` (a stem) is in `set`, as is or with a pronoun suffix taken off (teh restored to teh marbuta). */
  #withSuffix(key: string, set: ReadonlySet<string>): boolean {
    if (set.has(key)) return true;
    for (const s of this.lex.pronounSuffixes) {
      if (key.length <= s.length + 1 || !key.endsWith(s)) continue;
      const stem = key.slice(0, -s.length);
      if (set.has(stem)) return true;
      if (stem.endsWith("\u062A") && set.has(`${stem.slice(0, -1)}\u0647`)) return true;
      // لقائه: a final hamza is written on a yeh seat before a suffix.
      if (stem.endsWith("\u0626") && set.has(`${stem.slice(0, -1)}\u0621`)) return true;
    }
    return false;
  }

  /** Whether `key` is a title with a pronoun suffix of {@link CompiledQuotes.titleSuffixes} (منسقها، مديرتهم). */
  #suffixedTitle(key: string): boolean {
    for (const s of this.lex.titleSuffixes) {
      if (key.length <= s.length + 2 || !key.endsWith(s)) continue;
      const stem = key.slice(0, -s.length);
      if (this.lex.roleTitles.has(stem)) return true;
      if (stem.endsWith("\u062A") && this.lex.roleTitles.has(`${stem.slice(0, -1)}\u0647`)) return true;
    }
    return false;
  }

  #cue(key: string): [CueForm | null, boolean] {
    const lex = this.lex;
    const direct = lex.cueForms.get(key);
    if (direct) return [direct, false];
    for (const s of lex.pronounSuffixes) {
      if (key.length <= s.length + 2 || !key.endsWith(s)) continue;
      const form = lex.cueForms.get(key.slice(0, -s.length));
      if (form && form.type === "verb") return [form, true];
    }
    // Speech nouns with a pronoun suffix or the article: قوله، قولها، القول، تصريحاته.
    const [base] = strip(key);
    if (this.#withSuffix(base, lex.speechNouns))
      return [{ lemma: base, type: "noun", gender: null, plural: false, imperfect: false }, false];
    return [null, false];
  }

  #analyse(written: string): WordInfo {
    // علي the name: the classes of an unknown word (ززز), under the spelling علي.
    const nameAli = written === NAME_ALI;
    const key = nameAli ? "\u0632\u0632\u0632" : written;
    const lex = this.lex;
    let readings = conjunctionReadings(key);
    let chosen = key;
    let conjunction = false;
    let cue: CueForm | null = null;
    let cueSuffix = false;
    for (const r of readings) {
      const [c, suffixed] = this.#cue(r);
      // A weak form with a pronoun (نقلهم، ذكره) is the noun: "their transfer", "his mention".
      if (c && suffixed && lex.weakCues.has(lex.cueForms.has(r) ? r : stripSuffix(r, lex.pronounSuffixes)))
        continue;
      if (c) {
        cue = c;
        cueSuffix = suffixed;
        chosen = r;
        conjunction = r !== key;
        break;
      }
    }
    const has = (set: ReadonlySet<string>) => readings.some((r) => set.has(r));
    const hasBase = (set: ReadonlySet<string>, suffix = false) =>
      readings.some((r) => {
        const [b, def] = strip(r);
        // (A word with ال takes no pronoun suffix: الجاري is "the current", not جار + ي, "my neighbour".)
        if (suffix && !def ? this.#withSuffix(b, set) || this.#withSuffix(r, set) : set.has(b) || set.has(r))
          return true;
        // مصدرا، مسؤولا، وزيرا: the indefinite accusative is written with a final alef (U+0627) after أن/إن.
        return !def && b.length > 3 && b.endsWith("\u0627") && set.has(b.slice(0, -1));
      });
    // The reading without و/ف wins when only it is a known word (والد is a word; وقال is و + قال).
    if (!cue && readings.length > 1) {
      const known = (r: string) => {
        const [b] = strip(r);
        return (
          lex.roleTitles.has(b) ||
          lex.relationTitles.has(b) ||
          lex.organizationHeads.has(b) ||
          lex.anonymousSources.has(b) ||
          lex.honorifics.has(r) ||
          lex.complementizers.has(r) ||
          lex.relativePronouns.has(r) ||
          lex.timeWords.has(r) ||
          (r.startsWith("\u0627\u0644") && r.length > 3)
        );
      };
      if (!known(key) && known(readings[1] as string)) {
        chosen = readings[1] as string;
        conjunction = true;
      } else if (lex.roleTitles.has(key) || lex.relationTitles.has(key)) {
        // والي ولاية X، ولي أمر: a title written whole is that title; the reading و + إلى، و + لي (U+0648
        // then a preposition) would make it a stop word.
        readings = [key];
      }
    }
    let [base, definite, preposition] = strip(chosen);
    // بلدية، بيان، لجنة: a head word that starts with the letter of a preposition is that word, not ب/ل + a stem.
    if (preposition && !definite && !wholeWordHead(lex, base) && wholeWordHead(lex, chosen)) {
      base = chosen;
      preposition = false;
    }
    // لبنان، بيروت: a place name that starts with the letter of a preposition is that name.
    if (preposition && !definite && lex.prepositionLikeNames.has(chosen)) {
      base = chosen;
      preposition = false;
    }
    // بحي الشهداء (U+0628 + حي): a glued ب/ل/ك before a two-letter place noun, which strip() keeps whole.
    const lead = chosen[0];
    if (
      !preposition &&
      chosen.length === 3 &&
      (lead === "\u0628" || lead === "\u0644" || lead === "\u0643") &&
      lex.placeNouns.has(chosen.slice(1))
    ) {
      base = chosen.slice(1);
      preposition = true;
    }
    const numeric = isNumeric(chosen);
    const complementizer = has(lex.complementizers);
    // منسقها الميداني، مديرهم: a title whose genitive is a pronoun (not on a definite or prepositional word).
    const role = hasBase(lex.roleTitles) || (!preposition && !definite && this.#suffixedTitle(chosen));
    const relation = hasBase(lex.relationTitles, true);
    const honorific = has(lex.honorifics);
    const organization = hasBase(lex.organizationHeads);
    const organizationType = hasBase(lex.organizationTypeNouns);
    const anonymous = hasBase(lex.anonymousSources);
    const document = hasBase(lex.documentNouns, true);
    const speechEvent = hasBase(lex.speechEventNouns, true);
    const time = has(lex.timeWords);
    const relative = has(lex.relativePronouns);
    const opener = lex.clauseOpeners.has(key);
    const auxiliary = has(lex.auxiliaries);
    const adjunct = has(lex.adjunctPrepositions);
    const fn = has(lex.functionWords);
    const quantifier = lex.quantifiers.has(key);
    const blocker = has(lex.complementizerBlockers);
    const breaker = lex.chainBreakers.has(key);
    const particle = lex.nameParticles.has(key);
    // A first-person form (قلت، رأيت، نقول) is rare outside quotations and may be a name (رايت).
    const weakCue =
      cue !== null && (lex.weakCues.has(chosen) || (cue.person !== undefined && cue.person !== 3));
    const nameLike =
      (!cue || weakCue) &&
      !numeric &&
      !complementizer &&
      !role &&
      !honorific &&
      !organization &&
      !anonymous &&
      !document &&
      !time &&
      !relative &&
      !opener &&
      !auxiliary &&
      !adjunct &&
      !fn &&
      !quantifier &&
      !hasDigit(key) &&
      !(lex.trailingIntroducers.byFirst.get(key)?.some((p) => p.length === 1) ?? false) &&
      key.length > 1;
    const plural =
      (definite || conjunction) &&
      (base.endsWith("\u0648\u0646") || base.endsWith("\u064A\u0646") || base.endsWith("\u0627\u062A"));
    const spelling = nameAli ? ALI : key;
    const bare = nameAli ? ALI : chosen;
    const baseSpelling = nameAli ? ALI : base;
    const [phraseMask, phraseStarts] = phraseStartsOf(lex, spelling, bare, baseSpelling);
    const classes =
      (conjunction ? CONJUNCTION : 0) |
      (definite ? DEFINITE : 0) |
      (preposition ? PREPOSITION : 0) |
      (weakCue ? WEAK_CUE : 0) |
      (cueSuffix ? CUE_SUFFIX : 0) |
      (complementizer ? COMPLEMENTIZER : 0) |
      (role ? ROLE : 0) |
      (relation ? RELATION : 0) |
      (honorific ? HONORIFIC : 0) |
      (organization ? ORGANIZATION : 0) |
      (organizationType ? ORGANIZATION_TYPE : 0) |
      (anonymous ? ANONYMOUS : 0) |
      (document ? DOCUMENT : 0) |
      (speechEvent ? SPEECH_EVENT : 0) |
      (time ? TIME : 0) |
      (relative ? RELATIVE : 0) |
      (opener ? OPENER : 0) |
      (auxiliary ? AUXILIARY : 0) |
      (adjunct ? ADJUNCT : 0) |
      (fn ? FUNCTION : 0) |
      (blocker ? BLOCKER : 0) |
      (breaker ? BREAKER : 0) |
      (particle ? PARTICLE : 0) |
      (quantifier ? QUANTIFIER : 0) |
      (nameLike || particle ? NAME_LIKE : 0) |
      (numeric ? NUMERIC : 0) |
      (plural ? PLURAL : 0) |
      // What ends every speaker phrase by itself: a complementizer, a third-person speech verb or participle,
      // a time word, a relative pronoun, an adjunct preposition or a clause opener.
      (complementizer ||
      (cue !== null && cue.type !== "noun" && (cue.person ?? 3) === 3) ||
      time ||
      relative ||
      adjunct ||
      opener
        ? STOP
        : 0) |
      (lex.complementizerPrepositions.has(bare) ? LEADS_COMPLEMENTIZER : 0);
    return new WordInfo(spelling, bare, baseSpelling, cue, classes, phraseMask, phraseStarts);
  }
}

/** The slot of a phrase list read as written or loosely, in {@link WordInfo.phraseStarts}. */
export function phraseSlot(index: PhraseIndex, loose: boolean): number {
  return index.slot * 2 + (loose ? 1 : 0);
}

/** Per slot, no phrase (shared by every word that starts none). */
const NO_PHRASE_STARTS: readonly (readonly Phrase[])[] = /* @__PURE__ */ (() =>
  new Array(PHRASE_LISTS * 2).fill(NO_PHRASES))();

/**
 * The phrases of every list that can start with a word (key, reading without و/ف, base), by slot, and the
 * mask of the slots that have any: the first word of a phrase is matched here once per word, so that the
 * grammar only checks a phrase's other words at a token.
 */
function phraseStartsOf(
  lex: CompiledQuotes,
  key: string,
  bare: string,
  base: string,
): [number, readonly (readonly Phrase[])[]] {
  const first = key.charCodeAt(0);
  const withoutConjunction = (first === 0x0648 || first === 0x0641) && key.length > 2 ? key.slice(1) : null;
  const starts = lex.phraseFirstWords;
  // Most words start no phrase of any list: four lookups settle it.
  if (
    !starts.has(key) &&
    !starts.has(bare) &&
    !starts.has(base) &&
    (withoutConjunction === null || !starts.has(withoutConjunction))
  )
    return [0, NO_PHRASE_STARTS];
  let mask = 0;
  const bySlot: (readonly Phrase[])[] = [];
  for (const index of lex.phraseLists) {
    for (const loose of [false, true]) {
      const found = firstWordMatches(key, bare, base, index, loose);
      if (found.length > 0) mask |= 1 << phraseSlot(index, loose);
      bySlot[phraseSlot(index, loose)] = found;
    }
  }
  return [mask, bySlot];
}

/**
 * The phrases of `index` whose first word is the word as written, or, read loosely, the word without و/ف,
 * without its prefixes, or with ال where the phrase has it.
 */
function firstWordMatches(
  key: string,
  bare: string,
  base: string,
  index: PhraseIndex,
  loose: boolean,
): readonly Phrase[] {
  const byFirst = index.byFirst;
  const a = byFirst.get(key);
  const b = loose && bare !== key ? byFirst.get(bare) : undefined;
  const c = loose && base !== key && base !== bare ? byFirst.get(base) : undefined;
  // وجاء في: the conjunction comes off even when the word alone is in no list.
  const first = key.charCodeAt(0);
  const d =
    loose && (first === 0x0648 || first === 0x0641) && key.length > 2 ? byFirst.get(key.slice(1)) : undefined;
  if (!a && !b && !c && !d) return NO_PHRASES;
  const out: Phrase[] = [];
  for (const list of [a, b, c, d]) {
    if (!list) continue;
    for (const p of list) {
      const want = p[0] as string;
      const matches =
        key === want ||
        (loose &&
          (bare === want ||
            (d !== undefined && key.slice(1) === want) ||
            base === (want.startsWith("\u0627\u0644") ? want.slice(2) : want)));
      if (matches) out.push(p);
    }
  }
  return out.length > 0 ? out : NO_PHRASES;
}

function isNumeric(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c)) return false;
  }
  return true;
}

function stripSuffix(word: string, suffixes: readonly string[]): string {
  for (const s of suffixes)
    if (word.length > s.length + 2 && word.endsWith(s)) return word.slice(0, -s.length);
  return word;
}
