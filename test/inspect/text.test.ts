import { describe, expect, it } from "vitest";
import { comparisonKey, sameSpeaker } from "../../scripts/eval/score.js";
import { reviewAgainstGold } from "../../src/inspect/gold.js";
import { renderTextView } from "../../src/inspect/text.js";
import { parseArticle } from "../../src/parse.js";
import { type Article, ArticleSchema, type Quote, type Span } from "../../src/schema.js";
import { CORPUS_DIR, MADE_UP_PAGES, pagesIn, SEED, SEED_GOLD } from "./fixtures.js";
import { findAll, hasClass, type Node, parseHtml, textOf } from "./html.js";

/** The text view of `text` as parsed, read back. */
function view(text: string, article: Article = parseArticle(text)): Node {
  return parseHtml(renderTextView(text, article));
}

/** The first fragment of each quote (the one with the id), in quote order. */
function quoteHeads(root: Node): Node[] {
  return findAll(root, (n) => hasClass(n, "kb-quote") && n.attrs.id !== undefined);
}

const span = (start: number, end: number): Span => ({ start, end });

/** A made-up Article over `text`: one paragraph covering it, and the given fields. */
function article(text: string, fields: Partial<Article> = {}): Article {
  const made: Article = {
    title: null,
    byline: { editor: null, author: null },
    dateline: null,
    published: null,
    dates: [],
    ticker: [],
    sections: [{ heading: null, headingSpan: null, paragraphs: [{ text, span: span(0, text.length) }] }],
    quotes: [],
    speakers: [],
    furniture: [],
    blocks: [{ kind: "paragraph", span: span(0, text.length) }],
    warnings: [],
    ...fields,
  };
  expect(ArticleSchema.safeParse(made).success).toBe(true);
  return made;
}

function quote(text: string, at: Span, speaker: string | null, fields: Partial<Quote> = {}): Quote {
  return {
    text,
    kind: "indirect",
    cue: null,
    speaker: speaker === null ? null : { name: speaker, role: null, organization: null },
    paragraph: 0,
    span: at,
    cueSpan: null,
    speakerSpan: null,
    confidence: 0.9,
    ...fields,
  };
}

describe("the text view keeps the page text exactly", () => {
  const pages: (readonly [string, string])[] = [
    ["the seed page", SEED],
    ...MADE_UP_PAGES.map((p) => [p.name, p.text] as const),
    ...pagesIn(CORPUS_DIR).map((p) => [`corpus ${p.name}`, p.text] as const),
  ];
  it.each(pages)("%s", (_, text) => {
    expect(textOf(view(text))).toBe(text);
  });

  it.each([
    ["Windows line ends", 'عاجل\r\nقال الوزير إن "الخطة جاهزة".\r\n'],
    ["markup-like text", 'قال <script>alert("x")</script> & <b>'],
    ["an empty page", ""],
    ["white space only", " \n\t\n "],
    ["a page without Arabic", "Breaking: markets fall (AFP) - 10:30"],
  ])("%s", (_, text) => {
    expect(textOf(view(text))).toBe(text);
  });

  it("shows a NUL as U+FFFD, keeping every other code unit and offset", () => {
    const text = "قال\0 الوزير";
    expect(textOf(view(text))).toBe("قال\uFFFD الوزير");
  });
});

