import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { readPageStructure } from "../../src/metadata/structure.js";
import { splitLines } from "../../src/segment/index.js";
import { cpuTime } from "../support/cpu-time.js";

// The page-structure stage must cost the same per code unit on a page 16 times as long. A superlinear step
// shows as a growing cost per unit: a word repeated without spaces once took 10 times as long per unit at
// 512 K as at 32 K (its loose key was built one code unit at a time). Costs are processor time (wall time
// also counts waiting for other processes, which made this test flaky on a loaded machine), the least of
// five runs of each size taken in turns, and the bound is loose: a page that no longer fits in the
// processor's caches costs somewhat more per unit without anything superlinear.

const PARAGRAPH =
  "قال الرئيس إن الوضع جيد وإن الحكومة ستعمل على تحسين الخدمات في المدن والقرى خلال العام المقبل.";

/** Repeats `piece` until the text is at least `units` long. */
function repeatTo(piece: string, units: number): string {
  return piece.repeat(Math.ceil(units / piece.length));
}

/** Processor milliseconds per 1000 code units of reading each text's page structure, least of five runs. */
function costsPerUnit(texts: readonly string[]): number[] {
  const pages = texts.map((text) => splitLines(text));
  const best = texts.map(() => Number.POSITIVE_INFINITY);
  for (let run = 0; run < 5; run++) {
    pages.forEach((lines, i) => {
      const ms = cpuTime(() => readPageStructure(lines, new Set(), DEFAULT_LEXICON));
      best[i] = Math.min(best[i] as number, ms);
    });
  }
  return best.map((ms, i) => (ms / (texts[i] as string).length) * 1000);
}

/** Least size of the comparison: large enough that fixed costs do not count. */
const BASE_UNITS = 32 * 1024;
/** How much more a unit may cost on the page 16 times as long. */
const MAX_GROWTH = 4;

describe("the cost per code unit stays flat as the page grows 16 times", () => {
  it.each([
    ["one word without spaces", "الائتلاف"],
    ["one word with spaces", "الائتلاف "],
    ["one word with dashes", "الائتلاف - "],
    ["a paragraph repeated in one line", PARAGRAPH],
    ["a paragraph per line", `${PARAGRAPH}\n`],
    ["a dateline per line", "الرياض - واس\n"],
    ["a headline per line", "الحكومة تقر خطة جديدة لدعم المزارعين\n"],
    ["a reporter per line", "كتب: أحمد علي ومحمد حسن\n"],
  ])("%s", (_name, piece) => {
    const [small = 0, large = 0] = costsPerUnit([
      repeatTo(piece, BASE_UNITS),
      repeatTo(piece, 16 * BASE_UNITS),
    ]);
    expect(large / small, `${small.toFixed(4)} → ${large.toFixed(4)} ms per 1000 units`).toBeLessThan(
      MAX_GROWTH,
    );
  });
});
