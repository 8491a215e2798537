import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extendLexicon } from "../../src/lexicon/index.js";
import { readInlineOrigin, readOrigin } from "../../src/metadata/dateline.js";
import { pageMatchers } from "../../src/metadata/patterns.js";

const m = pageMatchers(DEFAULT_LEXICON);
const header = { weakAllowed: true };
const body = { weakAllowed: false };

/** The fields of an origin as [editor, authors joined with ، , agency, location]. */
function fields(
  text: string,
  ctx = header,
): [string | null, string | null, string | null, string | null] | null {
  const o = readOrigin(text, m, DEFAULT_LEXICON, ctx);
  return o ? [o.editor, o.authors.length > 0 ? o.authors.join("، ") : null, o.agency, o.location] : null;
}

describe("readOrigin: datelines on their own line", () => {
  it.each([
    ["AGENCY ــ PLACE (tatweel dash)", "سمارت ــ تركيا", "سمارت", "تركيا"],
    ["AGENCY PLACE (dash lost to normalization)", "سمارت تركيا", "سمارت", "تركيا"],
    ["PLACE - AGENCY", "بيروت - رويترز", "رويترز", "بيروت"],
    ["PLACE – AGENCY (en dash)", "لندن – رويترز", "رويترز", "لندن"],
    ["PLACE — AGENCY (em dash)", "القدس — رويترز", "رويترز", "القدس"],
    ["AGENCY - PLACE", "د ب أ - لندن", "د ب أ", "لندن"],
    ["PLACE _ AGENCY (underscore)", "دمشق _ سانا", "سانا", "دمشق"],
    ["PLACE: «OUTLET»", "القاهرة: «الشرق الأوسط»", "الشرق الأوسط", "القاهرة"],
    ["two places and an outlet", "بيروت – إسطنبول:  «الشرق الأوسط»", "الشرق الأوسط", "بيروت – إسطنبول"],
    ["PLACE - OUTLET:", "القاهرة - الوئام:", "الوئام", "القاهرة"],
    ["outlet alone", "فرانس 24", "فرانس 24", null],
    ["PLACE - multiword outlet", "أبوظبي - سكاي نيوز عربية", "سكاي نيوز عربية", "أبوظبي"],
    ["SPA dated dateline", "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", "واس", "الرياض"],
    ["wires byline", "كتب : وكالات", "وكالات", null],
    ["OUTLET - وكالات", "العربية.نت - وكالات", "العربية.نت", null],
    ["OUTLET _ خاص", "عنب بلدي _ خاص", "عنب بلدي", null],
    ["source line", "المصدر: رويترز", "رويترز", null],
    ["a city that is also an outlet's name, beside an agency", "الرياض - واس", "واس", "الرياض"],
  ])("%s: %s", (_name, text, agency, location) => {
    const f = fields(text, body);
    expect(f?.[2]).toBe(agency);
    expect(f?.[3]).toBe(location);
  });
});