describe("the seed page as drawn, checked against its gold annotation", () => {
  const root = view(SEED);

  it("boxes the ten ticker items with their source and time as labels", () => {
    const items = findAll(root, (n) => hasClass(n, "kb-tick"));
    expect(items.map((n) => n.attrs["data-label"])).toEqual(
      SEED_GOLD.ticker.map((t) => `${t.source} · ${t.time}`),
    );
    items.forEach((n, i) => {
      expect(comparisonKey(textOf(n))).toContain(comparisonKey(SEED_GOLD.ticker[i]?.text));
    });
  });

  it("marks both headings and tags the title, byline and dateline", () => {
    const headings = findAll(root, (n) => hasClass(n, "kb-heading"));
    expect(headings.map((n) => comparisonKey(textOf(n)))).toEqual(SEED_GOLD.headings.map(comparisonKey));
    expect(headings.every((n) => n.attrs["data-tag"] === "heading")).toBe(true);
    const tagged = (kind: string) =>
      findAll(root, (n) => hasClass(n, `kb-${kind}`) && hasClass(n, "kb-block"));
    expect(tagged("title").map((n) => comparisonKey(textOf(n)))).toEqual([comparisonKey(SEED_GOLD.title)]);
    expect(tagged("byline").map((n) => textOf(n))).toEqual(["Editing: أمنة رياض |"]);
    expect(tagged("byline")[0]?.attrs.title).toBe(`editor: ${SEED_GOLD.editor}`);
    expect(tagged("dateline").map((n) => textOf(n))).toEqual(["سمارت ــ تركيا"]);
  });

  it("strikes through the leaked UI strings", () => {
    const struck = findAll(root, (n) => hasClass(n, "kb-furniture") && !hasClass(n, "kb-block"));
    expect(struck.map(textOf)).toEqual(["ui.public.translatedTo", "pictogram-avatar"]);
    expect(struck.every((n) => n.attrs["data-furniture"] === "ui-string")).toBe(true);
  });

  it("underlines every gold quote with its speaker's label and colour, the cue in bold", () => {
    const heads = quoteHeads(root);
    expect(heads).toHaveLength(SEED_GOLD.quotes.length);
    heads.forEach((head, i) => {
      const gold = SEED_GOLD.quotes[i]!;
      expect(sameSpeaker(gold.speaker, head.attrs["data-label"])).toBe(true);
      expect(head.attrs.class).toContain(`kb-${gold.kind}`);
    });
    const colours = new Map<string, string>();
    for (const head of heads) {
      const colour = head.attrs.style ?? "";
      const name = head.attrs["data-speaker"] ?? "";
      expect(colours.get(name) ?? colour).toBe(colour);
      colours.set(name, colour);
    }
    // Four speakers, four colours.
    expect(new Set(colours.values()).size).toBe(4);
    const cues = findAll(root, (n) => n.tag === "b" && hasClass(n, "kb-cue"));
    expect(cues.map((n) => comparisonKey(textOf(n)))).toEqual(
      SEED_GOLD.quotes.map((q) => comparisonKey(q.cue)),
    );
  });

  it("numbers the body paragraphs as gold paragraph indexes count them", () => {
    const paragraphs = findAll(root, (n) => hasClass(n, "kb-para"));
    expect(paragraphs.map((n) => n.attrs["data-tag"])).toEqual(paragraphs.map((_, i) => `¶${i}`));
    const third = SEED_GOLD.quotes[2]!;
    expect(textOf(paragraphs[third.paragraph]!)).toContain(third.text_start.slice(0, 20));
  });
});

describe("marks on made-up spans", () => {
  it("splits a mark that crosses another into fragments and keeps the HTML nested", () => {
    const text = "قال الوزير إن الاجتماع الأحد 5 مايو كان مثمرا";
    const q = text.indexOf("الاجتماع");
    const d = text.indexOf("الأحد");
    const quoteEnd = text.indexOf("مايو");
    const a = article(text, {
      quotes: [quote("الاجتماع الأحد 5", span(q, quoteEnd - 1), "الوزير")],
      speakers: [{ name: "الوزير", role: null, organization: null, mentions: [span(4, 10)] }],
      dates: [{ iso: "--05-05", raw: "الأحد 5 مايو", span: span(d, quoteEnd + 4) }],
    });
    const root = view(text, a);
    expect(textOf(root)).toBe(text);
    const dates = findAll(root, (n) => hasClass(n, "kb-date"));
    expect(dates.map((n) => n.attrs.id)).toEqual(["kb-d-0", undefined]);
    expect(dates.map(textOf).join("")).toBe("الأحد 5 مايو");
    const quotes = findAll(root, (n) => hasClass(n, "kb-quote"));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.attrs["data-label"]).toBe("الوزير");
    const mention = findAll(root, (n) => hasClass(n, "kb-mention"));
    expect(mention.map(textOf)).toEqual(["الوزير"]);
  });

  it("draws no label for a ticker item without source or time, and none for an empty or outside span", () => {
    const text = "عاجل: انقطاع الكهرباء في المدينة";
    const a = article(text, {
      ticker: [
        {
          text: "انقطاع الكهرباء في المدينة",
          source: null,
          time: null,
          dayOffset: 0,
          span: span(6, text.length),
        },
      ],
      dates: [{ iso: null, raw: "", span: span(3, 3) }],
      furniture: [{ kind: "widget", text: "x", span: span(text.length + 5, text.length + 9) }],
    });
    const root = view(text, a);
    const items = findAll(root, (n) => hasClass(n, "kb-tick"));
    expect(items).toHaveLength(1);
    expect(items[0]?.attrs["data-label"]).toBeUndefined();
    expect(findAll(root, (n) => hasClass(n, "kb-date"))).toEqual([]);
    expect(findAll(root, (n) => hasClass(n, "kb-furniture"))).toEqual([]);
    expect(textOf(root)).toBe(text);
  });

  it("labels a quote without a speaker with ? in the grey of no speaker", () => {
    const text = "«الوضع تحت السيطرة»";
    const root = view(
      text,
      article(text, { quotes: [quote("الوضع تحت السيطرة", span(1, text.length - 1), null)] }),
    );
    const [head] = quoteHeads(root);
    expect(head?.attrs["data-label"]).toBe("?");
    expect(head?.attrs.style).toBe("--kb-c:#757575");
  });

  it("escapes names and labels in attributes", () => {
    const text = 'قال "أ<b>" إن الخبر صحيح';
    const name = 'أ<b>" onclick="x';
    const a = article(text, {
      quotes: [quote("الخبر صحيح", span(text.indexOf("الخبر"), text.length), name)],
    });
    const html = renderTextView(text, a);
    expect(html).not.toContain('onclick="x');
    expect(quoteHeads(parseHtml(html))[0]?.attrs["data-speaker"]).toBe(name);
  });
});

