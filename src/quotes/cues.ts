/**
 * The quotes lexicon compiled for lookup: every inflection of the speech verbs and participles generated
 * from the two forms given in the lexicon, and every list as a set of folded keys. Built once per lexicon
 * object (cached in a WeakMap keyed by `lexicon.quotes`), so a parse only does hash lookups.
 */
import type { Lexicon } from "../lexicon/index.js";
import { WHITESPACE_RUN } from "./patterns.js";
import { fold } from "./text.js";

/** What a speech-verb form says about its subject. */
export interface CueForm {
  /** The perfect third person masculine singular of the verb, folded (the lemma). */
  readonly lemma: string;
  /** `verb` for a finite verb, `participle` for مضيفا-type forms, `noun` for قوله-type nouns. */
  readonly type: "verb" | "participle" | "noun";
  /** Grammatical gender of the subject when the form shows it. */
  readonly gender: "m" | "f" | null;
  /** Whether the subject is plural. */
  readonly plural: boolean;
  /** Whether the form is imperfect (يقول) rather than perfect (قال). */
  readonly imperfect: boolean;
  /** Grammatical person of the subject (1 for قلت، نقول; 3 for قال، يقولون). */
  readonly person?: 1 | 2 | 3;
}

type QuotesArea = Lexicon["quotes"];

/** Multi-word lexicon entries (folded words), indexed by their first word with and without ال. */
export interface PhraseIndex {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * The index's place among the phrase lists of its compiled lexicon (0 … {@link PHRASE_LISTS} - 1): where a
   * word's analysis keeps the phrases of this list that can start with it ({@link Words.phraseStarts}).
   */
  readonly slot: number;
}

/** How many phrase lists a compiled lexicon has (the slots of {@link PhraseIndex}). */
export const PHRASE_LISTS = 6;

