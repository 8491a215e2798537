/**
 * The speaker's noun phrase: where it ends and how it splits into a person's name, a role (title of office,
 * occupation or relation) and an organisation; or, for a speaker that is not a named person, an organisation,
 * an anonymous source (مصدر مسؤول في الحكومة), a document (بيان للمرصد → its issuer) or another description
 * (الشرطة وشهود عيان). A small left-to-right grammar over tokens; every step consumes a token or stops, so a
 * phrase costs time linear in its length (and phrases are capped at {@link MAX_PHRASE} tokens).
 */
import type { PhraseIndex } from "./cues.js";
import type { MarkPairing } from "./marks.js";
import { isColon, isComma, isDash, isSentenceEnd, type Token } from "./text.js";
import { type Phrase, phraseSlot, type WordInfo, type Words } from "./words.js";

/** A half-open range of token indexes. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** What kind of speaker a noun phrase names. */
export type PhraseKind = "person" | "role" | "organization" | "anonymous" | "document" | "generic";

/** A parsed speaker noun phrase. */
export interface NounPhrase {
  /** Token range of the whole phrase. */
  readonly start: number;
  readonly end: number;
  readonly kind: PhraseKind;
  /** The person's name (honorifics left out). */
  readonly name: Range | null;
  /** The role: title, occupation or relation with its complements, as written. */
  readonly role: Range | null;
  /** The description of a speaker that is not a named person (organisation, source, document, group). */
  readonly description: Range | null;
  /** For a document: the issuer (بيان للمرصد → المرصد). */
  readonly issuer: NounPhrase | null;
  /** An organisation named apart from the speaker (بجامعة الملك عبدالعزيز، يعمل في هيئة …). */
  readonly affiliation: Range | null;
  /** A short name in parentheses (وكالة الأنباء الرسمية (سانا)). */
  readonly alias: Range | null;
  /** Whether the phrase is plural (ناشطون، الشرطة وشهود عيان). */
  readonly plural: boolean;
}

/** Longest speaker phrase read, in tokens. */
export const MAX_PHRASE = 28;
/** Longest quotation read as a name inside a phrase (رئيس "الائتلاف"، "جاموس"), in words. */
const MAX_QUOTED_NAME = 4;
/** Longest body's name read in scare quotes as the subject (قالت "المؤسسة العامة لمياه الشرب" إن), in words. */
const MAX_QUOTED_BODY = 7;
/** Longest field phrase of a title set off by commas (في علم الاجتماع), in tokens with its preposition. */
const MAX_FIELD_PHRASE = 4;
/** Longest person name, in tokens. */
const MAX_NAME = 5;
/** Tokens an affiliation between a title and its name may run (بقسم … بجامعة …، ; في منظمة "سند" السودانية،). */
const MAX_AFFILIATION_TOKENS = 12;
/** Most tokens read past a title's chain to reach the name set off after it ({@link Grammar.longTitleEnd}). */
const MAX_TITLE_RUN = 18;

const FI = "\u0641\u064A"; // في
const MIN = "\u0645\u0646"; // من
const HUWA = "\u0648\u0647\u0648"; // وهو
const HIYA = "\u0648\u0647\u064A"; // وهي
const WALI = "\u0648\u0627\u0644\u064A"; // والي, the folded key of وإلى too
/** Written endings of teh (U+062A) with a pronoun suffix (زيارته، كلمتها، تجربتهم, تجربتهما). */
const TEH_PRONOUNS = ["\u062A\u0647", "\u062A\u0647\u0627", "\u062A\u0647\u0645", "\u062A\u0647\u0645\u0627"];

/** Whether a written word ends in teh and a pronoun suffix: a noun, never a given name. */
function tehWithPronoun(written: string): boolean {
  return TEH_PRONOUNS.some((ending) => written.endsWith(ending));
}

/** Pronoun suffixes on an object noun (موقفه، رأيها، حالهم), longest first. */
const OBJECT_SUFFIXES = ["\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647"];

/** The parts of a noun phrase besides its kind and range (a part left out is `null`). */
type PhraseParts = { -readonly [K in Exclude<keyof NounPhrase, "start" | "end" | "kind">]?: NounPhrase[K] };

/**
 * A noun phrase with every field written in one order. Phrases used to be built by spreading objects of
 * several shapes, which left V8 with many hidden classes and slow generic copies.
 */
function nounPhrase(kind: PhraseKind, start: number, end: number, parts: PhraseParts = {}): NounPhrase {
  return {
    start,
    end,
    kind,
    name: parts.name ?? null,
    role: parts.role ?? null,
    description: parts.description ?? null,
    issuer: parts.issuer ?? null,
    affiliation: parts.affiliation ?? null,
    alias: parts.alias ?? null,
    plural: parts.plural ?? false,
  };
}

/** `np` with the fields of `changes` replaced (a `null` in `changes` replaces too). */
function withParts(
  np: NounPhrase,
  changes: { -readonly [K in keyof NounPhrase]?: NounPhrase[K] },
): NounPhrase {
  return {
    start: changes.start !== undefined ? changes.start : np.start,
    end: changes.end !== undefined ? changes.end : np.end,
    kind: changes.kind !== undefined ? changes.kind : np.kind,
    name: changes.name !== undefined ? changes.name : np.name,
    role: changes.role !== undefined ? changes.role : np.role,
    description: changes.description !== undefined ? changes.description : np.description,
    issuer: changes.issuer !== undefined ? changes.issuer : np.issuer,
    affiliation: changes.affiliation !== undefined ? changes.affiliation : np.affiliation,
    alias: changes.alias !== undefined ? changes.alias : np.alias,
    plural: changes.plural !== undefined ? changes.plural : np.plural,
  };
}

/** The names of the article's speakers (the registry): the length of a known name at a token index; 0 when none. */
export interface KnownNames {
  known(tokens: readonly Token[], index: number): number;
  /** Whether the word at `index` is known only as the first word of longer names (a given name). */
  givenNameOnly(tokens: readonly Token[], index: number): boolean;
}

/** The speaker grammar over the tokens of one paragraph. */
export class Grammar {
  readonly tokens: readonly Token[];
  readonly marks: MarkPairing;
  readonly words: Words;
  readonly names: KnownNames;

  /**
   * The analysis of each token (`null` for a non-word), looked up once here: every pass over the paragraph
   * asks about the same words many times, and an index into this array is cheaper than a hash lookup.
   */
  readonly #infos: (WordInfo | null)[];

  constructor(tokens: readonly Token[], marks: MarkPairing, words: Words, names: KnownNames) {
    this.tokens = tokens;
    this.marks = marks;
    this.words = words;
    this.names = names;
    const infos: (WordInfo | null)[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const info = t.kind === "word" ? words.of(t) : null;
      const prev = i > 0 ? infos[i - 1] : null;
      // بائع خضار في سوق الثلاثاء، بحي الجمعة: a definite time word right after a place noun without ال is
      // the place's name (the noun is in construct with it), not the time of the speech.
      infos[i] =
        info?.time && info.definite && prev && !prev.definite && words.lex.placeNouns.has(prev.base)
          ? info.asPlaceName()
          : // فإن written with a hamza (U+0623/U+0625) is never the particle فان.
            info?.particle && info.complementizer && (t.text.includes("\u0625") || t.text.includes("\u0623"))
            ? info.asComplementizer()
            : // وإلى written with hamza below (U+0625) or alef maksura (U+0649) is never the title والي.
              info?.role && t.key === WALI && (t.text.includes("\u0625") || t.text.endsWith("\u0649"))
              ? info.asPreposition()
              : info;
    }
    this.#infos = infos;
  }

