/**
 * Calendar words: month names of every system, weekdays, ordinal day words and the small words around a
 * written date. Data only; spelling variants of alef, yeh and teh marbuta need no entries of their own
 * (lexicon patterns match them loosely).
 */
/** Weekday names → day of the week, 0 for Sunday. */
const WEEKDAYS: Record<string, number> = {
  الأحد: 0,
  الاثنين: 1,
  الإثنين: 1,
  الثلاثاء: 2,
  الأربعاء: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
};

/** The weekday names: the word lists of other areas that hold weekdays take them from here. */
export const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAYS);

export const DATES_LEXICON = {
  /**
   * Gregorian month names → month number: Levantine/Iraqi (كانون الثاني … كانون الأول), Egyptian/Gulf
   * (يناير … ديسمبر), Algerian/Tunisian (جانفي … ديسمبر) and Moroccan (يناير … دجنبر).
   */
  months: {
    "كانون الثاني": 1,
    "كانون ثاني": 1,
    شباط: 2,
    آذار: 3,
    نيسان: 4,
    أيار: 5,
    حزيران: 6,
    تموز: 7,
    آب: 8,
    أيلول: 9,
    "تشرين الأول": 10,
    "تشرين أول": 10,
    "تشرين الثاني": 11,
    "تشرين ثاني": 11,
    "كانون الأول": 12,
    "كانون أول": 12,
    يناير: 1,
    فبراير: 2,
    مارس: 3,
    أبريل: 4,
    مايو: 5,
    يونيو: 6,
    يونية: 6,
    يوليو: 7,
    يولية: 7,
    أغسطس: 8,
    سبتمبر: 9,
    أكتوبر: 10,
    نوفمبر: 11,
    ديسمبر: 12,
    جانفي: 1,
    فيفري: 2,
    أفريل: 4,
    ماي: 5,
    جوان: 6,
    جويلية: 7,
    أوت: 8,
    يوليوز: 7,
    غشت: 8,
    شتنبر: 9,
    نونبر: 11,
    دجنبر: 12,
  } as Record<string, number>,
  /** Hijri month names with their common variants (ذو/ذي, الآخر/الثاني, الآخرة/الثانية) → month number. */
  hijriMonths: {
    محرم: 1,
    المحرم: 1,
    صفر: 2,
    "ربيع الأول": 3,
    "ربيع أول": 3,
    "ربيع الآخر": 4,
    "ربيع الثاني": 4,
    "ربيع ثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الأول": 5,
    "جمادى الآخرة": 6,
    "جمادى الآخر": 6,
    "جمادى الثانية": 6,
    "جمادى الثاني": 6,
    رجب: 7,
    شعبان: 8,
    رمضان: 9,
    شوال: 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
  } as Record<string, number>,
  /** Month names that are also common words (صفر "zero"): they count only with a year or `من` before them. */
  ambiguousMonths: ["صفر"],
  /** Weekday names → day of the week, 0 for Sunday. */
  weekdays: WEEKDAYS,
  /**
   * Words that name the first day of the month written straight before it, with no link word: Maghreb
   * `فاتح يوليوز`, `أول مارس`, `غرة رمضان` (غرة: the first day of a lunar month).
   */
  firstDayWords: ["فاتح", "أول", "غرة"],
  /** Ordinal words for a day of the month (`التاسع من أبريل`), oblique and nominative forms → day 1–31. */
  ordinalDays: {
    الأول: 1,
    الثاني: 2,
    الثالث: 3,
    الرابع: 4,
    الخامس: 5,
    السادس: 6,
    السابع: 7,
    الثامن: 8,
    التاسع: 9,
    العاشر: 10,
    "الحادي عشر": 11,
    "الثاني عشر": 12,
    "الثالث عشر": 13,
    "الرابع عشر": 14,
    "الخامس عشر": 15,
    "السادس عشر": 16,
    "السابع عشر": 17,
    "الثامن عشر": 18,
    "التاسع عشر": 19,
    العشرين: 20,
    العشرون: 20,
    "الحادي والعشرين": 21,
    "الحادي والعشرون": 21,
    "الثاني والعشرين": 22,
    "الثاني والعشرون": 22,
    "الثالث والعشرين": 23,
    "الثالث والعشرون": 23,
    "الرابع والعشرين": 24,
    "الرابع والعشرون": 24,
    "الخامس والعشرين": 25,
    "الخامس والعشرون": 25,
    "السادس والعشرين": 26,
    "السادس والعشرون": 26,
    "السابع والعشرين": 27,
    "السابع والعشرون": 27,
    "الثامن والعشرين": 28,
    "الثامن والعشرون": 28,
    "التاسع والعشرين": 29,
    "التاسع والعشرون": 29,
    الثلاثين: 30,
    الثلاثون: 30,
    "الحادي والثلاثين": 31,
    "الحادي والثلاثون": 31,
  } as Record<string, number>,
  /** Words that may stand between a day and its month (`التاسع من أيار`, `15 من شهر مارس`). */
  dayMonthLinks: ["من", "شهر", "من شهر"],
  /** Words that join the days of a list or range before one month (`15 إلى 17 أكتوبر`); `و` is built in. */
  dayRangeWords: ["إلى", "حتى", "لغاية"],
  /** Words that introduce the year after a day and month (`12 مارس من العام 2015`). */
  yearIntroducers: ["عام", "العام", "لعام", "للعام", "سنة", "لسنة", "من عام", "من العام", "من سنة"],
  /** Era markers of the Hijri calendar written after a year (`1436 هـ`). */
  hijriEra: ["هـ", "ه", "هجري", "هجرية", "للهجرة"],
  /** Era markers of the Gregorian calendar written after a year (`2015 م`). */
  gregorianEra: ["م", "ميلادي", "ميلادية", "للميلاد"],
  /** Words that join a date to the same day in the other calendar (`26 شوال 1436 هـ الموافق 11 أغسطس 2015 م`). */
  correspondence: ["الموافق", "الموافقة", "الموافق لـ", "الموافقة لـ", "الموافق ل", "الموافقة ل", "يوافق"],
  /** Labels that mark a date as the article's publication date (`نشر في: …`, `date 2019-05-12`). */
  publishedLabels: [
    "نشر في",
    "نشرت في",
    "نشر بتاريخ",
    "نشر يوم",
    "تاريخ النشر",
    "تم النشر",
    "نشر",
    "بتاريخ",
    "date",
    "published",
  ],
  /** Labels that mark a date as the last update of the page, not its publication. */
  updatedLabels: ["آخر تحديث", "اخر تحديث", "تم التحديث", "تحديث", "updated", "last updated"],
  /**
   * Prepositions and time nouns that make a date an event of the story rather than a dateline when they
   * stand before it (`في 12 مارس 2020 أعلنت …`).
   */
  eventWords: [
    "في",
    "منذ",
    "يوم",
    "يومي",
    "حتى",
    "قبل",
    "بعد",
    "خلال",
    "بين",
    "من",
    "إلى",
    "مطلع",
    "منتصف",
    "أواخر",
    "أوائل",
    "نهاية",
    "بداية",
    "ليلة",
    "صباح",
    "مساء",
    "فجر",
    "بحلول",
    "لغاية",
    "اعتبارا",
    "ابتداء",
  ],
  /** Words that may join a wire dateline's place to its date when the agency follows (`القاهرة في 12 مارس /أ ش أ/`). */
  datelineLinks: ["في"],
  /** Words that make the day and month after them a name (`مدينة 6 أكتوبر`, `شارع 26 يوليو`), not a date. */
  nameHeads: ["مدينة", "شارع", "ميدان", "جسر", "كوبري", "محور", "حي", "جامعة", "نادي", "مدرسة", "مستشفى"],
  /** Words of header widgets (weather, currency rates, prayer times) that mark a date beside them as the day of the page. */
  widgetWords: [
    "الطقس",
    "طقس",
    "درجة",
    "الحرارة",
    "مئوية",
    "°",
    "الدولار",
    "دولار",
    "اليورو",
    "يورو",
    "سعر",
    "أسعار",
    "الذهب",
    "الفجر",
    "الظهر",
    "العصر",
    "العشاء",
    "الشروق",
    "مواقيت",
    "الصلاة",
  ],
};
