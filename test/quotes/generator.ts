/**
 * A generator of made-up Arabic news pages in every way a speaker is named (seeded): a title line, a lead
 * paragraph and paragraphs of quotes built from invented names, titles, bodies, countries and statements.
 * Each page comes with the quotes an annotator would list under the corpus README ("Quotes"): kind, speaker
 * (the fullest name, honorifics dropped; an unnamed source by its description; a body by its name), role (the
 * title of the fullest mention, nisba and place words kept) and organization (the body named apart from the
 * speaker; for a unit of a parent body the parent, as the dev gold does for الدائرة الخامسة بمحكمة …, إدارة …
 * بالوزارة, قسم … بجامعة …; `null` for a bare minister's title, which names no body, for a body speaking
 * for itself and for an unnamed source).
 */
import { QUOTE_PAIRS } from "../arbitraries/fragments.js";
import { type Random, random } from "../ticker/generator.js";

export { random };

/** One quote a reader would list. */
export interface ExpectedQuote {
  readonly kind: "direct" | "indirect";
  readonly speaker: string;
  readonly role: string | null;
  readonly organization: string | null;
  /** The first five words of the content (corpus README, text_start). */
  readonly textStart: string;
  /** Fields the README leaves open for this quote: not scored (say why where the quote is made). */
  readonly unscored?: readonly ("role" | "organization")[];
}

/** A made-up page and its quotes. */
export interface GeneratedPage {
  readonly page: string;
  readonly quotes: ExpectedQuote[];
}

/** A speaker as the page names them, and what the gold says of them. */
interface Speaker {
  /** The words of the sentence that name the speaker (after the cue). */
  readonly mention: string;
  readonly name: string;
  readonly role: string | null;
  readonly organization: string | null;
  readonly female: boolean;
  /** The last word(s) of the name, for a back-reference; empty for a body or unnamed source. */
  readonly surname: string;
  /** A plural speaker (الأطباء): plural verbs in continuations. */
  readonly plural?: boolean;
  /** Fields the README leaves open for this speaker (see `ExpectedQuote.unscored`). */
  readonly unscored?: readonly ("role" | "organization")[];
}

const MALE_GIVEN = [
  "سامي",
  "خالد",
  "طارق",
  "فراس",
  "نبيل",
  "هشام",
  "عمر",
  "وليد",
  "زياد",
  "مازن",
  "كريم",
  "عادل",
  "منير",
  "جمال",
  "حسام",
  "إياد",
  "ماهر",
  "باسل",
  "رائد",
  "أنور",
  "صالح",
  "يوسف",
  "مراد",
  "نزار",
];
const FEMALE_GIVEN = [
  "ليلى",
  "سعاد",
  "هدى",
  "رنا",
  "منى",
  "سلمى",
  "نادية",
  "ريم",
  "دينا",
  "هالة",
  "سناء",
  "لمياء",
  "عبير",
  "وفاء",
];
/** Family names of one word, a few without the article. */
const FAMILY = [
  "العمري",
  "الحداد",
  "الزعبي",
  "الشمري",
  "القحطاني",
  "بوزيد",
  "النجار",
  "الخطيب",
  "السعدي",
  "الرفاعي",
  "حمدان",
  "عياد",
  "منصور",
  "الدباغ",
  "الكبيسي",
  "الطرابلسي",
  "المومني",
  "الجبوري",
  "العلوي",
  "الفاسي",
  "درويش",
  "قاسم",
];
/** Names written with a particle: بن، ولد، أبو، آل، عبد ال… (whole name, surname for back-references). */
const PARTICLE_NAMES: readonly (readonly [string, string])[] = [
  ["عبد الله بن سعيد الغامدي", "الغامدي"],
  ["فهد بن ناصر العتيبي", "العتيبي"],
  ["محمد ولد الشيخ سيديا", "ولد الشيخ سيديا"],
  ["أحمد ولد عبد الرحمن", "ولد عبد الرحمن"],
  ["أبو بكر الزين", "الزين"],
  ["أبو الفضل السوداني", "السوداني"],
  ["سعود آل مرعي", "آل مرعي"],
  ["ناصر آل زمانان", "آل زمانان"],
  ["عبد الرحمن الشهري", "الشهري"],
  ["عبد الكريم بن حسن", "بن حسن"],
  ["محمد عبد الحميد النجار", "النجار"],
  ["عبد العزيز أبو زيد", "أبو زيد"],
  ["عبد الحكيم ولد محمد", "ولد محمد"],
  ["مصطفى عبد الغني الأحمد", "الأحمد"],
];

/** Country adjectives, masculine and feminine. */
const NISBA: readonly (readonly [string, string])[] = [
  ["الأردني", "الأردنية"],
  ["العراقي", "العراقية"],
  ["التونسي", "التونسية"],
  ["المغربي", "المغربية"],
  ["اللبناني", "اللبنانية"],
  ["الليبي", "الليبية"],
  ["الكويتي", "الكويتية"],
  ["السوداني", "السودانية"],
];
const CITIES = ["عمان", "إربد", "صفاقس", "البصرة", "طرابلس", "الزرقاء", "وهران", "صيدا"];

/** Titles that name no body (organization null), masculine and feminine; a country adjective may follow. */
const PLAIN_TITLES: readonly (readonly [string, string, boolean])[] = [
  ["وزير الصحة", "وزيرة الصحة", true],
  ["وزير المالية", "وزيرة المالية", true],
  ["وزير التربية والتعليم", "وزيرة التربية والتعليم", true],
  ["وزير النقل", "وزيرة النقل", true],
  ["وزير الخارجية", "وزيرة الخارجية", true],
  ["وزير الزراعة", "وزيرة الزراعة", true],
  ["رئيس الوزراء", "رئيسة الوزراء", true],
  ["المحلل الاقتصادي", "المحللة الاقتصادية", false],
  ["الخبير في شؤون الطاقة", "الخبيرة في شؤون الطاقة", false],
  ["الباحث في علم الاجتماع", "الباحثة في علم الاجتماع", false],
];
/** Heads of a body: the title is HEAD + BODY, the organization BODY. */
const HEADS: readonly (readonly [string, string])[] = [
  ["رئيس", "رئيسة"],
  ["مدير", "مديرة"],
  ["المتحدث باسم", "المتحدثة باسم"],
  ["نائب رئيس", "نائبة رئيس"],
  ["الأمين العام ل", "الأمينة العامة ل"],
];
/** Bodies a title can head. */
const BODIES = [
  "بلدية الزرقاء",
  "بلدية صفاقس",
  "شركة الكهرباء الوطنية",
  "هيئة تنظيم قطاع الاتصالات",
  "جمعية حماية المستهلك",
  "نقابة المهندسين الزراعيين",
  "جامعة اليرموك",
  "المرصد العراقي لحقوق الإنسان",
  "مؤسسة الموانئ البحرية",
  "الاتحاد العام للشغل",
  "الهيئة العامة للاستثمار",
  "شركة مياه الجنوب",
  "الجمعية الوطنية لمربي الدواجن",
  "غرفة صناعة البصرة",
];

/** HEAD + BODY with the preposition ل glued (ل + ال → لل). */
function headed(head: string, body: string): string {
  return head.endsWith(" ل") ? `${head.slice(0, -2)} ${withL(body)}` : `${head} ${body}`;
}

/** The preposition ل glued to a word: ل + ال → لل (لالمحلل is never written). */
function withL(word: string): string {
  return word.startsWith("ال") ? `لل${word.slice(2)}` : `ل${word}`;
}

/** Honorifics and ranks the gold drops from the name (and from the role). */
const HONORIFICS: readonly (readonly [string, string])[] = [
  ["الدكتور", "الدكتورة"],
  ["المهندس", "المهندسة"],
  ["اللواء", "الدكتورة"],
  ["الشيخ", "الشيخة"],
  ["المستشار", "المستشارة"],
  ["الأستاذ", "الأستاذة"],
];