  /** The analysis of the word at `i`, or `null` for a non-word (or an index outside the paragraph). */
  word(i: number): WordInfo | null {
    // The grammar looks one token back from the first: a negative index on a JS array is a slow named
    // property lookup (and makes the access site slow for every index), so it never reaches the array.
    return i >= 0 ? (this.#infos[i] ?? null) : null;
  }

  /** The length of a known name at `index` of `tokens` ({@link KnownNames}). */
  known(tokens: readonly Token[], index: number): number {
    return this.names.known(tokens, index);
  }

  /** Skips `#` and `_` joiners. */
  skipJoiners(i: number): number {
    let k = i;
    while (k >= 0 && this.tokens[k]?.kind === "joiner") k++;
    return k;
  }

  /** The closing token index of a short quotation opened at `i` (at most `maxWords` words), or -1. */
  shortQuotation(i: number, maxWords = MAX_QUOTED_NAME): number {
    const q = i >= 0 ? (this.marks.markOf[i] ?? -1) : -1;
    if (q < 0) return -1;
    const quotation = this.marks.quotations[q];
    if (!quotation || quotation.open !== i || quotation.close < 0) return -1;
    let count = 0;
    for (let k = i + 1; k < quotation.close; k++) {
      const t = this.tokens[k] as Token;
      if (t.kind === "word") count++;
      else if (t.kind === "punct" && (isSentenceEnd(t) || isColon(t))) return -1;
      if (count > maxWords) return -1;
    }
    return count > 0 ? quotation.close : -1;
  }

  /** Whether the token at `i` ends every phrase (complementizer, cue, time word, adjunct preposition …). */
  isHardStop(i: number): boolean {
    const t = i >= 0 ? this.tokens[i] : undefined;
    if (t === undefined) return true;
    if (t.kind === "punct")
      return (
        isSentenceEnd(t) ||
        isColon(t) ||
        t.key === ")" ||
        t.key === "-" ||
        t.key === "\u2013" ||
        t.key === "\u2014"
      );
    if (t.kind !== "word") return false;
    // The word's own classes are one bit of its analysis (WordInfo.stop); only the turn markers and source
    // introducers depend on the words after it.
    return (this.#infos[i] as WordInfo).stop || this.isTurnMarker(i) > 0 || this.isSourceIntroducer(i) > 0;
  }

  /** Length of a multi-word lexicon phrase at `i` (folded keys), or 0. */
  phraseAt(i: number, index: PhraseIndex, loose = false): number {
    const w = this.word(i);
    if (w === null) return 0;
    // The first word is matched once per word and list (WordInfo.phraseStarts); the others as written.
    const slot = phraseSlot(index, loose);
    if ((w.phraseMask & (1 << slot)) === 0) return 0;
    const candidates = w.phraseStarts[slot] as readonly Phrase[];
    let best = 0;
    for (const p of candidates) {
      if (p.length <= best) continue;
      let ok = true;
      for (let j = 1; j < p.length; j++) {
        const x = this.tokens[i + j];
        if (x === undefined || x.kind !== "word" || x.key !== p[j]) {
          ok = false;
          break;
        }
      }
      if (ok) best = p.length;
    }
    return best;
  }

  /** Length of a turn marker (بدوره، من جانبه …) at `i`, or 0. */
  isTurnMarker(i: number): number {
    return this.phraseAt(i, this.words.lex.turnMarkers, true);
  }

  /** Length of a source introducer (نقلا عن، استنادا إلى) at `i`, or 0. */
  isSourceIntroducer(i: number): number {
    return this.phraseAt(i, this.words.lex.sourceIntroducers, true);
  }

  /** Whether a person name can start at `i`. */
  nameStarts(i: number): boolean {
    const k = this.skipJoiners(i);
    if (this.shortQuotation(k) >= 0) return true;
    if (this.known(this.tokens, k) > 0) return true;
    const w = this.word(k);
    if (w?.nameLike === true && !w.definite && w.key.length > 1) return true;
    if (this.titleGivenName(k)) return true;
    return this.definiteNameEnd(k) > k;
  }

  /**
   * الممرضة أمينة العلوي، الصيدلانية أمينة بوشارب: a definite noun never heads a construct, so a title word
   * without ال right after a definite title or occupation is no more of the title; when it is
   * also a given name and a name word follows it (not a qualifier or a body: الأمين العام، أمين عام الحزب),
   * it opens the name.
   */
  titleGivenName(k: number): boolean {
    const w = this.word(k);
    if (
      w === null ||
      w.definite ||
      w.conjunction ||
      w.preposition ||
      !this.words.lex.titleGivenNames.has(w.key)
    )
      return false;
    const before = this.word(k - 1);
    if (before === null || !before.definite || before.preposition || !(before.role || this.isNisba(k - 1)))
      return false;
    const next = this.word(k + 1);
    // (أمين سر اللجنة: a word without ال before one with it is the genitive of a construct title.)
    const construct = next !== null && !next.definite && this.word(k + 2)?.definite === true;
    return (
      next?.nameLike === true &&
      !construct &&
      !next.organization &&
      !this.words.lex.titleQualifiers.has(next.key) &&
      !this.isHardStop(k + 1)
    );
  }

  /**
   * المهندس الطيب محمد نور، الشيخ الهادي بن علي: right after an honorific a given name may open with ال when
   * name words without ال run after it to the end of the phrase. The index after the name, or -1.
   */
  definiteNameEnd(k: number): number {
    const first = this.word(k);
    const before = this.word(k - 1);
    if (first === null || before === null || !first.definite || !first.nameLike || first.key.length < 3)
      return -1;
    // (وزير العدل حافظ الأختام الطيب لوح: a fixed phrase of office ends a title as an honorific does.)
    const epithet = this.word(k - 2);
    const afterEpithet =
      epithet !== null && this.words.lex.titleEpithets.has(`${epithet.bare} ${before.key}`);
    // الفلاح الميلودي بنعيسى، الفلاح الهادي بن سالم: after a definite title the given name with ال takes one
    // name word (or a particle and one word) to the end of the phrase; with more words it is an adjective of
    // the title (الخبير الاقتصادي محمد سالم).
    const titled = before.role && before.definite && !before.preposition && !before.honorific;
    if (!before.honorific && !afterEpithet && !titled && !this.words.lex.rankOrdinals.has(before.key))
      return -1;
    if (first.role || first.organization || first.honorific || first.function || first.preposition) return -1;
    if (this.words.lex.rankOrdinals.has(first.key) || (titled && first.breaker)) return -1;
    // الفلاح الهادي العرفاوي: a listed given name with ال may take a family name with ال too.
    const given = this.words.lex.definiteGivenNames.has(first.key);
    let j = k + 1;
    while (j < k + MAX_NAME) {
      const w = this.word(j);
      const definiteSurname = given && j === k + 1 && w?.definite === true && !w.preposition;
      if (w === null || this.isHardStop(j) || !w.nameLike || (w.definite && !definiteSurname) || w.role)
        break;
      // (بنعيسى، بوزيد: a surname may start with the letter of a preposition; بوزارة is a complement.)
      if (w.preposition && !(titled && j > k && !this.prepositionalComplement(j) && this.endsPhrase(j + 1)))
        break;
      j++;
    }
    if (titled && j !== k + 2 && !(j === k + 3 && (this.word(k + 1)?.particle ?? false))) return -1;
    return j > k + 1 && this.endsPhrase(j) ? j : -1;
  }

  /** Honorifics at `i` that stand before a name: the index after them (or `i`). */
  skipHonorifics(i: number): number {
    let k = this.skipJoiners(i);
    for (let guard = 0; guard < 4; guard++) {
      const w = this.word(k);
      if (!w?.honorific) break;
      let next = k + 1;
      if (this.tokens[next]?.key === ".") next++;
      // الملازم الأول نسيم برناوي: an ordinal completes the rank.
      const ordinal = this.word(next);
      if (ordinal !== null && this.words.lex.rankOrdinals.has(ordinal.key)) next++;
      next = this.skipJoiners(next);
      const after = this.word(next);
      if (!(this.nameStarts(next) || after?.honorific)) break;
      k = next;
    }
    return k;
  }

  /** A person's name at `i` (a known name, a short quotation, or up to five name-like words). */
  name(i: number, unknown = false): Range | null {
    const k = this.skipJoiners(i);
    const close = this.shortQuotation(k, 3);
    if (close >= 0) return { start: k + 1, end: close };
    const known = unknown ? 0 : this.known(this.tokens, k);
    const first = this.word(k);
    const other = this.otherPersonName(k, known);
    if (other !== null) return other;
    // (عبد الحميد بوزيدي after عبد القادر منصوري: a particle that is only the start of a known name is no name
    // by itself; the name is read on.)
    // (سالم بن يوسف after سالم محمد بن علي: a known one word with a name particle after it (بن، ولد) opens
    // another person's name, read on.)
    const readsOn = known === 1 && (this.word(k + 1)?.particle ?? false);
    if (!readsOn && (known > 1 || (known === 1 && !first?.particle))) return { start: k, end: k + known };
    // …بالقيروان، الهادي الصغير العياري،: a name set off by commas may open with ال (الهادي، الطاهر) when
    // two or more name words run to the closing comma.
    if (first?.nameLike && first.definite && k > 0 && isComma(this.tokens[k - 1] as Token)) {
      const run = this.surnameRunEnd(k + 1, MAX_NAME - 1);
      const after = this.tokens[run];
      if (run > k + 1 && after !== undefined && isComma(after)) return { start: k, end: run };
    }
    if (first?.definite) {
      const end = this.definiteNameEnd(k);
      if (end > k) return { start: k, end };
    }
    if (first === null || first.definite || first.key.length < 2) return null;
    if (!first.nameLike && !this.titleGivenName(k)) return null;
    // الوزير زيارته، كلمتها: teh (U+062A) and a pronoun suffix (U+0647…) end a noun, never a given name.
    if (tehWithPronoun((this.tokens[k] as Token).text)) return null;
    if (this.objectNoun(k)) return null;
    // فضلت عدم ذكر اسمها، طلب عدم الكشف عن هويته: a word before a verbal noun's marker is a verb, no name.
    const marker = this.word(k + 1);
    if (marker !== null && this.words.lex.verbalNounMarkers.has(marker.bare)) return null;
    let end = k + 1;
    let count = 1;
    let j = end;
    while (count < MAX_NAME) {
      j = this.skipJoiners(j);
      // محمود "بيكا" عبد السلام: a nickname of a word or two in quotation marks between name words.
      const nickname = this.tokens[j]?.kind === "quote" ? this.shortQuotation(j, 2) : -1;
      if (nickname >= 0) {
        const after = this.word(nickname + 1);
        if (!after?.nameLike || after.definite || this.isHardStop(nickname + 1)) break;
        count++;
        j = nickname + 1;
        continue;
      }
      const w = this.word(j);
      // ناصر صباح الفهد: a time noun that is also a given name, between name words, is a name too;
      // after it comes a day or a date when it is the time (مساء الأحد، صباح 12 آذار).
      const after = w !== null && this.words.lex.timeNames.has(w.key) ? this.word(j + 1) : null;
      if (after?.nameLike && !after.time && !this.isHardStop(j + 1) && this.known(this.tokens, j + 1) === 0) {
        count++;
        j++;
        end = j;
        continue;
      }
      if (!w || this.isHardStop(j)) break;
      // سالم الكيلاني وجود أي أعطال: the verb's object after the name is no name word, nor is any word that
      // أي follows.
      if (this.objectNoun(j) || this.word(j + 1)?.key === "\u0623\u064A") break;
      if (this.ownAddressee(j)) break;
      // جمال القحطاني نتائج العام: after a family name with ال, a word without it that heads a construct (its
      // genitive has ال) is the verb's object, not more of the name (عبد الله حسن, أبو بكر الصديق read on).
      if (this.objectAfterSurname(j, k)) break;
      // عبد المالك، أبو الفضل: the word after a particle is part of the name whatever else it may be; so is
      // الشيخ or السيد after a first name when a name word or the end of the phrase follows (عامر الشيخ علي،
      // هدى السيد).
      const afterParticle = this.word(j - 1)?.particle === true && !w.function && w.key.length > 1;
      const inner =
        // جورج سعادة: an honorific without ال (سعادة، سمو) after a name word that ends the phrase is a family
        // name; before a name or a title it honours the next person.
        (w.honorific && !w.definite && !w.preposition && this.endsPhrase(j + 1)) ||
        (w.honorific &&
          w.definite &&
          (this.endsPhrase(j + 1) || (this.word(j + 1)?.nameLike === true && !this.word(j + 1)?.definite))) ||
        // محمد الأمين ولد سيدي: a given name that is a title word, with ال after a first name, before a
        // particle or a name word.
        (w.definite &&
          !w.preposition &&
          this.words.lex.titleGivenNames.has(w.base) &&
          this.word(j + 1)?.nameLike === true &&
          !this.word(j + 1)?.definite &&
          !this.isHardStop(j + 1)) ||
        // محمد أمين العمراني، سعيد حافظ علي: the same given name without ال after a first name, when one name
        // word ends the phrase after it (أمين عام الحزب، أمين السر: a title with its genitive goes on).
        (!w.definite &&
          !w.preposition &&
          this.words.lex.titleGivenNames.has(w.base) &&
          this.word(j + 1)?.nameLike === true &&
          !this.word(j + 1)?.role &&
          !this.word(j + 1)?.organization &&
          !this.isHardStop(j + 1) &&
          this.endsPhrase(j + 2));
      if (!(w.nameLike || w.particle || afterParticle || inner) || (w.relation && !afterParticle)) {
        const run = this.surnameRunEnd(j, MAX_NAME - count);
        if (run <= j) break;
        count += run - j;
        j = run;
        end = j;
        continue;
      }
      count++;
      j++;
      end = j;
    }
    // محمد الأمين ولد سيدي عبد الله: a particle never ends a name; the word after it completes the name.
    const tail = this.word(end);
    if (count >= MAX_NAME && this.word(end - 1)?.particle && tail?.nameLike && !this.isHardStop(end)) end++;
    return { start: k, end };
  }

  /**
   * أحمد سمير after أحمد عبد الهادي: a known one word at `k` (a given name two people share) with another
   * name word after it that the known name lacks opens the other person's whole name: that name, or `null`.
   */
  otherPersonName(k: number, known: number): Range | null {
    const first = this.word(k);
    // محمد عبد الجواد after محمد عبد الحميد: a known run that ends with a name particle (عبد، بن، أبو) is
    // the start of another name, read whole; so is the particle alone (عبد الرحيم X after عبد الحق Y: عبد
    // opens a compound given name and matches only its first half).
    if (known >= 1 && this.word(k + known - 1)?.particle) {
      const whole = this.name(k, true);
      return whole !== null && whole.end > k + known && this.isWholeName(whole) ? whole : null;
    }
    if (known !== 1 || first === null || first.definite || first.particle) return null;
    // عثمان الطيب، وهو سائق …: after آمنة عثمان, a known word that opens a whole name described by an aside
    // (وهو/وهي) introduces a new person.
    const described = this.name(k, true);
    if (
      described !== null &&
      described.end - described.start >= 2 &&
      this.isWholeName(described) &&
      isComma(this.tokens[described.end]) &&
      this.words.lex.asideOpeners.has(this.word(described.end + 1)?.key ?? "") &&
      this.known(this.tokens, described.start + 1) === 0
    )
      return described;
    // (نتنياهو جزءا، مورينيو ضاحكا: after a known surname the next word is the clause's, not more name.)
    if (!this.names.givenNameOnly(this.tokens, k)) return null;
    const next = this.word(k + 1);
    if (
      !next?.nameLike ||
      next.definite ||
      next.preposition ||
      next.role ||
      next.conjunction ||
      this.isHardStop(k + 1) ||
      this.known(this.tokens, k + 1) > 0
    )
      return null;
    const whole = this.name(k, true);
    return whole !== null && whole.end - whole.start >= 2 && this.isWholeName(whole) ? whole : null;
  }

  /** Whether the word at `k` is a noun without ال that takes the word after it as its genitive (علم الاجتماع). */
  headsGenitive(k: number): boolean {
    const w = this.word(k);
    return (
      w !== null &&
      !w.definite &&
      !w.preposition &&
      !w.function &&
      !w.cue &&
      !this.words.lex.titlePrepositions.has(w.key) &&
      !this.words.lex.titlePlacePrepositions.has(w.key)
    );
  }

  /**
   * Whether the word at `j`, inside a name being read from `start`, heads the verb's object: a word without ال
   * after a family name with ال (not the name's first word, as in الطيب لوح; not an honorific; not the word
   * after a particle), with a genitive with ال after it that is no time word (الطيب لوح اليوم).
   */
  objectAfterSurname(j: number, start: number): boolean {
    const w = this.word(j);
    const prev = this.word(j - 1);
    const next = this.word(j + 1);
    if (!w || !prev || !next || j - 1 <= start || w.definite || w.particle || w.preposition) return false;
    if (this.known(this.tokens, j) > 0) return false;
    if (!prev.definite || prev.honorific || prev.preposition || this.word(j - 2)?.particle) return false;
    // (عوض الله محمد الحسن: the second word of a compound given name is no family name.)
    if (this.words.lex.compoundNameEnds.has(prev.key)) return false;
    return next.definite && !next.preposition && !next.honorific && !next.time;
  }

  /**
   * محمد الأمين الخطيب، الطاهر الكبير الجلاصي: after a first name, definite words that are also titles,
   * relations or adjectives (أمين، خطيب، كبير) are the family name when nothing but such words runs from `j` to
   * the comma, colon, complementizer or cue that ends the name. The index after the run, or `j` when it is
   * no surname (الأمين العام للحزب runs into a preposition; a title heading its own chain stays a title).
   */
  surnameRunEnd(j: number, budget: number): number {
    let k = j;
    while (k - j < budget) {
      const w = this.word(k);
      if (w === null || this.isHardStop(k) || (k > j && this.opensSpeechAdjunct(k))) break;
      if (w.nameLike && !w.definite) {
        k++;
        continue;
      }
      if (
        !w.definite ||
        w.preposition ||
        w.conjunction ||
        w.organization ||
        w.honorific ||
        w.anonymous ||
        w.document ||
        w.function ||
        w.numeric
      )
        return j;
      k++;
    }
    if (k === j) return j;
    const t = this.tokens[k];
    return t === undefined || isComma(t) || this.isHardStop(k) || this.opensSpeechAdjunct(k) ? k : j;
  }

  /** Whether a preposition and a speech event open an adjunct of the verb at `k` (في تصريح، في حديث، خلال مؤتمر). */
  opensSpeechAdjunct(k: number): boolean {
    const w = this.word(k);
    if (w === null || w.definite || !(w.preposition || this.words.lex.titlePrepositions.has(w.key)))
      return false;
    return this.word(k + 1)?.speechEvent ?? false;
  }

  /** A role chain at `i`: a title with its complements (نائب رئيس "الائتلاف"، الناطق باسم الجيش الوطني). */
  role(i: number): Range | null {
    const head = this.word(i);
    if (!head || !(head.role || head.relation)) return null;
    let k = i + 1;
    // A relation with a pronoun (صديقته، والده) is complete.
    const lex = this.words.lex;
    // منسقها الميداني: a title whose genitive is a pronoun is complete too.
    const suffixed =
      (head.relation && !head.role && !lex.relationTitles.has(head.base)) ||
      (head.role && !head.definite && !head.preposition && !lex.roleTitles.has(head.base));
    let construct = !head.definite && !suffixed;
    let end = k;
    if (head.relation && !head.role && construct) {
      // والد كينغ، أسرة أدريان كينغ: the genitive of a relation is a person's name, read whole.
      let j = this.skipJoiners(k);
      let n = 0;
      while (n < 3) {
        const x = this.word(j);
        if (!x?.nameLike || x.definite || this.isHardStop(j)) break;
        n++;
        j = this.skipJoiners(j + 1);
      }
      if (n > 0) return { start: i, end: j };
    }
    for (let guard = 0; guard < MAX_PHRASE; guard++) {
      k = this.skipJoiners(k);
      const t = this.tokens[k];
      if (t === undefined) break;
      if (t.kind === "quote") {
        const close = this.shortQuotation(k);
        if (close < 0 || !construct) break;
        k = close + 1;
        end = k;
        construct = false;
        continue;
      }
      if (t.kind !== "word") break;
      const w = this.#infos[k] as WordInfo;
      // وزير العدل حافظ الأختام: a fixed phrase of office after the title's genitive is more of the title, not
      // a given name (حافظ) opening the speaker's name; the title ends with it.
      const epithet = this.tokens[k + 1];
      if (!construct && epithet?.kind === "word" && lex.titleEpithets.has(`${w.bare} ${epithet.key}`)) {
        end = k + 2;
        break;
      }
      const fixed = this.phraseAt(k, lex.organizationPhrases, true);
      if (fixed > 0 && (construct || w.preposition)) {
        // …للأمم المتحدة: a fixed name ends the title, or the place after it when a name follows (مدير الدفاع
        // المدني في محافظة إدلب مصطفى يوسف).
        end = k + fixed;
        // مدير إدارة الدفاع المدني بوزارة الداخلية رائد منصور: a unit with a fixed name runs on over the
        // parent body glued to ب; the name starts after the chain.
        const parent = this.word(end);
        if (
          construct &&
          k > i + 1 &&
          lex.departmentHeads.has(this.word(k - 1)?.base ?? "") &&
          parent?.preposition === true &&
          !parent.definite &&
          parent.key.startsWith("\u0628") &&
          parent.organization &&
          this.prepositionalComplement(end)
        ) {
          k = end;
          construct = false;
          continue;
        }
        if (this.word(end)?.key === FI) {
          const e = this.placeEnd(end + 1);
          if (e > end + 1 && this.nameFollows(e)) end = this.placeNameEnd(e);
        }
        break;
      }
      if (w.key === FI && !construct) {
        // A place inside the title (سفير المملكة في أمريكا، وكيل النقابة في مصر) only when the phrase ends there.
        const place = this.word(k + 1);
        if (
          place &&
          (place.nameLike || place.definite) &&
          !place.speechEvent &&
          !place.time &&
          this.endsPhrase(k + 2)
        ) {
          k += 2;
          end = k;
          continue;
        }
        // رئيس المجلس المحلي في مدينة أعزاز، ياسر الحمدو: a longer place phrase ends the title when a name follows.
        const e = this.placeEnd(k + 1);
        if (e > k + 1 && this.nameFollows(e)) end = this.placeNameEnd(e);
        break;
      }
      // (النائب عن طرابلس جهاد الحموي: عن may follow the title word itself; إلى only a title with a complement.)
      if (
        lex.titlePlacePrepositions.has(w.key) &&
        w.key !== FI &&
        (k > i + 1 || lex.titlePrepositions.has(w.key))
      ) {
        // نائبة المبعوث الأممي إلى ليبيا ستيفاني كوري: the place the title serves, when a name follows it (a
        // country's name may be on no list: one word is read as the place then).
        let e = this.placeEnd(k + 1);
        const place = this.word(k + 1);
        if (e === k + 1 && place !== null && !place.function && !this.isHardStop(k + 1)) e = k + 2;
        // النائب عن الدائرة الثالثة في عمان رندة الشريف: the place may lie in a wider one after في.
        if (e > k + 1 && !this.nameFollows(e) && this.word(e)?.key === FI) {
          const wider = this.placeEnd(e + 1);
          if (wider > e + 1 && this.nameFollows(wider)) e = wider;
        }
        if (e > k + 1 && this.nameFollows(e)) end = this.placeNameEnd(e);
        break;
      }
      const body = k > i + 1 ? this.word(k - 1) : null;
      // (مستشفى ابن سينا، مسجد أبو بكر: a name particle opens the honoree's name just as an honorific does.)
      const particleName = w.particle && (this.word(k + 1)?.nameLike ?? false);
      if (
        construct &&
        (lex.eponymTitles.has(w.key) || particleName) &&
        body !== null &&
        (body.organization || body.organizationType || lex.placeNouns.has(body.base))
      ) {
        // مدير عام مستشفى الملك فهد العام، جامعة الأمير سلطان: a body named after a person; the honorific and
        // the name are the genitive of the body's noun, not the start of the speaker's name.
        const named = this.honoreeEnd(k + 1);
        if (named > k + 1) {
          k = named;
          end = k;
          construct = false;
          continue;
        }
      }
      // ولي أمر أحد الطلاب: a two-word title whose second word is otherwise a grammar word awaits its genitive.
      if (construct && k === i + 1 && lex.compoundTitles.has(`${head.bare} ${w.bare}`)) {
        k++;
        end = k;
        continue;
      }
      // مدرب الفريق الأول، كاظم العبادي: a rank word (الفريق, also "the team") that no name follows is the
      // genitive the title awaits, not an honorific before the speaker's name.
      const genitiveRank =
        construct && w.honorific && w.definite && !w.preposition && !this.nameStarts(this.skipHonorifics(k));
      if ((w.honorific && !genitiveRank) || this.isHardStop(k) || w.function || w.key.length < 2) break;
      // (معلمة عادت مع أطفالها: a verb after the title opens a clause on it, no genitive.)
      if (construct && k > i && this.opensVerbClause(k)) break;
      if (construct) {
        k++;
        end = k;
        // عضو مجلس محافظة البصرة: a body's head noun without ال awaits its genitive as a title does.
        construct =
          !w.definite &&
          (w.role ||
            w.organization ||
            w.organizationType ||
            this.tehMarbuta(k - 1) ||
            lex.titleQualifiers.has(w.key) ||
            // رئيس قسم أمراض القلب: a unit noun heads a construct whose genitive may be indefinite itself.
            lex.departmentHeads.has(w.base) ||
            // محافظ كفر سالم: the first word of a two-word place name takes the next word, a bare name too.
            lex.placeNamePrefixes.has(w.key) ||
            // صاحبة صيدلية بحي باب الزوار: a place noun (glued to ب too) awaits the place's name.
            lex.placeNouns.has(w.base) ||
            this.genitiveFollows(k));
        continue;
      }
      if (w.definite && !w.role) {
        if (this.definiteNameEnd(k) > k) break;
        k++;
        end = k;
        continue;
      }
      // الممرضة أمينة العلوي: a given name that is also a title word opens the name after a definite title.
      if (this.titleGivenName(k)) break;
      if (w.role && !w.definite) {
        k++;
        end = k;
        construct = true;
        continue;
      }
      if (w.role && w.definite) {
        // عضو مجلس الأمة النائب فهد المطيري: a title word with ال right before a name stands as an honorific.
        if (this.standingTitle(k) >= 0) break;
        k++;
        end = k;
        continue;
      }
      if (this.words.lex.titleLinks.has(w.key)) {
        k++;
        end = k;
        construct = true;
        continue;
      }
      if (this.titleLinkWithPronoun(w.key)) {
        // المتحدث باسمه: the link with a pronoun completes the title.
        k++;
        end = k;
        break;
      }
      if (w.key === FI) {
        // A place inside the title (سفير المملكة في أمريكا، وكيل النقابة في مصر) only when the phrase ends there.
        const place = this.word(k + 1);
        if (
          place &&
          (place.nameLike || place.definite) &&
          !place.speechEvent &&
          !place.time &&
          this.endsPhrase(k + 2)
        ) {
          k += 2;
          end = k;
          continue;
        }
        const e = this.placeEnd(k + 1);
        if (e > k + 1 && this.nameFollows(e)) end = this.placeNameEnd(e);
        break;
      }
      if (w.preposition && !w.definite && w.key.length > 3 && this.prepositionalComplement(k)) {
        k++;
        end = k;
        construct = true;
        continue;
      }
      if (
        w.preposition &&
        !w.definite &&
        w.nameLike &&
        k > i + 1 &&
        this.known(this.tokens, k) === 0 &&
        isComma(this.tokens[k + 1]) &&
        (this.appositionName(k + 1) !== null || (this.word(k + 2)?.complementizer ?? false))
      ) {
        // المدير الجهوي للشركة بصفاقس، منير …: a place glued to ب ends the title before the comma.
        end = k + 1;
      }
      break;
    }
    // (A title word that is the genitive of a body or title before it, بجامعة الملك عبدالعزيز، نائب رئيس, heads no
    // title of its own.)
    const prev = this.word(i - 1);
    const genitive =
      prev !== null &&
      (prev.organization || prev.organizationType || prev.role || (!prev.definite && this.tehMarbuta(i - 1)));
    // المحامي كريم الدسوقي، دفاع المتهم الأول،: a title word with ال right before a name stands as an
    // honorific; what is set off after the name describes the name, it is no name for a longer title.
    const after = end === i + 1 && head.definite ? this.word(end) : null;
    const honorificLike =
      after?.nameLike === true &&
      !after.definite &&
      !this.prepositionalComplement(end) &&
      this.directName(end)?.start === end;
    return { start: i, end: genitive || honorificLike ? end : this.longTitleEnd(end) };
  }

  /**
   * The end of the name after an honorific inside a body's name (مستشفى الملك فهد، مدينة الأمير سلطان): one
   * or two name words without ال; `i` when none.
   */
  honoreeEnd(i: number): number {
    let k = i;
    while (k < i + 2) {
      const w = this.word(k);
      if (!w?.nameLike || w.definite || w.preposition || this.isHardStop(k) || this.known(this.tokens, k) > 0)
        break;
      k++;
    }
    return k;
  }

  /**
   * A nationality or origin adjective (a definite nisba: الفرنسي، المصرية) that stands before a name set off
   * after a title (مدرب شبيبة القبائل، الفرنسي باتريك لوران،): the index of the name after it; else `i`.
   */
  /** Whether the word at `i` is a definite nisba adjective (الكندية، المصري; U+064A ي, U+0647 ه for a folded ة). */
  isNisba(i: number): boolean {
    const w = this.word(i);
    if (!w?.definite || w.preposition || w.role || w.organization || w.honorific || w.function) return false;
    const key = w.key;
    const nisba = key.endsWith("\u064A") || key.endsWith("\u064A\u0647");
    return nisba && this.known(this.tokens, i) === 0;
  }

  skipNisba(i: number): number {
    if (!this.isNisba(i)) return i;
    const next = this.word(i + 1);
    return next?.nameLike && !next.definite && this.nameStarts(i + 1) ? i + 1 : i;
  }

  /**
   * The end of a title whose words run on past what the chain above reads (نائب رئيس مجلس إدارة غرفة تجارة
   * وصناعة الشارقة، عبدالله المرزوقي، أن; وكيلة الدفاع عن المدان، المحامية زينب الموسوي، إن): when the words
   * after `end` reach, with no clause boundary, speech event or time word, a comma and the name set off after
   * it ({@link appositionName}) or an honorific and a name, the title runs to that comma or honorific; a
   * second title in apposition on the way is part of it (الوزير المنتدب …، الناطق الرسمي باسم الحكومة، يوسف
   * بنعمرو،). Else `end`.
   */
  longTitleEnd(end: number): number {
    const lex = this.words.lex;
    let k = end;
    for (let n = 0; n < MAX_TITLE_RUN; n++) {
      const t = this.tokens[k];
      if (t === undefined) return end;
      if (isComma(t)) {
        if (k === end) return end;
        if (this.appositionName(k) !== null) return k;
        const next = this.word(k + 1);
        // (والي جهة مراكش آسفي، عامل عمالة مراكش، فريد شوراق: a second title in construct, without ال.)
        const genitive = this.word(k + 2);
        const construct =
          this.headsGenitive(k + 1) && genitive !== null && !genitive.function && !this.isHardStop(k + 2);
        if (!next?.role || next.conjunction || next.honorific || !(next.definite || construct)) return end;
        k++;
        continue;
      }
      // وكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا)، X،: a body's short name in parentheses.
      if (t.key === "(" && k > end) {
        const close = this.parenthesis(k);
        if (close > k + 1 && close <= k + 5) {
          k = close + 1;
          continue;
        }
      }
      if (t.kind !== "word") return end;
      const w = this.#infos[k] as WordInfo;
      if (w.honorific) {
        if (k > end && this.directName(k) !== null) return k;
        // (بمنطقة مكة المكرمة، العقيد X: an honorific adjective that no name follows, before the comma, ends a
        // place's name.)
        if (k === end || !isComma(this.tokens[k + 1]) || this.word(k - 1)?.definite !== false) return end;
        k++;
        continue;
      }
      if (!lex.titlePrepositions.has(w.key) && (this.isHardStop(k) || w.function)) return end;
      // (A relation word glued to a preposition is a place more often than kin: بجدة. A name particle after a
      // body's head opens the body's name: بجامعة ابن زهر، مستشفى ابن سينا.)
      const body = k > end ? this.word(k - 1) : null;
      const bodyName =
        w.particle &&
        body !== null &&
        (body.organization || body.organizationType || lex.placeNouns.has(body.base));
      if (
        w.speechEvent ||
        w.time ||
        w.document ||
        (w.relation && !w.preposition && !bodyName) ||
        (w.cue !== null && !w.weakCue)
      )
        return end;
      if (w.key.length < 2) return end;
      k++;
    }
    return end;
  }

  /**
   * Whether the clause goes on at `k` after the comma that closes a title set off after a name: a hard stop
   * (إن، :), a speech participle or noun (قائلا، قوله), or a preposition that opens the verb's adjunct or
   * complement (، في تصريح، ، عن خطة …).
   */
  closesApposition(k: number): boolean {
    if (this.isHardStop(k)) return true;
    const w = this.word(k);
    return (
      w !== null &&
      ((w.cue !== null && w.cue.type !== "verb") ||
        ((w.preposition || this.words.lex.titlePrepositions.has(w.key)) && !w.definite))
    );
  }

  /**
   * The end of a title set off by commas after a name (حسام عبد الغفار، مدير عام مستشفى حميات إمبابة، أن):
   * the title words run on to the comma that closes the apposition when what follows it ends the phrase
   * (a complementizer, a speech verb, a time word, a colon …); else `end`.
   */
  appositionEnd(end: number): number {
    const lex = this.words.lex;
    let k = end;
    for (let n = 0; n < MAX_TITLE_RUN; n++) {
      const t = this.tokens[k];
      if (t === undefined) return end;
      if (isComma(t)) return k > end && this.closesApposition(k + 1) ? k : end;
      // قال X، رئيس قسم الأشعة في مستشفى البشير: «…»: a colon that opens the speech closes the apposition too.
      if (isColon(t)) return k;
      if (t.kind !== "word") return end;
      const w = this.#infos[k] as WordInfo;
      // (رئيس هيئة الدفاع عن أسرة المتوفاة: kin after a preposition of the title is its complement.)
      const complement = w.relation && k > end && lex.titlePrepositions.has(this.word(k - 1)?.key ?? "");
      // (علم الاجتماع: a meeting or time noun as a genitive is part of the title.)
      const genitive = k > end && w.definite && this.headsGenitive(k - 1);
      if (
        w.honorific ||
        ((w.speechEvent || w.time) && !genitive) ||
        w.document ||
        (w.relation && !complement) ||
        w.key.length < 2
      )
        return end;
      if (!lex.titlePrepositions.has(w.key) && (this.isHardStop(k) || w.function)) return end;
      k++;
    }
    return end;
  }

  /**
   * The name set off by the comma at `i` after a title: honorifics, or one title word standing as one (،
   * النائب جورج صفير، / ، الدكتورة سهى الطراونة،), then a name of two to four words (a first word with ال
   * too: ، الطيب محمد الحسن، / ، الهادي الزغلامي،) and the end of the phrase; else `null`.
   */
  appositionName(i: number): Range | null {
    if (!isComma(this.tokens[i])) return null;
    let h = this.skipHonorifics(i + 1);
    if (h === i + 1) h = this.skipHonorifics(this.skipNisba(h));
    const title = this.word(h);
    if ((title?.role && title.definite && !title.preposition) || this.isNisba(h)) {
      // ، الخبيرة الكندية كلير ماثيو، ، الدبلوماسية الكندية …: a title word or a nisba may take a nisba or
      // two before the name.
      let a = h + 1;
      while (a < h + 3 && this.isNisba(a)) a++;
      if (this.nameStarts(a)) h = this.skipHonorifics(a);
    }
    if (this.shortQuotation(this.skipJoiners(h), 3) >= 0) return null;
    let nm = this.name(h);
    const first = this.word(h);
    if (!nm && first?.nameLike && first.definite && !first.preposition && this.known(this.tokens, h) === 0) {
      const rest = this.name(h + 1);
      const second = this.word(h + 1);
      if (rest && rest.end - rest.start < MAX_NAME) nm = { start: h, end: rest.end };
      else if (second?.nameLike && second.definite && !second.preposition && !this.isHardStop(h + 1))
        nm = { start: h, end: h + 2 };
    }
    if (!nm || nm.end - nm.start < 2) return null;
    return this.isWholeName(nm) ? nm : null;
  }

  /**
   * The end of the noun phrase of a place or body after في (مدينة أعزاز، حكومة تصريف الأعمال، الأمانة): a
   * noun, the genitives it takes (one proper name ends the chain) and definite adjectives; `i` when none.
   */
  placeEnd(i: number): number {
    let k = i;
    let construct = true;
    for (let n = 0; n < 5; n++) {
      const w = this.word(k);
      // الباحث في علم الاجتماع: a noun of a meeting or a time as the genitive of the word before it is part of
      // the phrase; only in its own place (في الاجتماع، في المؤتمر) does it end it.
      const genitive = k > i && w !== null && w.definite && this.headsGenitive(k - 1);
      // النائب عن الفريق الحركي X: a rank word (الفريق, also "the team") that opens the place with no name after
      // it is the place's noun, not an honorific.
      const rankNoun =
        w?.honorific === true && w.definite && k === i && !this.nameStarts(this.skipHonorifics(k));
      if (!w || this.isHardStop(k) || w.function || (w.honorific && !rankNoun) || w.cue) break;
      if ((w.speechEvent || w.time) && !genitive) break;
      if (w.document || w.anonymous || (w.preposition && !w.definite && !this.prepositionalComplement(k)))
        break;
      if (construct) {
        if (!w.definite && !(w.nameLike || w.organization || w.role || w.organizationType)) break;
        k++;
        construct = !w.definite && (w.organization || w.organizationType || this.tehMarbuta(k - 1));
        continue;
      }
      if (w.definite && !w.preposition && !w.role) {
        k++;
        continue;
      }
      break;
    }
    return k;
  }

  /**
   * Whether a name read at `nm` stands alone and ends its phrase. بلوغ الحال بعناصر التنظيمين: a word with a
   * glued preposition after a word with ال is a complement, not part of a name (كمال العياري، باسم خليل are
   * names).
   */
  isWholeName(nm: Range): boolean {
    for (let k = nm.start + 1; k < nm.end; k++) {
      const w = this.word(k);
      // (عبد الله بوزيد، عبد الرحيم لكحل،: after a compound given name, a particle and a word with ال, a
      // surname may start with ب (U+0628), or with ل (U+0644) when a comma ends the name; ل before anything
      // else is the addressee, قال عبد الرحمن لرويترز.)
      const afterCompound =
        k - 2 >= nm.start &&
        (this.word(k - 2)?.particle ?? false) &&
        (!w?.key.startsWith("\u0644") || (k === nm.end - 1 && isComma(this.tokens[nm.end])));
      if (
        w?.preposition &&
        (w.definite || (this.word(k - 1)?.definite && !afterCompound)) &&
        this.known(this.tokens, k) === 0
      )
        return false;
    }
    return this.endsPhrase(nm.end);
  }

  /**
   * Where a title that ends with a place ends, given that a name follows at `e`: at `e`, unless what looks
   * like a name there is followed by another name set off by a comma (غرفة طوارئ أم درمان القديمة، سلمى عبد
   * الرحيم،): two names do not stand side by side, so the first is the end of the place and the title runs to
   * that comma.
   */
  placeNameEnd(e: number): number {
    if (this.appositionName(e) !== null) return e;
    const direct = this.directName(e);
    return direct !== null && this.appositionName(direct.end) !== null ? direct.end : e;
  }

  /** Whether a name follows at `i`, set off by a comma or right after the title. */
  nameFollows(i: number): boolean {
    return this.appositionName(i) !== null || this.directName(i) !== null;
  }

  /** A name of two to four words right after a title (honorifics may come first) that ends the phrase; else `null`. */
  directName(i: number): Range | null {
    let h = this.skipHonorifics(i);
    // …في مجلس النواب العراقي النائب حسين الكعبي: a title word standing as an honorific.
    if (h === i) h = this.standingTitle(i);
    if (h < 0) h = i;
    // صحفي محلي لبي بي سي: a glued ل opens the addressee, not a name.
    if (h === i && (this.word(i)?.definite || this.addressee(i))) return null;
    const nm = this.name(h);
    if (!nm || nm.end - nm.start < 2) return null;
    return this.isWholeName(nm) ? nm : null;
  }

  /**
   * A title word with ال (not glued to a preposition) that stands as an honorific before a name of two words
   * or more which ends the phrase (عضو اللجنة النائب فراس جبر:، …النيابية النائبة ندى صعب إن): the index of
   * the name after it; else -1.
   */
  standingTitle(i: number): number {
    const w = this.word(i);
    if (!w?.role || !w.definite || w.preposition || w.honorific || this.isHardStop(i)) return -1;
    const h = this.skipHonorifics(i + 1);
    if (this.known(this.tokens, h) === 0) {
      const first = this.word(h);
      if (!first?.nameLike || first.definite) return -1;
    }
    const nm = this.name(h);
    if (!nm || nm.end - nm.start < 2 || !this.endsPhrase(nm.end)) return -1;
    return h;
  }

  /**
   * A definite noun that is on no list, with its definite adjectives and a place phrase after في, read as a
   * title when a name comes right after it and then the content (المدرس عمر الخطيب أن، الممرضة منى خوري:)
   * or a name set off by commas (المتنبئ الجوي في الدائرة، محمد الشياب،). Else `null`.
   */
  occupation(i: number): NounPhrase | null {
    let k = i + 1;
    while (k < i + 4) {
      const w = this.word(k);
      if (!w?.definite || w.preposition || this.isHardStop(k) || w.function || w.breaker) break;
      k++;
    }
    // المتنبئ الجوي في الهيئة علي جاسم الطائي: the place or body after في, then the name set off or right after it.
    let placed = false;
    if (this.word(k)?.key === FI) {
      const e = this.placeEnd(k + 1);
      if (e > k + 1 && (isComma(this.tokens[e]) || this.directName(e) !== null)) {
        placed = !isComma(this.tokens[e]);
        k = e;
      }
    }
    const role = { start: i, end: k };
    const apposed = this.appositionName(k);
    if (apposed) return nounPhrase("person", i, apposed.end, { role, name: apposed });
    if (this.word(k)?.definite) return null;
    let nm = this.name(k);
    // عمر الخطيب: a surname that is also an occupation (الخطيب، الحارس) ends a one-word name.
    const last = nm && nm.end - nm.start === 1 ? this.word(nm.end) : null;
    if (nm && last?.definite && last.role && !last.preposition) nm = { start: nm.start, end: nm.end + 1 };
    // (سالم بن خميس البلوشي: a name with a particle in it may run to four words.)
    let longest = 3;
    for (let j = nm ? nm.start + 1 : 0; nm && j < nm.end - 1; j++) if (this.word(j)?.particle) longest = 4;
    if (!nm || nm.end - nm.start < 2 || nm.end - nm.start > longest) return null;
    const t = this.tokens[nm.end];
    const after = this.word(nm.end);
    const content =
      t !== undefined &&
      (isColon(t) ||
        // الممرضة منى خوري، التي تعمل …: a relative clause on the name before the content; البرتغالي جواو
        // ماركيز، المدير الفني للفريق: a title set off after the name.
        (isComma(t) &&
          ((this.word(nm.end + 1)?.relative ?? false) ||
            (this.word(nm.end + 1)?.role ?? false) ||
            // المشتكية أم خالد، وهي معلمة متقاعدة،: a description after وهو/وهي.
            this.tokens[nm.end + 1]?.key === HUWA ||
            this.tokens[nm.end + 1]?.key === HIYA ||
            // الناقد الرياضي X، في حديثه …، أن: an aside of the occasion or the addressee set off after the name.
            this.word(nm.end + 1)?.key === FI ||
            (this.word(nm.end + 1)?.preposition ?? false) ||
            this.tokens[nm.end + 1]?.key === "\u0644")) ||
        // مراقب التنبؤات الجوية X لـ«الديرة» إن: the addressee right after the name.
        t.key === "\u0644" ||
        this.addressee(nm.end) ||
        (t.kind === "quote" && (this.marks.markOf[nm.end] ?? -1) >= 0) ||
        // هكذا لخص الصياد سالم البلوشي موقفه: the verb's object after the name.
        this.objectNoun(nm.end) ||
        (after !== null && (after.complementizer || after.cue?.type === "participle")));
    return content || (placed && this.endsPhrase(nm.end))
      ? nounPhrase("person", i, nm.end, { role, name: nm })
      : null;
  }

  /**
   * Whether a word with a glued ب/ل that is not definite continues a title or a body's name: its base is a
   * known head (لنادي، بجامعة، لوزارة), or it is ل + a noun with a definite genitive (لحقوق الإنسان، لقوى
   * الثورة). A name that happens to start with the letter (بشار الأسد، لوبا سامري) does not.
   */
  prepositionalComplement(k: number): boolean {
    const w = this.word(k);
    if (!w) return false;
    if (this.known(this.tokens, k) > 0) return false;
    const lex = this.words.lex;
    const base = w.base;
    if (
      lex.organizationHeads.has(base) ||
      lex.roleTitles.has(base) ||
      lex.organizationTypeNouns.has(base) ||
      lex.placeNouns.has(base)
    )
      return true;
    if (!w.key.startsWith("\u0644")) return false;
    const n = this.skipJoiners(k + 1);
    const next = this.word(n);
    if (next?.definite === true && !next.time) return true;
    // لأصحاب محطات المحروقات: one indefinite noun in construct before the definite genitive.
    return (
      next !== null &&
      !next.definite &&
      !next.preposition &&
      !next.function &&
      !this.isHardStop(n) &&
      this.known(this.tokens, n) === 0 &&
      this.genitiveFollows(n + 1)
    );
  }

  /**
   * Whether the word at `k` is the genitive that keeps an indefinite noun before it in construct (أمين سر نادي
   * …، سر الحزب، محطات المحروقات): an indefinite body's head, or a definite word that is no title, time,
   * honorific or clause breaker (an indefinite noun before a definite one is its construct, not a noun with an
   * adjective, which would agree in definiteness).
   */
  genitiveFollows(k: number): boolean {
    const x = this.word(k);
    if (!x || x.preposition || x.honorific || x.time || x.breaker || x.function || this.isHardStop(k))
      return false;
    if (this.known(this.tokens, k) > 0) return false;
    // مؤسسة كهرباء لبنان: a country's name is the genitive of the noun before it.
    return x.definite ? !x.role : x.organization || this.words.lex.prepositionLikeNames.has(x.key);
  }

  titleLinkWithPronoun(key: string): boolean {
    for (const s of this.words.lex.pronounSuffixes) {
      if (
        key.length > s.length + 2 &&
        key.endsWith(s) &&
        this.words.lex.titleLinks.has(key.slice(0, -s.length))
      )
        return true;
    }
    return false;
  }

  /**
   * Whether the word at `i` starts an addressee with a glued ل (لرويترز، لبي بي سي، للصحافيين): ل + a word that
   * is not a known head (لوزارة is a body, not an addressee).
   */
  addressee(i: number): boolean {
    const w = this.word(i);
    if (!w?.key.startsWith("\u0644") || w.key.length < 3) return false;
    if (this.known(this.tokens, i) > 0) return false;
    // ليلى، لمياء، لبنان: a name whose first letter is ل is no ل + addressee.
    if (this.words.lex.prepositionLikeNames.has(w.key)) return false;
    if (this.ownAddressee(i)) return true;
    return !(w.organization || w.role || w.relation || w.anonymous || w.document);
  }

  /**
   * لمراسلنا، لموقعنا، لصحيفتنا: ل (U+0644) + a noun owned by the outlet (نا U+0646 U+0627, "our") is the
   * addressee even when the noun is a title; it ends a name too.
   */
  ownAddressee(i: number): boolean {
    const key = this.word(i)?.key;
    return key !== undefined && key.length > 4 && key.startsWith("\u0644") && key.endsWith("\u0646\u0627");
  }

  /** Whether the word at `i` ends in teh marbuta as written (حملة، جماعة): a noun that takes a genitive. */
  tehMarbuta(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== "word") return false;
    for (let c = t.text.length - 1; c >= 0; c--) {
      const code = t.text.charCodeAt(c);
      if ((code >= 0x064b && code <= 0x065f) || code === 0x0640) continue;
      return code === 0x0629;
    }
    return false;
  }

  /** Whether a phrase ends at `i` (comma, hard stop, quotation mark or end). */
  endsPhrase(i: number): boolean {
    const t = this.tokens[i];
    return (
      t === undefined ||
      isComma(t) ||
      t.kind === "quote" ||
      this.isHardStop(i) ||
      (this.word(i)?.function ?? false) ||
      // لـ"المصدر أونلاين": a preposition standing alone (its tatweel U+0640 removed) opens the addressee.
      t.key === "\u0644" ||
      this.relayedSpeechNoun(i) ||
      // هكذا وصف الباحث في علم الاجتماع وليد بوزيد المشهد: the verb's object after the name.
      this.objectNoun(i)
    );
  }

  /**
   * Whether the word at `i` is a verbal noun or a noun of "the situation" that the verb takes as its object
   * (وجود، الوضع), also with a pronoun suffix written with heh U+0647, not a teh marbuta U+0629 folded to it
   * (هكذا لخص X موقفه، وصف X حالته).
   */
  objectNoun(i: number): boolean {
    const w = this.word(i);
    if (w === null) return false;
    const nouns = this.words.lex.objectVerbalNouns;
    if (nouns.has(w.bare)) return true;
    const written = this.tokens[i]?.text ?? "";
    for (const suffix of OBJECT_SUFFIXES) {
      if (!w.bare.endsWith(suffix) || w.bare.length - suffix.length < 3) continue;
      if (suffix === "\u0647" && !written.endsWith(suffix)) return false;
      const stem = w.bare.slice(0, -suffix.length);
      // حالته، رؤيتها: a teh marbuta written as teh before the suffix.
      if (nouns.has(stem) || (stem.endsWith("\u062A") && nouns.has(`${stem.slice(0, -1)}\u0647`)))
        return true;
    }
    return false;
  }

  /**
   * نقلت الوكالة عن مدير … في بلدية مسقط هلال الحجري قوله: a speech noun with a pronoun suffix (U+0647 هـ, not a
   * ة U+0629 folded to it) closes the relayed source's phrase.
   */
  relayedSpeechNoun(i: number): boolean {
    const w = this.word(i);
    if (w === null || w.cue?.type !== "noun" || w.key.length < 4) return false;
    // (قولهم، قولهما: a plural or dual source too.)
    return OBJECT_SUFFIXES.some((suffix) => w.key.endsWith(suffix)) && !this.tehMarbuta(i);
  }

  /**
   * Where an affiliation opened at `from` ends: the next comma or hard stop within {@link MAX_AFFILIATION_TOKENS}
   * tokens, or where the search stopped.
   */
  affiliationEnd(from: number): number {
    let j = from;
    while (
      j < from + MAX_AFFILIATION_TOKENS &&
      this.tokens[j] &&
      !isComma(this.tokens[j]) &&
      !this.isHardStop(j)
    )
      j++;
    return j;
  }

  /** The index of the `)` that closes the `(` at `i` within a dozen tokens, or -1. */
  parenthesis(i: number): number {
    for (let k = i + 1; k < this.tokens.length && k <= i + 14; k++) {
      const t = this.tokens[k] as Token;
      if (t.kind === "punct" && t.key === ")") return k;
      if (t.kind === "punct" && (t.key === "(" || isSentenceEnd(t))) return -1;
    }
    return -1;
  }

  /** An organisation chain at `i` (الائتلاف الوطني لقوى الثورة والمعارضة السورية، مجلس سوريا الديمقراطية). */
  organization(i: number): { range: Range; alias: Range | null } | null {
    const lex = this.words.lex;
    const phrase = this.phraseAt(i, lex.organizationPhrases, true);
    const head = this.word(i);
    if (!phrase && !head?.organization) return null;
    let k = i + (phrase || 1);
    let construct = phrase ? false : !(head as WordInfo).definite;
    let end = k;
    let alias: Range | null = null;
    if (phrase) {
      // A fixed name (الأمم المتحدة، البيت الأبيض) is complete; only a short name in parentheses may follow.
      if (this.tokens[k]?.key === "(") {
        const close = this.parenthesis(k);
        if (close > k && close - k <= 5)
          return { range: { start: i, end: close + 1 }, alias: { start: k + 1, end: close } };
      }
      return { range: { start: i, end: k }, alias: null };
    }
    for (let guard = 0; guard < MAX_PHRASE; guard++) {
      k = this.skipJoiners(k);
      const t = this.tokens[k];
      if (t === undefined) break;
      if (t.kind === "quote") {
        const close = this.shortQuotation(k);
        if (close < 0 || !construct) break;
        k = close + 1;
        end = k;
        construct = false;
        continue;
      }
      if (t.kind === "punct") {
        if (t.key === "(") {
          const close = this.parenthesis(k);
          if (close < 0 || close - k > 5) break;
          alias = { start: k + 1, end: close };
          k = close + 1;
          end = k;
          continue;
        }
        break;
      }
      if (t.kind !== "word") break;
      const w = this.#infos[k] as WordInfo;
      // إذاعة أم درمان، مستشفى أبو ظبي: a name particle opens the proper name in the genitive.
      const particle = construct && w.particle && (this.word(k + 1)?.nameLike ?? false);
      if (construct && this.words.lex.eponymTitles.has(w.key)) {
        // مستشفى الأمير حمزة الجامعي، جامعة الملك سعود: a body named after a person; the honorific and the
        // name are the genitive, and definite adjectives of the body may follow.
        const named = this.honoreeEnd(k + 1);
        if (named > k + 1) {
          k = named;
          end = k;
          construct = false;
          continue;
        }
      }
      if (w.honorific || this.isHardStop(k) || (w.function && !particle) || w.breaker || w.key.length < 2)
        break;
      if (construct) {
        if (w.nameLike && !w.definite) {
          // A proper name as the genitive (مجلس سوريا، وكالة ستاندرد آند بورز): read it whole.
          let j = k + 1;
          for (let n = 1; n < 4; n++) {
            const jj = this.skipJoiners(j);
            const x = this.word(jj);
            if (!x?.nameLike || x.definite || x.preposition || this.isHardStop(jj)) break;
            j = jj + 1;
          }
          k = j;
          end = k;
          construct = false;
          continue;
        }
        k++;
        end = k;
        construct = !w.definite && (this.tehMarbuta(k - 1) || this.constructRunsOn(k));
        continue;
      }
      // (الاتحاد المحلي للفلاحة، الاتحاد الوطني للمعلمين: a title word glued to لل is the body's field.)
      const field = w.preposition && w.key.startsWith("\u0644\u0644");
      if (w.definite && (!w.role || field) && !(w.preposition && !w.key.startsWith("\u0644"))) {
        k++;
        end = k;
        continue;
      }
      if (w.preposition && !w.definite && w.key.length > 3 && !w.role && this.prepositionalComplement(k)) {
        k++;
        end = k;
        construct = true;
        continue;
      }
      break;
    }
    return { range: { start: i, end }, alias };
  }

  /**
   * Whether the construct goes on at `k` after an indefinite genitive (هيئة تنظيم قطاع الاتصالات): one more
   * indefinite noun, on no list, whose own definite genitive follows it.
   */
  constructRunsOn(k: number): boolean {
    const w = this.word(k);
    return (
      w !== null &&
      !w.definite &&
      !w.preposition &&
      !w.function &&
      !w.role &&
      !w.honorific &&
      !w.cue &&
      !this.isHardStop(k) &&
      this.known(this.tokens, k) === 0 &&
      this.word(k + 1)?.definite === true &&
      this.genitiveFollows(k + 1)
    );
  }

  /**
   * The first organisation named inside a range (the body of a role: الناطق باسم الجيش الوطني → الجيش الوطني);
   * past a department, the body it belongs to when the range names it (مدير إدارة الآثار بوزارة الآثار → وزارة الآثار).
   */
  organizationIn(range: Range): Range | null {
    let department: Range | null = null;
    for (let k = range.start; k < range.end; k++) {
      const w = this.word(k);
      if (!w) continue;
      const isHead = w.organization || this.phraseAt(k, this.words.lex.organizationPhrases, true) > 0;
      if (!isHead || (k === range.start && !w.organization)) continue;
      if (k === range.start) continue;
      // وزير الشؤون البلدية والقروية: a definite head right after a definite noun of the title is its
      // adjective (a nisba), not a body.
      const prev = this.word(k - 1);
      if (
        w.definite &&
        !w.preposition &&
        prev?.definite === true &&
        !(prev.preposition || prev.role || prev.organization || prev.function)
      )
        continue;
      const org = this.organization(k);
      if (!org) continue;
      const found = { start: k, end: this.titleBodyEnd(k, Math.min(org.range.end, range.end), range.end) };
      // مجلس إدارة الغرفة: a board of a body is a department of it too; so is a board named by its kind alone
      // (رئيس مجلس الإدارة والعضو المنتدب لشركة …), whose body comes later in the title.
      const board = this.word(k + 1);
      const isDepartment =
        this.words.lex.departmentHeads.has(w.base) ||
        (board !== null &&
          this.words.lex.departmentHeads.has(board.base) &&
          (!board.definite || org.range.end === k + 2));
      if (department === null && isDepartment) {
        // (The body may be read into the department's own chain: إدارة الآثار بوزارة الآثار.)
        department = { start: found.start, end: this.placeTail(found.end, range.end) };
        if (!this.words.lex.departmentHeads.has(w.base)) k++;
        // إدارة الدفاع المدني بوزارة الداخلية: the unit's own name (its genitive) names no parent; the parent
        // comes after في or glued to ب.
        else k = this.unitNameEnd(k + 1, range.end) - 1;
        continue;
      }
      const ministry = !w.definite && this.words.lex.portfolioBodies.has(w.base);
      return { start: found.start, end: ministry ? found.end : this.placeTail(found.end, range.end) };
    }
    return department ?? this.addresseeBody(range);
  }

  /**
   * Where the name of a unit (the genitive of قسم، إدارة، كلية …) that starts at `from` ends, within `end`: at
   * the parent body after في or glued to ب (بوزارة، بالمركز); `from` when no parent body follows.
   */
  unitNameEnd(from: number, end: number): number {
    // (مكتب المنظمة في اليمن، مكتب الاتحاد بولاية تيارت: a genitive that is itself a body's head is the parent.)
    if (this.word(from)?.organization ?? true) return from;
    for (let k = from; k < end; k++) {
      const w = this.word(k);
      if (!w) return from;
      if (w.key === FI) return this.word(k + 1)?.organization ? k : from;
      if (w.preposition && w.key.startsWith("\u0628") && w.organization) return k;
    }
    return from;
  }

  /**
   * Where a body's name named inside a title ends (from its chain's end `from`, within the title's `end`):
   * its words run on over و-joined nouns and complements glued to ل/ب (المؤسسة العامة لنقل وتوزيع الكهرباء،
   * الغرفة الوطنية لمصدري زيت الزيتون) and proper names (حكومة إقليم كوردستان) up to في or a comma; a
   * complement with لل after a ministry's genitive is the title's portfolio, not the body's name (وكيل
   * وزارة الصحة للصحة العامة → وزارة الصحة).
   */
  titleBodyEnd(head: number, from: number, end: number): number {
    // (Only a ministry's: مركز الرؤية للدراسات الاقتصادية، شركة النخيل للإسمنت keep the complement as their name.)
    const headWord = this.word(head);
    const indefinite = headWord?.definite === false && this.words.lex.portfolioBodies.has(headWord.base);
    if (indefinite)
      for (let k = head + 2; k < from; k++) {
        const w = this.word(k);
        if (w?.preposition && w.definite && w.key.startsWith("\u0644\u0644") && this.word(k - 1)?.definite)
          return k;
      }
    let e = from;
    while (e < end) {
      const w = this.word(e);
      if (w !== null && e + 2 < end && this.words.lex.bodyNameLinks.get(w.key) === this.word(e + 1)?.key) {
        e += 2;
        continue;
      }
      const field = w?.preposition === true && w.definite && w.key.startsWith("\u0644\u0644");
      if (
        !w ||
        w.key === FI ||
        w.function ||
        w.honorific ||
        w.breaker ||
        (w.role && !field) ||
        this.isHardStop(e)
      )
        break;
      if (
        indefinite &&
        w.preposition &&
        w.definite &&
        w.key.startsWith("\u0644\u0644") &&
        this.word(e - 1)?.definite
      )
        break;
      // وكيل وزارة الصحة بقنا، بالمنيا: the place a ministry's office serves is no part of the ministry's name.
      if (indefinite && w.preposition && !w.organization && w.key.startsWith("\u0628")) break;
      e++;
    }
    return e;
  }

  /**
   * The body a title is for when it names none of the known kinds (المدير الفني لسموحة، المدير الفني للمصري):
   * the last word of the title, glued to ل, when it is a proper name or a word on no list; else `null`.
   */
  addresseeBody(range: Range): Range | null {
    const k = range.end - 1;
    if (k <= range.start + 1) return null;
    const w = this.word(k);
    if (!w?.preposition || !w.key.startsWith("\u0644") || !w.nameLike) return null;
    // (After a preposition standing alone, إلى ليبيا, the ل is the word's own letter.)
    const before = this.word(k - 1);
    if (
      this.words.lex.placeNouns.has(w.base) ||
      before?.preposition ||
      (before !== null && this.words.lex.titlePlacePrepositions.has(before.key))
    )
      return null;
    return { start: k, end: range.end };
  }

  /**
   * Where a body's name ends inside a title that goes on with a place (نقابة العاملين في المستشفيات الحكومية،
   * شركة المياه بأسيوط): at `end` when the rest from `from` is في or a glued ب + a phrase that names no other
   * body (a parent body after في is another organisation: مؤسسة المواصلات في الهيئة); else at `from`.
   */
  placeTail(from: number, end: number): number {
    if (from >= end) return from;
    const first = this.word(from);
    if (!first) return from;
    const glued = first.preposition && !first.definite && first.key.startsWith("\u0628");
    if (first.key !== FI && !glued) return from;
    // وكيل نقابة الممثلين في مصر: a country or city alone after في is where the body is, not its name.
    if (!glued && end - from === 2 && !(this.word(from + 1)?.definite ?? false)) return from;
    // وزارة الصحة في حكومة الوحدة الوطنية، في الحكومة الاتحادية: the government a ministry sits in is where
    // the body is, as a country is, not part of its name.
    if (!glued && this.words.lex.governmentHeads.has(this.word(from + 1)?.base ?? "")) return from;
    // اللجنة المالية في مجلس النواب العراقي: a parent body named in full (two words or more) after في is part
    // of the body's name; a parent named by its head alone (في الهيئة) is not.
    if (!glued && (this.word(from + 1)?.organization ?? false)) {
      const parent = this.organization(from + 1);
      if (parent && parent.range.end - parent.range.start >= 2 && parent.range.end >= end) return end;
      return from;
    }
    for (let k = glued ? from : from + 1; k < end; k++) {
      const w = this.word(k);
      if (!w || w.organization || w.role || w.function) return from;
    }
    return end;
  }

  /** An anonymous source's description at `i` (مصدر مسؤول في الحكومة اليمنية، مصدرين لم تحدد هويتهما). */
  anonymous(i: number): { range: Range; affiliation: Range | null } {
    let k = i + 1;
    let end = k;
    let affiliation: Range | null = null;
    // Whether the affiliation is the body after في, which runs on as far as the description does (مصادر في
    // مكتب رئيس الوزراء).
    let within = false;
    for (let guard = 0; guard < 12; guard++) {
      k = this.skipJoiners(k);
      const t = this.tokens[k];
      if (t === undefined || t.kind !== "word") break;
      const w = this.#infos[k] as WordInfo;
      if (this.isHardStop(k) || w.honorific || w.key.length < 2) break;
      if ((w.key === "\u0644\u0645" || w.key === "\u0644\u0627") && k === end) {
        // مصدرين لم تحدد هويتهما، مصدر رفض الكشف عن اسمه: a short negated clause describing the source.
        let j = k + 1;
        let n = 0;
        while (n < 3 && this.word(j) && !this.isHardStop(j)) {
          j++;
          n++;
        }
        if (this.endsPhrase(j)) end = j;
        break;
      }
      if (w.key === FI || w.key === MIN) {
        const org = this.organization(k + 1);
        const inner = org ?? this.definiteChain(k + 1);
        if (!inner) break;
        // مسؤول في مصرف الجمهورية: the body the source speaks from is named apart from it.
        if (org && affiliation === null && w.key === FI) {
          affiliation = org.range;
          within = true;
        }
        k = inner.range.end;
        // محللين في بنك الاستثمار "أطلس كابيتال": the body's own name in quotation marks after its head.
        const named = org ? this.shortQuotation(k, MAX_QUOTED_NAME) : -1;
        if (named >= 0) {
          if (affiliation !== null && affiliation.end === k)
            affiliation = { start: affiliation.start, end: named + 1 };
          k = named + 1;
        }
        end = k;
        continue;
      }
      if (this.words.lex.titleLinks.has(w.key)) {
        // متحدث باسم جيش الاحتلال: the link and the body it speaks for are part of the description.
        const org = this.organization(k + 1) ?? this.definiteChain(k + 1);
        if (!org) break;
        k = org.range.end;
        end = k;
        continue;
      }
      if (w.function) break;
      if (w.preposition && w.key.startsWith("\u0628") && this.prepositionalComplement(k)) {
        // مصدر بوزارة الداخلية: the body glued to ب is where the source speaks from; فلاحون بسوق ثلاثاء
        // أمزميز: a place glued to ب with its name is part of the description.
        const org = w.organization ? this.organization(k) : null;
        if (org) {
          if (affiliation === null) {
            affiliation = org.range;
            within = true;
          }
          k = org.range.end;
        } else k++;
        end = k;
        continue;
      }
      if ((w.preposition && !w.definite) || this.addressee(k)) break;
      if (w.definite) {
        if (w.breaker) break;
        k++;
        end = k;
        continue;
      }
      // أمهات المختطفين وقفة احتجاجية: after a definite genitive an indefinite word is no adjective of the
      // head (it would agree with the now definite phrase); it is the object of the verb.
      if (this.word(k - 1)?.definite && k > i + 1) break;
      const first = w.key[0];
      // (تربوي، تونسية: an adjective of relation ends in ي/ية, an imperfect verb does not.)
      const nisba = w.key.endsWith("\u064A") || w.key.endsWith("\u064A\u0647");
      if (
        (first === "\u064A" || first === "\u062A") &&
        w.key.length >= 4 &&
        !w.anonymous &&
        !w.role &&
        !nisba
      ) {
        // An imperfect verb opens a relative clause (مسعف يعمل في هيئة الإسعاف): the organisation is named apart.
        const rest = this.word(k + 1);
        if (rest && (rest.key === FI || rest.key === "\u0644\u062F\u064A")) {
          const inner = this.organization(k + 2);
          if (inner) affiliation = inner.range;
        }
        break;
      }
      if (w.nameLike || w.anonymous || w.role) {
        k++;
        end = k;
        continue;
      }
      break;
    }
    // مصدر بمديرية التعليم في أسوان لـ"الوطن": a preposition standing alone (its tatweel U+0640 removed) opens
    // the addressee; it never ends the description.
    while (end > i + 1 && (this.word(end - 1)?.key.length ?? 2) < 2) end--;
    if (within && affiliation !== null && affiliation.end < end)
      affiliation = { start: affiliation.start, end };
    if (affiliation !== null && affiliation.end > end && affiliation.start < end)
      affiliation = { start: affiliation.start, end };
    return { range: { start: i, end }, affiliation };
  }

  /** A definite chain at `i` (الحكومة اليمنية، مكتب رئيس الوزراء التركي): an organisation or definite words. */
  definiteChain(i: number): { range: Range } | null {
    const org = this.organization(i);
    if (org) return org;
    const first = this.word(i);
    if (!first || this.isHardStop(i)) return null;
    let k = i + 1;
    let construct = !first.definite;
    for (let guard = 0; guard < 6; guard++) {
      const w = this.word(k);
      if (!w || this.isHardStop(k) || w.function || w.breaker) break;
      if (construct || w.definite) {
        construct = !w.definite && this.tehMarbuta(k);
        k++;
        continue;
      }
      break;
    }
    return { range: { start: i, end: k } };
  }

  /** A description of a group or body that is neither a title nor an organisation head (الشرطة وشهود عيان). */
  generic(i: number): Range | null {
    const first = this.word(i);
    if (!first || this.isHardStop(i) || first.function || first.honorific) return null;
    let k = i + 1;
    if (first.quantifier) {
      // كثير من المصريين، عدد من النواب; أحد السكان، بعض المسؤولين
      const of = this.word(k)?.key === MIN;
      const next = this.word(of ? k + 1 : k);
      // أحد أولياء الأمور، أحد عناصر الأمن: a plural in construct with a definite genitive.
      const construct =
        next !== null &&
        !next.preposition &&
        !next.function &&
        !this.isHardStop(k) &&
        this.genitiveFollows(k + 1);
      if (!of && !(next?.definite || next?.anonymous || construct)) return null;
      const inner = this.definiteChain(of ? k + 1 : k);
      if (!inner) return null;
      // أحد أولياء الأمور في رام الله: the place after في when the phrase ends there.
      const end = inner.range.end;
      if (this.word(end)?.key === FI) {
        const e = this.placeEnd(end + 1);
        if (e > end + 1 && this.endsPhrase(e)) return { start: i, end: e };
      }
      return { start: i, end };
    }
    for (let guard = 0; guard < 6; guard++) {
      k = this.skipJoiners(k);
      if (this.tokens[k]?.key === "(") {
        // المادة (29)
        const close = this.parenthesis(k);
        if (close < 0 || close - k > 4) break;
        k = close + 1;
        continue;
      }
      const w = this.word(k);
      if (w?.key === MIN && k > i) {
        // المادة (27) من لائحة انتخاب أعضاء المجالس البلدية
        const inner = this.definiteChain(k + 1);
        if (!inner) break;
        k = inner.range.end;
        continue;
      }
      if (!w || this.isHardStop(k) || w.function || w.honorific || w.breaker) break;
      if (w.definite && !w.role && !w.organization) {
        k++;
        continue;
      }
      if (w.conjunction && !w.cue) {
        k++;
        continue;
      }
      if (
        w.nameLike &&
        !w.preposition &&
        (w.key.endsWith("\u0648\u0646") || w.key.endsWith("\u0627\u0646"))
      ) {
        k++;
        continue;
      }
      if (w.anonymous) {
        k++;
        continue;
      }
      break;
    }
    return { start: i, end: k };
  }

  /**
   * `phrase` with the name that a naming verb introduces at `nameAt` (`يدعى منصور`, `، ويدعى أبو حسين`), the
   * description before the verb (up to `roleEnd`) becoming the role; `null` when no whole name follows.
   */
  private namedAfter(phrase: NounPhrase, nameAt: number, roleEnd: number): NounPhrase | null {
    const name = this.name(nameAt);
    if (!name || !this.endsPhrase(name.end)) return null;
    const role = phrase.role ?? phrase.description ?? { start: phrase.start, end: roleEnd };
    return withParts(phrase, { kind: "person", name, role, description: null, end: name.end });
  }

  /**
   * The speaker phrase that starts at `i` (after a speech verb, or a fronted subject before one), or `null`
   * when no phrase starts there. Appositions after a comma (رئيس …، الدكتور محمد …،) and after وهو/وهي are
   * read into the same phrase.
   */
  phrase(i: number): NounPhrase | null {
    let k = this.skipJoiners(i);
    const first = this.segment(k);
    if (!first) return null;
    let result = first;
    k = first.end;
    for (let guard = 0; guard < 4; guard++) {
      const t = this.tokens[k];
      if (t === undefined) break;
      if (result.kind === "generic" && this.words.lex.oneOfWords.has(this.word(result.start)?.bare ?? "")) {
        // أحد سكان حي عصيفرة، محمد قاسم،: one of a group, then the name set off after the rest of the
        // description; the description is the role.
        let j = k;
        while (j < k + 4 && this.word(j) !== null && !this.isHardStop(j)) j++;
        const apposed = this.appositionName(j);
        if (apposed) {
          const role = { start: result.start, end: j };
          result = withParts(result, {
            kind: "person",
            name: apposed,
            role,
            description: null,
            end: apposed.end,
          });
          k = apposed.end;
          continue;
        }
      }
      // بائع خضار يدعى منصور: the naming verb may follow the description without a comma.
      const naming = result.name === null ? this.word(k) : null;
      if (naming !== null && k > result.start && this.words.lex.namingVerbs.has(naming.bare)) {
        const named = this.namedAfter(result, k + 1, k);
        if (named) {
          result = named;
          k = named.end;
          continue;
        }
      }
      // رئيس اتحاد بلديات صيدا – الزهراني، رئيس بلدية بكفيا - المحيدثة نبيل صفير: two places joined by a dash
      // are one name, the end of the title's body.
      const joined = isDash(t) && result.role !== null ? this.dashJoinedEnd(k) : -1;
      if (joined > 0) {
        const role = { start: (result.role as Range).start, end: joined };
        result = withParts(result, { kind: "role", name: null, role, end: joined });
        k = joined;
        const h = this.skipHonorifics(k);
        const nm = isComma(this.tokens[k]) ? null : this.name(h);
        if (nm && nm.end - nm.start >= 2) {
          result = withParts(result, { kind: "person", name: nm, end: nm.end });
          k = nm.end;
        }
        continue;
      }
      // حسين عبد الزهرة (45 عاما)، صاحب ورشة …: an aside in parentheses after a name (an age, a place) stands
      // between the name and the title set off after it.
      if (t.kind === "punct" && t.key === "(" && result.kind === "person" && result.role === null) {
        const after = this.afterAside(k);
        if (after > k && isComma(this.tokens[after])) {
          k = after;
          continue;
        }
      }
      // منسقة الشؤون الإنسانية في منظمة "سند" السودانية، سلمى عثمان،: the body after في, then the name set off;
      // also after عن/إلى (النائب عن حزب تواصل المعارض، محمد ولد اباه،).
      const link = result.kind === "role" && !result.name ? this.word(k) : null;
      if (link !== null && this.words.lex.titlePlacePrepositions.has(link.key)) {
        const j = this.affiliationEnd(k);
        const apposed = this.appositionName(j);
        if (apposed && result.role !== null) {
          const role = { start: result.role.start, end: j };
          const affiliation = this.organizationIn({ start: k, end: j }) ?? null;
          result = withParts(result, { kind: "person", name: apposed, role, affiliation, end: apposed.end });
          k = apposed.end;
          continue;
        }
      }
      if (isComma(t)) {
        const n = this.skipJoiners(k + 1);
        const w = this.word(n);
        if (!w) break;
        // رئيس نادي أمل تيارت، السيد عبد الحميد بوزيدي،: a word read as the name right after the title, then an
        // honorific and a name of two words or more set off by the comma: the word ends the title's body.
        if (
          result.kind === "person" &&
          result.role !== null &&
          result.name !== null &&
          result.name.end - result.name.start === 1 &&
          result.name.end === k &&
          w.honorific
        ) {
          const nm = this.name(this.skipHonorifics(n));
          if (nm && nm.end - nm.start >= 2 && (isComma(this.tokens[nm.end]) || this.endsPhrase(nm.end))) {
            const role = { start: result.role.start, end: k };
            result = withParts(result, { name: nm, role, end: nm.end });
            k = nm.end;
            continue;
          }
        }
        // أحد سكان قضاء الفاو، ويدعى أبو حسين،: the name given after a naming verb; the description before
        // it is the role.
        if (result.name === null && this.words.lex.namingVerbs.has(w.bare)) {
          const named = this.namedAfter(result, n + 1, k);
          if (named) {
            result = named;
            k = named.end;
            continue;
          }
        }
        if (result.kind === "role" && !result.name) {
          // An affiliation between the title and the name (الباحث الفلكي، بقسم … بجامعة …، ملهم …; الكاتب العام
          // للنقابة، التابعة للاتحاد العام، X،).
          const belongs = this.words.lex.affiliationParticiples.has(w.key);
          if (w.preposition || w.key === FI || belongs) {
            const j = this.affiliationEnd(n);
            if (isComma(this.tokens[j])) {
              const h2 = this.skipHonorifics(j + 1);
              if (this.nameStarts(h2)) {
                const nm = this.name(h2);
                if (nm) {
                  const aff = belongs
                    ? result.affiliation
                    : (this.organizationIn({ start: n - 1, end: j }) ?? null);
                  result = withParts(result, { kind: "person", name: nm, affiliation: aff, end: nm.end });
                  k = nm.end;
                  continue;
                }
              }
            }
          }
          const apposed = this.appositionName(k);
          if (apposed) {
            result = withParts(result, { kind: "person", name: apposed, end: apposed.end });
            k = apposed.end;
            continue;
          }
          // المتحدث باسم الحكومة، وزير الثقافة المكلف X،: a second title set off with the name after it; both
          // titles are the role.
          const first = result.role;
          const second = w.role && first !== null ? this.segment(n) : null;
          if (first && second?.kind === "person" && second.name !== null && second.role?.start === n) {
            const role = { start: first.start, end: second.role.end };
            result = withParts(result, { kind: "person", name: second.name, role, end: second.end });
            k = second.end;
            continue;
          }
          const h = this.skipHonorifics(n);
          if (this.nameStarts(h) && !(this.word(h)?.role ?? false)) {
            const nm = this.name(h);
            // (معلمة في مدرسة …، فضلت عدم ذكر اسمها،: one word that the phrase does not end after is a verb.)
            if (nm && (nm.end - nm.start > 1 || h > n || this.endsPhrase(nm.end))) {
              result = withParts(result, { kind: "person", name: nm, end: nm.end });
              k = nm.end;
              continue;
            }
          }
          break;
        }
        // A title set off after the name is the fuller one when the name had one title word before it
        // (المحامية سعاد بن شيخ، عضو هيئة الدفاع).
        // A longer one wins over a short occupation before the name too (الخبير الاقتصادي الدكتور X، أستاذ
        // الاقتصاد بجامعة المنصورة،).
        // (الممرضة X، العاملة بمصلحة …: a status word after the name is a participle, "working at", no title.)
        const statusAfter = this.words.lex.statusTitles.has(w.base);
        if (result.kind === "person" && (w.role || w.relation) && !statusAfter) {
          const r = this.role(n);
          const closed = r ? this.appositionEnd(r.end) : -1;
          const before = result.role ? result.role.end - result.role.start : 0;
          if (r && (before <= 1 || closed - r.start > before)) {
            result = withParts(result, { role: { start: r.start, end: closed }, end: closed });
            k = closed;
            continue;
          }
        }
        // سعاد المرسي، إحدى المتضررات،: one of a group, set off after the name, is the role.
        if (result.kind === "person" && !result.role && this.words.lex.oneOfWords.has(w.bare)) {
          const g = this.generic(n);
          if (g && g.end > n + 1) {
            let end = g.end;
            if (this.word(end)?.key === FI) {
              const e = this.placeEnd(end + 1);
              if (e > end + 1) end = e;
            }
            if (this.endsPhrase(end)) {
              result = withParts(result, { role: { start: n, end }, end });
              k = end;
              continue;
            }
          }
        }
        // الحسين بوزيد، وهو فلاح: the title after وهو/وهي set off by a comma; أم محمد، وهي أرملة من منطقة
        // تاربة،: a description with no title at its head runs to the closing comma.
        // (أحد المكتتبين، وهو موظف متقاعد: an unnamed speaker takes the description as its role too.)
        const described =
          result.kind === "person" || result.kind === "generic" || result.kind === "anonymous";
        // المواطن X، وهو سائق أجرة،: a status word before the name (citizen, resident; with a nisba, المقيم
        // الأردني) says less than a listed title after وهو/وهي, which is then the role.
        const r = w.key === HUWA || w.key === HIYA ? this.role(n + 1) : null;
        const status = result.role !== null ? this.word(result.role.start) : null;
        const fuller =
          r !== null &&
          status !== null &&
          result.role !== null &&
          result.name !== null &&
          this.words.lex.statusTitles.has(status.base) &&
          this.skipNisba(result.role.start + 1) >= result.role.end - 1 &&
          result.role.end <= result.name.start;
        // X، الذي يعمل مهندسا في …،: the work named after a relative pronoun and a verb of working is the role
        // (after no title or a status word).
        const statusOnly = !result.role || (status !== null && this.words.lex.statusTitles.has(status.base));
        const works = w.relative && this.words.lex.workVerbs.has(this.word(n + 1)?.key ?? "");
        if (result.kind === "person" && statusOnly && works) {
          const end = this.describedEnd(n + 2);
          if (end > n + 2 && isComma(this.tokens[end])) {
            result = withParts(result, { role: { start: n + 2, end }, end });
            k = end;
            continue;
          }
        }
        if (described && (!result.role || fuller) && (w.key === HUWA || w.key === HIYA)) {
          // وهي طبيبة مقيمة في مستشفى البصرة التعليمي: the description runs on to the comma or colon closing it.
          const described = this.describedEnd(n + 1);
          const end = r ? Math.max(r.end, described) : described;
          if (end > n + 1 && (!result.role || fuller)) {
            result = withParts(result, { role: { start: n + 1, end }, end });
            k = end;
            continue;
          }
        }
        // سمير خليل، صياد من الفاو، إن …: a description with no listed title at its head, set off by commas
        // after a name and closed before the content, is the speaker's role (README: the descriptive title).
        if (result.kind === "person" && !result.role && result.name !== null && !w.conjunction) {
          const end = this.describedEnd(n);
          const alef = w.key.endsWith("\u0627");
          if (
            end > n &&
            !alef &&
            !w.preposition &&
            !w.numeric &&
            // (أم لخمسة أطفال: a name particle before a word glued to ل is a noun, "a mother of five".)
            !(w.particle && !this.word(n + 1)?.preposition) &&
            this.known(this.tokens, n) === 0 &&
            (!isComma(this.tokens[end]) || this.closesApposition(end + 1))
          ) {
            result = withParts(result, { role: { start: n, end }, end });
            k = end;
            continue;
          }
        }
        break;
      }
      if (t.kind === "word" && (t.key === HUWA || t.key === HIYA)) {
        const r = this.role(k + 1);
        if (r && !result.role) {
          result = withParts(result, { role: r, end: r.end });
          k = r.end;
          continue;
        }
      }
      break;
    }
    return withParts(result, { end: Math.max(result.end, k) });
  }

  /**
   * After a dash at `k`: the end of the second place of a name joined by a dash (صيدا – الزهراني), a single
   * name word followed by a comma, an honorific or a name; -1 otherwise.
   */
  dashJoinedEnd(k: number): number {
    const w = this.word(k + 1);
    if (!w?.nameLike || w.role || w.organization || w.preposition || w.function || w.cue) return -1;
    const after = this.tokens[k + 2];
    if (after === undefined) return -1;
    if (isComma(after)) return k + 2;
    const next = this.word(k + 2);
    if (next === null) return -1;
    return next.honorific || (next.nameLike && !next.definite && this.nameStarts(k + 2)) ? k + 2 : -1;
  }

  /**
   * The end of a description after وهو/وهي that runs to the comma closing it (أرملة من منطقة تاربة،، ربة منزل
   * من منطقة الهارثة،): a noun first (an imperfect verb, وهي تقف، is a circumstance, not a description), then
   * at most eight words with no clause boundary; -1 when it does not reach a comma or the sentence's end.
   */
  describedEnd(i: number): number {
    const first = this.word(i);
    // (أم لخمسة أطفال: the particle أم, also "or", before a word glued to ل is the noun "mother".)
    const mother = first?.particle === true && (this.word(i + 1)?.preposition ?? false);
    if (!first || first.definite || (first.function && !mother) || first.cue || this.isHardStop(i)) return -1;
    const lead = first.key[0];
    if ((lead === "\u064A" || lead === "\u062A") && !first.role) return -1;
    for (let k = i + 1; k < i + 9; k++) {
      const t = this.tokens[k];
      if (t === undefined || isComma(t) || (t.kind === "punct" && (isSentenceEnd(t) || isColon(t)))) return k;
      if (t.kind !== "word") return -1;
      const w = this.#infos[k] as WordInfo;
      if (w.cue || w.complementizer || w.relative || w.time || w.speechEvent) return -1;
      if (!this.words.lex.titlePrepositions.has(w.key) && (this.isHardStop(k) || w.function)) return -1;
      if (this.opensVerbClause(k)) return k;
    }
    return -1;
  }

  /**
   * Whether a verb opens a clause on the description before it: an imperfect verb with its preposition (متقاعدة من
   * بلدة بر الياس تعاني من السكري، صياد يعمل في الميناء): a word on no list that starts with ي/ت (U+064A,
   * U+062A) and is followed by a preposition, after a word that cannot take it as its object or genitive (a
   * preposition or a place noun).
   */
  opensVerbClause(k: number): boolean {
    const w = this.word(k);
    const prev = this.word(k - 1);
    if (!w || !prev || w.definite || w.preposition || !w.nameLike || w.key.length < 4) return false;
    // معلمة عادت مع أطفالها: a word of four letters ending in teh (U+062A) after a feminine noun (written
    // with teh marbuta U+0629) is a perfect verb agreeing with it (ربة بيت: a noun of three letters).
    const written = this.tokens[k]?.text ?? "";
    if (
      w.key.length === 4 &&
      written.endsWith("\u062A") &&
      !prev.definite &&
      (this.tokens[k - 1]?.text ?? "").endsWith("\u0629") &&
      this.word(k + 1) !== null
    )
      return true;
    const lead = w.key[0];
    if (lead !== "\u064A" && lead !== "\u062A") return false;
    // (تعاني، يبني end in ي as a nisba does, يمني، تونسي: after a definite word an indefinite one agrees with
    // nothing, so it is the verb.)
    if ((w.key.endsWith("\u064A") || w.key.endsWith("\u064A\u0647")) && !prev.definite) return false;
    const lex = this.words.lex;
    if (prev.preposition || lex.titlePrepositions.has(prev.key) || lex.placeNouns.has(prev.base))
      return false;
    if (this.known(this.tokens, k) > 0) return false;
    const next = this.word(k + 1);
    return next !== null && (lex.titlePrepositions.has(next.key) || (next.preposition && !next.definite));
  }

  /** One apposition unit of a phrase. */
  segment(i: number): NounPhrase | null {
    const _lex = this.words.lex;
    const t = this.tokens[i];
    if (t === undefined) return null;
    if (t.kind === "quote") {
      const close = this.shortQuotation(i, 3);
      if (close >= 0 && this.quotedNameFollows(close + 1))
        return nounPhrase("person", i, close + 1, { name: { start: i + 1, end: close } });
      // قالت "المؤسسة العامة لمياه الشرب" في حلب إن: a body's name in scare quotes is the subject, not speech.
      const longer = this.shortQuotation(i, MAX_QUOTED_BODY);
      if (longer < 0 || !this.quotedNameFollows(longer + 1)) return null;
      const org = this.organization(i + 1);
      if (!org || org.range.end !== longer) return null;
      return nounPhrase("organization", i, longer + 1, { description: { start: i + 1, end: longer } });
    }
    const w = this.word(i);
    if (!w || this.isHardStop(i)) return null;
    // قال لـ"المصدر أونلاين": a preposition standing alone (its tatweel removed) opens the addressee.
    if (w.key.length === 1 && (w.key === "\u0644" || w.key === "\u0628" || w.key === "\u0643")) return null;
    // وأكد معاليه أن: an honorific pronoun names nobody new; the speaker continues.
    if (this.words.lex.honorificPronouns.has(w.bare)) return null;
    const known = this.known(this.tokens, i);
    // قال لرويترز، قال للصحافيين، قال لبي بي سي: a glued ل (or a definite with a glued preposition) starts the
    // addressee, not the subject.
    if (known === 0 && ((w.preposition && w.definite) || this.addressee(i))) return null;
    // الأطباء في المستشفى: a definite group with its place is described as written.
    if (known === 0 && w.definite && !w.preposition) {
      const group = this.groupWithPlace(i);
      if (group) return group;
    }
    // وأعلن الجندي إطلاق منظومة …: a title word with ال that is a known speaker's surname, with no whole name
    // after it, is that speaker (القاضي محمد علي: a title before a name stays a title).
    if (known > 0 && w.role && w.definite && !w.preposition && this.directName(i + 1) === null) {
      const nm = { start: i, end: i + known };
      return this.withTrailingRole(nounPhrase("person", i, nm.end, { name: nm }));
    }
    if (known > 0 && !w.role && !w.organization) {
      const nm = this.otherPersonName(i, known) ?? { start: i, end: i + known };
      return this.withTrailingRole(nounPhrase("person", i, nm.end, { name: nm }));
    }
    if (w.honorific) {
      const h = this.skipHonorifics(i);
      if (h > i) {
        const nm = this.name(h);
        if (nm) return this.withTrailingRole(nounPhrase("person", i, nm.end, { name: nm }));
      }
      // An honorific before a definite word is a title (السفير السعودي).
      const r = this.role(i);
      if (r && r.end > i + 1) return nounPhrase("role", i, r.end, { role: r });
    }
    // وقالت الصيدلانية سعاد بوشارب،: a nisba of occupation on no list, with a whole name of two words or more
    // right after it, is that person's title (a longer title set off by commas after the name wins).
    if (known === 0 && !w.role && !w.anonymous && this.isNisba(i) && this.nameStarts(i + 1)) {
      const nm = this.name(i + 1);
      if (nm && nm.start === i + 1 && nm.end - nm.start >= 2 && this.isWholeName(nm))
        return this.withTrailingRole(
          nounPhrase("person", i, nm.end, { name: nm, role: { start: i, end: i + 1 } }),
        );
    }
    // عضو لجنة الطاقة النيابية، كريم الساعدي: a source noun that is also a title, with a name, is that title.
    const titled = w.role && w.anonymous && !w.definite ? this.role(i) : null;
    const named =
      titled !== null && (this.appositionName(titled.end) !== null || this.directName(titled.end) !== null);
    if (w.anonymous && !w.definite && !named) {
      const a = this.anonymous(i);
      // مراقب التنبؤات الجوية في الإدارة عبدالله الرشيدان: a singular source noun whose description a whole name
      // follows (right after it or set off by commas) is that person's title.
      const person = isPluralWord(w)
        ? null
        : (this.appositionName(a.range.end) ?? this.directName(a.range.end));
      const close = this.tokens[person?.end ?? 0];
      const closed =
        close === undefined ||
        isComma(close) ||
        isColon(close) ||
        close.key === "\u0644" ||
        (this.word(person?.end ?? 0)?.complementizer ?? false) ||
        this.addressee(person?.end ?? 0);
      if (person && closed && this.tokens[person.start - 1]?.kind !== "quote")
        return nounPhrase("person", i, person.end, { role: a.range, name: person });
      return nounPhrase("anonymous", i, a.range.end, {
        description: a.range,
        affiliation: a.affiliation,
        plural: isPluralWord(w),
      });
    }
    if (w.anonymous && w.definite && !w.role) {
      // الأطباء العاملون في مراكز العزل: a definite plural participle after the noun restricts it, so the
      // phrase is a new description, taken as written with what follows it.
      const next = this.word(i + 1);
      if (
        next?.definite &&
        isPluralWord(next) &&
        !next.role &&
        !next.organization &&
        !next.anonymous &&
        !next.breaker &&
        !next.preposition &&
        !this.isHardStop(i + 1)
      ) {
        const a = this.anonymous(i);
        if (a.range.end > i + 1)
          return nounPhrase("anonymous", i, a.range.end, {
            description: a.range,
            affiliation: a.affiliation,
            plural: true,
          });
      }
      // المصدر، المصادر: a back-reference to an unnamed source.
      return nounPhrase("anonymous", i, i + 1, {
        description: { start: i, end: i + 1 },
        plural: isPluralWord(w),
      });
    }
    if (w.role || w.relation) {
      const r = this.role(i);
      if (r) {
        let h = this.skipHonorifics(r.end);
        if (h === r.end && r.end > r.start + 1) {
          const standing = this.standingTitle(h);
          if (standing >= 0) h = standing;
        }
        const after = this.word(this.skipJoiners(h));
        if (this.nameStarts(h) && !(after?.role && !this.known(this.tokens, h))) {
          let nm = this.name(h);
          // مدير الشركة لرويترز إن: one word glued to ل right after the title is the addressee, not a name.
          if (nm && h === r.end && nm.end - nm.start === 1 && this.addressee(h)) nm = null;
          // المدرس عمر الخطيب: a surname that is also an occupation (الخطيب، الحارس) ends a one-word name.
          const last = nm && nm.end - nm.start === 1 ? this.word(nm.end) : null;
          if (nm && last?.definite && last.role && !last.preposition && this.endsPhrase(nm.end + 1))
            nm = { start: nm.start, end: nm.end + 1 };
          if (
            nm &&
            (nm.end - nm.start > 1 ||
              h > r.end ||
              this.known(this.tokens, nm.start) > 0 ||
              this.shortQuotation(this.skipJoiners(h), 3) >= 0 ||
              this.endsPhrase(nm.end))
          ) {
            return nounPhrase("person", i, nm.end, { role: r, name: nm });
          }
        }
        // سيدة من منطقة الأشرفية، معلمة في مدرسة بنات …: an occupation without ال and with no name is an
        // unnamed person; the description runs on over في/من and the place or body, as an unnamed source's does.
        // (سائق سيارة أجرة في الزرقاء: so does an occupation with its complement in construct.)
        if (!w.definite && !w.preposition && this.words.lex.occupationTitles.has(w.base)) {
          const described = { start: i, end: this.anonymous(r.end - 1).range.end };
          const tail = this.word(r.end);
          if (described.end > r.end + 1 && (tail?.key === FI || tail?.key === MIN))
            return nounPhrase("role", i, this.afterAside(described.end), { role: described });
        }
        return nounPhrase("role", i, this.afterAside(r.end), { role: r });
      }
    }
    if (w.document) {
      const next = this.word(i + 1);
      let from = -1;
      // بيان للمرصد، تقرير لوزارة الصحة: the issuer follows with ل.
      if (next?.preposition && next.key.startsWith("\u0644") && next.key.length > 1) from = i + 1;
      // أرقام الجهاز المركزي للإحصاء: a body's name as the genitive is the issuer.
      // (أرقام نقابة أصحاب المستشفيات: the body's head without ال in construct too.)
      if (next?.organization && !next.preposition) from = i + 1;
      // تقرير أصدرته منظمة "حماية اللاجئ": the subject of the relative verb after the document.
      if (next && this.words.lex.issuerVerbs.has(next.key) && this.word(i + 2) !== null) from = i + 2;
      // التقرير الصادر عن الهيئة، بيان صادر عن وزارة الداخلية.
      const by = this.word(i + 2);
      if (next && this.words.lex.issuerLinks.has(next.key) && (by?.key === "\u0639\u0646" || by?.key === MIN))
        from = i + 3;
      const issuer = from > 0 ? this.issuerAt(from) : null;
      if (issuer)
        return nounPhrase("document", i, issuer.end, { description: { start: i, end: i + 1 }, issuer });
      return nounPhrase("document", i, i + 1, { description: { start: i, end: i + 1 } });
    }
    const org = this.organization(i);
    if (org) {
      let start = i;
      // صحيفة «ديلي صباح»، موقع "بوابة الأهرام"، نادي تشيلسي: the type noun is not part of the name.
      if (w.organizationType && !w.definite) {
        const q = this.shortQuotation(i + 1, 6);
        if (q >= 0)
          return nounPhrase("organization", i, Math.max(org.range.end, q + 1), {
            description: { start: i + 2, end: q },
          });
        const next = this.word(this.skipJoiners(i + 1));
        if (next?.nameLike && !next.definite && this.skipJoiners(i + 1) < org.range.end)
          start = this.skipJoiners(i + 1);
      }
      // الشرطة وشهود عيان: a body and a group joined by و speak together.
      const more = this.word(org.range.end);
      if (more?.conjunction && !more.cue && (more.anonymous || more.definite) && !more.complementizer) {
        const g = this.generic(org.range.end);
        if (g && g.end > org.range.end)
          return nounPhrase("generic", i, g.end, { description: { start, end: g.end }, plural: true });
      }
      return nounPhrase("organization", i, org.range.end, {
        description: { start, end: org.range.end },
        alias: org.alias,
      });
    }
    if (w.nameLike && !w.definite) {
      const nm = this.name(i);
      // أضافت بحسرة.: one unknown word glued to ب/ك that ends the sentence is a manner adverb, not a name.
      const adverb =
        nm !== null &&
        nm.end === i + 1 &&
        w.preposition &&
        known === 0 &&
        (this.tokens[i + 1] === undefined || isSentenceEnd(this.tokens[i + 1] as Token));
      if (adverb) return null;
      if (nm !== null && nm.end === i + 1 && known === 0) {
        const group = this.groupWithPlace(i);
        if (group) return group;
      }
      if (nm) return this.withTrailingRole(nounPhrase("person", i, nm.end, { name: nm }));
    }
    if (w.nameLike && w.definite && !w.preposition) {
      const occupied = this.occupation(i);
      if (occupied) return occupied;
      // يقول الحسين بوزيد، وهو فلاح: a word with ال on no list and one name word, then the end of the
      // phrase, is a first name and a surname (الحسين، الطيب، الهادي).
      const surname = this.word(i + 1);
      if (
        surname?.nameLike &&
        !surname.definite &&
        !(surname.preposition && this.prepositionalComplement(i + 1)) &&
        this.known(this.tokens, i) === 0 &&
        !this.isHardStop(i + 1) &&
        this.endsPhrase(i + 2)
      )
        return this.withTrailingRole(nounPhrase("person", i, i + 2, { name: { start: i, end: i + 2 } }));
    }
    const g = this.generic(i);
    if (g && g.end > g.start) {
      const last = this.word(g.end - 1);
      return nounPhrase("generic", i, g.end, {
        description: g,
        plural: g.end - g.start > 1 || w.plural || (last?.plural ?? false),
      });
    }
    return null;
  }

  /**
   * معلمات في المدارس الابتدائية، نواب من كتلة "الوفاق الوطني"، الأطباء في المستشفى: a plural of people (a
   * sound plural without ال, or a group noun) and في/من with a place or body after it is a group described
   * as written (README: an unnamed speaker by its description), not a one-word name; `null` otherwise.
   */
  groupWithPlace(i: number): NounPhrase | null {
    const w = this.word(i);
    if (w === null || (w.preposition && w.definite) || w.role || w.organization) return null;
    // (بائعات: a word that starts with the letter of a preposition is read whole.)
    const key = w.preposition ? w.bare : w.base;
    const soundPlural =
      !w.definite &&
      key.length > 4 &&
      (key.endsWith("\u0627\u062A") || key.endsWith("\u0648\u0646") || key.endsWith("\u064A\u0646"));
    if (!soundPlural && !this.words.lex.groupNouns.has(key)) return null;
    const at = this.word(i + 1)?.key;
    if (at !== FI && at !== MIN) return null;
    const place = this.word(i + 2);
    if (place === null || place.speechEvent || place.time || place.document || place.function) return null;
    if (!place.definite && !place.organization && this.shortQuotation(i + 3, 4) < 0) return null;
    const a = this.anonymous(i);
    if (a.range.end <= i + 2 || !this.endsPhrase(a.range.end)) return null;
    return nounPhrase("anonymous", i, a.range.end, { description: a.range, affiliation: null, plural: true });
  }

  /**
   * Whether what follows a short quotation makes it a quoted name rather than the content (وأوضح "جاموس" أن،
   * وقال الباحث "هندي": "…"): a complementizer, a colon, a comma, another quotation or an adjunct.
   */
  quotedNameFollows(k: number): boolean {
    const t = this.tokens[k];
    if (t === undefined) return false;
    if (t.kind === "quote") return (this.marks.markOf[k] ?? -1) >= 0;
    if (t.kind === "punct") return isColon(t) || isComma(t);
    if (t.kind !== "word") return false;
    const w = this.#infos[k] as WordInfo;
    return (
      w.complementizer ||
      w.adjunct ||
      w.time ||
      w.key === FI ||
      this.words.lex.complementizerPrepositions.has(w.key) ||
      (w.preposition && !w.definite)
    );
  }

  /**
   * The index after an aside that may stand between a title and the name it goes with: a parenthesis
   * (رئيس الحملة (المتخصصة …)،) or a relative clause up to the next comma (صديقته التي كانت معه، نيكولا …).
   */
  afterAside(i: number): number {
    const t = this.tokens[i];
    if (t?.kind === "punct" && t.key === "(") {
      const close = this.parenthesis(i);
      return close < 0 ? i : close + 1;
    }
    if (this.word(i)?.relative) {
      for (let k = i + 1; k < this.tokens.length && k < i + 10; k++) {
        const x = this.tokens[k] as Token;
        if (isComma(x)) return k;
        if (x.kind !== "word") return i;
        const w = this.#infos[k] as WordInfo;
        // …التي ستحاكم الرئيس المصري السابق، حسني مبارك: the name after the comma goes with the title inside.
        if (w.complementizer || w.role || w.honorific) return i;
      }
    }
    return i;
  }

  /** A title right after a name without a comma (علي أحمد مدير إدارة …، جوزيه مورينيو المدير الفني …). */
  withTrailingRole(np: NounPhrase): NounPhrase {
    const w = this.word(np.end);
    if (!w || !(w.role || w.relation) || (w.anonymous && !w.definite)) return np;
    // محمد الأمين، علي القاضي: one title word with ال after a first name alone, ending the phrase, is the
    // surname.
    if (
      np.name !== null &&
      np.name.end - np.name.start === 1 &&
      w.definite &&
      !w.preposition &&
      this.known(this.tokens, np.name.start) === 0 &&
      this.endsPhrase(np.end + 1)
    )
      return withParts(np, { name: { start: np.name.start, end: np.end + 1 }, end: np.end + 1 });
    const r = this.role(np.end);
    if (!r) return np;
    // A title after a name runs on to the end of the phrase when only a name-like word or two is left
    // (مديرة أعمال مديحة يسري في تصريحات).
    let end = r.end;
    let j = end;
    let n = 0;
    while (n < 2 && this.word(j)?.nameLike && !this.isHardStop(j)) {
      j++;
      n++;
    }
    if (n > 0 && this.endsPhrase(j)) end = j;
    // زياد قاسم، الباحث في علم الاجتماع، إن: a title set off by commas after the name runs to the closing comma
    // over a short field phrase (a preposition and up to three words; a longer run holds a clause of its own).
    if (
      end === r.end &&
      np.name !== null &&
      isComma(this.tokens[np.end - 1]) &&
      this.words.lex.titlePrepositions.has(this.word(r.end)?.key ?? "")
    ) {
      const closed = this.appositionEnd(r.end);
      if (closed > end && closed - r.end <= MAX_FIELD_PHRASE) end = closed;
    }
    return withParts(np, { role: { start: r.start, end }, end });
  }

  /** The issuer after a document noun: ل + organisation or name (للمرصد، لوزارة الصحة، لمكتبه الإعلامي). */
  issuerAt(i: number): NounPhrase | null {
    const t = this.tokens[i];
    if (t?.kind !== "word") return null;
    const w = this.#infos[i] ?? this.words.of(t);
    const base = w.definite ? `\u0627\u0644${w.base}` : w.base;
    const org = this.organization(i);
    let end = org ? org.range.end : (this.definiteChain(i)?.range.end ?? i + 1);
    // تقرير لشركة الاستشارات العقارية "بروبرتي لينز": the proper name in quotation marks after the body's
    // description is part of it.
    const close = this.shortQuotation(end);
    if (org && close >= 0 && this.quotedNameFollows(close + 1)) end = close + 1;
    return {
      start: i,
      end,
      kind: "organization",
      name: null,
      role: null,
      description: { start: i, end },
      issuer: null,
      affiliation: null,
      alias: null,
      plural: base.length === 0,
    };
  }
}

/** Whether a word is a sound plural (ناشطون، مسؤولين) or one of the broken plurals of sources (مصادر، شهود). */
function isPluralWord(w: WordInfo): boolean {
  const b = w.base;
  return (
    b.endsWith("\u0648\u0646") ||
    b.endsWith("\u064A\u0646") ||
    b.endsWith("\u0627\u062A") ||
    b === "\u0645\u0635\u0627\u062F\u0631" ||
    b === "\u0634\u0647\u0648\u062F"
  );
}
