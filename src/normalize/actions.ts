/**
 * The per-code-unit action tables of one set of options: what the single pass does with each UTF-16 code
 * unit. Built once per distinct set of options and cached.
 */
import { COMBINING_MARK, COMBINING_MARK_RUNS } from "./patterns.js";
import type { ResolvedNormalizeOptions } from "./profiles.js";
import {
  ALEF,
  ALEF_FORMS,
  ALEF_MAQSURA,
  AMPERSAND,
  BASMALA,
  BIDI_CONTROLS,
  COMPOSING_MARKS,
  CR,
  DAGGER_ALEF,
  DIGIT_BLOCKS,
  DIGIT_SEPARATORS,
  FARSI_YEH,
  FOREIGN_LETTERS,
  HAMZA,
  HAMZA_ON_SEAT,
  HARAKAT,
  HONORIFICS,
  INLINE_SPACES,
  INVISIBLES,
  inRanges,
  isArabicLetter,
  knownCombiningClass,
  LF,
  MAQSURA_LIKE,
  NFC_SENSITIVE,
  OTHER_ARABIC_MARKS,
  type Pairs,
  PERCENT,
  PERSIAN_LETTERS,
  PRESENTATION_FORMS,
  PUNCTUATION,
  QUOTES,
  QURANIC_MARKS,
  type Ranges,
  SHADDA,
  SPACE,
  TATWEEL,
  TEH_MARBUTA,
  VARIATION_SELECTORS,
  YEH,
  ZWJ,
  ZWNJ,
} from "./tables.js";

/** Copied as is, nothing to check. */
export const KEEP = 0;
/** Deleted wherever it stands. */
export const DELETE = 1;
/** Replaced by `repl[c]`, one for one. */
export const MAP = 2;
/** Replaced by the string `expansions.get(c)` (already normalized), which may start with a space. */
export const EXPAND = 3;
/** White space: runs are collapsed and line ends trimmed as the options say; kept ones become `repl[c]`. */
export const WHITE = 4;
/** A kept mark of known combining class: NFC is needed if the mark before has a higher class. */
export const MARK = 5;
/** May change under NFC (composing mark, mark of unknown class, singleton): its cluster goes through NFC. */
export const NFC = 6;
/** U+000D with `lineBreaks: "lf"`: dropped before LF, else LF. */
export const CARRIAGE_RETURN = 7;
/** U+200D: kept inside emoji sequences only. */
export const JOINER = 8;
/** U+06CC with `persianFinalYeh: "alef-maqsura"`: ي before a letter, else ى. */
export const FARSI_YEH_IN_CONTEXT = 9;
/** U+066B and U+066C with `digits: "ascii"`: `repl[c]` between two digits, else kept. */
export const DIGIT_SEPARATOR = 10;
/** "&" with `decodeEntities`. */
export const ENTITY = 11;
/** A high surrogate: a pair may be a supplementary-plane mark; a lone one is noted. */
export const HIGH_SURROGATE = 12;
/** A low surrogate reached on its own: a lone surrogate. */
export const LOW_SURROGATE = 13;
/** U+0670 with `daggerAlef: "alef"`: ا, or nothing after ى. */
export const DAGGER = 14;
/** U+0640 with `keepTatweelDashes`: removed beside a letter or mark, kept as a dash between other units. */
export const TATWEEL_DASH = 15;

/**
 * `scan` bit: the unit needs a look wherever it stands. The bits are placed so that the hot loop tests
 * `v & (LOOK | (previous << 1))`: each `IS_` bit shifted lands on its `AFTER_` bit, and every other bit
 * shifted lands on a bit no entry has.
 */
export const LOOK = 128;
/** `scan` bit: U+0020 when collapsing without trimming (it has no action then: only a pair needs a look). */
export const IS_SPACE = 2;
/** `scan` bit: a unit that needs a look after an `IS_SPACE` one (a second space). */
export const AFTER_SPACE = 4;
/** `scan` bit: a kept mark of known combining class (`MARK`): alone on its letter it needs nothing. */
export const IS_MARK = 16;
/** `scan` bit: a unit that needs a look after an `IS_MARK` one (another such mark: their order). */
export const AFTER_MARK = 32;

/** Combining class meaning "not known here: let NFC decide". */
export const UNKNOWN_CLASS = 255;

let classes: Uint8Array | undefined;

/**
 * Per BMP code unit: 0 for a starter, the canonical combining class for the marks of
 * {@link knownCombiningClass}, 255 for every other mark (`\p{M}`, variation selectors excepted) and for the
 * characters NFC may change ({@link NFC_SENSITIVE}). Built once.
 */
export function combiningClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x1000);
  for (let block = 0; block < 0x10000; block += 0x1000) {
    for (let k = 0; k < 0x1000; k++) units[k] = block + k >= 0xd800 && block + k < 0xe000 ? SPACE : block + k;
    const text = String.fromCharCode.apply(null, units as unknown as number[]);
    for (const m of text.matchAll(COMBINING_MARK_RUNS)) {
      table.fill(UNKNOWN_CLASS, block + m.index, block + m.index + m[0].length);
    }
  }
  fill(table, NFC_SENSITIVE, UNKNOWN_CLASS);
  fill(table, VARIATION_SELECTORS, 0);
  for (let c = 0x0618; c <= DAGGER_ALEF; c++) if (knownCombiningClass(c)) table[c] = knownCombiningClass(c);
  classes = table;
  return table;
}