/** Statements: the first four words differ from one another. */
const CONTENTS = [
  "الأعمال ستنتهي قبل نهاية العام الجاري",
  "الوزارة تعمل على توفير الأدوية لجميع المراكز الصحية",
  "أسعار المواد الغذائية ستبقى مستقرة خلال الأشهر المقبلة",
  "عدد المصابين ارتفع إلى سبعة أشخاص بينهم طفلان",
  "الطريق سيعاد فتحه أمام حركة السير صباح الغد",
  "المشروع يوفر أكثر من ألفي فرصة عمل للشباب",
  "التحقيقات ما زالت جارية لمعرفة أسباب الحريق",
  "الموازنة الجديدة تتضمن زيادة في مخصصات التعليم",
  "الشركة لم تتلق أي شكوى رسمية حتى الآن",
  "المياه ستصل إلى الأحياء الشرقية خلال أيام",
  "نسبة النجاح هذا العام كانت الأعلى منذ عقد",
  "الفرق الميدانية تمكنت من السيطرة على النيران بالكامل",
  "الاتفاق الجديد سيخفف الأعباء عن صغار المزارعين",
  "الدراسة في المدارس ستستأنف يوم الأحد المقبل",
  "الحكومة ماضية في خطتها لإصلاح قطاع الطاقة",
  "الاحتياطي من القمح يكفي لستة أشهر على الأقل",
  "المعبر سيبقى مغلقا حتى إشعار آخر",
  "التعديلات الأخيرة جاءت استجابة لمطالب المواطنين",
  "الأضرار اقتصرت على الممتلكات ولم تسجل أي إصابات",
  "البلدية خصصت ميزانية إضافية لصيانة الطرق الداخلية",
  "الأسواق شهدت إقبالا كبيرا في الأيام الأخيرة",
  "معظم المرضى غادروا المستشفى بعد تلقي العلاج",
  "الخطة تشمل إنشاء ثلاث محطات جديدة لتحلية المياه",
  "الرحلات الجوية ستعود إلى جدولها المعتاد الأسبوع المقبل",
  "التضخم تراجع بشكل ملحوظ خلال الربع الأخير",
  "الحملة ستستمر حتى ضبط جميع المخالفين",
  "المستشفى استقبل عشرات الحالات منذ ساعات الصباح",
  "الظروف الجوية أعاقت عمل فرق الإنقاذ لساعات",
  "القرار يهدف إلى حماية المستهلك من الغش التجاري",
  "المفاوضات مع النقابة وصلت إلى مراحل متقدمة",
  "الصادرات الزراعية ارتفعت بنسبة عشرين بالمئة هذا العام",
  "المدارس الحكومية تحتاج إلى مئات المعلمين الجدد",
  "مخزون الوقود في المحطات كاف لتلبية الطلب",
  "الإصلاحات المطلوبة تحتاج إلى وقت وإرادة سياسية",
  "الشرطة ألقت القبض على ثلاثة مشتبه بهم",
  "الطلب على الكهرباء وصل إلى مستوى قياسي مساء أمس",
  "المصنع سيعود إلى العمل بطاقته الكاملة قريبا",
  "برنامج الدعم النقدي سيشمل آلاف الأسر الفقيرة",
  "المحكمة ستنظر في القضية الشهر المقبل",
  "الفيضانات ألحقت أضرارا كبيرة بالمحاصيل في السهل",
  "التعاون بين البلدين يشهد تطورا مستمرا منذ سنوات",
  "الكوادر الطبية تعمل على مدار الساعة دون توقف",
];

/** Narration with no speech in it, put between a quote and its continuation. */
const NARRATION = [
  "ويأتي ذلك في ظل ارتفاع ملحوظ في أعداد المراجعين خلال الأسابيع الماضية.",
  "وكانت الحكومة قد أقرت الشهر الماضي حزمة من الإجراءات لدعم القطاع الخاص.",
  "وشهدت المنطقة خلال الأيام الأخيرة أمطارا غزيرة تسببت في إغلاق عدد من الطرق.",
  "وتعاني المدينة منذ سنوات من نقص في الخدمات الأساسية.",
  "ويقدر عدد سكان المحافظة بنحو مليوني نسمة.",
  "واتخذت هذه الخطوة بعد سلسلة من الاجتماعات بين الجهات المعنية.",
  "وتستمر أعمال الصيانة في عدد من المرافق العامة منذ مطلع الشهر.",
];
/** Page titles. */
const TITLES = [
  "الحكومة تطلق خطة لتحديث شبكة المياه",
  "ارتفاع أسعار الخضار في الأسواق المركزية",
  "إغلاق الطريق الصحراوي بسبب العاصفة الرملية",
  "موجة حر تضرب البلاد مع بداية الصيف",
  "البرلمان يناقش مشروع قانون الضمان الاجتماعي",
  "حريق في مستودع للمواد الغذائية جنوب المدينة",
];
/** Lead paragraphs with no speech in them. */
const LEADS = [
  "شهدت العاصمة اليوم الأحد اجتماعا موسعا لبحث أوضاع الخدمات العامة في المحافظات.",
  "تواصلت أمس الاثنين أعمال اللجنة المكلفة بمتابعة ملف الأسعار في الأسواق المحلية.",
  "عقدت الجهات الرسمية لقاء تشاوريا لمناقشة الاستعدادات لفصل الشتاء.",
];

/** Quotation marks of the three kinds the corpus mixes. */
const MARKS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["«", "»"],
  ["“", "”"],
];

/** The first five words of a statement. */
const firstFive = (text: string) => text.split(/\s+/).slice(0, 5).join(" ");

/** A page under construction: its paragraphs and quotes, with statements drawn without repeats. */
class Page {
  readonly paragraphs: string[] = [];
  readonly quotes: ExpectedQuote[] = [];
  private readonly contents: string[];
  private readonly narrations: string[];
  constructor(readonly rng: Random) {
    this.contents = rng.sample(CONTENTS, CONTENTS.length);
    this.narrations = rng.sample(NARRATION, NARRATION.length);
    if (rng.chance(0.6)) this.paragraphs.push(rng.pick(LEADS));
  }
  /** A fresh statement. */
  content(): string {
    return this.contents.pop()!;
  }
  /** A narration sentence not used yet on the page. */
  narration(): string {
    return this.narrations.pop()!;
  }
  /** `"text"` in one of the three kinds of mark. */
  quoted(text: string): string {
    const [open, close] = this.rng.pick(MARKS);
    return `${open}${text}${close}`;
  }
  /** Records a quote of `speaker` whose content is `text`. */
  expect(kind: "direct" | "indirect", speaker: Speaker, text: string): void {
    this.quotes.push({
      kind,
      speaker: speaker.name,
      role: speaker.role,
      organization: speaker.organization,
      textStart: firstFive(text),
      ...(speaker.unscored ? { unscored: speaker.unscored } : {}),
    });
  }
  done(): GeneratedPage {
    const rng = this.rng;
    if (rng.chance(0.5)) this.paragraphs.push(this.narration());
    return { page: [rng.pick(TITLES), ...this.paragraphs].join("\n"), quotes: this.quotes };
  }
}

/** A personal name of two or three words. */
function personName(rng: Random, female: boolean): [string, string] {
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  const family = rng.pick(FAMILY);
  return rng.chance(0.25)
    ? [`${given} ${rng.pick(MALE_GIVEN)} ${family}`, family]
    : [`${given} ${family}`, family];
}

/** A title naming no body, maybe with a country adjective. */
function plainTitle(rng: Random, female: boolean): string {
  const [m, f, nisba] = rng.pick(PLAIN_TITLES);
  const title = female ? f : m;
  if (!nisba || rng.chance(0.4)) return title;
  const [nm, nf] = rng.pick(NISBA);
  // The adjective agrees with the head noun of the title (وزير الصحة الأردني, وزيرة الصحة الأردنية).
  return `${title} ${female ? nf : nm}`;
}

/** A title heading a body: [role, organization]. */
function bodyTitle(rng: Random, female: boolean): [string, string] {
  const [m, f] = rng.pick(HEADS);
  const body = rng.pick(BODIES);
  return [headed(female ? f : m, body), body];
}

/** A title of either kind: [role, organization]. */
function anyTitle(rng: Random, female: boolean): [string, string | null] {
  return rng.chance(0.5) ? [plainTitle(rng, female), null] : bodyTitle(rng, female);
}

/** A named person with a title, mentioned `TITLE NAME` or `NAME، TITLE،`. */
function titledPerson(
  rng: Random,
  opts: {
    female?: boolean;
    order?: "titleName" | "nameTitle";
    title?: [string, string | null];
    name?: [string, string];
  } = {},
): Speaker {
  const female = opts.female ?? rng.chance(0.25);
  const [name, surname] = opts.name ?? personName(rng, female);
  const [role, organization] = opts.title ?? anyTitle(rng, female);
  const order = opts.order ?? (rng.chance(0.6) ? "titleName" : "nameTitle");
  const mention = order === "titleName" ? `${role} ${name}` : `${name}، ${role}،`;
  return { mention, name, role, organization, female, surname };
}

