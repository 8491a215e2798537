/** Words of reported speech: speech verbs, participles, complementizers, titles, honorifics. Data only. */
export const QUOTES_LEXICON = {
  /** Speech verbs in the perfect, third person masculine singular. */
  speechVerbs: ["قال", "أضاف", "تابع", "أوضح", "أشار", "أكد"],
};