/** Sets `table[c] = value` for every BMP `c` of `ranges`. */
function fill(table: Uint8Array, ranges: Ranges, value: number): void {
  for (let k = 0; k < ranges.length; k += 2)
    if (ranges[k]! < 0x10000) table.fill(value, ranges[k]!, ranges[k + 1]! + 1);
}

/**
 * Whether a supplementary-plane code point may change under NFC or reorder with marks: a mark, or one of
 * {@link NFC_SENSITIVE}. Emoji and ideographs (U+1F000–U+2F7FF) and plane 14 never are.
 */
export function isNfcSensitiveAstral(cp: number): boolean {
  if (cp >= 0x1f000 && cp < 0x2f800) return false;
  return inRanges(NFC_SENSITIVE, cp) || (cp < 0xe0000 && COMBINING_MARK.test(String.fromCodePoint(cp)));
}

/** The action tables of one set of options. */
export interface Actions {
  /** What to do with each code unit (one of the constants above). */
  readonly act: Uint8Array;
  /** The replacement of `MAP`, `WHITE` and `DIGIT_SEPARATOR` units. */
  readonly repl: Uint16Array;
  /** The replacement of `EXPAND` units. */
  readonly expansions: Map<number, string>;
  /** What the hot loop checks per code unit: `LOOK`, and the `IS_`/`AFTER_` bits of the pairs to look at. */
  readonly scan: Uint8Array;
  /** 1 for the units the pass deletes (`DELETE`, `JOINER`), which a character reference may hold. */
  readonly vanishes: Uint8Array;
  readonly options: ResolvedNormalizeOptions;
}

const bases: (Uint8Array | undefined)[] = [];
const NO_VANISHING = new Uint8Array(0x10000);

/** The actions every set of options starts from: surrogates, and with `nfc` the marks. Built once each. */
function base(nfc: boolean): Uint8Array {
  let act = bases[+nfc];
  if (!act) {
    act = new Uint8Array(0x10000);
    act.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
    act.fill(LOW_SURROGATE, 0xdc00, 0xe000);
    if (nfc) {
      const classes = combiningClasses();
      for (let c = 0; c < 0x10000; c++) if (classes[c]) act[c] = classes[c] === UNKNOWN_CLASS ? NFC : MARK;
      act.fill(NFC, COMPOSING_MARKS[0], COMPOSING_MARKS[1]! + 1);
    }
    bases[+nfc] = act;
  }
  return act;
}