describe("readOrigin: bylines", () => {
  it.each([
    ["Editing: NAME |", "Editing: أمنة رياض |", "أمنة رياض", null],
    ["تحرير:", "تحرير: سامي خليل", "سامي خليل", null],
    ["المحرر: (the editor), not an agency", "المحرر: سامي الحلبي", "سامي الحلبي", null],
    ["المحررة: (the editor, feminine)", "المحررة: سلمى الحلبي", "سلمى الحلبي", null],
    ["كتب: NAME", "كتب: محمود السيد", null, "محمود السيد"],
    ["كتب NAME", "كتب محمود السيد", null, "محمود السيد"],
    ["كتب - NAME", "كتب - أحمد فؤاد", null, "أحمد فؤاد"],
    ["كتبت: NAME", "كتبت: هبة الله محمد", null, "هبة الله محمد"],
    ["بقلم with a title", "بقلم: د. هالة منصور", null, "هالة منصور"],
    ["بقلم without colon", "بقلم أحمد علي", null, "أحمد علي"],
    ["إعداد with a photographer", "إعداد: صالح آل زمانان, تصوير : صالح الدغاري", null, "صالح آل زمانان"],
    ["two reporters joined with و", "كتب: أحمد عودة ومحمد الشريف", null, "أحمد عودة، محمد الشريف"],
    ["a reporter named وليد is not split", "كتب: محمد وليد حسن", null, "محمد وليد حسن"],
  ])("%s: %s", (_name, text, editor, author) => {
    const f = fields(text, body);
    expect(f?.[0]).toBe(editor);
    expect(f?.[1]).toBe(author);
  });

  it.each([
    ["CITY - NAME", "القاهرة - أحمد الريدي", "أحمد الريدي", null, "القاهرة"],
    ["NAME (CITY)", "أحمد الشميري (صنعاء)", "أحمد الشميري", null, "صنعاء"],
    ["CITY: NAME", "الرياض: سليمان العنزي", "سليمان العنزي", null, "الرياض"],
    ["CITY - NAME، وكالات", "ميونخ - نور الدين الفريضي، وكالات", "نور الدين الفريضي", "وكالات", "ميونخ"],
    ["CITY - two reporters", "غزة - أحمد عودة ومحمد الشريف", "أحمد عودة، محمد الشريف", null, "غزة"],
    ["unknown town before a known given name", "الغردقة - محمد علي", "محمد علي", null, "الغردقة"],
  ])("%s: %s", (_name, text, author, agency, location) => {
    expect(fields(text, header)).toEqual([null, author, agency, location]);
  });

  it("a reading by shape only is refused below the title", () => {
    expect(fields("القاهرة - أحمد الريدي", body)).toBeNull();
  });
});

describe("readOrigin: what is not a byline or dateline", () => {
  it.each([
    ["a headline with a colon", "سلامة: تحذير صندوق النقد تجاه ديون لبنان واقعي"],
    ["a headline quoting a phrase", 'نتنياهو ملوحاً بقطعة الدرون الإيرانية: "لا تختبرونا"'],
    ["a headline PERSON: words", "بحاح: زيارتي لتجهيز عدن لممارسة العمل السياسي"],
    ["a place and a phrase", "مصر: الحكومة تعلن"],
    ["narration with كتب", "كتب ترامب على تويتر أن الاجتماع كان مثمرا"],
    ["a masthead role", "رئيس التحرير: سامي عبد الفتاح"],
    ["a body sentence", "قال الوزير إن الحكومة ستقر الخطة خلال أيام."],
    ["a name alone", "أحمد الريدي"],
    ["a list item", "- الطريق الموازي من جهة الشرق"],
  ])("%s: %s", (_name, text) => {
    expect(fields(text, header)).toBeNull();
  });
});

