/**
 * One table per operation: each code point it handles, what it becomes, which profile does it, and what
 * must stay untouched. Expected values are written by hand from the Unicode charts cited in
 * src/normalize/tables.ts.
 */
import { describe, expect, it } from "vitest";
import { type NormalizeOptions, normalize } from "../../src/normalize/index.js";

const none = (options: NormalizeOptions): NormalizeOptions => ({ profile: "none", ...options });
const u = (...codes: number[]) => String.fromCharCode(...codes);
const SEARCH: NormalizeOptions = { profile: "search" };

describe("marks (tashkeel and the rest)", () => {
  // ب with one mark: which sets remove it.
  it.each([
    // code, harakat, tashkeel, quranic, all
    [0x064b, true, true, true, true], // fathatan
    [0x064c, true, true, true, true], // dammatan
    [0x064d, true, true, true, true], // kasratan
    [0x064e, true, true, true, true], // fatha
    [0x064f, true, true, true, true], // damma
    [0x0650, true, true, true, true], // kasra
    [0x0651, false, true, true, true], // shadda
    [0x0652, true, true, true, true], // sukun
    [0x0610, false, false, true, true], // sallallahou alayhe wassallam sign
    [0x061a, false, false, true, true], // small kasra
    [0x06d6, false, false, true, true], // small high ligature sad with lam with alef maksura
    [0x06dc, false, false, true, true], // small high seen
    [0x06df, false, false, true, true], // small high rounded zero
    [0x06e4, false, false, true, true], // small high madda
    [0x06e7, false, false, true, true], // small high yeh
    [0x06ed, false, false, true, true], // small low meem
    [0x0656, false, false, false, true], // subscript alef
    [0x065e, false, false, false, true], // fatha with two dots
    [0x08f0, false, false, false, true], // open fathatan
    [0x0653, false, false, false, false], // madda above: composes, never removed
    [0x0654, false, false, false, false], // hamza above
    [0x0655, false, false, false, false], // hamza below
    [0x065f, false, false, false, false], // wavy hamza below
    [0x0670, false, false, false, false], // dagger alef: its own option
    [0x06dd, false, false, false, false], // end of ayah (a format character, not a mark)
    [0x06de, false, false, false, false], // rub el hizb
    [0x06e9, false, false, false, false], // place of sajdah
    [0x06e5, false, false, false, false], // small waw (spacing letter)
  ])("U+%s: removed by harakat %s, tashkeel %s, quranic %s, all %s", (code, ...removedBy) => {
    const text = `ب${u(code)}`;
    (["harakat", "tashkeel", "quranic", "all"] as const).forEach((marks, k) => {
      expect(normalize(text, none({ marks })), marks).toBe(removedBy[k] ? "ب" : text);
    });
    expect(normalize(text, none({}))).toBe(text);
  });

  it("keeps every mark in display and removes tashkeel in search", () => {
    expect(normalize("الْعَرَبِيَّةُ")).toBe("الْعَرَبِيَّةُ");
    expect(normalize("الْعَرَبِيَّةُ", SEARCH)).toBe("العربيه");
  });
});

describe("dagger alef U+0670", () => {
  it.each([
    ["خَٰلِدُونَ", "keep", "خَٰلِدُونَ"],
    ["خَٰلِدُونَ", "remove", "خَلِدُونَ"],
    ["خَٰلِدُونَ", "alef", "خَالِدُونَ"],
    ["هٰذا", "remove", "هذا"],
    // After alef maksura (and Farsi yeh, as Urdu writes عیسیٰ) the alef is already pronounced: dropped.
    ["صلىٰ", "alef", "صلى"],
    ["عیسیٰ", "alef", "عیسی"],
    ["صَلَّىٰ", "alef", "صَلَّى"],
    ["ٱلرَّحْمَٰنِ", "alef", "ٱلرَّحْمَانِ"],
  ] as const)("%s with %s → %s", (text, daggerAlef, expected) => {
    expect(normalize(text, none({ daggerAlef }))).toBe(expected);
  });

  it("looks at the letter before the fold: ىٰ with foldAlefMaqsura gives ي, not يا", () => {
    expect(normalize("صلىٰ", none({ daggerAlef: "alef", foldAlefMaqsura: true }))).toBe("صلي");
  });

  it("is removed by search and by parseArticle's normalization, kept by display", () => {
    expect(normalize("هٰذا", SEARCH)).toBe("هذا");
    expect(normalize("هٰذا")).toBe("هٰذا");
  });
});

