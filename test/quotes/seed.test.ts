/**
 * The seed page must come out exact: all 11 quotes with speaker, role, organization, kind, cue and paragraph.
 * The body paragraphs are computed here from the corpus rules (the lines after the dateline, minus the
 * headings), so that this test does not depend on the page-structure stage.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/quotes/index.js";
import type { Paragraph } from "../../src/schema.js";
import { splitLines } from "../../src/segment/index.js";

const dir = new URL("../fixtures/seed/", import.meta.url);
const text = readFileSync(new URL("000-seed.txt", dir), "utf8");
const gold = JSON.parse(readFileSync(new URL("000-seed.gold.json", dir), "utf8")) as {
  headings: string[];
  quotes: {
    speaker: string;
    role: string | null;
    organization: string | null;
    kind: string;
    cue: string | null;
    text_start: string;
    paragraph: number;
  }[];
};

/** The comparison key of the scoring rules, enough for this page: no diacritics, punctuation or quotes. */
function key(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function bodyParagraphs(): Paragraph[] {
  const lines = splitLines(text);
  const dateline = lines.findIndex((l) => l.text === "سمارت ــ تركيا");
  const headings = new Set(gold.headings.map((h) => h.trim()));
  return lines
    .slice(dateline + 1)
    .filter((l) => !headings.has(l.text))
    .map((l) => ({ text: l.text, span: { start: l.start, end: l.end } }));
}

describe("the seed page", () => {
  const paragraphs = bodyParagraphs();
  const { quotes, speakers } = findQuotes(paragraphs);

  it("has the seed's 14 body paragraphs", () => {
    expect(paragraphs).toHaveLength(14);
  });

  it("finds exactly the 11 gold quotes, in order", () => {
    expect(quotes).toHaveLength(gold.quotes.length);
  });

  it.each(gold.quotes.map((g, i) => [i, g] as const))("quote %i is exact", (i, g) => {
    const q = quotes[i];
    expect(q).toBeDefined();
    if (!q) return;
    expect(key(q.text).startsWith(key(g.text_start).split(" ").slice(0, 4).join(" "))).toBe(true);
    expect(q.speaker?.name).toBe(g.speaker);
    expect(q.speaker?.role ?? null).toBe(g.role);
    expect(q.speaker?.organization ?? null).toBe(g.organization);
    expect(q.kind).toBe(g.kind);
    expect(q.cue).toBe(g.cue);
    expect(q.paragraph).toBe(g.paragraph);
  });

  it("spans point at the content, the cue and the speaker in the page text", () => {
    for (const q of quotes) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
      if (q.cueSpan) expect(text.slice(q.cueSpan.start, q.cueSpan.end)).toBe(q.cue);
    }
    const first = quotes[0];
    expect(first?.speakerSpan && text.slice(first.speakerSpan.start, first.speakerSpan.end)).toBe(
      "عبد الرحمن مصطفى",
    );
    // A continuation (وتابع:) names nobody.
    expect(quotes[2]?.speakerSpan).toBeNull();
  });

  it("lists each of the four speakers once, with every mention", () => {
    expect(speakers.map((s) => s.name)).toEqual([
      "عبد الرحمن مصطفى",
      "بدر جاموس",
      "يوسف الحمود",
      "محمد وجيه جمعة",
    ]);
    const jamous = speakers.find((s) => s.name === "بدر جاموس");
    const mentioned = jamous?.mentions.map((m) => text.slice(m.start, m.end));
    // The full name twice and the surname in quotation marks (وأوضح "جاموس" أن).
    expect(mentioned).toEqual(["بدر جاموس", "جاموس", "بدر جاموس"]);
  });
});
