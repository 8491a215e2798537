/**
 * The naive baseline that khabar's quote attribution is measured against: a speech verb followed, on the same
 * line, by a quotation; the quotation is the content and nobody is the speaker. `npm run eval` can report it
 * beside khabar to show what the attribution stage adds.
 */
import type { Paragraph, Quote } from "../schema.js";
import { BASELINE_QUOTE } from "./patterns.js";

/** Quotes found by the naive baseline (a speech verb, then "…"/«…»/“…” on the same line), with no speaker. */
export function baselineQuotes(paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  paragraphs.forEach((p, index) => {
    for (const m of p.text.matchAll(BASELINE_QUOTE)) {
      const content = m[2] ?? "";
      const verb = m[1] ?? "";
      const at = m.index ?? 0;
      const contentStart = at + m[0].length - 1 - content.length;
      const verbStart = at + m[0].indexOf(verb);
      quotes.push({
        text: content,
        kind: "direct",
        cue: verb,
        speaker: null,
        paragraph: index,
        span: { start: p.span.start + contentStart, end: p.span.start + contentStart + content.length },
        cueSpan: { start: p.span.start + verbStart, end: p.span.start + verbStart + verb.length },
        speakerSpan: null,
        confidence: 0.5,
      });
    }
  });
  return quotes;
}