describe("tatweel U+0640", () => {
  it.each([
    ["العـــــربية", "العربية"],
    ["هـ", "ه"],
    ["ـ", ""],
  ])("%s → %s", (text, expected) => {
    expect(normalize(text)).toBe(expected);
    expect(normalize(text, none({}))).toBe(text);
  });

  // A run that joins no letter is a dash in datelines (`سمارت ــ تركيا`); beside a letter it elongates it.
  it.each([
    ["سمارت ــ تركيا", "سمارت ــ تركيا", "a run between spaces"],
    ["عنب الشام ـ أعزاز", "عنب الشام ـ أعزاز", "one between spaces"],
    ["(ـ)", "(ـ)", "between punctuation"],
    ["ــ", "ــ", "alone on its line"],
    ["العـــربية", "العربية", "inside a word"],
    ["بـ 5 دولارات", "ب 5 دولارات", "after a letter"],
    ["الموافق ــلـ", "الموافق ل", "before a letter"],
    ["x \u200bــ\u200bﻻ", "x لا", "before a ligature, across invisibles"],
    ["بَـ", "بَ", "after a mark"],
  ])("keepTatweelDashes: %s → %s (%s)", (text, expected) => {
    const options = { keepTatweelDashes: true };
    expect(normalize(text, options)).toBe(expected);
    expect(normalize(expected, options)).toBe(expected);
  });
});

describe("invisible characters", () => {
  it.each([
    [0x00ad, "soft hyphen"],
    [0x180e, "Mongolian vowel separator"],
    [0x200b, "zero width space"],
    [0x200c, "zero width non-joiner"],
    [0x200d, "zero width joiner"],
    [0x2060, "word joiner"],
    [0x2061, "function application"],
    [0x2064, "invisible plus"],
    [0x206a, "inhibit symmetric swapping"],
    [0x206c, "inhibit Arabic form shaping"],
    [0x206f, "nominal digit shapes"],
    [0xfeff, "zero width no-break space (BOM)"],
  ])("U+%s (%s) is removed, never turned into a space", (code) => {
    expect(normalize(`كلمة${u(code)}كلمة`)).toBe("كلمةكلمة");
    expect(normalize(`كلمة${u(code)}كلمة`, none({}))).toBe(`كلمة${u(code)}كلمة`);
  });

  it("keeps ZWNJ with keepZwnj (Persian writes it inside words)", () => {
    expect(normalize("می\u200cخواهم", { keepZwnj: true })).toBe("مي\u200cخواهم");
  });

  it.each([
    ["👨\u200d👩\u200d👧", "family (after a supplementary character)"],
    ["❤\ufe0f\u200d🔥", "heart on fire (after U+FE0F)"],
    ["❤\u200d🔥", "heart on fire (before a supplementary character)"],
    ["🏳\ufe0f\u200d🌈", "rainbow flag"],
  ])("keeps ZWJ inside an emoji sequence: %s (%s)", (emoji) => {
    expect(normalize(`خبر ${emoji} عاجل`)).toBe(`خبر ${emoji} عاجل`);
  });

  it("removes a leading BOM and keeps the offsets right", () => {
    expect(normalize("\ufeffعاجل")).toBe("عاجل");
  });
});

describe("bidirectional controls", () => {
  it.each([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])(
    "U+%s is removed, never turned into a space",
    (code) => {
      expect(normalize(`نص${u(code)}نص`)).toBe("نصنص");
      expect(normalize(`نص${u(code)}نص`, { removeBidiControls: false })).toBe(`نص${u(code)}نص`);
    },
  );
});