/** The verb forms of one cue: masculine, feminine, plural, and what introduces its content. */
interface Verb {
  readonly m: string;
  readonly f: string;
  readonly p: string;
  /** Words between the speaker and an indirect statement. */
  readonly comp: readonly string[];
}
const SAY: Verb = { m: "قال", f: "قالت", p: "قالوا", comp: ["إن"] };
const VERBS: readonly Verb[] = [
  SAY,
  { m: "أكد", f: "أكدت", p: "أكدوا", comp: ["أن", "بأن"] },
  { m: "أوضح", f: "أوضحت", p: "أوضحوا", comp: ["أن"] },
  { m: "أشار", f: "أشارت", p: "أشاروا", comp: ["إلى أن"] },
  { m: "ذكر", f: "ذكرت", p: "ذكروا", comp: ["أن"] },
  { m: "صرح", f: "صرحت", p: "صرحوا", comp: ["بأن"] },
  { m: "لفت", f: "لفتت", p: "لفتوا", comp: ["إلى أن"] },
  { m: "شدد", f: "شددت", p: "شددوا", comp: ["على أن"] },
  { m: "كشف", f: "كشفت", p: "كشفوا", comp: ["أن"] },
  { m: "أفاد", f: "أفادت", p: "أفادوا", comp: ["بأن", "أن"] },
  { m: "بين", f: "بينت", p: "بينوا", comp: ["أن"] },
  { m: "أعلن", f: "أعلنت", p: "أعلنوا", comp: ["أن"] },
];
/** Verbs of a continuation. */
const CONTINUE: readonly Verb[] = [
  { m: "أضاف", f: "أضافت", p: "أضافوا", comp: ["أن"] },
  { m: "تابع", f: "تابعت", p: "تابعوا", comp: ["أن"] },
  { m: "أردف", f: "أردفت", p: "أردفوا", comp: ["أن"] },
  { m: "أوضح", f: "أوضحت", p: "أوضحوا", comp: ["أن"] },
];

const form = (verb: Verb, s: Speaker) => (s.plural ? verb.p : s.female ? verb.f : verb.m);
/** The verb form that stands BEFORE its subject: singular even for a plural subject (قال الأطباء). */
const formBefore = (verb: Verb, s: Speaker) => (s.female ? verb.f : verb.m);

/**
 * `[و]VERB SPEAKER COMP TEXT.` (indirect), `VERB SPEAKER: "TEXT".` (direct) or `VERB SPEAKER: TEXT.` (indirect,
 * unquoted after a colon), pushed as a paragraph and recorded.
 */
function statement(page: Page, s: Speaker, verb: Verb = page.rng.pick(VERBS), lead = ""): string {
  const rng = page.rng;
  const text = page.content();
  const conj = lead ? "" : rng.pick(["", "و", "و"]);
  const head = `${lead}${conj}${formBefore(verb, s)} ${s.mention}`;
  const mode = rng.int(0, 9);
  let sentence: string;
  if (mode < 6) {
    sentence = `${head} ${rng.pick(verb.comp)} ${text}.`;
    page.expect("indirect", s, text);
  } else if (mode < 9) {
    sentence = `${head.replace(/،$/, "")}: ${page.quoted(text)}.`;
    page.expect("direct", s, text);
  } else {
    sentence = `${head.replace(/،$/, "")}: ${text}.`;
    page.expect("indirect", s, text);
  }
  return sentence;
}

/** A continuation with no subject: `وأضاف أن …` / `وتابع: "…"` / `وأضافت قائلة: "…"`. */
function continuation(page: Page, s: Speaker): string {
  const rng = page.rng;
  const verb = rng.pick(CONTINUE);
  const text = page.content();
  if (rng.chance(0.5)) {
    page.expect("indirect", s, text);
    return `و${form(verb, s)} ${rng.pick(verb.comp)} ${text}.`;
  }
  page.expect("direct", s, text);
  return `و${form(verb, s)}: ${page.quoted(text)}.`;
}

/** A page builder: one way of naming a speaker. */
export type Shape = (rng: Random) => GeneratedPage;

/** `قال وزير الصحة سامي الحداد إن …`: the title before the name. */
const titleName: Shape = (rng) => {
  const page = new Page(rng);
  for (let k = rng.int(1, 2); k > 0; k--) {
    const s = titledPerson(rng, { order: "titleName" });
    page.paragraphs.push(statement(page, s));
  }
  return page.done();
};

/** `قال سامي الحداد، رئيس بلدية الزرقاء، إن …`: the title after the name, between commas. */
const nameCommaTitle: Shape = (rng) => {
  const page = new Page(rng);
  for (let k = rng.int(1, 2); k > 0; k--) {
    const s = titledPerson(rng, { order: "nameTitle" });
    page.paragraphs.push(statement(page, s));
  }
  return page.done();
};

/** Honorifics and ranks before the name, dropped from it: `قال وزير النقل المهندس سامي الحداد`. */
const honorifics: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.25);
  const [name, surname] = personName(rng, female);
  const [role, organization] = anyTitle(rng, female);
  const [hm, hf] = rng.pick(HONORIFICS);
  const honorific = female ? hf : hm;
  const mention = rng.chance(0.6) ? `${role} ${honorific} ${name}` : `${honorific} ${name}، ${role}،`;
  page.paragraphs.push(statement(page, { mention, name, role, organization, female, surname }));
  return page.done();
};

/** Long title chains ending in a body. */
function longChain(rng: Random, female: boolean): [string, string] {
  const city = rng.pick(CITIES);
  const chains: (() => [string, string])[] = [
    () => [
      `${female ? "نائبة" : "نائب"} رئيس مجلس إدارة غرفة تجارة وصناعة ${city}`,
      `غرفة تجارة وصناعة ${city}`,
    ],
    () => {
      const gov = rng.pick(["الوفاق الوطني", "الوحدة الوطنية", "تصريف الأعمال", "الإنقاذ"]);
      // The spokesman speaks for the ministry (المتحدث باسم وزارة …): the ministry is the organization.
      return [`${female ? "المتحدثة" : "المتحدث"} باسم وزارة الداخلية في حكومة ${gov}`, "وزارة الداخلية"];
    },
    () => {
      const h = rng.pick(["الملك عبد الله", "ابن سينا", "الأمير حمزة", "الرازي", "الحسين"]);
      return [`${female ? "مديرة" : "مدير"} عام مستشفى ${h} الجامعي`, `مستشفى ${h} الجامعي`];
    },
    () => [
      `${female ? "رئيسة" : "رئيس"} مجلس إدارة الشركة الوطنية للنقل البحري`,
      "الشركة الوطنية للنقل البحري",
    ],
  ];
  return rng.pick(chains)();
}

/** `قال نائب رئيس مجلس إدارة غرفة تجارة وصناعة إربد …`: a long title chain with its body. */
const longTitles: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.25);
  const title = longChain(rng, female);
  const s = titledPerson(rng, { female, title });
  page.paragraphs.push(statement(page, s));
  return page.done();
};

/** `مدير دائرة … في وزارة …`: a unit of a parent body; the organization is the parent. */
const unitOfParent: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.25);
  const units: (() => [string, string])[] = [
    () => {
      const unit = rng.pick([
        "الشؤون القانونية",
        "الإحصاء",
        "التخطيط",
        "العلاقات العامة",
        "الرقابة الداخلية",
      ]);
      const ministry = `وزارة ${rng.pick(["العدل", "الزراعة", "البيئة", "الصحة", "المياه والري"])}`;
      return [`${female ? "مديرة" : "مدير"} دائرة ${unit} في ${ministry}`, ministry];
    },
    () => {
      const unit = rng.pick(["الطوارئ", "أمراض القلب", "الأطفال", "الأشعة"]);
      const hospital = `مستشفى ${rng.pick(["البشير", "الزهراء", "الأمل", "السلام"])}`;
      return [`${female ? "رئيسة" : "رئيس"} قسم ${unit} في ${hospital}`, hospital];
    },
    () => {
      const unit = rng.pick(["المرور", "الجوازات", "الدفاع المدني"]);
      return [`${female ? "مديرة" : "مدير"} إدارة ${unit} بوزارة الداخلية`, "وزارة الداخلية"];
    },
    () => {
      const unit = rng.pick(["الهندسة", "الطب", "الحقوق", "الزراعة"]);
      const university = `جامعة ${rng.pick(["اليرموك", "صفاقس", "البصرة", "وهران"])}`;
      return [`${female ? "عميدة" : "عميد"} كلية ${unit} في ${university}`, university];
    },
  ];
  const title = rng.pick(units)();
  page.paragraphs.push(statement(page, titledPerson(rng, { female, title })));
  return page.done();
};

/** Bodies speaking, with their grammatical gender. */
const SPEAKING_BODIES: readonly (readonly [string, boolean])[] = [
  ["وزارة الصحة الأردنية", true],
  ["وزارة الزراعة", true],
  ["شركة الكهرباء الوطنية", true],
  ["هيئة تنظيم قطاع الاتصالات", true],
  ["المديرية العامة للدفاع المدني", true],
  ["بلدية صفاقس", true],
  ["المرصد العراقي لحقوق الإنسان", false],
  ["الجيش اللبناني", false],
  ["البنك المركزي العراقي", false],
  ["الاتحاد العام للشغل", false],
  ["المكتب الوطني للسياحة", false],
];