/** Indexes phrases by their first word, and by that word without the article, for lookups in O(1). */
export function indexPhrases(phrases: readonly (readonly string[])[], slot = 0): PhraseIndex {
  const byFirst = new Map<string, (readonly string[])[]>();
  const put = (k: string, p: readonly string[]) => {
    const list = byFirst.get(k);
    if (!list) byFirst.set(k, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of phrases) {
    const first = p[0];
    if (!first) continue;
    put(first, p);
    if (first.startsWith("\u0627\u0644") && first.length > 3) put(first.slice(2), p);
  }
  return { byFirst, slot };
}

/** The quotes lexicon as folded sets and generated forms. */
export interface CompiledQuotes {
  readonly cueForms: ReadonlyMap<string, CueForm>;
  readonly weakCues: ReadonlySet<string>;
  /** Lemmas that cue only an inverted quotation with a pointing word (عبر). */
  readonly inversionOnlyVerbs: ReadonlySet<string>;
  readonly verbTitleHomographs: ReadonlySet<string>;
  /** Second words of compound given names (الله، الدين). */
  readonly compoundNameEnds: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly complementizerPrepositions: ReadonlySet<string>;
  readonly pronounSuffixes: readonly string[];
  readonly trailingIntroducers: PhraseIndex;
  readonly repeatNouns: ReadonlySet<string>;
  readonly speechNouns: ReadonlySet<string>;
  readonly turnMarkers: PhraseIndex;
  readonly roleTitles: ReadonlySet<string>;
  readonly relationTitles: ReadonlySet<string>;
  readonly occupationTitles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly organizationHeads: ReadonlySet<string>;
  readonly organizationPhrases: PhraseIndex;
  readonly organizationTypeNouns: ReadonlySet<string>;
  readonly anonymousSources: ReadonlySet<string>;
  readonly documentNouns: ReadonlySet<string>;
  readonly speechEventNouns: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly adjunctPrepositions: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly complementizerBlockers: ReadonlySet<string>;
  readonly impersonalCues: ReadonlySet<string>;
  readonly verbalNounMarkers: ReadonlySet<string>;
  readonly verbalNounVerbs: ReadonlySet<string>;
  readonly affiliationParticiples: ReadonlySet<string>;
  readonly objectVerbalNouns: ReadonlySet<string>;
  readonly prepositionLikeNames: ReadonlySet<string>;
  readonly sourceIntroducers: PhraseIndex;
  readonly inversionAdverbs: ReadonlySet<string>;
  readonly issuerLinks: ReadonlySet<string>;
  readonly issuerVerbs: ReadonlySet<string>;
  readonly departmentHeads: ReadonlySet<string>;
  readonly governmentHeads: ReadonlySet<string>;
  readonly placeNamePrefixes: ReadonlySet<string>;
  readonly portfolioBodies: ReadonlySet<string>;
  /** Titles of a minister's deputy (folded). */
  readonly deputyTitles: ReadonlySet<string>;
  /** A minister's title (folded) → the ministry's head noun as written. */
  readonly ministryOfTitle: ReadonlyMap<string, string>;
  readonly honorificPronouns: ReadonlySet<string>;
  readonly backReferences: ReadonlySet<string>;
  readonly samenessWords: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly chainBreakers: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly rankOrdinals: ReadonlySet<string>;
  readonly timeNames: ReadonlySet<string>;
  readonly titleGivenNames: ReadonlySet<string>;
  /** Fixed phrases of office after a title, folded and joined by one space. */
  readonly titleEpithets: ReadonlySet<string>;
  /** Two-word titles with a grammar word second, folded and joined by one space. */
  readonly compoundTitles: ReadonlySet<string>;
  readonly exceptionWords: ReadonlySet<string>;
  readonly epithetNouns: ReadonlySet<string>;
  readonly ageAdjectives: ReadonlySet<string>;
  readonly namingVerbs: ReadonlySet<string>;
  readonly relayVerbs: ReadonlySet<string>;
  readonly quantifiers: ReadonlySet<string>;
  readonly tailPrepositions: ReadonlySet<string>;
  readonly titleLinks: ReadonlySet<string>;
  readonly titlePrepositions: ReadonlySet<string>;
  readonly titleQualifiers: ReadonlySet<string>;
  readonly titlePlacePrepositions: ReadonlySet<string>;
  readonly titleSuffixes: readonly string[];
  readonly eponymTitles: ReadonlySet<string>;
  readonly oneOfWords: ReadonlySet<string>;
  readonly asideOpeners: ReadonlySet<string>;
  readonly verbNegations: ReadonlySet<string>;
  readonly topicParticles: ReadonlySet<string>;
  readonly workVerbs: ReadonlySet<string>;
  readonly definiteGivenNames: ReadonlySet<string>;
  readonly statusTitles: ReadonlySet<string>;
  readonly officialEpithets: ReadonlySet<string>;
  readonly continuationVerbs: ReadonlySet<string>;
  readonly figureNouns: ReadonlySet<string>;
  readonly participleAdjunctOpeners: ReadonlySet<string>;
  readonly inversionDemonstratives: ReadonlySet<string>;
  /** The lexicon's bodyNameLinks: the second word by the first (folded). */
  readonly bodyNameLinks: ReadonlyMap<string, string>;
  readonly clauseBreakers: PhraseIndex;
  readonly documentCues: PhraseIndex;
  /** The phrase lists above, by slot. */
  readonly phraseLists: readonly PhraseIndex[];
  /** Every word any phrase list is indexed by (a word not in it starts no phrase). */
  readonly phraseFirstWords: ReadonlySet<string>;
}

const cache = new WeakMap<object, CompiledQuotes>();

/** The compiled quotes lexicon of `lexicon` (built on first use, then cached for that lexicon object). */
export function compileQuotes(lexicon: Lexicon): CompiledQuotes {
  const area = lexicon.quotes;
  const hit = cache.get(area);
  if (hit) return hit;
  const compiled = build(area);
  cache.set(area, compiled);
  return compiled;
}

function set(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const k = fold(w);
    if (k) out.add(k);
  }
  return out;
}

/** Folded words with a leading ال removed (organisation and title heads are matched with or without it). */
function baseSet(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const k = fold(w);
    if (!k || k.includes(" ")) continue;
    out.add(k.startsWith("ال") && k.length > 3 ? k.slice(2) : k);
  }
  return out;
}