describe("readInlineOrigin: at the start of a paragraph", () => {
  it.each([
    [
      "CNN",
      "دبي، الإمارات العربية المتحدة (CNN)-- قضت المحكمة العسكرية بإعدام 17 متهما في القضية.",
      "CNN",
      "دبي، الإمارات العربية المتحدة",
      null,
      "دبي، الإمارات العربية المتحدة (CNN)-- ",
    ],
    [
      "CNN with an em dash",
      "نيويورك، الولايات المتحدة الأمريكية (CNN)— قال سفير المملكة إن نسبة النساء أكبر.",
      "CNN",
      "نيويورك، الولايات المتحدة الأمريكية",
      null,
      "نيويورك، الولايات المتحدة الأمريكية (CNN)— ",
    ],
    [
      "PLACE (AGENCY) -",
      "لندن (رويترز) - ارتفعت أسعار النفط اليوم بعد بيانات المخزون.",
      "رويترز",
      "لندن",
      null,
      "لندن (رويترز) - ",
    ],
    [
      "NAME- OUTLET:",
      "فهد العتيبي- سبق: تدخل الأرض في نهر من الشهب التي يخلفها مذنب.",
      "سبق",
      null,
      "فهد العتيبي",
      "فهد العتيبي- سبق: ",
    ],
    [
      "NAME- OUTLET- PLACE:",
      "سعد الحربي- سبق- الرياض: توقع المركز الوطني للأرصاد هطول أمطار رعدية.",
      "سبق",
      "الرياض",
      "سعد الحربي",
      "سعد الحربي- سبق- الرياض: ",
    ],
    [
      "PLACE - AGENCY:",
      "الرياض - واس: أعلنت الهيئة العامة للإحصاء ارتفاع الصادرات.",
      "واس",
      "الرياض",
      null,
      "الرياض - واس: ",
    ],
    ["PLACE -", "بيروت - بدأ الجيش انتشارا واسعا على الحدود الجنوبية.", null, "بيروت", null, "بيروت - "],
  ])("%s", (_name, text, agency, location, author, prefix) => {
    const found = readInlineOrigin(text, m, DEFAULT_LEXICON);
    expect(found?.origin.agency).toBe(agency);
    expect(found?.origin.location).toBe(location);
    expect(found?.origin.authors[0] ?? null).toBe(author);
    expect(text.slice(0, found?.end ?? 0)).toBe(prefix);
  });

  it.each([
    ["TALAA colon prefix", ": أعلن رئيس المحكمة أن الجلسات ستعقد في أكاديمية الشرطة."],
    ["a speaker's colon", "وقال الوزير: إن الحكومة ماضية في خطتها الاقتصادية."],
    ["an age in brackets", "قال الرئيس (78 عاما) - في كلمة له - إن البلاد بخير."],
    ["a sentence with a dash later", "أعلنت الحكومة اليوم خطة جديدة - بحسب بيان رسمي - لدعم المزارعين."],
    ["a name before a colon", "أحمد علي: لن نتراجع عن مطالبنا مهما كانت الظروف."],
  ])("not %s", (_name, text) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)).toBeNull();
  });
});

describe("the agency lexicon is extendable", () => {
  it("reads an outlet added by the user", () => {
    const lexicon = extendLexicon({ page: { agencies: ["وكالة أنباء المدينة"] } });
    const extended = pageMatchers(lexicon);
    expect(readOrigin("بيروت - وكالة أنباء المدينة", extended, lexicon, body)?.agency).toBe(
      "وكالة أنباء المدينة",
    );
    expect(readOrigin("بيروت - النهار العربي", extended, lexicon, body)).toBeNull();
  });

  it("reads a place added by the user", () => {
    const lexicon = extendLexicon({ page: { places: ["تطاوين"] } });
    expect(readOrigin("تطاوين - رويترز", pageMatchers(lexicon), lexicon, body)?.location).toBe("تطاوين");
  });
});

describe("readOrigin: what the early exits must leave as it was", () => {
  it("a marked byline of many reporters reads the dateline after its bar with that part's own word count", () => {
    const line = "كتب: أحمد علي ومحمد حسن وسالم خالد وعمر سعيد وخالد يوسف وعلي محمود | القاهرة - رويترز";
    expect(fields(line)).toEqual([
      null,
      "أحمد علي، محمد حسن، سالم خالد، عمر سعيد، خالد يوسف، علي محمود",
      "رويترز",
      "القاهرة",
    ]);
  });

  it("the words of a date do not count towards the longest dateline", () => {
    const line = "الرياض الأحد 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس";
    expect(fields(line, body)?.slice(2)).toEqual(["واس", "الرياض"]);
  });

  it.each([
    ["a name alone", "أحمد علي"],
    [
      "a title of fifteen words without a digit",
      "الحكومة تقر خطة جديدة لدعم صغار المزارعين في محافظات الصعيد تشمل الأسمدة والتمويل والبذور",
    ],
    ["a phrase the lexicon does not know", "ترحيبات بافتتاح المقر"],
  ])("%s is no origin", (_name, text) => {
    expect(fields(text)).toBeNull();
  });

  it.each([
    ["two known phrases glued", "سمارت تركيا", "سمارت", "تركيا"],
    ["an unknown place before a reporter", "الغردقة - أحمد علي", null, "الغردقة"],
    ["a bullet before the dateline", "• بيروت - رويترز", "رويترز", "بيروت"],
  ])("%s: %s", (_name, text, agency, location) => {
    const f = fields(text);
    expect(f?.[2]).toBe(agency);
    expect(f?.[3]).toBe(location);
  });
});