/** `قالت وزارة الصحة …`, `ذكر بيان صادر عن …`, `أعلنت شركة …`: a body speaks for itself. */
const bodySpeakers: Shape = (rng) => {
  const page = new Page(rng);
  const [name, female] = rng.pick(SPEAKING_BODIES);
  const s: Speaker = { mention: name, name, role: null, organization: null, female, surname: "" };
  const text = page.content();
  const variant = rng.int(0, 3);
  if (variant === 0) {
    page.paragraphs.push(`${female ? "وقالت" : "وقال"} ${name} في بيان إن ${text}.`);
    page.expect("indirect", s, text);
  } else if (variant === 1) {
    // The statement is given to its issuer.
    page.paragraphs.push(`وذكر بيان صادر عن ${name} أن ${text}.`);
    page.expect("indirect", s, text);
  } else if (variant === 2) {
    page.paragraphs.push(`${female ? "أعلنت" : "أعلن"} ${name}، اليوم الثلاثاء، أن ${text}.`);
    page.expect("indirect", s, text);
  } else {
    page.paragraphs.push(`${female ? "وأكدت" : "وأكد"} ${name} في بيان: ${page.quoted(text)}.`);
    page.expect("direct", s, text);
  }
  return page.done();
};

/** `مصدر أمني`, `مصادر مطلعة في …`: the description as written, no role or organization. */
const anonymousSources: Shape = (rng) => {
  const page = new Page(rng);
  const ministry = `وزارة ${rng.pick(["الداخلية", "المالية", "الصحة", "النفط"])}`;
  const sources: [string, boolean][] = [
    ["مصدر أمني", false],
    ["مصدر طبي", false],
    [`مصدر مسؤول في ${ministry}`, false],
    ["مصدر مطلع", false],
    [`مصادر مطلعة في ${ministry}`, true],
    ["مصادر محلية", true],
    [`مصادر في ${rng.pick(BODIES)}`, true],
  ];
  const [name, female] = rng.pick(sources);
  const s: Speaker = { mention: name, name, role: null, organization: null, female, surname: "" };
  page.paragraphs.push(statement(page, s, rng.pick([SAY, VERBS[1]!, VERBS[9]!, VERBS[2]!])));
  return page.done();
};

/** `قال الأطباء إن …`: a plural speaker, and its plural continuation. */
const pluralSpeakers: Shape = (rng) => {
  const page = new Page(rng);
  const name = rng.pick([
    "الأطباء",
    "السكان",
    "المزارعون",
    "المحتجون",
    "ناشطون",
    "التجار",
    "الأهالي",
    "المعلمون",
  ]);
  const s: Speaker = {
    mention: name,
    name,
    role: null,
    organization: null,
    female: false,
    surname: "",
    plural: true,
  };
  page.paragraphs.push(statement(page, s, rng.pick([SAY, VERBS[1]!, VERBS[2]!])));
  if (rng.chance(0.5)) page.paragraphs.push(continuation(page, s));
  return page.done();
};

/** A woman speaking: feminine verbs, `مضيفة`, `قائلة`, `وأضافت`. */
const women: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng, { female: true });
  const text = page.content();
  const variant = rng.int(0, 2);
  if (variant === 0) {
    const more = page.content();
    page.paragraphs.push(`${rng.pick(["", "و"])}قالت ${s.mention} إن ${text}، مضيفة أن ${more}.`);
    page.expect("indirect", s, text);
    page.expect("indirect", s, more);
  } else if (variant === 1) {
    page.paragraphs.push(`وتحدثت ${s.mention} عن خطة العام المقبل، قائلة: ${page.quoted(text)}.`);
    page.expect("direct", s, text);
  } else {
    page.paragraphs.push(`وأكدت ${s.mention} أن ${text}.`);
    page.expect("indirect", s, text);
    page.paragraphs.push(page.narration());
    page.paragraphs.push(continuation(page, s));
  }
  return page.done();
};

/** `نقلت وكالة … عن TITLE NAME قوله إن …`: the speaker is the original source. */
const reportedBy: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng, { order: "titleName" });
  const agency = rng.pick([
    "نقلت وكالة الأنباء الأردنية",
    "نقلت وكالة رويترز",
    "ونقلت صحيفة الصباح",
    "ونقل التلفزيون الرسمي",
    "نقل موقع الحرة",
  ]);
  const text = page.content();
  const pronoun = s.female ? "قولها" : "قوله";
  if (rng.chance(0.6)) {
    page.paragraphs.push(`${agency} عن ${s.mention} ${pronoun} إن ${text}.`);
    page.expect("indirect", s, text);
  } else {
    page.paragraphs.push(`${agency} عن ${s.mention} ${pronoun}: ${page.quoted(text)}.`);
    page.expect("direct", s, text);
  }
  return page.done();
};

/** Names with بن، ولد، أبو، آل، عبد ال…. */
const particleNames: Shape = (rng) => {
  const page = new Page(rng);
  const name = rng.pick(PARTICLE_NAMES);
  const s = titledPerson(rng, { female: false, name: [name[0], name[1]] });
  page.paragraphs.push(statement(page, s));
  return page.done();
};

/** Cues of every kind, each with a titled speaker in the same sentence. */
const cueForms: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng, { female: false });
  const text = page.content();
  const m = s.mention.replace(/،$/, "");
  const q = page.quoted(text);
  const forms: [string, "direct" | "indirect"][] = [
    [`فقال ${s.mention} إن ${text}.`, "indirect"],
    [`ويقول ${s.mention} إن ${text}.`, "indirect"],
    [`ونوه ${s.mention} إلى أن ${text}.`, "indirect"],
    [`واعتبر ${s.mention} أن ${text}.`, "indirect"],
    [`ورأى ${s.mention} أن ${text}.`, "indirect"],
    [`وأكد ${s.mention} في تصريح صحفي أن ${text}.`, "indirect"],
    [`وقال ${s.mention} في تصريح لـ"الغد": ${q}.`, "direct"],
    [`وأوضح ${m}: ${q}.`, "direct"],
    [`وتحدث ${s.mention} عن الخطة الجديدة، مشيرا إلى أن ${text}.`, "indirect"],
    [`واستعرض ${s.mention} نتائج العام الماضي، مؤكدا أن ${text}.`, "indirect"],
    [`وزار ${s.mention} الموقع أمس، قائلا: ${q}.`, "direct"],
    [`وجاء في تصريح ${withL(s.mention)} أن ${text}.`, "indirect"],
    [`ونقل عن ${s.mention} قوله إن ${text}.`, "indirect"],
    [`وقال ${s.mention} إن ${q}.`, "direct"],
  ];
  const [sentence, kind] = rng.pick(forms);
  page.paragraphs.push(sentence);
  page.expect(kind, s, text);
  return page.done();
};

/** `"…"، هكذا علق TITLE NAME على …`: the quote before its cue. */
const quoteBeforeCue: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng, { order: "titleName" });
  const text = page.content();
  const tail = rng.pick([
    `هكذا ${s.female ? "علقت" : "علق"} ${s.mention} على القرار`,
    `هكذا ${s.female ? "وصفت" : "وصف"} ${s.mention} الوضع`,
    `${s.female ? "تقول" : "يقول"} ${s.mention}`,
    `${s.female ? "قالت" : "قال"} ${s.mention}`,
  ]);
  page.paragraphs.push(`${page.quoted(text)}، ${tail}.`);
  page.expect("direct", s, text);
  return page.done();
};

/** `…، بحسب ما أفاد به …` after its statement; `على حد تعبيره` repeating a quote's speaker (no new quote). */
const trailingAttribution: Shape = (rng) => {
  const page = new Page(rng);
  const s = rng.chance(0.5)
    ? titledPerson(rng, { order: "titleName", female: false })
    : { mention: "مصدر مطلع", name: "مصدر مطلع", role: null, organization: null, female: false, surname: "" };
  const text = page.content();
  const variant = rng.int(0, 3);
  if (variant === 0) page.paragraphs.push(`${text}، بحسب ما أفاد به ${s.mention}.`);
  else if (variant === 1) page.paragraphs.push(`${text}، وفق ما ذكره ${s.mention}.`);
  else if (variant === 2) page.paragraphs.push(`${text}، حسبما أكد ${s.mention}.`);
  else {
    page.paragraphs.push(`وأكد ${s.mention} أن ${text}، على حد تعبيره.`);
  }
  page.expect("indirect", s, text);
  return page.done();
};

/** A continuation after an intervening narration sentence: `وأضاف`, `وتابع` give the earlier speaker. */
const continuations: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng);
  const first = statement(page, s, SAY);
  const narration = page.narration();
  if (rng.chance(0.5)) {
    page.paragraphs.push(`${first} ${narration}`);
  } else {
    page.paragraphs.push(first, narration);
  }
  page.paragraphs.push(continuation(page, s));
  if (rng.chance(0.4)) page.paragraphs.push(continuation(page, s));
  return page.done();
};