/** Builds the action tables for `o`. */
export function buildActions(o: ResolvedNormalizeOptions): Actions {
  const act = base(o.nfc).slice();
  const repl = new Uint16Array(0x10000);
  const expansions = new Map<number, string>();
  const set = (ranges: Ranges, action: number, to?: number) => {
    for (let k = 0; k < ranges.length; k += 2) {
      act.fill(action, ranges[k]!, ranges[k + 1]! + 1);
      if (to !== undefined) repl.fill(to, ranges[k]!, ranges[k + 1]! + 1);
    }
  };
  const map = (pairs: Pairs, to?: number) => {
    for (let k = 0; k < pairs.length; k += 2) set([pairs[k]!, pairs[k]!], MAP, to ?? pairs[k + 1]!);
  };

  if (o.marks !== "keep") {
    set(HARAKAT, DELETE);
    if (o.marks !== "harakat") act[SHADDA] = DELETE;
    if (o.marks === "quranic" || o.marks === "all") set(QURANIC_MARKS, DELETE);
    if (o.marks === "all") set(OTHER_ARABIC_MARKS, DELETE);
  }
  if (o.daggerAlef !== "keep") act[DAGGER_ALEF] = o.daggerAlef === "remove" ? DELETE : DAGGER;
  if (o.removeTatweel) act[TATWEEL] = o.keepTatweelDashes ? TATWEEL_DASH : DELETE;
  if (o.removeInvisibles) {
    set(INVISIBLES, DELETE);
    act[ZWJ] = JOINER;
    if (!o.keepZwnj) act[ZWNJ] = DELETE;
  }
  if (o.removeBidiControls) set(BIDI_CONTROLS, DELETE);
  if (o.spaces === "collapse" || o.trimLines) {
    for (let k = 0; k < INLINE_SPACES.length; k += 2) {
      for (let c = INLINE_SPACES[k]!; c <= INLINE_SPACES[k + 1]!; c++) {
        act[c] = WHITE;
        // A kept space still gets NFC's answer: U+2000 and U+2001 are singletons of U+2002 and U+2003.
        repl[c] = o.spaces !== "keep" ? SPACE : o.nfc && (c === 0x2000 || c === 0x2001) ? c + 2 : c;
      }
    }
    // Collapsing without trimming, a lone ASCII space needs nothing: the pass finds double spaces with
    // `indexOf`, and what follows a space (other white space, a deletion) looks back at it. Keeping U+0020
    // out of the table keeps the hot loop free of a branch every word.
    if (o.spaces === "collapse" && !o.trimLines) act[SPACE] = KEEP;
  } else if (o.spaces === "ascii") {
    set(INLINE_SPACES, MAP, SPACE);
    act[SPACE] = KEEP;
  }
  if (o.lineBreaks === "lf") {
    act[CR] = CARRIAGE_RETURN;
    set([0x2028, 0x2029], MAP, LF);
  }
  if (o.persianLetters) {
    map(PERSIAN_LETTERS);
    if (o.persianFinalYeh === "alef-maqsura") act[FARSI_YEH] = FARSI_YEH_IN_CONTEXT;
  }
  if (o.foldForeignLetters) map(FOREIGN_LETTERS);
  if (o.foldAlef) set(ALEF_FORMS, MAP, ALEF);
  if (o.foldAlefMaqsura) map([ALEF_MAQSURA, YEH]);
  if (o.foldTehMarbuta) map(TEH_MARBUTA);
  if (o.hamzaOnWawYeh !== "keep") map(HAMZA_ON_SEAT, o.hamzaOnWawYeh === "isolate" ? HAMZA : undefined);
  if (o.digits === "ascii") {
    for (const block of DIGIT_BLOCKS) for (let d = 0; d < 10; d++) map([block + d, 0x30 + d]);
    map(PERCENT);
    for (let k = 0; k < DIGIT_SEPARATORS.length; k += 2) {
      set([DIGIT_SEPARATORS[k]!, DIGIT_SEPARATORS[k]!], DIGIT_SEPARATOR, DIGIT_SEPARATORS[k + 1]!);
    }
  }
  if (o.punctuation === "ascii") map(PUNCTUATION);
  if (o.quotes === "angle") map(QUOTES);

  // Presentation forms last: their decompositions go through the tables above, so that what they expand
  // to is already normalized (ﮎ → ک → ك, ﺃ → أ → ا with foldAlef).
  for (let k = 0; k < PRESENTATION_FORMS.length; k += 2) {
    for (let c = PRESENTATION_FORMS[k]!; c <= PRESENTATION_FORMS[k + 1]!; c++) {
      if (!(inRanges(HONORIFICS, c) ? o.expandHonorifics : o.presentationForms)) continue;
      const form = String.fromCharCode(c);
      const text = c === 0xfdfd ? BASMALA : form.normalize("NFKC");
      if (text === form) continue;
      const out = close(text, c, act, repl);
      const first = out.charCodeAt(0);
      if (!out) act[c] = DELETE;
      else if (out === " ") set([c, c], o.spaces === "collapse" || o.trimLines ? WHITE : MAP, SPACE);
      else if (out.length === 1 && act[first] === KEEP) set([c, c], MAP, first);
      else {
        act[c] = EXPAND;
        expansions.set(c, out);
      }
    }
  }
  if (o.decodeEntities) act[AMPERSAND] = ENTITY;
  const scan = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (act[c]) scan[c] = act[c] === MARK ? IS_MARK | AFTER_MARK : LOOK;
  if (o.spaces === "collapse" && act[SPACE] === KEEP) scan[SPACE] = IS_SPACE | AFTER_SPACE;
  // Only references read them; without decodeEntities one shared empty table does.
  const vanishes = o.decodeEntities ? new Uint8Array(0x10000) : NO_VANISHING;
  if (o.decodeEntities)
    for (let c = 0; c < 0x10000; c++) if (act[c] === DELETE || act[c] === JOINER) vanishes[c] = 1;
  return { act, repl, expansions, scan, vanishes, options: o };
}

/** Applies the one-character actions to the decomposition `text` of presentation form `form`. */
function close(text: string, form: number, act: Uint8Array, repl: Uint16Array): string {
  let out = "";
  let base = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const a = act[c];
    // The tatweel of a form such as ﹱ (U+FE71, tatweel with fathatan) carries a mark on a joined letter.
    if (a === DELETE || a === TATWEEL_DASH) continue;
    if (!knownCombiningClass(c)) base = c;
    let r = c;
    if (a === MAP) r = repl[c]!;
    else if (a === FARSI_YEH_IN_CONTEXT) {
      // Inside a ligature the next letter decides; at its end the form does: ﯼ ﯽ are isolated and final.
      const next = text.charCodeAt(k + 1);
      r =
        isArabicLetter(next) || (k + 1 === text.length && form !== 0xfbfc && form !== 0xfbfd)
          ? YEH
          : ALEF_MAQSURA;
    } else if (a === DAGGER) {
      if (MAQSURA_LIKE.includes(base)) continue;
      r = ALEF;
    }
    // What a contextual rule chose may itself be folded (ى → ي with foldAlefMaqsura).
    if (act[r] === MAP) r = repl[r]!;
    out += String.fromCharCode(r);
  }
  return out;
}
