/**
 * Nothing is lost: every non-white-space code unit of the input lies in exactly one block.
 */
import { describe, expect } from "vitest";
import { parseArticle } from "../../src/parse.js";
import { anyText, articleText } from "../arbitraries/index.js";
import { property } from "./harness.js";
import { coverageViolations } from "./invariants.js";

describe("blocks cover the input", () => {
  property(
    "on page-like text: blocks in order, no overlap, every visible unit inside one",
    articleText,
    (input) => {
      expect(coverageViolations(input, parseArticle(input))).toEqual([]);
    },
  );

  property("on arbitrary Unicode", anyText, (input) => {
    expect(coverageViolations(input, parseArticle(input))).toEqual([]);
  });
});