/** `من جهته، قال …` / `بدوره، أكد …`: a new speaker after a first one, and its continuation. */
const newSpeaker: Shape = (rng) => {
  const page = new Page(rng);
  const a = titledPerson(rng);
  page.paragraphs.push(statement(page, a));
  const b = titledPerson(rng);
  const lead = b.female
    ? rng.pick(["من جهتها، ", "بدورها، ", "من جانبها، ", "في المقابل، "])
    : rng.pick(["من جهته، ", "بدوره، ", "من جانبه، ", "في المقابل، "]);
  page.paragraphs.push(statement(page, b, rng.pick(VERBS), lead));
  if (rng.chance(0.5)) page.paragraphs.push(continuation(page, b));
  return page.done();
};

/** A surname back-reference (`وقال الحداد`, `وأوضح "الحداد"`): the speaker is the fullest name. */
const surnameBackref: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng, { order: rng.chance(0.5) ? "titleName" : "nameTitle" });
  page.paragraphs.push(statement(page, s, SAY));
  page.paragraphs.push(page.narration());
  const back = rng.chance(0.7) ? s.surname : `"${s.surname}"`;
  const ref: Speaker = { ...s, mention: back };
  page.paragraphs.push(statement(page, ref, rng.pick(VERBS)));
  return page.done();
};

// ---------------------------------------------------------------------------------------------------------
// Round 7: more shapes, written from the README's annotation rules (not from khabar's rules).

/** Outlets after the preposition ل, as a page writes them (`في تصريح لـ"…"`, `لصحيفة …`). */
const OUTLETS_AFTER_L = [
  "لصحيفة الساحل",
  "لقناة الرافدين",
  "لموقع نبض الشارع",
  "لإذاعة صدى المدينة",
  'لـ"الفجر الجديد"',
  "لـ«البوصلة»",
  "لوكالة الأنباء الرسمية",
];
/** Outlets as the subject of نقل, with their grammatical gender. */
const RELAYING_OUTLETS: readonly (readonly [string, boolean])[] = [
  ["صحيفة الساحل", true],
  ["قناة الرافدين", true],
  ["وكالة الأنباء الرسمية", true],
  ["موقع نبض الشارع", false],
  ["التلفزيون الرسمي", false],
];
/** Verbs whose content follows a complementizer (with its preposition) after an apposition: not قال. */
const APPOSITION_VERBS: readonly Verb[] = [
  ...VERBS.filter((v) => v !== SAY),
  { m: "اعتبر", f: "اعتبرت", p: "اعتبروا", comp: ["أن"] },
  { m: "رأى", f: "رأت", p: "رأوا", comp: ["أن"] },
  { m: "نوه", f: "نوهت", p: "نوهوا", comp: ["إلى أن"] },
];
/** Where a statement was made, set off by commas after the speaker (besides `في تصريح لـOUTLET`). */
const OCCASIONS = ["في تصريح صحفي", "خلال مؤتمر صحفي عقده اليوم", "في حديث لوسائل الإعلام"];

/** The content after a complementizer: unquoted (indirect) or wholly quoted (direct, README "kind"). */
function complementContent(page: Page, s: Speaker, comp: string): string {
  const text = page.content();
  if (page.rng.chance(0.3)) {
    page.expect("direct", s, text);
    return `${comp} ${page.quoted(text)}`;
  }
  page.expect("indirect", s, text);
  return `${comp} ${text}`;
}

/**
 * `شدد X Y، TITLE، على أن …`, `أوضحت X Y، TITLE BODY، أن …`, `أكد TITLE BODY X Y، في تصريح لـOUTLET، أن …`:
 * a cue first, an apposition or an occasion set off by commas, then a complementizer (with its preposition).
 */
const appositionComplementizer: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.35);
  const s = titledPerson(rng, { female, order: rng.chance(0.6) ? "nameTitle" : "titleName" });
  const verb = rng.pick(APPOSITION_VERBS);
  const conj = rng.pick(["", "و", "و"]);
  const occasion = rng.chance(0.5)
    ? `${rng.chance(0.5) ? `في تصريح ${rng.pick(OUTLETS_AFTER_L)}` : rng.pick(OCCASIONS)}، `
    : "";
  // `NAME، TITLE،` already ends on its comma; `TITLE NAME` gets one before an occasion.
  const who = s.mention.endsWith("،") ? `${s.mention} ` : occasion ? `${s.mention}، ` : `${s.mention} `;
  const content = complementContent(page, s, rng.pick(verb.comp));
  page.paragraphs.push(`${conj}${formBefore(verb, s)} ${who}${occasion}${content}.`);
  return page.done();
};

/** Objects of a verb of describing or summing up, written after the speaker. */
const DESCRIBED = ["الوضع", "الوضع في المدينة", "المشهد", "حال الأسواق", "موقف الحكومة من الأزمة", "ما جرى"];

/**
 * The quote before its cue, with the verb's object after the speaker: `"…"، هكذا وصف X Y الوضع`,
 * `«…»، بهذه الكلمات لخص TITLE X Y …`, `"…"، يقول X Y، TITLE`. Direct; the speaker is X Y.
 */
const quoteBeforeCueObject: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.3);
  const order = rng.pick(["titleName", "nameTitle", "bare"] as const);
  let s: Speaker;
  if (order === "bare") {
    const [name, surname] = personName(rng, female);
    s = { mention: name, name, role: null, organization: null, female, surname };
  } else {
    s = titledPerson(rng, { female, order });
  }
  const v = (m: string, f: string) => (female ? f : m);
  // A mention `NAME، TITLE،` keeps its closing comma before an object, and drops it at the end of the sentence.
  const open = s.mention.replace(/،$/, "");
  const object = rng.pick(DESCRIBED);
  const tail = rng.pick([
    () => `هكذا ${v("وصف", "وصفت")} ${s.mention} ${object}`,
    () => `بهذه الكلمات ${v("لخص", "لخصت")} ${s.mention} ${object}`,
    () => `بهذه العبارة ${v("اختصر", "اختصرت")} ${s.mention} ${object}`,
    () => `هكذا ${v("علق", "علقت")} ${s.mention} على ${object}`,
    () => `${v("يقول", "تقول")} ${open}`,
    () => `${v("يقول", "تقول")} ${s.mention} في ${v("حديثه", "حديثها")} ${rng.pick(OUTLETS_AFTER_L)}`,
  ])();
  const text = page.content();
  page.paragraphs.push(`${page.quoted(text)}، ${tail}.`);
  page.expect("direct", s, text);
  return page.done();
};

/**
 * `وجاء في تصريح لـX Y، TITLE، أن …`, `وفي حديث لـOUTLET، قال X Y …`, `ونقلت OUTLET عن X Y، TITLE، قوله …`:
 * a statement relayed by a noun or an outlet; the speaker is the person (README: نقل X عن Y gives Y).
 */
const relayedStatement: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.3);
  const variant = rng.int(0, 2);
  if (variant === 0) {
    const s = titledPerson(rng, { female });
    const content = complementContent(page, s, "أن");
    const noun = rng.pick(["تصريح", "تصريحات", "حديث"]);
    // ل glued to the first word of the mention: لسامي الحداد، …، / لوزير الصحة سامي الحداد.
    page.paragraphs.push(`وجاء في ${noun} ${withL(s.mention)} ${content}.`);
  } else if (variant === 1) {
    const s = rng.chance(0.5) ? titledPerson(rng, { female }) : untitled(rng, female);
    const cue = rng.pick([SAY, VERBS[1]!, VERBS[2]!]);
    const noun = rng.pick(["وفي حديث", "وفي تصريح", "وفي مقابلة مع"]);
    const outlet = noun.endsWith("مع")
      ? rng.pick(["صحيفة الساحل", "قناة الرافدين", '"الفجر الجديد"'])
      : rng.pick(OUTLETS_AFTER_L);
    page.paragraphs.push(statement(page, s, cue, `${noun} ${outlet}، `));
  } else {
    const s = titledPerson(rng, { female, order: rng.chance(0.6) ? "nameTitle" : "titleName" });
    const [outlet, outletFemale] = rng.pick(RELAYING_OUTLETS);
    const verb = `${rng.pick(["", "و"])}${outletFemale ? "نقلت" : "نقل"}`;
    const pronoun = female ? "قولها" : "قوله";
    const text = page.content();
    if (rng.chance(0.6)) {
      page.paragraphs.push(`${verb} ${outlet} عن ${s.mention} ${pronoun} إن ${text}.`);
      page.expect("indirect", s, text);
    } else {
      page.paragraphs.push(`${verb} ${outlet} عن ${s.mention} ${pronoun}: ${page.quoted(text)}.`);
      page.expect("direct", s, text);
    }
  }
  return page.done();
};

/** A person named with no title. */
function untitled(rng: Random, female: boolean): Speaker {
  const [name, surname] = personName(rng, female);
  return { mention: name, name, role: null, organization: null, female, surname };
}

