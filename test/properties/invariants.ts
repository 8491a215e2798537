/**
 * The invariants every Article must satisfy for the input it was parsed from, as functions that return the
 * violations found (an empty list when the article is sound). The property tests run them on generated
 * input; the adversarial tests run them on huge and hostile input.
 */
import { isWhiteSpace } from "../../src/diagnose/index.js";
import {
  normalize,
  normalizeWithMap,
  type OffsetMap,
  PARSE_NORMALIZATION,
} from "../../src/normalize/index.js";
import type { Article, Span } from "../../src/schema.js";

/** U+0640 ARABIC TATWEEL. */
const TATWEEL = 0x0640;

/** At most this many violations are listed per check, so that a failure message stays readable. */
const MAX_LISTED = 5;

/** The normalization parseArticle runs, as a function of a string. */
export function norm(text: string): string {
  return normalize(text, PARSE_NORMALIZATION);
}

/** Every span of the article, with where it sits. */
export function allSpans(article: Article): { path: string; span: Span }[] {
  const out: { path: string; span: Span }[] = [];
  const add = (path: string, span: Span | null | undefined) => {
    if (span) out.push({ path, span });
  };
  article.ticker.forEach((t, i) => {
    add(`ticker[${i}]`, t.span);
  });
  article.sections.forEach((s, i) => {
    add(`sections[${i}].headingSpan`, s.headingSpan);
    s.paragraphs.forEach((p, j) => {
      add(`sections[${i}].paragraphs[${j}]`, p.span);
    });
  });
  article.quotes.forEach((q, i) => {
    add(`quotes[${i}].span`, q.span);
    add(`quotes[${i}].cueSpan`, q.cueSpan);
    add(`quotes[${i}].speakerSpan`, q.speakerSpan);
  });
  article.speakers.forEach((s, i) => {
    s.mentions.forEach((m, j) => {
      add(`speakers[${i}].mentions[${j}]`, m);
    });
  });
  article.furniture.forEach((f, i) => {
    add(`furniture[${i}]`, f.span);
  });
  article.blocks.forEach((b, i) => {
    add(`blocks[${i}] (${b.kind})`, b.span);
  });
  article.dates.forEach((d, i) => {
    add(`dates[${i}]`, d.span);
  });
  add("published", article.published?.span);
  article.warnings.forEach((w, i) => {
    add(`warnings[${i}] (${w.code})`, w.span);
  });
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Spans out of `[0, input.length]`, reversed, or with an end that splits a surrogate pair. */
export function spanViolations(input: string, article: Article): string[] {
  const out: string[] = [];
  for (const { path, span } of allSpans(article)) {
    const { start, end } = span;
    if (
      !(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= input.length)
    ) {
      out.push(`${path} = [${start}, ${end}) is not inside [0, ${input.length}]`);
    }
  }
  return out.slice(0, MAX_LISTED);
}

/** Span boundaries that fall between the two halves of a surrogate pair (a character cut in two). */
export function surrogateSplits(input: string, article: Article): string[] {
  const out: string[] = [];
  for (const { path, span } of allSpans(article)) {
    for (const at of [span.start, span.end]) {
      if (at > 0 && at < input.length && isHigh(input.charCodeAt(at - 1)) && isLow(input.charCodeAt(at))) {
        out.push(`${path} = [${span.start}, ${span.end}) cuts the surrogate pair at ${at - 1}`);
      }
    }
  }
  return out.slice(0, MAX_LISTED);
}

/**
 * Code units that normalization deletes or turns into white space when they stand alone (marks, tatweel,
 * bidi, zero-width, isolated presentation forms of marks such as U+FE72), cached.
 */
const removedCache = new Map<number, boolean>();
function removedByNormalization(c: number): boolean {
  let removed = removedCache.get(c);
  if (removed === undefined) {
    removed = norm(String.fromCharCode(c)).trim() === "";
    removedCache.set(c, removed);
  }
  return removed;
}

/** Whether a code unit may stand outside every block: white space, or a unit normalization deletes. */
export function mayStandOutside(c: number): boolean {
  return isWhiteSpace(c) || removedByNormalization(c);
}

/**
 * Nothing lost: blocks are in input order and never overlap, and every code unit of the input that is
 * not white space (nor deleted by normalization) lies inside a block.
 */
export function coverageViolations(input: string, article: Article): string[] {
  const out: string[] = [];
  const blocks = article.blocks;
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1]!;
    const b = blocks[i]!;
    if (b.span.start < a.span.end) {
      out.push(
        `blocks[${i - 1}] (${a.kind} [${a.span.start}, ${a.span.end})) and blocks[${i}] (${b.kind} [${b.span.start}, ${b.span.end})) overlap or are out of order`,
      );
    }
  }
  let next = 0;
  let coveredTo = 0;
  // Some units are deleted only in context (a tatweel beside a letter; alone it is a dash and stays): the
  // map of the whole input tells, for a unit the per-unit test calls visible.
  let map: OffsetMap | undefined;
  const deletedHere = (i: number) => {
    map ??= normalizeWithMap(input, PARSE_NORMALIZATION).map;
    const range = map.toNormalized(i, i + 1);
    return range.start === range.end;
  };
  for (let i = 0; i < input.length && out.length < MAX_LISTED; i++) {
    while (next < blocks.length && blocks[next]!.span.start <= i) {
      coveredTo = Math.max(coveredTo, blocks[next]!.span.end);
      next++;
    }
    if (i < coveredTo) continue;
    const c = input.charCodeAt(i);
    // A character reference that decodes to white space (`&nbsp;`) is white space written out.
    const reference = c === 0x26 ? whiteReferenceEnd(input, i) : -1;
    if (reference > i) {
      i = reference - 1;
      continue;
    }
    if (!mayStandOutside(c) && !(c === TATWEEL && deletedHere(i))) {
      const around = JSON.stringify(input.slice(Math.max(0, i - 12), i + 12));
      out.push(
        `input[${i}] = U+${c.toString(16).toUpperCase().padStart(4, "0")} is in no block (near ${around})`,
      );
    }
  }
  return out.slice(0, MAX_LISTED);
}

