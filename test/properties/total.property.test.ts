/**
 * parseArticle is total on strings: it never throws, and what it returns always passes ArticleSchema.
 */
import { describe, expect } from "vitest";
import { parseArticle } from "../../src/parse.js";
import { ArticleSchema } from "../../src/schema.js";
import { anyText, articleText, fc, ticker } from "../arbitraries/index.js";
import { property } from "./harness.js";

const wellFormed = (input: string) => {
  const article = parseArticle(input);
  // parse (not safeParse) so that a failure shows zod's issues with their paths.
  ArticleSchema.parse(article);
  expect(JSON.parse(JSON.stringify(article))).toEqual(article);
};

describe("parseArticle is total", () => {
  property("on arbitrary Unicode (lone surrogates, NUL, controls)", anyText, wellFormed);
  property("on page-like text (ticker, furniture, quotes, noise)", articleText, wellFormed);
  property("on tickers alone", ticker, wellFormed, { share: 0.2 });
  property(
    "on text with every line ending and no-break-space paragraph breaks",
    fc
      .array(fc.constantFrom("أ", "ب ت", " ", "\r", "\n", "\r\n", "\u00a0", "\u2028", "\u200f", "\u0651"), {
        maxLength: 60,
      })
      .map((parts) => parts.join("")),
    wellFormed,
    { share: 0.2 },
  );
});