describe("white space", () => {
  it.each([0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x202f, 0x205f, 0x3000])(
    "U+%s becomes U+0020",
    (code) => {
      expect(normalize(`a${u(code)}b`)).toBe("a b");
      expect(normalize(`a${u(code)}b`, { spaces: "ascii" })).toBe("a b");
      expect(normalize(`a${u(code)}${u(code)}b`, { spaces: "ascii" })).toBe("a  b");
    },
  );

  it.each([
    ["runs collapse within a line", "قال  \u00a0 الوزير", "قال الوزير"],
    ["line breaks are kept", "سطر \n\n  سطر", "سطر \n\n سطر"],
    ["a deleted character between spaces does not keep them apart", "a \u200b b", "a b"],
    ["trailing and leading spaces stay without trimLines", " a ", " a "],
  ])("%s", (_name, text, expected) => {
    expect(normalize(text)).toBe(expected);
  });

  it.each([
    ["  سطر  \n  سطر  ", "سطر\nسطر"],
    ["a \u00a0\u200b\r\nb", "a\nb"],
    [" \t ", ""],
  ])("trimLines: %j → %j", (text, expected) => {
    expect(normalize(text, { trimLines: true })).toBe(expected);
  });

  it("keeps spaces as written with spaces: keep", () => {
    expect(normalize("a\u00a0 b", none({}))).toBe("a\u00a0 b");
    expect(normalize(" a\u00a0 b ", none({ trimLines: true }))).toBe("a\u00a0 b");
  });
});

describe("line breaks", () => {
  it.each([
    ["CRLF", "أ\r\nب", "أ\nب"],
    ["CR", "أ\rب", "أ\nب"],
    ["U+2028", "أ\u2028ب", "أ\nب"],
    ["U+2029", "أ\u2029ب", "أ\nب"],
    ["blank lines kept", "أ\r\n\r\nب", "أ\n\nب"],
  ])("%s becomes LF", (_name, text, expected) => {
    expect(normalize(text)).toBe(expected);
    expect(normalize(text, { lineBreaks: "keep" })).toBe(text);
  });

  it("leaves U+0085 NEL alone", () => {
    expect(normalize("a\u0085b")).toBe("a\u0085b");
  });
});

describe("Persian and foreign letters", () => {
  it.each([
    ["ک", "ك"],
    ["ی", "ي"],
    ["ہ", "ه"],
    ["ە", "ه"],
    ["فی", "في"],
  ])("%s → %s", (text, expected) => {
    expect(normalize(text)).toBe(expected);
    expect(normalize(text, { persianLetters: false })).toBe(text);
  });

  it.each([
    ["علی", "على"],
    ["علی.", "على."],
    ["یاسر", "ياسر"],
    ["بیت", "بيت"],
    ["علیٌ", "علىٌ"],
    ["علیـ", "علي"],
  ])("persianFinalYeh: alef-maqsura: %s → %s", (text, expected) => {
    expect(normalize(text, { persianFinalYeh: "alef-maqsura" })).toBe(expected);
  });

  it("never folds پ چ ژ گ ڤ by default", () => {
    for (const profile of ["display", "search"] as const) {
      expect(normalize("پ چ ژ گ ڤ", { profile })).toBe("پ چ ژ گ ڤ");
    }
  });

  it("folds them with foldForeignLetters", () => {
    expect(normalize("پ چ ژ گ ڤ", { foldForeignLetters: true })).toBe("ب ج ز ك ف");
  });

  it("leaves ۀ ھ ے ڪ alone (no Arabic twin agreed)", () => {
    expect(normalize("ۀ ھ ے ڪ", SEARCH)).toBe("ۀ ھ ے ڪ");
  });
});

