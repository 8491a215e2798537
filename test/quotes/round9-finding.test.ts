/**
 * Round 9 (finding): which spans are quotes. Made-up sentences, with the cases that must NOT change. Expected
 * values follow the corpus annotation rules.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";

/** Each quote of `text` as [kind, cue, paragraph, first words of its text]. */
function found(text: string): [string, string | null, number, string][] {
  return extractQuotes(text).quotes.map((q) => [
    q.kind,
    q.cue,
    q.paragraph,
    q.text.split(/\s+/).slice(0, 3).join(" "),
  ]);
}

describe("a quotation carried on into the next paragraph", () => {
  it("a paragraph that opens unquoted and closes the quotation left open is the rest of that quote", () => {
    const text = [
      'وقال رئيس البلدية كمال حداد: "الشبكة قديمة وتحتاج إلى تبديل كامل.',
      'لكننا لا نملك الميزانية لذلك هذا العام".',
    ].join("\n");
    expect(found(text)).toEqual([["direct", "قال", 0, "الشبكة قديمة وتحتاج"]]);
  });

  it("also when the quotation broke inside a sentence", () => {
    const text = [
      'وتابعت المعلمة سعاد: "نصف الصفوف بلا مقاعد، والتلاميذ يجلسون',
      'على الأرض طوال اليوم".',
    ].join("\n");
    expect(found(text)).toEqual([["direct", "تابعت", 0, "نصف الصفوف بلا"]]);
  });

  it("speech inside that rest is quoted speech and gives no quote", () => {
    const text = [
      'وقال النائب فادي سمعان: "الخطة وصلت إلى المجلس.',
      'المهم أن تقول الحكومة إن التمويل مؤمن، لا أن تعد بما لا تملك".',
    ].join("\n");
    expect(found(text)).toEqual([["direct", "قال", 0, "الخطة وصلت إلى"]]);
  });

  // Must not change: a paragraph that opens with a quotation mark is a quoted paragraph of its own, with no cue.
  it("a paragraph that opens with a quotation mark after an open quotation is its own quote", () => {
    const text = [
      "وقال رئيس البلدية كمال حداد: «الشبكة قديمة وتحتاج إلى تبديل كامل.",
      "«لكننا لا نملك الميزانية لذلك هذا العام».",
    ].join("\n");
    expect(found(text)).toEqual([
      ["direct", "قال", 0, "الشبكة قديمة وتحتاج"],
      ["direct", null, 1, "لكننا لا نملك"],
    ]);
  });

  it("a quoted paragraph after a closed quote is its own quote", () => {
    const text = ['وقال المدير سامي عودة: "العمل مستمر".', '"ونأمل أن ننتهي قبل الصيف".'].join("\n");
    expect(found(text)).toEqual([
      ["direct", "قال", 0, "العمل مستمر"],
      ["direct", null, 1, "ونأمل أن ننتهي"],
    ]);
  });
});

describe("a clock time is no colon cue", () => {
  it("a clock time with a conjunction glued to its hour", () => {
    const text = "وبين المدير أن العيادة تفتح بين الساعة 9:00 و4:30 عصرا كل يوم.";
    expect(found(text)).toEqual([["indirect", "بين", 0, "العيادة تفتح بين"]]);
  });

  it("a clock time after the preposition بين gives no quote", () => {
    expect(found("وصل المسافرون بين الساعة العاشرة ليلا و05:15 فجرا إلى المطار.")).toEqual([]);
  });

  // Must not change: a real colon after a cue, with a number before it and after it.
  it("a colon with a space after the number is a colon cue", () => {
    expect(found("وقال المدير في بيانه رقم 4: 30 شاحنة وصلت إلى المعبر.")).toEqual([
      ["indirect", "قال", 0, "30 شاحنة وصلت"],
    ]);
  });
});

describe("a short quoted fragment carried on by a prepositional phrase", () => {
  it("is indirect content that runs to the end of the clause", () => {
    expect(found('وقال المتحدث إن "المخزون نفد" في معظم مستودعات الشمال.')).toEqual([
      ["indirect", "قال", 0, '"المخزون نفد" في'],
    ]);
  });

  it("also when the tail is longer than the quotation", () => {
    expect(found('وأكدت الممرضة أن "العمل متواصل" خلال أيام العيد في كل الأقسام.')).toEqual([
      ["indirect", "أكدت", 0, '"العمل متواصل" خلال'],
    ]);
  });

  // Must not change: a quotation that carries the clause keeps a short prepositional adjunct after it.
  it("a long quotation with a short prepositional tail stays direct", () => {
    expect(
      found('وقال المدير إن "الفرق الفنية أنهت صيانة كل المحطات المتضررة وستعود الخدمة تدريجيا" خلال اليوم.'),
    ).toEqual([["direct", "قال", 0, "الفرق الفنية أنهت"]]);
  });

  it("a quotation with no tail stays direct", () => {
    expect(found('وقال المتحدث إن "المخزون نفد".')).toEqual([["direct", "قال", 0, "المخزون نفد"]]);
  });
});

