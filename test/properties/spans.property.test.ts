/**
 * Every span lies inside the input and points at the text of the field it belongs to.
 */
import { describe, expect } from "vitest";
import { parseArticle } from "../../src/parse.js";
import { anyInput, articleText } from "../arbitraries/index.js";
import { property } from "./harness.js";
import { fieldViolations, spanViolations, surrogateSplits } from "./invariants.js";

describe("spans", () => {
  property("lie inside the input: 0 ≤ start ≤ end ≤ input.length", anyInput, (input) => {
    expect(spanViolations(input, parseArticle(input))).toEqual([]);
  });

  property("never cut a surrogate pair in two", anyInput, (input) => {
    expect(surrogateSplits(input, parseArticle(input))).toEqual([]);
  });

  property(
    "point at the text of their field (paragraph text = normalized slice, trimmed …)",
    articleText,
    (input) => {
      expect(fieldViolations(input, parseArticle(input))).toEqual([]);
    },
  );
});
