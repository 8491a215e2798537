import { describe, expect, it } from "vitest";
import { scoreArticle } from "../../scripts/eval/score.js";
import { goldFromJson, locateGoldQuote, reviewAgainstGold } from "../../src/inspect/gold.js";
import { parseArticle } from "../../src/parse.js";
import { CORPUS_DIR, MADE_UP_PAGES, pagesIn, SEED, SEED_GOLD } from "./fixtures.js";

const pages = [
  { name: "000-seed.txt", text: SEED, gold: SEED_GOLD },
  ...MADE_UP_PAGES,
  ...pagesIn(CORPUS_DIR).filter((p) => !p.name.startsWith("000")),
];

describe("reviewAgainstGold counts what the scorer counts", () => {
  it.each(pages.map((p) => [p.name, p] as const))("%s", (_, page) => {
    const article = parseArticle(page.text);
    const review = reviewAgainstGold(page.gold, article);
    const score = scoreArticle(page.gold, article);
    const verdicts = review.quotes.map((v) => v.kind);
    const found = score.counts["quotes found"];
    expect({
      tp: verdicts.filter((k) => k !== "extra").length,
      fp: verdicts.filter((k) => k === "extra").length,
      fn: review.missed.length,
    }).toEqual(found);
    expect(verdicts.filter((k) => k === "right").length).toBe(score.counts["quotes with right speaker"].tp);
  });
});

describe("locateGoldQuote", () => {
  const text = "عنوان\n\nقال الوزير إن الاجتماع كان مثمرا.\n\nوأضاف أن المطار سيفتح قريبا.";
  const article = parseArticle(text);
  const goldQuote = (textStart: string, paragraph: number) => ({
    speaker: "الوزير",
    role: null,
    organization: null,
    kind: "indirect" as const,
    cue: null,
    text_start: textStart,
    paragraph,
  });

  it.each([
    ["the exact start in its paragraph", "المطار سيفتح قريبا", 1, text.indexOf("المطار")],
    ["the longest run of first words found", "المطار سيفتح غدا", 1, text.indexOf("المطار")],
    ["the paragraph start when the words are not there", "كلام آخر تماما", 1, text.indexOf("وأضاف")],
    ["the end of the body for a paragraph past the last", "المطار سيفتح", 9, text.length],
  ])("%s", (_, textStart, paragraph, offset) => {
    expect(article.sections.flatMap((s) => s.paragraphs)).toHaveLength(2);
    expect(locateGoldQuote(text, article, goldQuote(textStart, paragraph))).toBe(offset);
  });
});

describe("goldFromJson", () => {
  it("fills what a partial gold file leaves out", () => {
    const gold = goldFromJson({ quotes: [{ speaker: "الوزير", text_start: "الاجتماع كان" }] });
    expect(gold).toMatchObject({
      title: null,
      editor: null,
      author: null,
      dateline: null,
      ticker: [],
      headings: [],
    });
    expect(gold.quotes[0]).toMatchObject({ kind: "direct", cue: null, paragraph: 0, role: null });
  });

  it("takes the seed's gold file as it is", () => {
    expect(goldFromJson(SEED_GOLD)).toEqual(SEED_GOLD);
  });

  it.each([
    ["a list", [], "a gold file is a JSON object"],
    ["null", null, "a gold file is a JSON object"],
    ["a package.json", { name: "khabar", version: "1.0.0" }, 'not a gold file: it has no "quotes" list'],
    ["a quote without speaker", { quotes: [{ text_start: "x" }] }, 'gold quote 0 needs a string "speaker"'],
    ["ticker that is not a list", { quotes: [], ticker: "x" }, 'gold "ticker" must be a list'],
  ])("rejects %s", (_, value, message) => {
    expect(() => goldFromJson(value)).toThrow(message);
  });
});