function phrases(words: readonly string[]): string[][] {
  return words.map((w) => fold(w).split(" ")).filter((p) => p.length > 0 && p[0] !== "");
}

const MASCULINE: Omit<CueForm, "lemma" | "type" | "imperfect"> = { gender: "m", plural: false };
const FEMININE: Omit<CueForm, "lemma" | "type" | "imperfect"> = { gender: "f", plural: false };
const PLURAL: Omit<CueForm, "lemma" | "type" | "imperfect"> = { gender: "m", plural: true };
const FEMININE_PLURAL: Omit<CueForm, "lemma" | "type" | "imperfect"> = { gender: "f", plural: true };
const FIRST: Omit<CueForm, "lemma" | "type" | "imperfect"> = { gender: null, plural: false, person: 1 };
const FIRST_PLURAL: Omit<CueForm, "lemma" | "type" | "imperfect"> = { gender: null, plural: true, person: 1 };
const SECOND_PLURAL: Omit<CueForm, "lemma" | "type" | "imperfect"> = {
  gender: null,
  plural: true,
  person: 2,
};

/**
 * The forms of a verb in every person, gender and number, from its perfect and imperfect third person
 * masculine singular. Hollow verbs (قال/يقول) lose their long vowel before a consonant suffix (قلت، قلن، يقلن);
 * defective verbs (نفى/ينفي، رأى/يرى) drop their last letter before a suffix (نفت، نفوا، ينفون).
 */
export function verbForms(perfect: string, imperfect: string): [string, Omit<CueForm, "lemma" | "type">][] {
  const out: [string, Omit<CueForm, "lemma" | "type">][] = [];
  const p = perfect.trim();
  const add = (form: string, info: Omit<CueForm, "lemma" | "type" | "imperfect">, imp: boolean) => {
    if (form) out.push([form, { ...info, imperfect: imp }]);
  };
  if (p) {
    const hollow = p.length === 3 && p[1] === "\u0627";
    const defective = p.endsWith("\u0649") || (p.endsWith("\u0627") && !hollow);
    const base = defective ? p.slice(0, -1) : p;
    const short = hollow ? `${p[0]}${p[2]}` : p;
    add(p, MASCULINE, false);
    add(`${base}ت`, FEMININE, false);
    add(`${base}وا`, PLURAL, false);
    add(defective ? `${base}يا` : `${p}ا`, { gender: "m", plural: true }, false);
    add(`${base}تا`, FEMININE_PLURAL, false);
    add(hollow ? `${short}ن` : defective ? `${base}ين` : `${p}ن`, FEMININE_PLURAL, false);
    add(hollow ? `${short}ت` : defective ? `${base}يت` : `${p}ت`, FIRST, false);
    add(hollow ? `${short}نا` : defective ? `${base}ينا` : `${p}نا`, FIRST_PLURAL, false);
    add(hollow ? `${short}تم` : defective ? `${base}يتم` : `${p}تم`, SECOND_PLURAL, false);
  }
  const i = imperfect.trim();
  if (i.length > 1) {
    const stem = i.slice(1);
    // ينفي، يرى، يدعو
    const defective = i.endsWith("\u064A") || i.endsWith("\u0649") || i.endsWith("\u0648");
    const base = defective ? stem.slice(0, -1) : stem;
    const hollow =
      stem.length === 3 && (stem[1] === "\u0648" || stem[1] === "\u064A" || stem[1] === "\u0627");
    add(i, MASCULINE, true);
    add(`ت${stem}`, FEMININE, true);
    add(`أ${stem}`, FIRST, true);
    add(`ن${stem}`, FIRST_PLURAL, true);
    add(defective ? `ي${base}ون` : `${i}ون`, PLURAL, true);
    add(defective ? `ت${base}ون` : `ت${stem}ون`, PLURAL, true);
    add(hollow ? `ي${stem[0]}${stem[2]}ن` : `${i}ن`, FEMININE_PLURAL, true);
    add(defective ? `ي${base}يان` : `${i}ان`, PLURAL, true);
  }
  return out;
}

