/**
 * Strips whose items are parted by the site's own name: a name of several words (`صدى البلد`, `ليبيا الآن 24`)
 * is stripped whole from every item, and a name written only between the items (never at the ends of the
 * line) parts them too when it comes three times or more.
 */
import { describe, expect, it } from "vitest";
import { BODY, BODY2, type ItemTuple, items, spanProblems, TITLE } from "./helpers.js";

const H1 = "انقطاع الكهرباء عن أحياء واسعة في المدينة";
const H2 = "وزير النقل يفتتح محطة القطار الجديدة";
const H3 = "تأجيل امتحانات الفصل الأول إلى الأسبوع المقبل";
const H4 = "الأرصاد تتوقع أمطارا غزيرة على المرتفعات";

const bare = (...hs: string[]): ItemTuple[] => hs.map((h) => [h, null, null]);

function page(...top: string[]): string {
  return [...top, TITLE, BODY, BODY2].join("\n");
}

describe("findTicker: a site's name between items", () => {
  it.each<[string, string, ItemTuple[]]>([
    [
      "a name of three words before every item, no header",
      page("القاهرة 27° مشمس", `نبأ الآن 24 ${H1} نبأ الآن 24 ${H2} نبأ الآن 24 ${H3}`),
      bare(H1, H2, H3),
    ],
    [
      "a name of two words before every item, under a header",
      page("آخر الأخبار", `صوت البلد ${H1} صوت البلد ${H2} صوت البلد ${H3} صوت البلد ${H4}`),
      bare(H1, H2, H3, H4),
    ],
    [
      "a name of two words after every item",
      page(`${H1} وادي النيل ${H2} وادي النيل ${H3} وادي النيل`),
      bare(H1, H2, H3),
    ],
    [
      "a name of three words between the items only, four items",
      page("عاجل", `${H1} نبأ الآن 24 ${H2} نبأ الآن 24 ${H3} نبأ الآن 24 ${H4}`),
      bare(H1, H2, H3, H4),
    ],
    [
      "an Arabic name glued to digits between the items only",
      page(`${H1} الساحل24 ${H2} الساحل24 ${H3} الساحل24 ${H4}`),
      bare(H1, H2, H3, H4),
    ],
    [
      "a Latin name with digits before every item",
      page("أهم الأخبار", `Nabaa24 ${H1} Nabaa24 ${H2} Nabaa24 ${H3}`),
      bare(H1, H2, H3),
    ],
    [
      "headlines that all end with the same word of time keep it (no site word)",
      page(
        "آخر الأخبار",
        "رياح مثيرة للغبار على المرتفعات غدا    تعطيل الدوام الرسمي في المدارس غدا    أمطار متفرقة على السواحل غدا",
      ),
      bare(
        "رياح مثيرة للغبار على المرتفعات غدا",
        "تعطيل الدوام الرسمي في المدارس غدا",
        "أمطار متفرقة على السواحل غدا",
      ),
    ],
  ])("%s", (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
    expect(spanProblems(text)).toEqual([]);
  });

  it.each<[string, string]>([
    // Two headlines on one line may share a word; a title is no strip.
    [
      "a title that names a place twice",
      page("مصر تدعو إلى وقف القتال في غزة وتحذر من تدهور الأوضاع في غزة والضفة الغربية"),
    ],
    [
      "a title that names a place three times, with short pieces between",
      page("قوافل إلى غزة عبر معبر رفح وأخرى تنتظر دخول غزة مع تفاقم أزمة غزة الإنسانية"),
    ],
    [
      "a body paragraph that repeats a word three times, with commas",
      [
        TITLE,
        "وقال الوزير إن المدينة تحتاج إلى خطة، وإن المدينة ستحصل على دعم إضافي، مؤكدا أن المدينة ستتجاوز الأزمة قريبا",
        BODY,
      ].join("\n"),
    ],
  ])("no strip: %s", (_name, text) => {
    expect(items(text)).toEqual([]);
  });
});
