/**
 * The same input gives the same output: no hidden state between calls, and normalization is idempotent.
 */
import { describe, expect } from "vitest";
import { normalize, PARSE_NORMALIZATION } from "../../src/normalize/index.js";
import { parseArticle } from "../../src/parse.js";
import { anyInput, articleText, fc } from "../arbitraries/index.js";
import { property } from "./harness.js";

describe("determinism", () => {
  property(
    "parse A, parse B, parse A again: the two results for A are equal",
    fc.tuple(articleText, anyInput),
    ([a, b]) => {
      const first = parseArticle(a);
      parseArticle(b);
      expect(parseArticle(a)).toEqual(first);
    },
    { parses: 3 },
  );

  property(
    "a result is not shared with the next call (mutating it changes nothing)",
    articleText,
    (input) => {
      const first = parseArticle(input);
      const snapshot = structuredClone(first);
      first.blocks.push({ kind: "furniture", span: { start: 0, end: 0 } });
      first.warnings.length = 0;
      for (const s of first.sections) s.paragraphs.length = 0;
      expect(parseArticle(input)).toEqual(snapshot);
    },
    { share: 0.2, parses: 2 },
  );

  property("normalize with the parse profile is idempotent", anyInput, (input) => {
    const once = normalize(input, PARSE_NORMALIZATION);
    expect(normalize(once, PARSE_NORMALIZATION)).toBe(once);
  });
});
