/**
 * The seed page, parsed end to end, must equal its hand-made gold in every field: this is the page khabar
 * started from. The gold is compared with the scoring rules of `npm run eval`, plus the fields those rules
 * do not look at (quote role, organization, cue, kind and paragraph; the furniture).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  comparisonKey,
  type Gold,
  sameSpeaker,
  scoreArticle,
  textStartKey,
} from "../../scripts/eval/score.js";
import { ArticleSchema, parseArticle } from "../../src/index.js";

const dir = join(import.meta.dirname, "../fixtures/seed");
const text = readFileSync(join(dir, "000-seed.txt"), "utf8");
const gold = JSON.parse(readFileSync(join(dir, "000-seed.gold.json"), "utf8")) as Gold;
const article = parseArticle(text);

describe("the seed page", () => {
  it("passes ArticleSchema", () => {
    expect(() => ArticleSchema.parse(article)).not.toThrow();
  });

  it("has the gold title, editor, author and dateline", () => {
    expect(article.title).toBe(gold.title);
    expect(article.byline).toEqual({ editor: gold.editor, author: gold.author });
    expect(article.dateline).toEqual(gold.dateline);
  });

  it("has the ten ticker items with text, source and time", () => {
    // Item text is compared by the scoring key: parsing drops tatweel, so the gold's «بـ "كورونا"» reads «ب "كورونا"».
    const key = ({ text, source, time }: { text: string; source: string | null; time: string | null }) => ({
      text: comparisonKey(text),
      source,
      time,
    });
    expect(article.ticker.map(key)).toEqual(gold.ticker.map(key));
    expect(article.ticker.map((item) => text.slice(item.span.start, item.span.end))).toEqual(
      gold.ticker.map((item) => expect.stringContaining(item.text)),
    );
  });

  it("has both headings", () => {
    expect(article.sections.flatMap((s) => (s.heading ? [s.heading] : []))).toEqual(gold.headings);
  });

  it("puts the two UI leftovers in furniture, not in the body", () => {
    const furniture = article.furniture.map((f) => f.text);
    expect(furniture).toEqual(expect.arrayContaining(["ui.public.translatedTo", "pictogram-avatar"]));
    const body = article.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join("\n");
    expect(body).not.toContain("ui.public");
    expect(body).not.toContain("pictogram");
  });

  it("has every quote with its speaker, role, organization, kind, cue and paragraph", () => {
    expect(article.quotes).toHaveLength(gold.quotes.length);
    gold.quotes.forEach((g, i) => {
      const q = article.quotes[i];
      expect(q, `quote ${i}`).toBeDefined();
      if (!q) return;
      expect(comparisonKey(q.text), `quote ${i} text`).toContain(textStartKey(g.text_start));
      expect(sameSpeaker(g.speaker, q.speaker?.name), `quote ${i} speaker ${q.speaker?.name}`).toBe(true);
      expect(comparisonKey(q.speaker?.role), `quote ${i} role`).toBe(comparisonKey(g.role));
      expect(comparisonKey(q.speaker?.organization), `quote ${i} organization`).toBe(
        comparisonKey(g.organization),
      );
      expect({ kind: q.kind, cue: q.cue, paragraph: q.paragraph }, `quote ${i}`).toEqual({
        kind: g.kind,
        cue: g.cue,
        paragraph: g.paragraph,
      });
    });
  });

  it("scores perfectly under the eval rules", () => {
    const score = scoreArticle(gold, article);
    for (const [field, c] of Object.entries(score.counts)) {
      expect({ field, fp: c.fp, fn: c.fn }).toEqual({ field, fp: 0, fn: 0 });
    }
  });
});
