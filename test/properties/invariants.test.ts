/**
 * The invariant checks must be able to fail: each is shown an article broken in one way by hand.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse.js";
import type { Article } from "../../src/schema.js";
import { coverageViolations, fieldViolations, spanViolations, surrogateSplits } from "./invariants.js";

const INPUT = "عنوان الخبر\n\nقال الوزير إن الاجتماع كان مثمرا.";

/** An empty article with the given blocks and paragraphs. */
function article(parts: Partial<Article>): Article {
  return {
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
    ...parts,
  };
}

describe("invariants", () => {
  it("accept what parseArticle returns for a plain page", () => {
    const a = parseArticle(INPUT);
    expect(spanViolations(INPUT, a)).toEqual([]);
    expect(coverageViolations(INPUT, a)).toEqual([]);
    expect(fieldViolations(INPUT, a)).toEqual([]);
  });

  it.each([
    ["past the end", { start: 0, end: INPUT.length + 1 }],
    ["reversed", { start: 5, end: 4 }],
    ["negative", { start: -1, end: 3 }],
  ])("reject a span %s", (_name, span) => {
    const a = article({ blocks: [{ kind: "paragraph", span }] });
    expect(spanViolations(INPUT, a)).toHaveLength(1);
  });

  it("rejects a span that cuts a surrogate pair", () => {
    const input = "أ😀ب";
    const a = article({ blocks: [{ kind: "paragraph", span: { start: 0, end: 2 } }] });
    expect(surrogateSplits(input, a)).toHaveLength(1);
  });

  it("rejects a visible character that is in no block, and accepts white space outside blocks", () => {
    const covered = article({ blocks: [{ kind: "title", span: { start: 0, end: 11 } }] });
    expect(coverageViolations(INPUT, covered)[0]).toMatch(/input\[13\] = U\+0642 is in no block/);
    const input = "  أ \u00a0\r\n";
    const ok = article({ blocks: [{ kind: "paragraph", span: { start: 2, end: 3 } }] });
    expect(coverageViolations(input, ok)).toEqual([]);
  });

  it("rejects overlapping blocks", () => {
    const a = article({
      blocks: [
        { kind: "title", span: { start: 0, end: 11 } },
        { kind: "paragraph", span: { start: 10, end: INPUT.length } },
      ],
    });
    expect(coverageViolations(INPUT, a)[0]).toMatch(/overlap/);
  });

  it("rejects a paragraph whose text is not the text at its span", () => {
    const a = article({
      sections: [
        {
          heading: null,
          headingSpan: null,
          paragraphs: [{ text: "قال الوزير", span: { start: 13, end: 20 } }],
        },
      ],
    });
    expect(fieldViolations(INPUT, a)).toHaveLength(1);
  });

  it("rejects a title that stands in no title block, and a quote outside its paragraph", () => {
    const a = article({
      title: "عنوان آخر",
      blocks: [{ kind: "title", span: { start: 0, end: 11 } }],
      sections: [
        {
          heading: null,
          headingSpan: null,
          paragraphs: [{ text: "عنوان الخبر", span: { start: 0, end: 11 } }],
        },
      ],
      quotes: [
        {
          text: "الاجتماع كان مثمرا",
          kind: "indirect",
          cue: "قال",
          speaker: null,
          paragraph: 0,
          span: { start: 28, end: INPUT.length - 1 },
          cueSpan: { start: 13, end: 16 },
          speakerSpan: null,
          confidence: 0.5,
        },
      ],
    });
    const found = fieldViolations(INPUT, a);
    expect(found.some((v) => v.startsWith("title"))).toBe(true);
    expect(found.some((v) => v.startsWith("quotes[0] starts"))).toBe(true);
  });
});
