/** Shared helpers of the ticker tests: run the stage on a made-up page and project its findings. */
import { DEFAULT_LEXICON, type Lexicon } from "../../src/lexicon/index.js";
import { splitLines } from "../../src/segment/index.js";
import { findTicker, type TickerDetection } from "../../src/ticker/index.js";

/** A body paragraph: long, with commas and a closing period. */
export const BODY =
  "وقال المتحدث باسم الوزارة في بيان صحفي إن الاجتماع ناقش عدة ملفات مهمة، وإن الأطراف اتفقت على مواصلة الحوار خلال الأسابيع المقبلة.";
/** A second body paragraph. */
export const BODY2 =
  "وأضاف أن اللجان الفنية ستعقد لقاءات متتالية لبحث التفاصيل، على أن ترفع توصياتها إلى القيادة قبل نهاية الشهر الجاري.";
/** A title: a headline standing alone on its line. */
export const TITLE = "الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع";

/** `[text, source, time]` of an item. */
export type ItemTuple = [string, string | null, string | null];

/** Runs the stage over the lines of `page`. */
export function detect(page: string, lexicon: Lexicon = DEFAULT_LEXICON): TickerDetection {
  return findTicker(splitLines(page), lexicon);
}

/** The items of `page` as `[text, source, time]`. */
export function items(page: string, lexicon: Lexicon = DEFAULT_LEXICON): ItemTuple[] {
  return detect(page, lexicon).items.map((i) => [i.text, i.source, i.time]);
}

/**
 * Checks the span contract on `page`: header and item spans do not overlap, lie in taken lines, and cover
 * every non-space character of every taken line. Returns the problems found.
 */
export function spanProblems(page: string, lexicon: Lexicon = DEFAULT_LEXICON): string[] {
  const lines = splitLines(page);
  const d = findTicker(lines, lexicon);
  const spans = [...d.headers, ...d.items.map((i) => i.span)].sort((a, b) => a.start - b.start);
  const problems: string[] = [];
  for (let k = 1; k < spans.length; k++) {
    if (spans[k]!.start < spans[k - 1]!.end) problems.push(`overlap at ${spans[k]!.start}`);
  }
  const taken = new Set(d.lines);
  for (const s of spans) {
    const inside = lines.some((l) => taken.has(l.index) && l.start <= s.start && s.start < l.end);
    if (!inside) problems.push(`span ${s.start}-${s.end} starts outside the taken lines`);
  }
  for (const line of lines) {
    if (!taken.has(line.index)) continue;
    for (let i = line.start; i < line.end; i++) {
      if (/\s/.test(page[i]!)) continue;
      if (!spans.some((s) => s.start <= i && i < s.end)) problems.push(`line ${line.index}: ${i} uncovered`);
    }
  }
  return problems;
}
