import { describe, expect, it } from "vitest";
import {
  comparisonKey,
  f1,
  type Gold,
  sameSpeaker,
  scoreArticle,
  textStartKey,
} from "../../scripts/eval/score.js";
import type { Article } from "../../src/index.js";

describe("comparisonKey", () => {
  it.each([
    ["diacritics and tatweel removed", "قَالَ الـــوزير", "قال الوزير"],
    ["hamza forms folded", "أإآٱ ى ة ؤ ئ", "اااا ي ه و ي"],
    ["digits to ASCII", "٢٠١٧ ۱۴", "2017 14"],
    ["quotes and punctuation to space", '«الائتلاف»، يفتتح: "مقر"', "الايتلاف يفتتح مقر"],
    ["bidi marks removed", "\u202bمرحبا\u202c\u200f", "مرحبا"],
    ["presentation forms through NFKC", "\ufefb", "لا"],
  ])("%s", (_name, input, expected) => {
    expect(comparisonKey(input)).toBe(expected);
  });
  it("is empty for null", () => {
    expect(comparisonKey(null)).toBe("");
  });
});

describe("textStartKey", () => {
  it("keeps the first four word tokens, skipping punctuation-only tokens", () => {
    expect(textStartKey('"الائتلاف" – له مهمتين أساسيتين أولهما')).toBe("الايتلاف له مهمتين اساسيتين");
  });
});

describe("sameSpeaker", () => {
  it.each([
    ["equal keys", "بدر جاموس", "بدر جاموس", true],
    ["gold inside prediction, two words", "شمس أف أم", "إذاعة شمس أف أم", true],
    ["single surname is not enough", "بدر جاموس", "جاموس", false],
    ["partial word is not a whole-word match", "محمد علي", "محمد عليان", false],
    ["null prediction", "بدر جاموس", null, false],
  ])("%s", (_name, gold, predicted, expected) => {
    expect(sameSpeaker(gold, predicted)).toBe(expected);
  });
});

describe("f1", () => {
  it("computes precision, recall and F1", () => {
    expect(f1({ tp: 3, fp: 1, fn: 2 })).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: (2 * 0.75 * 0.6) / 1.35,
    });
  });
});

const emptyArticle: Article = {
  title: null,
  byline: { editor: null, author: null },
  dateline: null,
  published: null,
  dates: [],
  ticker: [],
  sections: [],
  quotes: [],
  speakers: [],
  furniture: [],
  blocks: [],
  warnings: [],
};
const span = { start: 0, end: 0 };

describe("scoreArticle", () => {
  const gold: Gold = {
    title: "عنوان",
    editor: null,
    author: null,
    dateline: null,
    ticker: [{ text: "خبر أول", source: "بيان", time: "10:00" }],
    headings: [],
    quotes: [
      {
        speaker: "بدر جاموس",
        role: null,
        organization: null,
        kind: "direct",
        cue: "قال",
        text_start: "تأخرنا كثيرا بهذه الخطوة من",
        paragraph: 0,
      },
    ],
    published: null,
    dates: [{ raw: "24 تشرين الأول 2017", iso: "2017-10-24" }],
  };

  it("counts a right speaker, a ticker with a wrong time and an extra title", () => {
    const article: Article = {
      ...emptyArticle,
      title: "عنوان آخر",
      ticker: [{ text: "خبر أول", source: "بيان", time: "11:00", dayOffset: 0, span }],
      quotes: [
        {
          text: "تأخرنا كثيرا بهذه الخطوة من المفترض",
          kind: "direct",
          cue: "قال",
          speaker: { name: "بدر جاموس", role: null, organization: null },
          paragraph: 0,
          span,
          cueSpan: null,
          speakerSpan: null,
          confidence: 1,
        },
      ],
      dates: [{ raw: "24 تشرين الأول 2017", iso: "2017-10-24", span }],
    };
    const score = scoreArticle(gold, article);
    expect(score.counts.title).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.counts["ticker items (text)"]).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.counts["ticker items (text, source, time)"]).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.counts["quotes found"]).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.counts["quotes with right speaker"]).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.counts.dates).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts a matched quote with the wrong speaker as a miss and a false positive", () => {
    const article: Article = {
      ...emptyArticle,
      title: "عنوان",
      quotes: [
        {
          text: "تأخرنا كثيرا بهذه الخطوة",
          kind: "direct",
          cue: "قال",
          speaker: { name: "عبد الرحمن مصطفى", role: null, organization: null },
          paragraph: 0,
          span,
          cueSpan: null,
          speakerSpan: null,
          confidence: 1,
        },
      ],
    };
    const score = scoreArticle(gold, article);
    expect(score.counts.title).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.counts["quotes found"]).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.counts["quotes with right speaker"]).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.counts.dates).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});
