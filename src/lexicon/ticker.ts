/** Words of breaking-news strips. Data only. */
export const TICKER_LEXICON = {
  /** Headers that open a ticker strip. */
  headers: [
    "الأخبار العاجلة",
    "عاجل",
    "آخر الأخبار",
    "شريط الأخبار",
    "أخبار عاجلة",
    "أحدث الأخبار",
    "أهم الأخبار",
  ],
};