/** Narration about a person who says nothing: `وكان TITLE NAME قد زار …` (masculine / feminine). */
const DEEDS: readonly (readonly [string, string])[] = [
  ["قد زار المنطقة الأسبوع الماضي", "قد زارت المنطقة الأسبوع الماضي"],
  ["قد افتتح المشروع في مطلع العام", "قد افتتحت المشروع في مطلع العام"],
  ["قد ترأس اجتماعا للجنة المختصة أمس", "قد ترأست اجتماعا للجنة المختصة أمس"],
  ["قد تفقد سير العمل في الموقع صباح اليوم", "قد تفقدت سير العمل في الموقع صباح اليوم"],
  ["قد وصل إلى المدينة مساء الأحد", "قد وصلت إلى المدينة مساء الأحد"],
];
/** Narration about a thing or a body that says nothing. */
const THING_NARRATION = [
  "وكانت الأمطار الغزيرة قد أغرقت عددا من الشوارع الرئيسية.",
  "وكان المجلس البلدي قد أقر الخطة في جلسته الأخيرة.",
  "وكانت أسعار الوقود قد ارتفعت مرتين منذ بداية العام.",
  "وكان المستشفى قد استقبل عشرات الحالات خلال الأسبوع الماضي.",
];

/**
 * A continuation (`وأضاف`, `وتابعت`) after narration about ANOTHER person or a thing. The README's continuation
 * rule gives the earlier speaker, the one who spoke before, not the person of the narration.
 */
const continuationAfterOther: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng);
  page.paragraphs.push(statement(page, s, SAY));
  const kind = rng.int(0, 2);
  if (kind === 2) {
    page.paragraphs.push(rng.pick(THING_NARRATION));
  } else {
    // kind 0: a person of the other gender (the verb's gender points back to the speaker); 1: the same gender.
    const female = kind === 0 ? !s.female : s.female;
    let other = titledPerson(rng, { female, order: "titleName" });
    while (other.surname === s.surname) other = titledPerson(rng, { female, order: "titleName" });
    const [dm, df] = rng.pick(DEEDS);
    page.paragraphs.push(`${female ? "وكانت" : "وكان"} ${other.mention} ${female ? df : dm}.`);
  }
  page.paragraphs.push(continuation(page, s));
  if (rng.chance(0.3)) page.paragraphs.push(continuation(page, s));
  return page.done();
};

/**
 * Narration about the same speaker with a cue inside it: `وكان الحداد قد زار …، وأشار إلى أن …`,
 * `وخلال زيارته للموقع، أكد أن …`: the cue's subject is the speaker of the narration, the earlier speaker.
 */
const continuationSameSpeaker: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng);
  page.paragraphs.push(statement(page, s, SAY));
  if (rng.chance(0.4)) page.paragraphs.push(page.narration());
  const f = s.female;
  const verb = rng.pick([VERBS[3]!, VERBS[1]!, VERBS[2]!, VERBS[6]!]);
  const cue = form(verb, s);
  const content = complementContent(page, s, rng.pick(verb.comp));
  const [dm, df] = rng.pick(DEEDS);
  // A clause opening takes و before the cue (`…، وأشار`); a prepositional opening does not (`وخلال زيارته، أكد`).
  const opening = rng.pick([
    () => `${f ? "وكانت" : "وكان"} ${s.surname} ${f ? df : dm}، و`,
    () => `${f ? "وكانت" : "وكان"} ${f ? df : dm}، و`,
    () => `وخلال ${f ? "زيارتها" : "زيارته"} للموقع، `,
    () => `${f ? "وتفقدت" : "وتفقد"} ${s.surname} عددا من المرافق، و`,
  ])();
  page.paragraphs.push(`${opening}${cue} ${content}.`);
  return page.done();
};

/** Titles with the word a page uses to refer back to their holder (`الوزير`, `المديرة`), and the organization. */
const BACKREF_TITLES: readonly (readonly [string, string, string, string, string | null])[] = [
  ["وزير الصحة", "وزيرة الصحة", "الوزير", "الوزيرة", null],
  ["وزير النقل", "وزيرة النقل", "الوزير", "الوزيرة", null],
  ["مدير شركة مياه الجنوب", "مديرة شركة مياه الجنوب", "المدير", "المديرة", "شركة مياه الجنوب"],
  ["المتحدث باسم بلدية صفاقس", "المتحدثة باسم بلدية صفاقس", "المتحدث", "المتحدثة", "بلدية صفاقس"],
  ["الخبير في شؤون الطاقة", "الخبيرة في شؤون الطاقة", "الخبير", "الخبيرة", null],
  [
    "رئيس نقابة المهندسين الزراعيين",
    "رئيسة نقابة المهندسين الزراعيين",
    "رئيس النقابة",
    "رئيسة النقابة",
    "نقابة المهندسين الزراعيين",
  ],
  ["المحلل الاقتصادي", "المحللة الاقتصادية", "المحلل", "المحللة", null],
];

/**
 * Back-references by title only (`وأضاف الوزير`, `وتابعت المديرة`) or by surname only (`وأضاف الحداد`), after a
 * narration sentence: the README's continuation rule gives the earlier speaker, by the fullest name and the
 * title of the fullest mention.
 */
const titleOrSurnameBackref: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.35);
  const [m, f, bm, bf, organization] = rng.pick(BACKREF_TITLES);
  const s = titledPerson(rng, { female, title: [female ? f : m, organization] });
  page.paragraphs.push(statement(page, s, rng.pick([SAY, VERBS[1]!, VERBS[2]!])));
  page.paragraphs.push(page.narration());
  const back = rng.chance(0.6) ? (female ? bf : bm) : s.surname;
  page.paragraphs.push(statement(page, { ...s, mention: back }, rng.pick([...CONTINUE, ...VERBS])));
  return page.done();
};

/** Companies and banks a board chain can head (invented). */
const COMPANIES = [
  "شركة الأفق للاتصالات",
  "شركة النخيل للإسمنت",
  "مجموعة الساحل القابضة",
  "بنك الواحة الإسلامي",
  "الشركة الوطنية للملاحة",
];

/**
 * Title chains joined by و (`وزير الخارجية والمغتربين`, `رئيس مجلس الإدارة والعضو المنتدب لشركة X`) and a
 * chain without و (`وزير العدل حافظ الأختام`, dev 018): the role is the whole chain; a minister's title names
 * no body (organization null, as dev 007), a board chain names its company.
 */
const titleChains: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.3);
  const company = rng.pick(COMPANIES);
  const chains: readonly (readonly [string, string, string | null, boolean])[] = [
    ["وزير الخارجية والمغتربين", "وزيرة الخارجية والمغتربين", null, true],
    ["نائب رئيس الوزراء ووزير الاقتصاد", "نائبة رئيس الوزراء ووزيرة الاقتصاد", null, false],
    ["وزير الشؤون البلدية والقروية", "وزيرة الشؤون البلدية والقروية", null, true],
    ["وزير الطاقة والمناجم", "وزيرة الطاقة والمناجم", null, true],
    ["وزير العدل حافظ الأختام", "وزيرة العدل حافظة الأختام", null, false],
    [
      `رئيس مجلس الإدارة والعضو المنتدب ${withL(company)}`,
      `رئيسة مجلس الإدارة والعضوة المنتدبة ${withL(company)}`,
      company,
      false,
    ],
    [
      `رئيس مجلس الإدارة والمدير العام ${withL(company)}`,
      `رئيسة مجلس الإدارة والمديرة العامة ${withL(company)}`,
      company,
      false,
    ],
  ];
  const [m, f, organization, nisba] = rng.pick(chains);
  let role = female ? f : m;
  if (nisba && rng.chance(0.4)) {
    const [nm, nf] = rng.pick(NISBA);
    role = `${role} ${female ? nf : nm}`;
  }
  page.paragraphs.push(statement(page, titledPerson(rng, { female, title: [role, organization] })));
  return page.done();
};

/** Towns, invented, beside the cities. */
const TOWNS = ["كفر سالم", "تل الورد", "عين الصفصاف", "وادي الريحان", "دير البلوط"];

/**
 * Titles with a place tail: `محافظ X`, `رئيس بلدية X`, `مدير صحة X`, `قائد شرطة X`, and
 * `المتحدث باسم وزارة X في حكومة Y`. The role is the whole title. The organization of `رئيس بلدية X` is the
 * municipality, a body (as `بلدية الزرقاء` elsewhere); the README does not say whether a governorate, a
 * regional directorate named by its field (`صحة X`) or a police command is "the body the speaker speaks for",
 * nor whether a ministry or its government is the body of a spokesman "باسم وزارة X في حكومة Y": for those
 * the organization is not scored.
 */
