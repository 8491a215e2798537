/**
 * The ticker rule on the dev corpus (`../shared/corpus/dev`, skipped when absent): the seed carries a ticker
 * and the 30 dataset articles carry none, so findTicker must find exactly the gold number of items in each.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { splitLines } from "../../src/segment/index.js";
import { detectTicker, findTicker } from "../../src/ticker/index.js";

const dir = new URL("../../../shared/corpus/dev/", import.meta.url);
const present = existsSync(dir);
const names = present
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
  : [];

describe.skipIf(!present)("findTicker on the dev corpus", () => {
  it("finds the files", () => {
    expect(names.length).toBeGreaterThan(1);
  });

  it.each(names)("%s has the gold number of ticker items", (name) => {
    const text = readFileSync(new URL(name, dir), "utf8");
    const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, ".gold.json"), dir), "utf8")) as {
      ticker: unknown[];
    };
    const detection = findTicker(splitLines(text), DEFAULT_LEXICON);
    expect(detection.items.length).toBe(gold.ticker.length);
    if (gold.ticker.length === 0) expect(detection.lines).toEqual([]);
    // After normalization (tatweel, bidi marks, no-break spaces) the verdict is the same.
    expect(detectTicker(text).length).toBe(gold.ticker.length);
  });
});
