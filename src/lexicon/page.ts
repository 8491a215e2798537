/** Words of page structure: furniture, bylines, datelines, agencies. Data only. */
export const PAGE_LEXICON = {
  /** News agencies and outlets that appear in datelines. */
  agencies: [
    "رويترز",
    "فرانس برس",
    "أ ف ب",
    "د ب أ",
    "الأناضول",
    "سانا",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بترا",
    "CNN",
  ],
};