describe("search folds", () => {
  it.each([
    ["آ", "ا"],
    ["أ", "ا"],
    ["إ", "ا"],
    ["ٱ", "ا"],
    ["ٲ", "ا"],
    ["ٳ", "ا"],
    ["ٵ", "ا"],
    ["ى", "ي"],
    ["ة", "ه"],
  ])("%s → %s", (text, expected) => {
    expect(normalize(text, SEARCH)).toBe(expected);
    expect(normalize(text)).toBe(text);
  });

  it("never maps ى to ا (PyArabic #39)", () => {
    expect(normalize("إلى مستشفى عيسى", SEARCH)).toBe("الي مستشفي عيسي");
    expect(normalize("إلى", { foldAlef: true })).toBe("الى");
  });

  it.each([
    ["keep", "مسؤول بريئة", "مسؤول بريئة"],
    ["drop", "مسؤول بريئة", "مسوول بريية"],
    ["isolate", "مسؤول بريئة", "مسءول بريءة"],
  ] as const)("hamzaOnWawYeh: %s", (hamzaOnWawYeh, text, expected) => {
    expect(normalize(text, { hamzaOnWawYeh })).toBe(expected);
  });

  it("keeps ؤ ئ in search unless asked", () => {
    expect(normalize("مسؤول", SEARCH)).toBe("مسؤول");
  });
});

describe("digits", () => {
  it("maps Arabic-Indic and extended digits to ASCII", () => {
    expect(normalize("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", SEARCH)).toBe("0123456789 0123456789");
    expect(normalize("٠١٢٣٤٥٦٧٨٩")).toBe("٠١٢٣٤٥٦٧٨٩");
  });

  it.each([
    ["٣٫٥", "3.5"],
    ["١٬٠٠٠", "1,000"],
    ["٣٫٥٪", "3.5%"],
    ["3٫5", "3.5"],
    ["٣٫\u200b٥", "3.5"],
    // Not between two digits: kept.
    ["٫٥", "٫5"],
    ["٣٫", "3٫"],
    ["س٬ص", "س٬ص"],
    ["٣ ٫ ٥", "3 ٫ 5"],
  ])("%s → %s", (text, expected) => {
    expect(normalize(text, { digits: "ascii" })).toBe(expected);
  });

  it("never deletes digits", () => {
    expect(normalize("إن ١٩ حالة", SEARCH)).toBe("ان 19 حاله");
  });
});

describe("punctuation and quotes", () => {
  it("keeps Arabic punctuation by default and ASCII-fies it on request", () => {
    expect(normalize("قال، ثم؛ هل؟ نعم۔")).toBe("قال، ثم؛ هل؟ نعم۔");
    expect(normalize("قال، ثم؛ هل؟ نعم۔", { punctuation: "ascii" })).toBe("قال, ثم; هل? نعم.");
  });

  it("keeps quotation marks by default, opening and closing apart", () => {
    expect(normalize("«نعم» “قال” „هنا“ 'x' \"y\"", SEARCH)).toBe("«نعم» “قال” „هنا“ 'x' \"y\"");
  });

  it("unifies double quotes to guillemets keeping opening and closing apart", () => {
    expect(normalize('«نعم» “قال” „هنا“ ‟x” ‘y’ "z"', { quotes: "angle" })).toBe(
      '«نعم» «قال» «هنا« «x» ‘y’ "z"',
    );
  });
});

