/**
 * A title whose body is a unit inside a parent body (رئيس قسم … في مستشفى …، مدير إدارة … بوزارة …، عميد كلية …
 * في جامعة …), then the name. The name starts only after the whole chain; the role is the whole chain; the
 * organization is the parent body, as the dev gold does most often (مدير إدارة … بالوزارة gives the ministry,
 * رئيس الدائرة الخامسة بمحكمة … gives the court; the corpus README only says "the body the speaker speaks for").
 * Made-up sentences.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

/** The first quote's speaker of a one-paragraph page as [name, role, organization]. */
function speaker(paragraph: string): [string | null, string | null, string | null] | null {
  const q = parseArticle(`عنوان الخبر\n${paragraph}`).quotes[0];
  if (!q) return null;
  return [q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.organization ?? null];
}

describe("a unit of a parent body before the name", () => {
  it.each([
    [
      "وأوضح رئيس قسم جراحة العظام في مستشفى الرحمة سمير العتوم أن العمليات ستستأنف غدا.",
      ["سمير العتوم", "رئيس قسم جراحة العظام في مستشفى الرحمة", "مستشفى الرحمة"],
    ],
    [
      "وقال مدير إدارة الدفاع المدني بوزارة الداخلية فادي الخوري إن الحريق أخمد بالكامل.",
      ["فادي الخوري", "مدير إدارة الدفاع المدني بوزارة الداخلية", "وزارة الداخلية"],
    ],
    [
      "وبينت مديرة دائرة الموارد البشرية في وزارة النقل ليلى الصباغ أن التعيينات ستعلن قريبا.",
      ["ليلى الصباغ", "مديرة دائرة الموارد البشرية في وزارة النقل", "وزارة النقل"],
    ],
    [
      "وذكر عميد كلية الصيدلة في جامعة الأندلس وائل القيسي أن الامتحانات ستبدأ الشهر المقبل.",
      ["وائل القيسي", "عميد كلية الصيدلة في جامعة الأندلس", "جامعة الأندلس"],
    ],
  ])("%s", (text, expected) => {
    expect(speaker(text)).toEqual(expected);
  });
});

describe("a unit of a parent body after the name", () => {
  it.each([
    [
      "قال سمير العتوم، رئيس قسم جراحة العظام في مستشفى الرحمة: إن العمليات ستستأنف غدا.",
      ["سمير العتوم", "رئيس قسم جراحة العظام في مستشفى الرحمة", "مستشفى الرحمة"],
    ],
    [
      "وأشار وائل القيسي، عميد كلية الصيدلة في جامعة الأندلس، إلى أن الامتحانات ستبدأ الشهر المقبل.",
      ["وائل القيسي", "عميد كلية الصيدلة في جامعة الأندلس", "جامعة الأندلس"],
    ],
  ])("%s", (text, expected) => {
    expect(speaker(text)).toEqual(expected);
  });
});

describe("bodies whose names run on", () => {
  it.each([
    // A body named after a person: the honorific and the name are the body's genitive.
    [
      "وأكد مدير عام مستشفى الملك فيصل التخصصي نادر السالم أن الأجهزة الجديدة وصلت.",
      ["نادر السالم", "مدير عام مستشفى الملك فيصل التخصصي", "مستشفى الملك فيصل التخصصي"],
    ],
    // A name particle after a body's head opens the honoree's name, as an honorific does.
    [
      "وأكد مدير عام مستشفى ابن رشد التعليمي نادر السالم أن الأجهزة الجديدة وصلت.",
      ["نادر السالم", "مدير عام مستشفى ابن رشد التعليمي", "مستشفى ابن رشد التعليمي"],
    ],
    // A construct of two indefinite nouns before the definite genitive.
    ["وقالت هيئة تنظيم سوق المال إن التداول سيستأنف غدا.", ["هيئة تنظيم سوق المال", null, null]],
  ])("%s", (text, expected) => {
    expect(speaker(text)).toEqual(expected);
  });
});

describe("what is no unit chain", () => {
  it.each([
    // The office of a body: its genitive is the body itself (the parent), not the office's own name; عمان is
    // a place, no parent body.
    [
      "وقال مدير مكتب المنظمة في عمان سامر الحايك إن المساعدات وصلت.",
      ["سامر الحايك", "مدير مكتب المنظمة في عمان", "المنظمة"],
    ],
    // A unit with no parent body named: the unit is the body.
    [
      "وقال مدير إدارة المرور سامر الحايك إن الطريق سيفتح غدا.",
      ["سامر الحايك", "مدير إدارة المرور", "إدارة المرور"],
    ],
    // A given name starting with ل after the chain is the name, not ل + an addressee.
    [
      "وقال مدير التخطيط في وزارة الزراعة لمياء حداد إن الموسم جيد.",
      ["لمياء حداد", "مدير التخطيط في وزارة الزراعة", "وزارة الزراعة"],
    ],
    // After a definite body the particle starts the speaker's name.
    ["وقال مدير الشركة أبو يوسف إن الأرباح ارتفعت.", ["أبو يوسف", "مدير الشركة", "الشركة"]],
    // An addressee glued to ل after a title stays an addressee.
    ["وقال مدير الشركة لرويترز إن الأرباح ارتفعت.", ["مدير الشركة", null, null]],
  ])("%s", (text, expected) => {
    expect(speaker(text)).toEqual(expected);
  });
});
