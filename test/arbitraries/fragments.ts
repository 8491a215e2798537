/**
 * Made-up fragments in the shapes of /work/shared/notes/page-formats.md: words, names, places, ticker items,
 * quotations, bylines, datelines, dates and page furniture. None is quoted from a real page. The
 * generators in ./index.ts assemble them into page-like text.
 */

/** Common words of news prose. */
export const WORDS = [
  "الحكومة",
  "الوزير",
  "المدينة",
  "القوات",
  "الاجتماع",
  "الأمن",
  "المجلس",
  "الشعب",
  "البرلمان",
  "الاتفاق",
  "المنطقة",
  "السكان",
  "اليوم",
  "الخميس",
  "مساء",
  "صباح",
  "جديدة",
  "كبيرة",
  "في",
  "من",
  "على",
  "إلى",
  "عن",
  "مع",
  "بعد",
  "قبل",
  "خلال",
  "التي",
  "الذي",
  "هذه",
  "ذلك",
  "وذلك",
  "بين",
  "حول",
  "افتتح",
  "أعلن",
  "أكدت",
  "شهدت",
  "تقصف",
  "استهدف",
  "مقر",
  "مكتب",
  "الجيش",
  "الوطني",
  "الائتلاف",
  "المعارضة",
  "المؤقتة",
  "الدولية",
  "مبادرة",
  "خطوة",
  "هامة",
  "2012",
  "٢٠٢٠",
  "15",
  "%",
  "مليون",
  "دولار",
  "نحو",
  "أكثر",
  "وقد",
  "كما",
  "لكن",
] as const;

/** Made-up personal names. */
export const NAMES = [
  "سامر الخطيب",
  "ليلى حداد",
  "عمر السعدي",
  "نادية منصور",
  "يوسف العلي",
  "هالة الراشد",
] as const;

/** Places. */
export const PLACES = [
  "بيروت",
  "القاهرة",
  "تونس",
  "عمان",
  "دمشق",
  "الرياض",
  "بغداد",
  "إدلب",
  "لندن",
] as const;

/** Agencies and outlets, Arabic and Latin. */
export const AGENCIES = ["رويترز", "سمارت", "واس", "د ب أ", "فرانس 24", "CNN", "وكالات", "الأناضول"] as const;

/** Titles and roles before a speaker's name. */
export const ROLES = [
  "رئيس الوزراء",
  "الناطق باسم الجيش",
  "وزير الخارجية",
  "مصدر مسؤول",
  "الدكتور",
  "مدير المستشفى",
] as const;

/** Speech verbs and participles, with and without the prefix و/ف. */
export const SPEECH_VERBS = [
  "قال",
  "وقال",
  "وقالت",
  "أضاف",
  "وأضاف",
  "تابع",
  "وتابع",
  "أوضح",
  "وأشار",
  "أكد",
  "فقال",
  "مضيفا",
  "قائلا",
  "مؤكدا",
  "قوله",
] as const;

/** Complementizers after a speech verb. */
export const COMPLEMENTIZERS = ["إن", "أن", "بأن", "إنه", "أنها", ":", ""] as const;

/** Quotation marks as pairs [open, close], the mismatched ones seen on pages included. */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["«", "»"],
  ["“", "”"],
  ["”", "”"],
  ["''", "''"],
  ["'", "'"],
  ['"', "'"],
  ["«", ""],
  ['"', ""],
];

/** Headers that open a breaking-news strip. */
export const TICKER_HEADERS = [
  "الأخبار العاجلة",
  "عاجل",
  "شريط الأخبار",
  "آخر الأخبار",
  "أحدث الأخبار",
  "أهم الأخبار",
] as const;

/** Sources named in parentheses after ticker items, with the spacing variants pages use. */
export const TICKER_SOURCES = ["(ناشطون)", "( مصدر محلي)", "(بيان)", "(فيديو)", "(مكتب إعلامي)", ""] as const;

/** Page furniture lines and fragments. */
export const FURNITURE = [
  "ui.public.translatedTo",
  "pictogram-avatar",
  "الرئيسية » أخبار عربية",
  "منذ ساعة",
  "منذ ثانية واحدة",
  "أضف تعليقك",
  "اقرأ أيضا",
  "اقرأ أيضا: عاجل: انفجار في الميناء",
  "شارك الخبر",
  "----",
  "----------------------",
  "// انتهى //",
  "// يتبع //",
  "18:21 ت م",
  "إعداد: سامر الخطيب تصوير: ليلى حداد",
  "عام / ",
  "3.74يورو",
  "الفجر 04:23",
  "دمشق 23° غائم جزئيا",
  "date 2020-02-12",
  "&nbsp;",
  "&quot;",
  '<div class="share">',
  "أخبار عاجلة",
  ".",
  "حمل تطبيقنا على هاتفك المحمول",
  "الكلمات الدالة: سوريا، إدلب",
] as const;

/** Bylines. */
export const BYLINES = [
  "Editing: ليلى حداد |",
  "تحرير: سامر الخطيب",
  "كتب: عمر السعدي",
  "كتب عمر السعدي",
  "بقلم نادية منصور",
  "إعداد: هالة الراشد",
  "يوسف العلي (بغداد)",
  "القاهرة - سامر الخطيب",
] as const;

/** Datelines, with every dash pages use. */
export const DATELINES = [
  "سمارت ــ تركيا",
  "بيروت - رويترز",
  "د ب أ - لندن",
  "القاهرة: «الشرق الأوسط»",
  "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس",
  "نيويورك، الولايات المتحدة (CNN)—",
  "فرانس 24",
  "عمان – الأناضول",
  "تونس _ خاص",
] as const;

/** Calendar dates as pages write them. */
export const DATES = [
  "الثلاثاء 24 تشرين الأول 2017",
  "12 مارس 2020",
  "3 شباط",
  "2019-05-29",
  "29 مايو/آيار 2017",
  "15/03/2019",
  "الأحد",
  "1 جانفي 2021",
  "٢٣ أكتوبر ٢٠١٨",
] as const;

/** Section headings. */
export const HEADINGS = ["ترحيبات بافتتاح المقر", "ردود فعل", "خلفية", "ماذا بعد؟"] as const;

/** Code units that break naive code: NUL, C0/C1 controls, BOM, replacement char, lone surrogates, noncharacters. */
export const HOSTILE_UNITS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009c",
  "\ufeff",
  "\ufffd",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ud83d\ude00",
] as const;

/**
 * What normalization removes or rewrites: tashkeel U+064B–U+0652, superscript alef U+0670, tatweel U+0640,
 * bidi marks and controls U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, zero-width U+200B–U+200D,
 * U+2060, BOM U+FEFF, NBSP U+00A0 and other spaces.
 */
export const INVISIBLES = [
  "\u064b",
  "\u064e",
  "\u064f",
  "\u0650",
  "\u0651",
  "\u0652",
  "\u0670",
  "\u0640",
  "\u200e",
  "\u200f",
  "\u061c",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2069",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00a0",
  "\u2009",
  "\u3000",
] as const;

/** Line separators: LF, CRLF, CR, a blank line, U+2028, U+2029, and a run of NBSP used as a paragraph break. */
export const LINE_BREAKS = [
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "\r\n\r\n",
  "\u2028",
  "\u2029",
  "\u00a0\u00a0\u00a0",
] as const;