describe("gold marks", () => {
  const text =
    "قال الوزير إن الاجتماع كان مثمرا. وقال المدير إن الحكومة ستدعم المشروع. وأضاف أن المطار سيفتح قريبا. وذكر التقرير أن الأسعار سترتفع.";
  const at = (phrase: string) => span(text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  const a = article(text, {
    quotes: [
      quote("الاجتماع كان مثمرا", at("الاجتماع كان مثمرا"), "الوزير"),
      quote("الحكومة ستدعم المشروع", at("الحكومة ستدعم المشروع"), "المدير"),
      quote("الأسعار سترتفع", at("الأسعار سترتفع"), "التقرير"),
    ],
    speakers: [
      { name: "الوزير", role: null, organization: null, mentions: [at("الوزير")] },
      { name: "المدير", role: null, organization: null, mentions: [at("المدير")] },
      { name: "التقرير", role: null, organization: null, mentions: [at("التقرير")] },
    ],
  });
  const goldQuote = (speaker: string, textStart: string) => ({
    speaker,
    role: null,
    organization: null,
    kind: "indirect" as const,
    cue: "قال",
    text_start: textStart,
    paragraph: 0,
  });
  const gold = {
    title: null,
    editor: null,
    author: null,
    dateline: null,
    ticker: [],
    headings: [],
    quotes: [
      goldQuote("الوزير", "الاجتماع كان مثمرا"),
      goldQuote("مدير المكتب الإعلامي", "الحكومة ستدعم المشروع"),
      goldQuote("المدير", "المطار سيفتح قريبا"),
    ],
  };
  const review = reviewAgainstGold(gold, a);
  const root = parseHtml(renderTextView(text, a, review));

  it("gives each quote its verdict by the scoring rules", () => {
    expect(review.quotes.map((v) => v.kind)).toEqual(["right", "wrong-speaker", "extra"]);
    expect(review.missed.map((g) => g.text_start)).toEqual(["المطار سيفتح قريبا"]);
    expect(quoteHeads(root).map((n) => n.attrs["data-label"])).toEqual([
      "الوزير ✓",
      "المدير ✗ gold: مدير المكتب الإعلامي",
      "التقرير ✗ not in gold",
    ]);
    expect(quoteHeads(root).map((n) => n.attrs.class)).toEqual([
      "kb-quote kb-indirect kb-gold-right",
      "kb-quote kb-indirect kb-gold-wrong-speaker",
      "kb-quote kb-indirect kb-gold-extra",
    ]);
  });

  it("puts an empty marker where the missed gold quote starts, keeping the text", () => {
    const markers = findAll(root, (n) => hasClass(n, "kb-missed"));
    expect(markers).toHaveLength(1);
    expect(markers[0]?.children).toEqual([]);
    expect(markers[0]?.attrs["data-label"]).toBe("missed: المدير · المطار سيفتح قريبا");
    expect(textOf(root)).toBe(text);
    // The marker stands right before the missed words.
    const html = renderTextView(text, a, review);
    expect(html.indexOf('id="kb-miss-0"')).toBeLessThan(html.indexOf("المطار"));
    expect(html.indexOf('id="kb-miss-0"')).toBeGreaterThan(html.indexOf("وأضاف"));
  });
});
