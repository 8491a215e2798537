/**
 * Every character that normalization touches, in one place, by Unicode code point. Sets are flat lists of
 * inclusive ranges `[first, last, first, last, …]`; maps are lists of `[from, to, from, to, …]` pairs.
 * Nothing outside these tables is ever changed, except by NFC (canonical composition and mark order).
 */

/** Inclusive code point ranges, flattened: `[first, last, first, last, …]`. */
export type Ranges = readonly number[];

/** One-to-one replacements, flattened: `[from, to, from, to, …]`. */
export type Pairs = readonly number[];

/** U+0640 ARABIC TATWEEL (kashida): elongation, no meaning. */
export const TATWEEL = 0x0640;

/**
 * Invisible format characters that `removeInvisibles` deletes (never turned into spaces): U+00AD SOFT
 * HYPHEN, U+180E MONGOLIAN VOWEL SEPARATOR, U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, U+2061–U+2064
 * invisible operators, U+206A–U+206F deprecated format controls (U+206C INHIBIT ARABIC FORM SHAPING …),
 * U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM). ZWJ and ZWNJ are separate: {@link ZWJ}, {@link ZWNJ}.
 */
export const INVISIBLES: Ranges = [
  0x00ad, 0x00ad, 0x180e, 0x180e, 0x200b, 0x200b, 0x2060, 0x2064, 0x206a, 0x206f, 0xfeff, 0xfeff,
];

/** U+200C ZERO WIDTH NON-JOINER: removed with the invisibles unless `keepZwnj` (Persian needs it). */
export const ZWNJ = 0x200c;

/**
 * U+200D ZERO WIDTH JOINER: removed with the invisibles, except inside an emoji sequence (after a
 * supplementary-plane character or U+FE0F, or before a supplementary-plane character), where it glues
 * one emoji (👨‍👩‍👧, ❤️‍🔥).
 */
export const ZWJ = 0x200d;

/** U+FE0F VARIATION SELECTOR-16 (emoji presentation): a ZWJ after it belongs to an emoji sequence. */
export const EMOJI_PRESENTATION = 0xfe0f;

/**
 * Bidirectional controls that `removeBidiControls` deletes: U+061C ARABIC LETTER MARK, U+200E LRM,
 * U+200F RLM, U+202A–U+202E LRE RLE PDF LRO RLO, U+2066–U+2069 LRI RLI FSI PDI.
 */
export const BIDI_CONTROLS: Ranges = [0x061c, 0x061c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069];

/**
 * White space inside a line (the same set as `isInlineSpace` of the segmenter, minus U+FEFF): U+0009 TAB,
 * U+000B VT, U+000C FF, U+0020 SPACE, U+00A0 NO-BREAK SPACE, U+1680 OGHAM SPACE MARK, U+2000–U+200A
 * (en quad … hair space), U+202F NARROW NO-BREAK SPACE, U+205F MEDIUM MATHEMATICAL SPACE, U+3000
 * IDEOGRAPHIC SPACE. `spaces: "ascii"` maps them to U+0020; `"collapse"` also collapses runs.
 */
export const INLINE_SPACES: Ranges = [
  0x0009, 0x0009, 0x000b, 0x000c, 0x0020, 0x0020, 0x00a0, 0x00a0, 0x1680, 0x1680, 0x2000, 0x200a, 0x202f,
  0x202f, 0x205f, 0x205f, 0x3000, 0x3000,
];

/**
 * Line breaks, always kept: U+000A LF, U+000D CR, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
 * `lineBreaks: "lf"` turns CRLF, CR, U+2028 and U+2029 into one LF each. U+0085 NEL is left alone: in
 * scraped text it is far more often a mis-decoded Windows-1252 "…" than a line break.
 */
export const LINE_BREAKS: Ranges = [0x000a, 0x000a, 0x000d, 0x000d, 0x2028, 0x2029];

/** U+000A LINE FEED. */
export const LF = 0x0a;
/** U+000D CARRIAGE RETURN. */
export const CR = 0x0d;
/** U+0020 SPACE. */
export const SPACE = 0x20;
/** U+0026 AMPERSAND: the start of an HTML character reference. */
export const AMPERSAND = 0x26;

/**
 * Persian and Urdu letters with an Arabic twin (`persianLetters`): U+06A9 KEHEH ک → U+0643 KAF ك,
 * U+06CC FARSI YEH ی → U+064A YEH ي (see {@link FARSI_YEH} for the word-final option), U+06C1 HEH GOAL ہ
 * → U+0647 HEH ه, U+06D5 AE ە → U+0647 HEH ه.
 */