/** The forms of a participle given in the masculine accusative (مضيفا): مضيفا، مضيفة، مضيفين، مضيفتين، مضيفات. */
export function participleForms(
  accusative: string,
): [string, Omit<CueForm, "lemma" | "type" | "imperfect">][] {
  const w = accusative.trim();
  if (!w) return [];
  const base = w.endsWith("\u0627") ? w.slice(0, -1) : w;
  return [
    [`${base}ا`, MASCULINE],
    [`${base}ة`, FEMININE],
    [`${base}ين`, PLURAL],
    [`${base}تين`, FEMININE_PLURAL],
    [`${base}ات`, FEMININE_PLURAL],
  ];
}

/** Pronoun-suffixed forms of a word: جهة + ه → جهته (teh marbuta turns into teh before a suffix). */
export function withSuffixes(word: string, suffixes: readonly string[]): string[] {
  const w = word.trim();
  const stem = w.endsWith("\u0629") ? `${w.slice(0, -1)}ت` : w;
  return [w, ...suffixes.map((s) => `${stem}${s}`)];
}

function build(area: QuotesArea): CompiledQuotes {
  const cueForms = new Map<string, CueForm>();
  const excluded = set(area.excludedCueForms);
  const putCue = (form: string, value: CueForm) => {
    const k = fold(form);
    if (!k || excluded.has(k)) return;
    const existing = cueForms.get(k);
    // A form shared by two readings keeps the first, more common one (أكدت: she confirmed, not I confirmed).
    if (!existing) cueForms.set(k, value);
  };
  for (const [perfect, imperfect] of Object.entries(area.speechVerbs)) {
    const lemma = fold(perfect);
    for (const [form, info] of verbForms(perfect, String(imperfect)))
      putCue(form, { lemma, type: "verb", ...info });
  }
  for (const participle of area.speechParticiples) {
    const lemma = fold(participle);
    for (const [form, info] of participleForms(participle))
      putCue(form, { lemma, type: "participle", imperfect: false, ...info });
  }
  const suffixes = area.pronounSuffixes;
  const complementizers = new Set<string>();
  for (const c of area.complementizers)
    for (const f of withSuffixes(c, suffixes)) complementizers.add(fold(f));
  // أنني/إنني and أنا/إنا: the nun of the particle merges with the nun of the suffix.
  for (const c of area.complementizers) {
    complementizers.add(fold(`${c}ني`));
    complementizers.add(fold(`${c}ا`));
  }
  const turnMarkers: string[][] = [];
  for (const t of area.turnMarkers) {
    const words = t.trim().split(WHITESPACE_RUN);
    const last = words[words.length - 1] ?? "";
    for (const f of withSuffixes(last, suffixes)) turnMarkers.push([...words.slice(0, -1), f].map(fold));
  }
  const phraseLists = [
    indexPhrases(phrases(area.trailingIntroducers), 0),
    indexPhrases(turnMarkers, 1),
    indexPhrases(
      phrases(area.organizationHeads).filter((p) => p.length > 1),
      2,
    ),
    indexPhrases(phrases(area.sourceIntroducers), 3),
    indexPhrases(phrases(area.clauseBreakers), 4),
    indexPhrases(phrases(area.documentCues), 5),
  ] as const;
  const phraseFirstWords = new Set<string>();
  for (const index of phraseLists) for (const first of index.byFirst.keys()) phraseFirstWords.add(first);
  return {
    cueForms,
    weakCues: set(area.weakCueForms),
    inversionOnlyVerbs: set(area.inversionOnlyVerbs),
    verbTitleHomographs: baseSet(area.verbTitleHomographs),
    compoundNameEnds: set(area.compoundNameEnds),
    complementizers,
    complementizerPrepositions: set(area.complementizerPrepositions),
    pronounSuffixes: [...new Set(suffixes.map(fold))].sort((a, b) => b.length - a.length),
    trailingIntroducers: phraseLists[0],
    repeatNouns: set(area.repeatNouns),
    speechNouns: set(area.speechNouns),
    turnMarkers: phraseLists[1],
    roleTitles: baseSet([...area.roleTitles, ...area.occupationTitles]),
    relationTitles: baseSet(area.relationTitles),
    occupationTitles: baseSet(area.occupationTitles),
    honorifics: set(area.honorifics),
    organizationHeads: baseSet(area.organizationHeads),
    organizationPhrases: phraseLists[2],
    organizationTypeNouns: baseSet(area.organizationTypeNouns),
    anonymousSources: baseSet(area.anonymousSources),
    documentNouns: baseSet(area.documentNouns),
    speechEventNouns: baseSet(area.speechEventNouns),
    timeWords: set(area.timeWords),
    relativePronouns: set(area.relativePronouns),
    clauseOpeners: set(area.clauseOpeners),
    auxiliaries: set(area.auxiliaries),
    adjunctPrepositions: set(area.adjunctPrepositions),
    functionWords: set(area.functionWords),
    complementizerBlockers: set(area.complementizerBlockers),
    impersonalCues: set(area.impersonalCues),
    verbalNounMarkers: set(area.verbalNounMarkers),
    verbalNounVerbs: set(area.verbalNounVerbs),
    affiliationParticiples: set(area.affiliationParticiples),
    objectVerbalNouns: set(area.objectVerbalNouns),
    prepositionLikeNames: set(area.prepositionLikeNames),
    sourceIntroducers: phraseLists[3],
    inversionAdverbs: set(area.inversionAdverbs),
    issuerLinks: set(area.issuerLinks),
    issuerVerbs: set(area.issuerVerbs),
    departmentHeads: baseSet(area.departmentHeads),
    governmentHeads: baseSet(area.governmentHeads),
    placeNamePrefixes: set(area.placeNamePrefixes),
    portfolioBodies: baseSet(area.portfolioBodies),
    deputyTitles: set(area.deputyTitles),
    ministryOfTitle: new Map<string, string>(
      Object.entries(area.ministryOfTitle).map(([title, body]) => [fold(title), String(body)]),
    ),
    honorificPronouns: set(area.honorificPronouns),
    backReferences: set(area.backReferences),
    samenessWords: set(area.samenessWords),
    groupNouns: baseSet(area.groupNouns),
    placeNouns: baseSet(area.placeNouns),
    chainBreakers: set(area.chainBreakers),
    nameParticles: set(area.nameParticles),
    rankOrdinals: set(area.rankOrdinals),
    timeNames: set(area.timeNames),
    titleGivenNames: set(area.titleGivenNames),
    titleEpithets: new Set(phrases(area.titleEpithets).map((p) => p.join(" "))),
    compoundTitles: new Set(phrases(area.compoundTitles).map((p) => p.join(" "))),
    exceptionWords: set(area.exceptionWords),
    epithetNouns: set(area.epithetNouns),
    ageAdjectives: set(area.ageAdjectives),
    namingVerbs: set(area.namingVerbs),
    relayVerbs: set(area.relayVerbs),
    quantifiers: set(area.quantifiers),
    tailPrepositions: set(area.tailPrepositions),
    titleLinks: set(area.titleLinks),
    titlePrepositions: set(area.titlePrepositions),
    titleQualifiers: set(area.titleQualifiers),
    titlePlacePrepositions: set(area.titlePlacePrepositions),
    eponymTitles: set(area.eponymTitles),
    oneOfWords: set(area.oneOfWords),
    asideOpeners: set(area.asideOpeners),
    verbNegations: set(area.verbNegations),
    topicParticles: set(area.topicParticles),
    workVerbs: set(area.workVerbs),
    definiteGivenNames: set(area.definiteGivenNames),
    statusTitles: baseSet(area.statusTitles),
    officialEpithets: baseSet(area.officialEpithets),
    continuationVerbs: set(area.continuationVerbs),
    figureNouns: baseSet(area.figureNouns),
    participleAdjunctOpeners: set(area.participleAdjunctOpeners),
    inversionDemonstratives: set(area.inversionDemonstratives),
    bodyNameLinks: new Map(
      phrases(area.bodyNameLinks)
        .filter((p) => p.length === 2)
        .map((p) => [p[0] as string, p[1] as string]),
    ),
    titleSuffixes: [...new Set(area.titleSuffixes.map(fold))].sort((a, b) => b.length - a.length),
    clauseBreakers: phraseLists[4],
    documentCues: phraseLists[5],
    phraseLists,
    phraseFirstWords,
  };
}
