/**
 * The quotes stage alone (`findQuotes`), in ms per 8 K code units of page text, over the dev corpus (or the
 * seed page) and the fixture pages. The paragraphs are computed once by the stages before it, so only the
 * quotes stage is timed; the result of every round is kept so that nothing is optimised away.
 *
 * - `npx tsx bench/quotes-stage.ts` — timing (`ROUNDS=<n>`, default 40).
 * - `npx tsx bench/quotes-stage.ts dump <file>` — writes the stage's output (findQuotes on the page's
 *   paragraphs, and extractQuotes on every line of every input) as JSON, to compare two versions quickly.
 * - `npx tsx bench/quotes-stage.ts scale` — ms per word at 1×, 4× and 16× of a few paragraph shapes (a
 *   superlinear step shows as a growing figure).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readPageStructure } from "../src/metadata/structure.js";
import { normalizeWithMap, PARSE_NORMALIZATION } from "../src/normalize/index.js";
import { resolveOptions } from "../src/options.js";
import { extractQuotes, findQuotes } from "../src/quotes/index.js";
import type { Paragraph } from "../src/schema.js";
import { splitLines } from "../src/segment/index.js";
import { findTicker } from "../src/ticker/index.js";
import { benchTexts } from "../test/arbitraries/corpus.js";

const PAGES = fileURLToPath(new URL("../test/fixtures/pages/", import.meta.url));

function inputs(): { name: string; text: string }[] {
  const pages = readdirSync(PAGES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${PAGES}${name}`, "utf8") }));
  return [...benchTexts(), ...pages];
}

/** The body paragraphs that parseArticle hands to the quotes stage. */
function paragraphsOf(text: string): Paragraph[] {
  const { lexicon } = resolveOptions(undefined);
  const normalized = normalizeWithMap(text, PARSE_NORMALIZATION);
  const lines = splitLines(normalized.text);
  const ticker = findTicker(lines, lexicon, { text, map: normalized.map });
  const page = readPageStructure(lines, new Set(ticker.lines), lexicon);
  return page.sections.flatMap((s) => s.paragraphs);
}

function timing(): void {
  const texts = inputs();
  const units = texts.reduce((n, t) => n + t.text.length, 0);
  const docs = texts.map((t) => paragraphsOf(t.text));
  const { lexicon } = resolveOptions(undefined);
  const rounds = Number(process.env.ROUNDS ?? 40);
  let sink = 0;
  for (let r = 0; r < 5; r++) for (const d of docs) sink += findQuotes(d, lexicon).quotes.length;
  // Wall time and the CPU time of this process (less disturbed by other work on a shared machine).
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const d of docs) sink += findQuotes(d, lexicon).quotes.length;
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const per8k = (ms: number) => (ms / (units / 8000)).toFixed(3);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  console.log(
    `quotes stage: wall median ${per8k(median(wall))} best ${per8k(Math.min(...wall))} | cpu median ${per8k(median(cpu))} ms / 8K (${texts.length} inputs, ${rounds} rounds, ${sink} quotes)`,
  );
}

function dump(file: string): void {
  const texts = inputs();
  const out: Record<string, unknown> = {};
  for (const { name, text } of texts) {
    out[`page:${name}`] = findQuotes(paragraphsOf(text));
    out[`lines:${name}`] = extractQuotes(text);
  }
  const joined = texts.map((t) => t.text).join("\n\n");
  out["page:joined"] = findQuotes(paragraphsOf(joined));
  out["lines:joined"] = extractQuotes(joined);
  writeFileSync(file, JSON.stringify(out, null, 1));
  console.log("wrote", Object.keys(out).length, "results to", file);
}

function scale(): void {
  const seedParagraph = benchTexts()
    .flatMap((t) => t.text.split("\n"))
    .reduce((a, b) => (b.length > a.length ? b : a), "");
  const shapes: [string, string][] = [
    ["longest corpus line", `${seedParagraph} `],
    ["الائتلاف", "الائتلاف "],
    ["وقال الوزير إن", "وقال الوزير إن "],
    ["رئيس", "رئيس "],
    ["أحمد", "أحمد "],
    ['"نعم"، قال', '"نعم"، قال '],
  ];
  for (const [label, unit] of shapes) {
    const cells: string[] = [];
    for (const times of [256, 1024, 4096]) {
      const text = unit.repeat(times);
      const words = text.split(" ").length;
      extractQuotes(text);
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        extractQuotes(text);
        best = Math.min(best, performance.now() - t0);
      }
      cells.push(`${times}×: ${((best / words) * 1000).toFixed(2)} µs/word`);
    }
    console.log(label.padEnd(22), cells.join(" | "));
  }
}

const [mode, arg] = process.argv.slice(2);
if (mode === "dump") dump(arg ?? "/tmp/quotes-dump.json");
else if (mode === "scale") scale();
else timing();