export const PERSIAN_LETTERS: Pairs = [0x06a9, 0x0643, 0x06cc, 0x064a, 0x06c1, 0x0647, 0x06d5, 0x0647];

/** U+06CC ARABIC LETTER FARSI YEH: word-final ی becomes ى U+0649 with `persianFinalYeh: "alef-maqsura"`. */
export const FARSI_YEH = 0x06cc;

/**
 * Letters for sounds Arabic lacks, folded only with `foldForeignLetters` (never by a profile: they spell
 * foreign names): U+067E PEH پ → U+0628 ب, U+0686 TCHEH چ → U+062C ج, U+0698 JEH ژ → U+0632 ز, U+06AF GAF
 * گ → U+0643 ك, U+06A4 VEH ڤ → U+0641 ف.
 */
export const FOREIGN_LETTERS: Pairs = [
  0x067e, 0x0628, 0x0686, 0x062c, 0x0698, 0x0632, 0x06af, 0x0643, 0x06a4, 0x0641,
];

/**
 * Alef forms folded to U+0627 ALEF by `foldAlef`: U+0622 آ (madda), U+0623 أ (hamza above), U+0625 إ
 * (hamza below), U+0671 ٱ (wasla), U+0672 ٲ (wavy hamza above), U+0673 ٳ (wavy hamza below), U+0675 ٵ
 * (high hamza).
 */
export const ALEF_FORMS: Ranges = [0x0622, 0x0623, 0x0625, 0x0625, 0x0671, 0x0673, 0x0675, 0x0675];
/** U+0627 ARABIC LETTER ALEF. */
export const ALEF = 0x0627;

/** U+0649 ALEF MAKSURA ى → U+064A YEH ي (`foldAlefMaqsura`); never to alef. */
export const ALEF_MAQSURA = 0x0649;
/** U+064A ARABIC LETTER YEH. */
export const YEH = 0x064a;

/** U+0629 TEH MARBUTA ة → U+0647 HEH ه (`foldTehMarbuta`). */
export const TEH_MARBUTA: Pairs = [0x0629, 0x0647];

/**
 * Hamza on a seat (`hamzaOnWawYeh`): U+0624 ؤ and U+0626 ئ become their seat, U+0648 و and U+064A ي
 * (`"drop"`), or U+0621 ء (`"isolate"`).
 */
export const HAMZA_ON_SEAT: Pairs = [0x0624, 0x0648, 0x0626, 0x064a];
/** U+0621 ARABIC LETTER HAMZA. */
export const HAMZA = 0x0621;

/** Arabic-Indic digits U+0660–U+0669 and extended (Persian, Urdu) digits U+06F0–U+06F9 → ASCII 0–9. */
export const DIGIT_BLOCKS: readonly number[] = [0x0660, 0x06f0];

/**
 * Separators that `digits: "ascii"` turns into ASCII only between two digits: U+066B ARABIC DECIMAL
 * SEPARATOR ٫ → ".", U+066C ARABIC THOUSANDS SEPARATOR ٬ → ",". U+066A ARABIC PERCENT SIGN ٪ → "%" always.
 */
export const DIGIT_SEPARATORS: Pairs = [0x066b, 0x2e, 0x066c, 0x2c];
/** U+066A ARABIC PERCENT SIGN → U+0025. */
export const PERCENT: Pairs = [0x066a, 0x25];

/**
 * Arabic punctuation to ASCII (`punctuation: "ascii"`): U+060C ، → ",", U+061B ؛ → ";", U+061F ؟ → "?",
 * U+06D4 ۔ (Urdu full stop) → ".".
 */
export const PUNCTUATION: Pairs = [0x060c, 0x2c, 0x061b, 0x3b, 0x061f, 0x3f, 0x06d4, 0x2e];

/**
 * Double quotation marks unified to guillemets keeping opening and closing apart (`quotes: "angle"`):
 * U+201C “, U+201E „, U+201F ‟ → U+00AB «; U+201D ” → U+00BB ». Single quotes stay (’ is also the
 * apostrophe), and so does the ASCII U+0022, which has no direction.
 */
export const QUOTES: Pairs = [0x201c, 0xab, 0x201e, 0xab, 0x201f, 0xab, 0x201d, 0xbb];

/**
 * Tashkeel without shadda (`marks: "harakat"`): U+064B–U+064D tanwin (fathatan, dammatan, kasratan),
 * U+064E FATHA, U+064F DAMMA, U+0650 KASRA, U+0652 SUKUN.
 */
