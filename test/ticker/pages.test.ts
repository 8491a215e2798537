/**
 * The ticker stage on the made-up pages of test/fixtures/pages, whole: every page gives exactly its gold
 * items (text, source and time), so that a page with no strip gives none and a body line is never an item.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectTicker } from "../../src/ticker/index.js";

const dir = new URL("../fixtures/pages/", import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -".txt".length))
  .sort();

interface GoldItem {
  readonly text: string;
  readonly source: string | null;
  readonly time: string | null;
}

function read(name: string): { text: string; gold: GoldItem[] } {
  const text = readFileSync(new URL(`${name}.txt`, dir), "utf8");
  const gold = JSON.parse(readFileSync(new URL(`${name}.gold.json`, dir), "utf8")) as { ticker: GoldItem[] };
  return { text, gold: gold.ticker };
}

describe("detectTicker on the made-up pages", () => {
  it("reads the pages, among them pages with a strip and pages without", () => {
    const withStrip = names.filter((n) => read(n).gold.length > 0);
    expect(withStrip.length).toBeGreaterThanOrEqual(10);
    expect(names.length - withStrip.length).toBeGreaterThanOrEqual(10);
  });

  it.each(names)("%s gives its gold items", (name) => {
    const { text, gold } = read(name);
    const found = detectTicker(text).map((i) => ({ text: i.text, source: i.source, time: i.time }));
    expect(found).toEqual(gold);
  });

  // Lists run newest first: a time later than the one before it is of the day before (counted by hand).
  it.each<[string, number[]]>([
    ["022-syria-bullet-ticker", [0, -1, -1, -1]],
    ["026-tunisia-topnews-widget", [0, 0, -1, -1]],
    ["044-oman-html-caption-wires", [0, -1, -1]],
    ["049-lebanon-glued-timed-midnight", [0, -1, -1, -1]],
  ])("%s dates its items across midnight", (name, offsets) => {
    expect(detectTicker(read(name).text).map((i) => i.dayOffset)).toEqual(offsets);
  });
});
