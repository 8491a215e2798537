/**
 * Words the truncation diagnostic reads. Data only. Every word is written without tashkeel and with a bare
 * alef (U+0627) where it may carry hamza or madda, because the diagnostic folds the last word the same way
 * before it looks it up.
 */
export const DIAGNOSE_WORDS = {
  /**
   * Function words that cannot end an Arabic sentence: prepositions, conjunctions, complementizers,
   * relative pronouns and particles that always govern a following word. A body that stops on one of them
   * was cut mid-sentence. Words that can close a sentence (`بعد`, `قبل`, `ما`, `لا`, `أم`, `لدي`) are left out, and so is `كأن`,
   * whose folded spelling is the verb `كان`.
   */
  danglingWords: [
    "في",
    "من",
    "على",
    "الى",
    "عن",
    "مع",
    "منذ",
    "حتى",
    "عند",
    "لدى",
    "بين",
    "خلال",
    "ضد",
    "نحو",
    "و",
    "ف",
    "او",
    "ثم",
    "بل",
    "لكن",
    "ولكن",
    "ان",
    "بان",
    "لان",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
    "قد",
    "لقد",
    "لن",
    "لم",
    "سوف",
    "اذا",
    "اذ",
    "لو",
    "هل",
    "كي",
    "لكي",
    "كما",
    "ال",
  ],
  /** One-letter prefixes (prepositions and the future particle) that never stand alone: ب ل ك س. */
  danglingPrefixes: ["ب", "ل", "ك", "س"],
} as const;