export const HARAKAT: Ranges = [0x064b, 0x0650, 0x0652, 0x0652];
/** U+0651 SHADDA: added by `marks: "tashkeel"` (U+064B–U+0652). */
export const SHADDA = 0x0651;

/**
 * Quranic annotation marks (`marks: "quranic"`, with tashkeel): U+0610–U+061A (honorific signs, small
 * high/low letters), U+06D6–U+06DC (small high ligatures, pause marks), U+06DF–U+06E4 (small high rounded
 * zero … small high madda), U+06E7–U+06E8, U+06EA–U+06ED. The symbols U+06DD ۝, U+06DE ۞, U+06E9 ۩ and the
 * small letters U+06E5 ۥ, U+06E6 ۦ (spacing) are kept.
 */
export const QURANIC_MARKS: Ranges = [
  0x0610, 0x061a, 0x06d6, 0x06dc, 0x06df, 0x06e4, 0x06e7, 0x06e8, 0x06ea, 0x06ed,
];

/**
 * The other Arabic nonspacing marks (`marks: "all"`): U+0656–U+065E (subscript alef, inverted damma,
 * noon ghunna mark, zwarakay, vowel signs), U+0897–U+089F, U+08CA–U+08E1, U+08E3–U+08FF (Arabic
 * Extended-A/B marks). Never removed: U+0653–U+0655 (madda and hamza above/below, which compose into آ أ
 * إ ؤ ئ) and U+065F WAVY HAMZA BELOW; U+0670 has its own option.
 */
export const OTHER_ARABIC_MARKS: Ranges = [0x0656, 0x065e, 0x0897, 0x089f, 0x08ca, 0x08e1, 0x08e3, 0x08ff];

/** U+0670 ARABIC LETTER SUPERSCRIPT ALEF (dagger alef): `daggerAlef` keeps, removes or writes it as ا. */
export const DAGGER_ALEF = 0x0670;

/**
 * Letters after which a dagger alef is already pronounced by the letter (صلىٰ, عیسیٰ) and is dropped by
 * `daggerAlef: "alef"` instead of becoming ا: U+0649 ى, U+06CC ی, U+FEEF/U+FEF0 ى presentation forms,
 * U+FBFC/U+FBFD ی isolated and final forms.
 */
export const MAQSURA_LIKE: readonly number[] = [0x0649, 0x06cc, 0xfeef, 0xfef0, 0xfbfc, 0xfbfd];

/**
 * The Arabic marks whose canonical combining class the pass knows, so that it can tell whether two of
 * them are in NFC order without calling NFC: U+064B–U+0652 (fathatan 27 … sukun 34, in code point order),
 * U+0670 (35) and U+0618–U+061A (small fatha 30, damma 31, kasra 32). Every other mark goes through NFC.
 */
export function knownCombiningClass(code: number): number {
  return code >= 0x064b && code <= 0x0652
    ? code - 0x064b + 27
    : code === DAGGER_ALEF
      ? 35
      : code >= 0x0618 && code <= 0x061a
        ? code - 0x0618 + 30
        : 0;
}

/**
 * U+0653 MADDA ABOVE, U+0654 HAMZA ABOVE, U+0655 HAMZA BELOW: they combine with a preceding alef, waw, yeh
 * (and heh goal, ae, yeh barree) into one letter under NFC, so they are composed, never deleted.
 */
export const COMPOSING_MARKS: Ranges = [0x0653, 0x0655];

/**
 * Characters that NFC may change outside the combining marks (which are found with `\p{M}`): BMP
 * singletons and composition exclusions (U+0340–U+0344, U+0374, U+037E, U+0387, U+0958–U+095F,
 * U+09DC–U+09DF, U+0A33–U+0A36, U+0A59–U+0A5E, U+0B5C–U+0B5D, U+0F43–U+0FB9, U+1F71–U+1FFD, U+2000–U+2001,
 * U+2126–U+212B, U+2329–U+232A, U+2ADC, U+F900–U+FAD9, U+FB1D–U+FB4E), the Hangul vowels and trailing
 * consonants that compose with a preceding syllable (U+1161–U+1175, U+11A8–U+11C2), and their
 * supplementary-plane counterparts (U+16D63–U+16D6A Kirat Rai, U+1D15E–U+1D164, U+1D1BB–U+1D1C0,
 * U+2F800–U+2FA1D). Ranges are coarse where cheap: a character listed here that NFC leaves alone only
 * costs a call to `String.prototype.normalize`. A test checks the list against every code point.
 */
