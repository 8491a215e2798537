/**
 * extractQuotes is total on page-like text: any mix of cues, complementizers, marks, names and punctuation
 * gives schema-valid quotes and speakers whose spans lie inside the input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/index.js";
import { QuoteSchema, type Span, SpeakerSchema } from "../../src/schema.js";

const FRAGMENTS = [
  "قال",
  "وقالت",
  "إن",
  "أن",
  "بأنه",
  '"',
  "«",
  "»",
  "“",
  "”",
  "'",
  ":",
  "،",
  ".",
  "\n",
  "الوزير",
  "أحمد سالم",
  'رئيس "الهيئة"',
  "بحسب ما قال",
  "مضيفا",
  "لكنها",
  "الذي",
  "(سانا)",
  "#وسم_ما",
  "ـ",
  "\u064B",
  "\u200F",
  "بدوره",
  "مصدر مسؤول",
  "في بيان",
  "للمرصد",
  "هكذا",
  "18:54",
  "نقلت الصحيفة عن",
  "قولها",
];

const page = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(" ", "", "  ")), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

const inside = (s: Span | null, text: string) => s === null || (s.start <= s.end && s.end <= text.length);

describe("extractQuotes on any page-like text", () => {
  it("returns valid quotes and speakers with spans inside the input", () => {
    fc.assert(
      fc.property(page, (text) => {
        const { quotes, speakers } = extractQuotes(text);
        for (const q of quotes) {
          expect(QuoteSchema.safeParse(q).success).toBe(true);
          expect(inside(q.span, text) && inside(q.cueSpan, text) && inside(q.speakerSpan, text)).toBe(true);
        }
        for (const s of speakers) {
          expect(SpeakerSchema.safeParse(s).success).toBe(true);
          for (const m of s.mentions) expect(inside(m, text)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same answer twice (no state carried between calls)", () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(extractQuotes(text)).toEqual(extractQuotes(text));
      }),
      { numRuns: 100 },
    );
  });
});