describe("an adjunct between a speech participle and its content", () => {
  it("a colon after a prepositional adjunct", () => {
    const text =
      'وانتقد النائب سامر خليل أداء الوزارة، مضيفا في تغريدة على حسابه في منصة إكس: "سنسائل الوزير".';
    expect(found(text)).toEqual([["direct", "مضيفا", 0, "سنسائل الوزير"]]);
  });

  it("a quoted outlet name after لـ and a time adjunct before أن", () => {
    const text = "ودافع المحامي رامي سليم عن موكله، مؤكدا لـ«الأخبار» عقب الجلسة أن موكله لم يوقع أي عقد.";
    expect(found(text)).toEqual([["indirect", "مؤكدا", 0, "موكله لم يوقع"]]);
  });

  it("an adjunct with a quoted outlet name after في حديث", () => {
    const text = 'وقال المهندس وليد حداد إن "الجسر آمن"، موضحا في حديث لـ"الرأي" أن الفحص شمل كل الأعمدة.';
    expect(found(text)).toEqual([
      ["direct", "قال", 0, "الجسر آمن"],
      ["indirect", "موضحا", 0, "الفحص شمل كل"],
    ]);
  });

  // Must not change: an adjunct followed by an object and no content gives no quote.
  it("an adjunct and an object with no content", () => {
    const text = 'وقال المدير إن "العمل مستمر"، مضيفا في الختام عددا من الشروط الجديدة للمقاولين.';
    expect(found(text)).toEqual([["direct", "قال", 0, "العمل مستمر"]]);
  });

  // Must not change: a participle with an object (not an adjunct) reaches no content further on.
  it("a participle followed by an object keeps the short window", () => {
    const text =
      'وقال المدير إن "العمل مستمر"، مؤكدا دعم الإدارة الكامل لكل الفرق العاملة في الموقع أن يعملوا بأمان.';
    expect(found(text)).toEqual([["direct", "قال", 0, "العمل مستمر"]]);
  });
});

describe("a quotation placed before its cue with a demonstrative and ما, or هكذا برر", () => {
  it("هذا ما قاله", () => {
    expect(found('"الطريق لم يعد صالحا للسير"، هذا ما قاله سائق الشاحنة محمود علي للصحيفة.')).toEqual([
      ["direct", "قاله", 0, "الطريق لم يعد"],
    ]);
  });

  it("ذلك ما أكدته", () => {
    expect(found('"نحتاج إلى ممرضات أكثر"، ذلك ما أكدته مديرة المستشفى سلوى نعيم.')).toEqual([
      ["direct", "أكدته", 0, "نحتاج إلى ممرضات"],
    ]);
  });

  it("هكذا برر", () => {
    expect(found('"الأسعار لم تتغير منذ العام الماضي"، هكذا برر التاجر سامي عادل قراره.')).toEqual([
      ["direct", "برر", 0, "الأسعار لم تتغير"],
    ]);
  });

  // Must not change: برر with no quotation pointed at is no speech cue.
  it("برر with an object and بأن gives no quote", () => {
    expect(found("وبرر الوزير القرار بأن الميزانية لا تسمح.")).toEqual([]);
  });

  // Must not change: a quotation that is already a quote's content gives no second quote.
  it("وهو ما أكده after a quote", () => {
    expect(found('قال الوزير: "الميزانية لا تكفي"، وهو ما أكده النائب سامي علي.')).toEqual([
      ["direct", "قال", 0, "الميزانية لا تكفي"],
    ]);
  });
});

describe("على أن after an adjunct set off by commas", () => {
  it("is the content of a verb that takes على", () => {
    expect(found("وشدد الوزير، خلال زيارته لمدينة سطيف، على أن الدولة ستعوض الفلاحين.")).toEqual([
      ["indirect", "شدد", 0, "الدولة ستعوض الفلاحين"],
    ]);
  });

  it("also after a name and a title set off by commas", () => {
    expect(
      found("من جهته، أكد مدير الميناء، سليم حداد، أثناء جولته في الأرصفة، على أن الأشغال ستنتهي قريبا."),
    ).toEqual([["indirect", "أكد", 0, "الأشغال ستنتهي قريبا"]]);
  });

  // Must not change: after an object, "، على أن" is "provided that".
  it("after an object it is no content", () => {
    expect(found("وأعلن الوزير، خلال مؤتمر صحفي، تمديد المهلة، على أن تنتهي في مارس.")).toEqual([]);
  });
});

