/**
 * Quote attribution on whole pages, scored by the eval's own rules (scripts/eval/score.ts, which follows the
 * corpus README "Scoring"): the 24 made-up scraped pages of test/fixtures/quote-pages (gold written by hand
 * from the annotation rules) must keep the speaker F1 reached on them (1.000, floor 0.98), and the dev corpus, when it is beside
 * the repository, must keep its speaker F1 of at least 0.94. A floor, not an exact value: a rule that wins
 * one quote and loses another is fine; a rule that loses several fails here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  addCounts,
  type Counts,
  emptyCounts,
  f1,
  type Gold,
  scoreArticle,
} from "../../scripts/eval/score.js";
import { parseArticle } from "../../src/index.js";

const pages = new URL("../fixtures/quote-pages/", import.meta.url);
const tunePages = new URL("../fixtures/tune-pages/", import.meta.url);
const corpus = new URL("../../../shared/corpus/dev/", import.meta.url);

/** Quotes found and quotes with the right speaker, summed over the folder's `NAME.txt` + `NAME.gold.json`. */
function scoreQuotes(dir: URL): { found: Counts; speaker: Counts; files: number } {
  const found = emptyCounts();
  const speaker = emptyCounts();
  let files = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(new URL(name, dir), "utf8")) as Gold;
    const text = readFileSync(new URL(name.replace(/\.gold\.json$/, ".txt"), dir), "utf8");
    const score = scoreArticle(gold, parseArticle(text));
    addCounts(found, score.counts["quotes found"]);
    addCounts(speaker, score.counts["quotes with right speaker"]);
    files++;
  }
  return { found, speaker, files };
}

describe("quote scoring on 24 made-up pages", () => {
  const { found, speaker, files } = scoreQuotes(pages);

  it("reads every page with its gold", () => {
    expect(files).toBe(24);
  });

  it("finds the quotes (F1 ≥ 0.98)", () => {
    expect(f1(found).f1).toBeGreaterThanOrEqual(0.98);
  });

  it("names the right speaker (F1 ≥ 0.98, reached 1.000)", () => {
    expect(f1(speaker).f1).toBeGreaterThanOrEqual(0.98);
  });
});

describe("quote scoring on the 30 tune pages", () => {
  // Reached when the rules were tuned on them: found 0.993, right speaker 0.979 (from 0.979 and 0.692).
  const { found, speaker, files } = scoreQuotes(tunePages);

  it("reads every page with its gold", () => {
    expect(files).toBe(30);
  });

  it("finds the quotes (F1 ≥ 0.98)", () => {
    expect(f1(found).f1).toBeGreaterThanOrEqual(0.98);
  });

  it("names the right speaker (F1 ≥ 0.96, reached 0.979)", () => {
    expect(f1(speaker).f1).toBeGreaterThanOrEqual(0.96);
  });
});

describe.skipIf(!existsSync(corpus))("quote scoring on the dev corpus", () => {
  it("names the right speaker (F1 ≥ 0.94)", () => {
    expect(f1(scoreQuotes(corpus).speaker).f1).toBeGreaterThanOrEqual(0.94);
  });
});