describe("presentation forms", () => {
  it.each([
    [0xfefb, "لا"],
    [0xfefc, "لا"],
    [0xfef7, "لأ"],
    [0xfef8, "لأ"],
    [0xfef9, "لإ"],
    [0xfefa, "لإ"],
    [0xfef5, "لآ"],
    [0xfef6, "لآ"],
  ])("lam-alef U+%s → %s, hamza and madda kept", (code, expected) => {
    expect(normalize(u(code))).toBe(expected);
    expect(normalize(u(code), SEARCH)).toBe("لا");
  });

  it.each([
    [0xfdf2, "الله"],
    [0xfdfc, "ريال"],
    [0xfe8d, "ا"],
    [0xfe91, "ب"],
    [0xfee3, "م"],
    [0xfeef, "ى"],
    [0xfb8e, "ك"],
    [0xfbfc, "ي"],
    [0xfc5d, "ىٰ"],
  ])("U+%s → %s", (code, expected) => {
    expect(normalize(u(code))).toBe(expected);
  });

  it("joins a word written in presentation forms", () => {
    expect(normalize("ﺍﻟﺴﻼﻡ")).toBe("السلام");
  });

  it("writes isolated marks as a space and the mark, as their decomposition says", () => {
    expect(normalize("\ufe70")).toBe(" \u064b");
    expect(normalize("\ufe71")).toBe("\u064b");
    expect(normalize("\ufc60")).toBe(" \u064e\u0651");
    expect(normalize("أ \ufe70", SEARCH)).toBe("ا");
  });

  it.each([
    [0xfdfa, "صلى الله عليه وسلم"],
    [0xfdfb, "جل جلاله"],
    [0xfdfd, "بسم الله الرحمن الرحيم"],
  ])("honorific U+%s → %s, kept with expandHonorifics: false", (code, expected) => {
    expect(normalize(`محمد ${u(code)}`)).toBe(`محمد ${expected}`);
    expect(normalize(`محمد ${u(code)}`, { expandHonorifics: false })).toBe(`محمد ${u(code)}`);
  });

  it("keeps forms without a decomposition", () => {
    expect(normalize("﴾ ﴿ ﷾ ﷿ ﵀")).toBe("﴾ ﴿ ﷾ ﷿ ﵀");
  });

  it("does not touch compatibility characters of other scripts (this is not NFKC)", () => {
    expect(normalize("½ ² ﬁ Ａ ㎏ ™ …", SEARCH)).toBe("½ ² ﬁ Ａ ㎏ ™ …");
  });
});

describe("NFC", () => {
  it.each([
    ["ا\u0654", "أ"],
    ["ا\u0655", "إ"],
    ["ا\u0653", "آ"],
    ["و\u0654", "ؤ"],
    ["ي\u0654", "ئ"],
    ["ە\u0654", "ۀ"],
    // Marks in canonical order: fatha (30) before shadda (33).
    ["ب\u0651\u064e", "ب\u064e\u0651"],
    ["ب\u0651\u0670\u064e", "ب\u064e\u0651\u0670"],
    // A deleted character between the letter and the hamza does not keep them apart.
    ["ا\u200b\u0654", "أ"],
    ["ا\u0640\u0654", "أ"],
    ["e\u0301", "é"],
    ["\u1100\u1161\u11a8", "각"],
    ["\u2126", "Ω"],
  ])("%j → %j", (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });

  it("composes before folding: a decomposed أ folds to ا and a hamza is never lost", () => {
    expect(normalize("ا\u0654حمد", SEARCH)).toBe("احمد");
    expect(normalize("ي\u0654", { hamzaOnWawYeh: "isolate" })).toBe("ء");
    expect(normalize("ب\u0654")).toBe("ب\u0654");
  });

  it("can be turned off", () => {
    expect(normalize("ا\u0654", { nfc: false })).toBe("ا\u0654");
  });

  it("orders a very long run of marks in linear time (V8's own NFC is quadratic there)", () => {
    // 256 K marks out of order: seconds at most here, minutes if the sort were by insertion.
    const text = `ب${"\u0651\u064e\u0652\u064b".repeat(1 << 16)}`;
    const start = performance.now();
    const out = normalize(text);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(out.slice(0, 9)).toBe(`ب${"\u064b".repeat(8)}`);
    expect(out.length).toBe(text.length);
  });
});

