/**
 * The seed page's ticker: ten items glued on one line under `الأخبار العاجلة`, each `TEXT (SOURCE) - HH:MM`,
 * with a list that crosses midnight after 08:48 and an item that starts with a number right after a time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparisonKey, type Gold } from "../../scripts/eval/score.js";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { splitLines } from "../../src/segment/index.js";
import { detectTicker, findTicker } from "../../src/ticker/index.js";

const dir = join(import.meta.dirname, "../fixtures/seed");
const text = readFileSync(join(dir, "000-seed.txt"), "utf8");
const gold = JSON.parse(readFileSync(join(dir, "000-seed.gold.json"), "utf8")) as Gold;

describe("the seed page's ticker", () => {
  const lines = splitLines(text);
  const detection = findTicker(lines, DEFAULT_LEXICON);

  it("equals the gold: text, source and time of all ten items", () => {
    expect(gold.ticker).toHaveLength(10);
    expect(detection.items.map(({ text, source, time }) => ({ text, source, time }))).toEqual(gold.ticker);
  });

  it("takes the header line and the item line, nothing else", () => {
    expect(detection.lines).toEqual([0, 1]);
    expect(detection.headers.map((h) => text.slice(h.start, h.end))).toEqual(["الأخبار العاجلة"]);
  });

  it("puts 18:54 and what follows it on the day before", () => {
    expect(detection.items.map((i) => i.dayOffset)).toEqual([0, 0, 0, 0, -1, -1, -1, -1, -1, -1]);
  });

  it("covers the item line with item spans, each ending with its time", () => {
    const line = lines[1]!;
    expect(detection.items[0]!.span.start).toBe(line.start);
    expect(detection.items.at(-1)!.span.end).toBe(line.end);
    for (const [k, item] of detection.items.entries()) {
      const written = text.slice(item.span.start, item.span.end);
      expect(written.endsWith(gold.ticker[k]!.time!)).toBe(true);
      expect(written).toContain(`${gold.ticker[k]!.source})`);
    }
  });

  it("is found by detectTicker after normalization, equal under the scoring key", () => {
    const found = detectTicker(text);
    expect(found.map((i) => [comparisonKey(i.text), comparisonKey(i.source), i.time])).toEqual(
      gold.ticker.map((g) => [comparisonKey(g.text), comparisonKey(g.source), g.time]),
    );
    for (const [k, item] of found.entries()) {
      expect(text.slice(item.span.start, item.span.end)).toBe(
        text.slice(detection.items[k]!.span.start, detection.items[k]!.span.end),
      );
    }
  });
});