describe("يعد/تعد is 'is considered', no speech verb", () => {
  it("reaches no complementizer further on", () => {
    expect(found("ويعد المشروع من أكبر مشاريع الطاقة، إذ يتوقع أن يغطي حاجة 40 ألف منزل.")).toEqual([]);
  });

  it("تعد as 'is considered' before أن", () => {
    expect(found("وتعد المدينة الأولى في إنتاج الزيتون، رغم أن أمطار هذا العام كانت قليلة.")).toEqual([]);
  });

  // Must not change: the other imperfect speech verbs.
  it("يقول with a subject and أن", () => {
    expect(found("ويقول الفلاح سعيد ناصر إن الموسم كان جيدا.")).toEqual([
      ["indirect", "يقول", 0, "الموسم كان جيدا"],
    ]);
  });
});

describe("a quotation that is an object, met after a cue with no content", () => {
  it("after a preposition", () => {
    const text =
      'وأعلن المحافظ سمير عطية افتتاح مركز جديد للإيواء في المدينة، ودعا إلى "تنسيق الجهود بين كل الجمعيات الأهلية".';
    expect(found(text)).toEqual([]);
  });

  it("after a noun that takes a verbal noun", () => {
    expect(found('وشدد المدير على ضرورة "الالتزام الكامل بتعليمات السلامة في كل المواقع".')).toEqual([]);
  });

  it("after a word that opens the narrator's next clause", () => {
    const text =
      'وأوضح الوزير أن الحكومة أضافت إلى الشبكة نحو 300 ميغاواط هذا الشهر، لكن "الطلب ارتفع أكثر من المتوقع في كل المحافظات".';
    expect(found(text)).toEqual([["indirect", "أوضح", 0, "الحكومة أضافت إلى"]]);
  });

  // Must not change: a long quotation after an adjunct is the content.
  it("after an adjunct it is the content", () => {
    expect(found('وكتب الوزير على حسابه في منصة إكس "أجريت اتصالا مطولا ومثمرا مع نظيري اليوم".')).toEqual([
      ["direct", "كتب", 0, "أجريت اتصالا مطولا"],
    ]);
  });
});

describe("the preposition بين inside a quote's content", () => {
  it("with a noun and a quotation after it is part of that content", () => {
    const text = 'وأوضح الخبير سامي نادر أن المسافة بين المدينتين "تزيد على مئة كيلومتر في الطريق الجديد".';
    expect(found(text)).toEqual([["indirect", "أوضح", 0, "المسافة بين المدينتين"]]);
  });

  // Must not change: a colon still makes it the verb بيّن, inside content or not.
  it("with a colon it is a cue inside content", () => {
    const text = 'وقال الوزير إن اللجنة بينت: "العمل مستمر في كل المواقع".';
    expect(found(text)).toEqual([
      ["indirect", "قال", 0, 'اللجنة بينت: "العمل'],
      ["direct", "بينت", 0, "العمل مستمر في"],
    ]);
  });

  it("outside content a quotation after its subject is its content", () => {
    expect(found('وبين المدير سامي نادر: "العمل مستمر في كل المواقع".')).toEqual([
      ["direct", "بين", 0, "العمل مستمر في"],
    ]);
  });
});

describe("a document named before جاء فيه / ورد فيها", () => {
  it("a colon and a quotation", () => {
    expect(found('وأصدرت نقابة الأطباء بيانا جاء فيه: "لن نعود إلى العمل قبل صرف الرواتب".')).toEqual([
      ["direct", "جاء فيه", 0, "لن نعود إلى"],
    ]);
  });

  it("a complementizer", () => {
    expect(found("ووزعت البلدية رسالة ورد فيها أن المياه ستقطع يومين.")).toEqual([
      ["indirect", "ورد فيها", 0, "المياه ستقطع يومين"],
    ]);
  });

  // Must not change: with only a noun after it, there is no content.
  it("a noun after it is no content", () => {
    expect(found("وتسلم الرئيس رسالة جاء فيها دعم كامل للخطة.")).toEqual([]);
  });

  it("جاء في with the document after it", () => {
    expect(found("وجاء في البيان أن عدد الإصابات ارتفع.")).toEqual([
      ["indirect", "جاء في", 0, "عدد الإصابات ارتفع"],
    ]);
  });
});