describe("HTML character references", () => {
  it.each([
    ["&nbsp;", " "],
    ["a&nbsp;&nbsp;b", "a b"],
    ["&quot;قال&quot;", '"قال"'],
    ["&laquo;نعم&raquo;", "«نعم»"],
    ["&lt;b&gt;", "<b>"],
    ["&#1575;&#x644;", "ال"],
    ["&#X644;", "ل"],
    ["&#128512;", "😀"],
    ["&amp;quot;", '"'],
    ["&amp;amp;lt;", "<"],
    ["&zwnj;", ""],
    ["&#xFDF2;", "الله"],
    ["س&#1614;", "سَ"],
    ["&#13;&#10;", "\n"],
  ])("%s → %s", (text, expected) => {
    expect(normalize(text, { decodeEntities: true })).toBe(expected);
  });

  it.each([
    ["AT&T", "a reference needs a semicolon"],
    ["&copy2020", "no semicolon"],
    ["&unknown;", "unknown name"],
    ["&NBSP;", "names are case-sensitive"],
    ["&#0;", "NUL"],
    ["&#xD800;", "a surrogate"],
    ["&#x110000;", "beyond Unicode"],
    ["&#150;", "a C1 control"],
    ["&#;", "no digits"],
    ["&", "a lone ampersand"],
  ])("leaves %s as written (%s)", (text) => {
    expect(normalize(text, { decodeEntities: true })).toBe(text);
  });

  it("decodes nothing unless asked", () => {
    expect(normalize("&nbsp;&amp;", SEARCH)).toBe("&nbsp;&amp;");
  });

  // What the same pass deletes does not break a reference, so the output is normalized already.
  it.each([
    ["&nb\u200esp;", "an LRM inside the name", "\u00a0"],
    ["&\u0640quot;", "a tatweel after the ampersand", '"'],
    ["&#x\u200f22;", "an RLM inside a hexadecimal reference", '"'],
    ["&amp;\u200bquot;", "a zero-width space between two references", '"'],
  ])("decodes %s (%s)", (text, _why, expected) => {
    const options = { decodeEntities: true, spaces: "keep" } as const;
    const out = normalize(text, options);
    expect(out).toBe(expected);
    expect(normalize(out, options)).toBe(out);
  });
});

describe("what is never changed", () => {
  const OTHERS =
    "° © € ½ ² 😀 İ Ğ Москва שלום 中文 ﴾ ﴿ ۝ ۞ ۩ ؉ ؊ ٭ « » ‹ › — – … \" ' ( ) [ ] { } < > @ # $ % ^ & * + = | ~ `";
  it.each(["display", "search", "none"] as const)("keeps characters no option names (%s)", (profile) => {
    expect(normalize(OTHERS, { profile })).toBe(OTHERS);
  });

  it("returns the same string when nothing changes", () => {
    const text = "قال الوزير إن الاجتماع كان مثمرا.";
    expect(normalize(text)).toBe(text);
    expect(normalize("")).toBe("");
  });

  it("keeps lone surrogates", () => {
    expect(normalize("\ud800 \udc00 أ\ud83d")).toBe("\ud800 \udc00 أ\ud83d");
    expect(normalize("\ud800\u0640".repeat(3000))).toBe("\ud800".repeat(3000));
  });
});

describe("profiles", () => {
  it("display repairs without losing meaning", () => {
    expect(normalize("ﻷن الوزيـــر قال\u00a0 «نعم»\u200f")).toBe("لأن الوزير قال «نعم»");
  });

  it("search folds spellings of one word together", () => {
    const spellings = ["إِلَى الْمَدْرَسَةِ", "الى المدرسه", "إلى المدرسة", "ﺇﻟﻰ اﻟﻤﺪﺭﺳﺔ"];
    expect(new Set(spellings.map((s) => normalize(s, SEARCH)))).toEqual(new Set(["الي المدرسه"]));
  });

  it("none changes nothing", () => {
    const text = "ﻷن\u200b الوزيـــر\r\n  قال\u00a0 «نعم»";
    expect(normalize(text, { profile: "none" })).toBe(text);
  });
});

describe("the examples of docs/normalization.md and the doc comments", () => {
  it("hold", () => {
    expect(normalize("ﻷن الوزيـــر قال\u00a0 «نعم»\u200f")).toBe("لأن الوزير قال «نعم»");
    expect(normalize("ﻷن الوزيـــر قال\u00a0 «نعم»")).toBe("لأن الوزير قال «نعم»");
    expect(normalize("إِلَى الْمَدْرَسَةِ", SEARCH)).toBe("الي المدرسه");
    expect(normalize("أَحْمَد إلى مدرسة", SEARCH)).toBe("احمد الي مدرسه");
    expect(normalize("١٢٫٥٪", { digits: "ascii" })).toBe("12.5%");
  });
});