const placeTitles: Shape = (rng) => {
  const page = new Page(rng);
  const place = rng.chance(0.6) ? rng.pick(CITIES) : rng.pick(TOWNS);
  const open: ("organization" | "role")[] = ["organization"];
  const titles: (() => [string, string | null, boolean, readonly ("organization" | "role")[]])[] = [
    () => [`محافظ ${place}`, null, false, open],
    () => [`رئيس بلدية ${place}`, `بلدية ${place}`, false, []],
    () => [`رئيسة بلدية ${place}`, `بلدية ${place}`, true, []],
    () => [`مدير صحة ${place}`, null, false, open],
    () => [`مديرة صحة ${place}`, null, true, open],
    () => [`قائد شرطة ${place}`, null, false, open],
    () => {
      const ministry = rng.pick(["الداخلية", "الصحة", "الخارجية"]);
      const government = rng.pick(["الوحدة الوطنية", "الإنقاذ", "تصريف الأعمال"]);
      const female = rng.chance(0.3);
      return [
        `${female ? "المتحدثة" : "المتحدث"} باسم وزارة ${ministry} في حكومة ${government}`,
        null,
        female,
        open,
      ];
    },
  ];
  const [role, organization, female, unscored] = rng.pick(titles)();
  const s = titledPerson(rng, { female, title: [role, organization] });
  page.paragraphs.push(statement(page, unscored.length ? { ...s, unscored } : s));
  return page.done();
};

/** Occupations as a title before a name (`سائق سيارة الأجرة X`), masculine and feminine. */
const OCCUPATION_TITLES: readonly (readonly [string, string])[] = [
  ["سائق سيارة الأجرة", "سائقة سيارة الأجرة"],
  ["المزارع", "المزارعة"],
  ["التاجر", "التاجرة"],
  ["صاحب المحل", "صاحبة المحل"],
];
/** Occupations as an apposition after a name, or as the description of an unnamed speaker. */
function occupation(rng: Random, female: boolean): string {
  const place = rng.pick(CITIES);
  return rng.pick(
    female
      ? [
          `سائقة سيارة أجرة في ${place}`,
          "صاحبة محل للحلويات",
          "صاحبة محل للخياطة في السوق القديم",
          "والدة أحد الطلاب",
          "ولية أمر إحدى الطالبات",
          "معلمة في مدرسة ابتدائية",
          "ربة منزل",
        ]
      : [
          `سائق سيارة أجرة في ${place}`,
          "صاحب محل للحلويات",
          "صاحب محل للحلويات في السوق القديم",
          "ولي أمر أحد الطلاب",
          "بائع خضار في السوق المركزي",
          "موظف في إحدى الدوائر الحكومية",
        ],
  );
}
/** Plural occupations: [description, feminine]. */
const PLURAL_OCCUPATIONS: readonly (readonly [string, boolean])[] = [
  ["سائقو سيارات الأجرة", false],
  ["أصحاب محلات الحلويات", false],
  ["أولياء أمور الطلاب", false],
  ["تجار في السوق المركزي", false],
  ["بائعات في السوق الشعبي", true],
  ["معلمات في المدارس الابتدائية", true],
];

/**
 * Speakers described by occupation: named with the occupation as their role (`X Y، سائق سيارة أجرة في Z،`,
 * `المزارع X Y`, as dev 011 `المزارع` and 023 `والد كينغ`), unnamed and given by the description as written
 * (README: `صحفي محلي`, `مصدر مسؤول في الحكومة اليمنية`: the whole phrase, role and organization null), women,
 * and plurals (`قال سائقو سيارات الأجرة إن`).
 */
const occupations: Shape = (rng) => {
  const page = new Page(rng);
  const female = rng.chance(0.4);
  const variant = rng.int(0, 3);
  let s: Speaker;
  if (variant === 0) {
    s = titledPerson(rng, { female, order: "nameTitle", title: [occupation(rng, female), null] });
  } else if (variant === 1) {
    const [m, f] = rng.pick(OCCUPATION_TITLES);
    s = titledPerson(rng, { female, order: "titleName", title: [female ? f : m, null] });
  } else if (variant === 2) {
    const name = occupation(rng, female);
    s = { mention: name, name, role: null, organization: null, female, surname: "" };
  } else {
    const [name, fem] = rng.pick(PLURAL_OCCUPATIONS);
    s = { mention: name, name, role: null, organization: null, female: fem, surname: "", plural: true };
  }
  page.paragraphs.push(statement(page, s, rng.pick([SAY, VERBS[1]!, VERBS[2]!, VERBS[3]!])));
  // A masculine plural continues in the plural (وأضافوا); a feminine plural is not continued here.
  if (rng.chance(0.4) && !(s.plural && s.female)) page.paragraphs.push(continuation(page, s));
  return page.done();
};

/** Sentences that are not quotes (README "Not quotes"): a verb with only a noun, `اعتبر X Y` with no أن,
 * scare quotes, quoted titles of works, a bare بحسب. `{P}` is a titled person (masculine). */
const NOT_QUOTES = [
  "واعتبر {P} القرار خطوة في الاتجاه الصحيح.",
  "وأعلن {P} إطلاق حملة وطنية لتنظيف الشواطئ.",
  "ونفت شركة الكهرباء الوطنية التسبب في انقطاع التيار عن الأحياء الشرقية.",
  "ودعا {P} إلى تسريع صرف التعويضات للمتضررين.",
  "ووصف {P} الوضع بالكارثي.",
  "وكشف {P} عن خطة جديدة لتطوير الموانئ.",
  "وأكد {P} دعمه الكامل لمطالب العمال.",
  "وأعلنت بلدية صفاقس افتتاح فرع جديد لخدمة المواطنين.",
  'وأثار ما بات يعرف بـ"قانون الظل" جدلا واسعا في الأوساط السياسية.',
  "وتحولت «الهدنة» إلى مجرد حبر على ورق بعد أيام من توقيعها.",
  'ويطلق السكان على الحي اسم "المدينة المنسية" منذ سنوات.',
  "ووقع الكاتب {N} روايته الجديدة «ذاكرة الملح» في معرض الكتاب.",
  'وعرض فيلم "رياح الجنوب" للمخرج {N} في افتتاح المهرجان.',
  "وصدر حديثا كتاب “مدن بلا أسوار” للباحث {N}.",
  "وبحسب الإحصاءات الرسمية، تراجعت نسبة البطالة إلى أدنى مستوى لها منذ عقد.",
  "ووفق الأرقام الأولية، بلغ عدد الزوار نحو ثلاثة آلاف زائر.",
  "وأكد {P} على ضرورة الإسراع في تنفيذ المشروع.",
  "وأشار {P} إلى أهمية التعاون بين المؤسسات الرسمية والقطاع الخاص.",
  "وشدد {P} على ضرورة محاسبة المقصرين.",
  "وأوضح {P} الأسباب التي أدت إلى تأخر المشروع.",
  "ونفى {P} أي علاقة له بالقضية.",
  'وأكد {P} أهمية "الحوار الوطني" في المرحلة المقبلة.',
  "ونفت مصادر مطلعة صحة الأنباء المتداولة على مواقع التواصل.",
  "وكشف التقرير عن تراجع في أعداد السياح خلال الصيف.",
];

/**
 * Negatives inside realistic paragraphs: sentences that are no quote by the README, one to three a page, and
 * on most pages one real quote among them: `اعتبر X أن …` (README: اعتبر is a speech verb; only `اعتبر X Y`
 * without أن is not a quote) or an ordinary statement. Extra predictions are the measure here.
 */
const negatives: Shape = (rng) => {
  const page = new Page(rng);
  const sentences = rng
    .sample(NOT_QUOTES, rng.int(1, 3))
    .map((t) =>
      t
        .replace(
          "{P}",
          titledPerson(rng, { female: false, order: "titleName", title: [plainTitle(rng, false), null] })
            .mention,
        )
        .replace("{N}", personName(rng, false)[0]),
    );
  if (rng.chance(0.75)) {
    const s = titledPerson(rng, { female: false, order: rng.chance(0.5) ? "titleName" : "nameTitle" });
    let quote: string;
    if (rng.chance(0.5)) {
      const text = page.content();
      quote = `واعتبر ${s.mention} أن ${text}.`;
      page.expect("indirect", s, text);
    } else {
      quote = statement(page, s);
    }
    sentences.splice(rng.int(0, sentences.length), 0, quote);
  }
  // One paragraph of all the sentences, or one paragraph each.
  if (rng.chance(0.5)) page.paragraphs.push(sentences.join(" "));
  else page.paragraphs.push(...sentences);
  return page.done();
};

/** Sentences with no subject after a quote, whose verb has only a noun, a preposition and a noun, or an
 * object and its description: no quote by the README, though their subject is the speaker just quoted. */
const NOT_QUOTES_AFTER_SPEAKER: readonly (readonly [string, string])[] = [
  ["وأعلن إطلاق حملة وطنية لتنظيف الشواطئ.", "وأعلنت إطلاق حملة وطنية لتنظيف الشواطئ."],
  ["ونفى التسبب في تأخير المشروع.", "ونفت التسبب في تأخير المشروع."],
  ["ودعا إلى الإسراع في صرف التعويضات للمتضررين.", "ودعت إلى الإسراع في صرف التعويضات للمتضررين."],
  ["وأشار إلى أهمية التعاون بين المؤسسات الرسمية.", "وأشارت إلى أهمية التعاون بين المؤسسات الرسمية."],
  ["وشدد على ضرورة محاسبة المقصرين.", "وشددت على ضرورة محاسبة المقصرين."],
  ["ووصف الوضع بالصعب.", "ووصفت الوضع بالصعب."],
  ["وكشف عن خطة جديدة لتطوير الموانئ.", "وكشفت عن خطة جديدة لتطوير الموانئ."],
  ["واعتبر القرار خطوة في الاتجاه الصحيح.", "واعتبرت القرار خطوة في الاتجاه الصحيح."],
  ["وأكد دعمه الكامل لمطالب العمال.", "وأكدت دعمها الكامل لمطالب العمال."],
];

