/** Calendar words: month names of every system and weekdays. Data only. */
export const DATES_LEXICON = {
  /** Gregorian month names (Levantine, Egyptian/Gulf, Maghreb) → month number. */
  months: { يناير: 1 } as Record<string, number>,
};