/** Longest character reference, with marks or controls inside it, that the check looks for. */
const MAX_REFERENCE = 64;

/** The end of a character reference at `at` that normalizes to white space or to nothing, or -1. */
function whiteReferenceEnd(input: string, at: number): number {
  const semicolon = input.indexOf(";", at);
  if (semicolon < 0 || semicolon - at > MAX_REFERENCE) return -1;
  return norm(input.slice(at, semicolon + 1)).trim() === "" ? semicolon + 1 : -1;
}

/** The input at a span, normalized the way parseArticle normalizes. */
function at(input: string, span: Span): string {
  return norm(input.slice(span.start, span.end));
}

const latinDigits = (s: string) =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

/**
 * How a 24-hour `HH:MM` may be written on the page: with or without a leading zero, on a 12-hour clock
 * (`7:05 مساء` is 19:05), with `:` or `.` between hours and minutes.
 */
function timeWritten(time: string): RegExp {
  const [hh = "", mm = ""] = time.split(":");
  const h = Number(hh);
  const hours = new Set([h, h % 12, h % 12 === 0 ? 12 : h % 12]);
  return new RegExp(`(?<!\\d)0?(?:${[...hours].join("|")})[:.\u066B]${mm}(?!\\d{4})`);
}

/**
 * Fields that disagree with the text at their span. Fields are compared after normalization, so a field
 * kept "as written" and one kept normalized pass alike:
 * - a paragraph's text is the normalized text at its span, trimmed;
 * - a heading, a furniture text, a date's raw text and the published date's raw text are the text at
 *   their span (normalized, trimmed);
 * - a ticker item's text, source and time stand inside the item's span;
 * - a quote's text stands inside the text at its span, and the quote starts inside its paragraph;
 *   its cue stands inside the text at its cue span;
 * - the title stands inside a `title` block.
 */
export function fieldViolations(input: string, article: Article): string[] {
  const out: string[] = [];
  const expectEqual = (path: string, field: string, span: Span) => {
    const text = at(input, span).trim();
    if (norm(field).trim() !== text)
      out.push(`${path}: ${JSON.stringify(field)} ≠ text at span ${JSON.stringify(text)}`);
  };
  const expectInside = (path: string, field: string, span: Span) => {
    const text = at(input, span);
    if (!text.includes(norm(field).trim())) {
      out.push(
        `${path}: ${JSON.stringify(field)} is not inside the text at its span ${JSON.stringify(text)}`,
      );
    }
  };
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  article.sections.forEach((s, i) => {
    if ((s.heading === null) !== (s.headingSpan === null))
      out.push(`sections[${i}]: heading and headingSpan disagree`);
    if (s.heading !== null && s.headingSpan) expectEqual(`sections[${i}].heading`, s.heading, s.headingSpan);
    s.paragraphs.forEach((p, j) => {
      const text = at(input, p.span).trim();
      if (p.text !== text)
        out.push(`sections[${i}].paragraphs[${j}].text ${JSON.stringify(p.text)} ≠ ${JSON.stringify(text)}`);
    });
  });
  article.furniture.forEach((f, i) => {
    expectEqual(`furniture[${i}].text`, f.text, f.span);
  });
  article.dates.forEach((d, i) => {
    expectEqual(`dates[${i}].raw`, d.raw, d.span);
  });
  if (article.published) expectEqual("published.raw", article.published.raw, article.published.span);
  article.ticker.forEach((t, i) => {
    expectInside(`ticker[${i}].text`, t.text, t.span);
    if (t.source !== null) expectInside(`ticker[${i}].source`, t.source, t.span);
    if (t.time !== null && !timeWritten(t.time).test(latinDigits(at(input, t.span)))) {
      out.push(`ticker[${i}].time ${t.time} is not inside ${JSON.stringify(at(input, t.span))}`);
    }
  });
  article.quotes.forEach((q, i) => {
    expectInside(`quotes[${i}].text`, q.text, q.span);
    if (q.cue !== null && q.cueSpan) expectInside(`quotes[${i}].cue`, q.cue, q.cueSpan);
    const p = paragraphs[q.paragraph];
    if (!p) out.push(`quotes[${i}].paragraph ${q.paragraph} is not a body paragraph (${paragraphs.length})`);
    else if (q.span.start < p.span.start || q.span.start > p.span.end) {
      out.push(
        `quotes[${i}] starts at ${q.span.start}, outside paragraph ${q.paragraph} [${p.span.start}, ${p.span.end})`,
      );
    }
  });
  if (article.title !== null) {
    const title = norm(article.title).trim();
    const blocks = article.blocks.filter((b) => b.kind === "title");
    if (!blocks.some((b) => at(input, b.span).includes(title))) {
      out.push(
        `title ${JSON.stringify(article.title)} stands in no title block (${blocks.length} title blocks)`,
      );
    }
  }
  return out.slice(0, MAX_LISTED);
}