/**
 * Negatives right after a quote: a sentence with no subject (the speaker's, as in a continuation) whose verb
 * has no content by the README (`وأعلن إطلاق …`, `ونفى التسبب …`, `ودعا إلى …`, `واعتبر القرار خطوة …`), in
 * the quote's paragraph or the next; sometimes a real continuation after it. Extra predictions are the measure.
 */
const negativesAfterQuote: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng);
  const quote = statement(page, s, rng.pick([SAY, VERBS[1]!, VERBS[2]!]));
  const negatives = rng
    .sample(NOT_QUOTES_AFTER_SPEAKER, rng.int(1, 2))
    .map(([m, f]) => (s.female ? f : m))
    .join(" ");
  if (rng.chance(0.5)) page.paragraphs.push(`${quote} ${negatives}`);
  else page.paragraphs.push(quote, negatives);
  if (rng.chance(0.4)) page.paragraphs.push(continuation(page, s));
  return page.done();
};

/** Quotation marks of scraped pages beyond the three kinds (page-formats): `”…”`, `''…''`, `'…'`, a mismatched
 * pair `"…'`, and a quotation left open at the end of its paragraph — the fuzz fragments' pairs less the three. */
const ODD_MARKS = QUOTE_PAIRS.filter(([open, close]) => !['""', "«»", "“”"].includes(open + close));

/**
 * A direct quote in the odd marks of scraped pages: the content starts with a quotation mark and runs to the
 * end of the clause (README "kind": direct), closed or not.
 */
const oddQuoteMarks: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng);
  const text = page.content();
  const [open, close] = rng.pick(ODD_MARKS);
  const verb = rng.pick([SAY, VERBS[1]!, VERBS[2]!]);
  const head = `${rng.pick(["", "و"])}${formBefore(verb, s)} ${s.mention.replace(/،$/, "")}`;
  page.paragraphs.push(`${head}: ${open}${text}${close ? `${close}.` : ""}`);
  page.expect("direct", s, text);
  if (rng.chance(0.4)) page.paragraphs.push(continuation(page, s));
  return page.done();
};

/**
 * A paragraph that is a quotation alone, after a quote (dev 002): a quote with no cue (README: the cue is
 * null for a bare quoted paragraph), of the speaker just quoted.
 */
const bareQuotedParagraph: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng);
  page.paragraphs.push(statement(page, s, rng.pick([SAY, VERBS[1]!, VERBS[2]!])));
  for (let k = rng.int(1, 2); k > 0; k--) {
    const text = page.content();
    page.paragraphs.push(`${page.quoted(`${text}.`)}`);
    page.expect("direct", s, text);
  }
  return page.done();
};

/** Words after the speaker and before the content: the outlet spoken to. */
const TO_OUTLETS = ['لـ"الفجر الجديد"', "لصحيفة الساحل", "لرويترز", "لوكالة فرانس برس"];
/** Words after the speaker and before the content: the occasion or the day. */
const OCCASION_ADJUNCTS = [
  "في بيان صحفي",
  "في منشور على فيسبوك",
  "خلال مؤتمر صحفي",
  "على هامش الاجتماع",
  "في مقابلة تلفزيونية",
  "يوم الأحد",
  "أمس",
  "مساء السبت",
];

/**
 * The outlet spoken to, the occasion or the day between the speaker and the content: `قال X لرويترز إن`,
 * `قال X، TITLE، في بيان صحفي إن`, `قال X، اليوم الثلاثاء، إن`. None of these words is part of the speaker
 * or the role (README: the speaker is the name, the role the title).
 */
const adjunctsAfterSpeaker: Shape = (rng) => {
  const page = new Page(rng);
  const s = rng.chance(0.8) ? titledPerson(rng) : untitled(rng, rng.chance(0.3));
  // One outlet at most, one occasion at most, at least one of them.
  const adjuncts = rng.pick([
    () => [rng.pick(TO_OUTLETS)],
    () => [rng.pick(OCCASION_ADJUNCTS)],
    () => [rng.pick(OCCASION_ADJUNCTS), rng.pick(TO_OUTLETS)],
    () => [rng.pick(TO_OUTLETS), rng.pick(OCCASION_ADJUNCTS)],
  ])();
  // A day set off by commas (`، اليوم الثلاثاء،`) or the adjuncts written straight after the speaker.
  const middle = rng.chance(0.25)
    ? `${s.mention.endsWith("،") ? "" : "،"} ${rng.pick(["اليوم الثلاثاء", "الأحد", "مساء أمس"])}، ${adjuncts[0]}`
    : ` ${adjuncts.join(" ")}`;
  const verb = rng.pick([SAY, VERBS[1]!, VERBS[2]!, VERBS[5]!]);
  const text = page.content();
  const head = `${rng.pick(["", "و"])}${formBefore(verb, s)} ${s.mention}${middle}`;
  if (rng.chance(0.65)) {
    page.paragraphs.push(`${head} ${rng.pick(verb.comp)} ${text}.`);
    page.expect("indirect", s, text);
  } else {
    page.paragraphs.push(`${head}: ${page.quoted(text)}.`);
    page.expect("direct", s, text);
  }
  return page.done();
};

/**
 * Round 9: a speaker named at the head of the sentence with an aside set off before the verb, after another
 * speaker's statement (`المواطن X، وهو سائق سيارة أجرة، قال: "…"`, `أما X، وهي ربة منزل، فقالت إن …`): the
 * verb's subject is the fronted name, not the earlier speaker; after a status word (المواطن) the description
 * after وهو/وهي is the role.
 */
const frontedSubjectAside: Shape = (rng) => {
  const page = new Page(rng);
  page.paragraphs.push(statement(page, titledPerson(rng, { order: "titleName" })));
  const female = rng.chance(0.4);
  const [name] = personName(rng, female);
  const job = occupation(rng, female);
  const aside = `${female ? "وهي" : "وهو"} ${job}`;
  const verb = female ? "قالت" : "قال";
  const head = rng.chance(0.5)
    ? `${female ? "المواطنة" : "المواطن"} ${name}، ${aside}، ${verb}`
    : `أما ${name}، ${aside}، ف${verb}`;
  const s: Speaker = { mention: name, name, role: job, organization: null, female, surname: "" };
  const text = page.content();
  if (rng.chance(0.5)) {
    page.paragraphs.push(`${head}: ${page.quoted(text)}.`);
    page.expect("direct", s, text);
  } else {
    page.paragraphs.push(`${head} إن ${text}.`);
    page.expect("indirect", s, text);
  }
  return page.done();
};

/**
 * Round 9b: a quotation that opens in one paragraph and closes in the next (`وقال X: "… .⏎… ".`) is one quote,
 * annotated where it opens; the paragraph that closes it gives none. A continuation by the same speaker follows.
 */
const quotationOverParagraphs: Shape = (rng) => {
  const page = new Page(rng);
  const s = titledPerson(rng, { order: rng.chance(0.5) ? "titleName" : "nameTitle" });
  const [open, close] = rng.pick(MARKS);
  const first = page.content();
  const rest = page.content();
  const verb = s.female ? "وقالت" : "وقال";
  page.paragraphs.push(`${verb} ${s.mention.replace(/،$/, "")}: ${open}${first}.`);
  page.expect("direct", s, first);
  page.paragraphs.push(`${rest}${close}.`);
  page.paragraphs.push(continuation(page, s));
  return page.done();
};

/** Every shape, by name. */
export const SHAPES: Readonly<Record<string, Shape>> = {
  titleName,
  nameCommaTitle,
  honorifics,
  longTitles,
  unitOfParent,
  bodySpeakers,
  anonymousSources,
  pluralSpeakers,
  women,
  reportedBy,
  particleNames,
  cueForms,
  quoteBeforeCue,
  trailingAttribution,
  continuations,
  newSpeaker,
  surnameBackref,
  appositionComplementizer,
  quoteBeforeCueObject,
  relayedStatement,
  continuationAfterOther,
  continuationSameSpeaker,
  titleOrSurnameBackref,
  titleChains,
  placeTitles,
  occupations,
  negatives,
  negativesAfterQuote,
  oddQuoteMarks,
  bareQuotedParagraph,
  adjunctsAfterSpeaker,
  frontedSubjectAside,
  quotationOverParagraphs,
};