export const NFC_SENSITIVE: Ranges = [
  0x0340, 0x0344, 0x0374, 0x0374, 0x037e, 0x037e, 0x0387, 0x0387, 0x0958, 0x095f, 0x09dc, 0x09df, 0x0a33,
  0x0a36, 0x0a59, 0x0a5e, 0x0b5c, 0x0b5d, 0x0f43, 0x0fb9, 0x1161, 0x1175, 0x11a8, 0x11c2, 0x1f71, 0x1ffd,
  0x2000, 0x2001, 0x2126, 0x212b, 0x2329, 0x232a, 0x2adc, 0x2adc, 0xf900, 0xfad9, 0xfb1d, 0xfb4e, 0x16d63,
  0x16d6a, 0x1d15e, 0x1d164, 0x1d1bb, 0x1d1c0, 0x2f800, 0x2fa1d,
];

/** U+FE00–U+FE0F variation selectors: marks that NFC never changes, kept on the fast path (emoji). */
export const VARIATION_SELECTORS: Ranges = [0xfe00, 0xfe0f];

/**
 * Arabic Presentation Forms-A U+FB50–U+FDFF and -B U+FE70–U+FEFE (`presentationForms`): each becomes
 * its compatibility decomposition (NFKC of that one character), so ﻷ U+FEF7 → لأ (hamza kept), ﷲ U+FDF2
 * → الله, ﷼ U+FDFC → ريال, ﹰ U+FE70 → " ً". Characters without a decomposition (ornate parentheses
 * U+FD3E–U+FD3F, U+FBB2–U+FBD2 symbols, U+FD40–U+FD4F, U+FDFE–U+FDFF honorifics) are kept. The phrase ligatures in
 * {@link HONORIFICS} are left to `expandHonorifics`. Other compatibility characters (½, ², ﬁ, full-width
 * forms) are never touched: this is not NFKC.
 */
export const PRESENTATION_FORMS: Ranges = [0xfb50, 0xfdfd, 0xfe70, 0xfefe];

/**
 * Phrase ligatures (`expandHonorifics`): U+FDFA ﷺ and U+FDFB ﷻ (their compatibility decompositions) and
 * U+FDFD ﷽, which Unicode gives no decomposition, written out in {@link BASMALA}. U+FDFE, U+FDFF and the
 * honorifics U+FD40–U+FD4F have no decomposition either and are kept.
 */
export const HONORIFICS: Ranges = [0xfdfa, 0xfdfb, 0xfdfd, 0xfdfd];

/** U+FDFD ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM, written out. */
export const BASMALA = "بسم الله الرحمن الرحيم";

/** Whether `code` lies in one of `ranges`. */
export function inRanges(ranges: Ranges, code: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (code >= ranges[k]! && code <= ranges[k + 1]!) return true;
  return false;
}

/** Whether a UTF-16 code unit is a line break: LF, CR, U+2028, U+2029. */
export function isLineBreak(code: number): boolean {
  return code === LF || code === CR || code === 0x2028 || code === 0x2029;
}

/** Whether a code unit is an ASCII, Arabic-Indic (U+0660–U+0669) or extended (U+06F0–U+06F9) digit. */
export function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

/**
 * Joining Arabic letters (a Farsi yeh before one is not word-final): U+0620–U+064A (tatweel included),
 * U+066E–U+066F, U+0671–U+06D3, U+06D5, U+06EE–U+06EF, U+06FA–U+06FC, U+06FF, U+0750–U+077F,
 * U+08A0–U+08C9, and the letter presentation forms U+FB50–U+FDFB, U+FE80–U+FEFC.
 */
export const ARABIC_LETTERS: Ranges = [
  0x0620, 0x064a, 0x066e, 0x066f, 0x0671, 0x06d3, 0x06d5, 0x06d5, 0x06ee, 0x06ef, 0x06fa, 0x06fc, 0x06ff,
  0x06ff, 0x0750, 0x077f, 0x08a0, 0x08c9, 0xfb50, 0xfdfb, 0xfe80, 0xfefc,
];

/** Whether a code unit is one of {@link ARABIC_LETTERS}. */
export function isArabicLetter(code: number): boolean {
  return inRanges(ARABIC_LETTERS, code);
}

/**
 * Whether a code unit is an Arabic mark that sits on a letter: U+064B–U+065F, U+0670 and the
 * {@link QURANIC_MARKS} (U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED, which
 * leave out the spacing U+06DD, U+06DE, U+06E5, U+06E6, U+06E9): looking for the next letter skips them.
 */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === DAGGER_ALEF || inRanges(QURANIC_MARKS, code);
}

/** Whether a code unit is a high (leading) surrogate. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether a code unit is a low (trailing) surrogate. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
