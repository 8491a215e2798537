/**
 * The naive baseline that khabar's quote attribution is measured against: a speech verb followed, on the same
 * line and within 80 characters, by a quotation in "…", «…» or “…”; the quotation is the content and nobody
 * is the speaker. `npm run eval` can report it beside khabar to show what the attribution stage adds.
 */
import type { Paragraph, Quote } from "../schema.js";
import { BASELINE_VERB } from "./patterns.js";

/** How far after the verb the baseline looks for an opening mark, in code units. */
const REACH = 80;

/** The closing mark of an opening one: " → ", « → », “ → ”. */
function closerOf(open: string): string {
  return open === "\u00AB" ? "\u00BB" : open === "\u201C" ? "\u201D" : '"';
}

/** Quotes found by the naive baseline (a speech verb, then "…"/«…»/“…” on the same line), with no speaker. */
export function baselineQuotes(paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  paragraphs.forEach((p, index) => {
    const text = p.text;
    let resume = 0;
    // Closers with none left after an offset: searching again would make the scan quadratic.
    const exhausted = new Map<string, number>();
    for (const m of text.matchAll(BASELINE_VERB)) {
      const verb = m[1] ?? "";
      const at = m.index ?? 0;
      if (at < resume) continue;
      const verbStart = at + m[0].length - verb.length;
      let open = -1;
      for (let i = at + m[0].length; i < text.length && i < at + m[0].length + REACH; i++) {
        const ch = text[i] as string;
        if (ch === '"' || ch === "\u00AB" || ch === "\u201C") {
          open = i;
          break;
        }
      }
      if (open < 0) continue;
      const closer = closerOf(text[open] as string);
      if ((exhausted.get(closer) ?? Number.POSITIVE_INFINITY) <= open) continue;
      const close = text.indexOf(closer, open + 1);
      if (close < 0) {
        exhausted.set(closer, open);
        continue;
      }
      resume = close + 1;
      quotes.push({
        text: text.slice(open + 1, close),
        kind: "direct",
        cue: verb,
        speaker: null,
        paragraph: index,
        span: { start: p.span.start + open + 1, end: p.span.start + close },
        cueSpan: { start: p.span.start + verbStart, end: p.span.start + verbStart + verb.length },
        speakerSpan: null,
        confidence: 0.5,
      });
    }
  });
  return quotes;
}
