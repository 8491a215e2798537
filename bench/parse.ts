/**
 * parseArticle throughput over the dev corpus (or the seed page when the corpus is absent), in MB/s, beside
 * a copy-loop baseline measured in the same run: a plain loop that copies every code unit with charCodeAt
 * into a Uint16Array, then decodes it back with TextDecoder. That baseline is about the cheapest pass that
 * touches every character and builds a new string; the target is at least 0.1× of it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { benchTexts } from "../test/arbitraries/corpus.js";
import type * as Pipeline from "./pipeline.js";

/** One MB of input: 2^20 UTF-16 code units (what `string.length` counts). */
export const MB = 1 << 20;

/** The best (lowest) wall time of `runs` calls of `fn`, in milliseconds. */
export function bestOf(runs: number, fn: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Calls `fn` until at least `ms` milliseconds have passed; returns the calls made and the time taken. */
export function repeatFor(ms: number, fn: () => unknown): { calls: number; ms: number } {
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = performance.now() - t0;
  } while (elapsed < ms);
  return { calls, ms: elapsed };
}

/** A markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A number with `digits` decimals. */
export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "–";
}

/** The copy-loop baseline: every code unit through charCodeAt into a Uint16Array, then back to a string. */
export function copyLoop(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return new TextDecoder("utf-16le").decode(units);
}

/** The target: parseArticle at no less than this share of the baseline's speed. */
export const TARGET_SHARE = 0.1;

/**
 * The pipeline as it ships: bench/pipeline.ts bundled by esbuild the way tsup builds `dist/` (tsx would wrap
 * every function in `keepNames` helpers and module getters that the published code does not have).
 */
async function shippedPipeline(): Promise<typeof Pipeline> {
  const dir = fileURLToPath(new URL("./.data/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./pipeline.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: ["zod"],
    write: false,
  });
  const file = `${dir}pipeline.mjs`;
  writeFileSync(file, result.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as typeof Pipeline;
}

export async function run(): Promise<void> {
  const { parseArticle, parseTimed, STAGES } = await shippedPipeline();
  const texts = benchTexts().map((t) => t.text);
  const units = texts.reduce((n, t) => n + t.length, 0);
  // The timed composition must be parseArticle's: a drift would time something else.
  const scratch = new Float64Array(STAGES.length);
  for (const t of texts) {
    if (JSON.stringify(parseTimed(t, scratch)) !== JSON.stringify(parseArticle(t)))
      throw new Error("bench/pipeline.ts no longer composes the stages as src/parse.ts does");
  }
  const all = () => {
    for (const t of texts) parseArticle(t);
  };
  const baseline = () => {
    let n = 0;
    for (const t of texts) n += copyLoop(t).length;
    return n;
  };
  // Warm-up, so that both loops run optimized code.
  repeatFor(300, all);
  repeatFor(300, baseline);
  const parse = repeatFor(2_000, all);
  const copy = repeatFor(2_000, baseline);
  const parseMBs = (parse.calls * units) / MB / (parse.ms / 1000);
  const copyMBs = (copy.calls * units) / MB / (copy.ms / 1000);
  const share = parseMBs / copyMBs;

  // Where the time goes: each stage's share, in ms per 8 K code units of corpus text.
  const totals = new Float64Array(STAGES.length);
  const staged = repeatFor(2_000, () => {
    for (const t of texts) parseTimed(t, totals);
  });
  const per8k = (ms: number) => (ms / staged.calls) * (8_192 / units);
  const stagedTotal = totals.reduce((a, b) => a + b, 0);

  // Latency of one article of about 8 KB (the corpus texts are 1–10 KB).
  const perArticle = texts.map((t) => {
    const { calls, ms } = repeatFor(60, () => parseArticle(t));
    return { units: t.length, ms: ms / calls };
  });
  const near8k = perArticle.filter((a) => a.units >= 4_000);
  const mean8k = near8k.length
    ? near8k.reduce((s, a) => s + (a.ms * 8_192) / a.units, 0) / near8k.length
    : NaN;
  const worst = perArticle.reduce((w, a) => (a.ms > w.ms ? a : w), { units: 0, ms: 0 });

  console.log(`\n### parseArticle throughput (${texts.length} texts, ${fixed(units / 1024)} K code units)\n`);
  console.log(
    table(
      ["what", "MB/s", "share of baseline"],
      [
        ["parseArticle over the corpus", fixed(parseMBs, parseMBs < 1 ? 3 : 1), fixed(share, 4)],
        ["charCodeAt copy loop + TextDecoder (baseline)", fixed(copyMBs), "1"],
      ],
    ),
  );
  console.log("\nStages (ms per 8 K code units over the corpus, and share of the parse):\n");
  console.log(
    table(
      ["stage", "ms / 8 K", "share"],
      STAGES.map((name, i) => [
        name,
        fixed(per8k(totals[i] ?? 0), 3),
        `${fixed(((totals[i] ?? 0) / stagedTotal) * 100, 0)} %`,
      ]),
    ),
  );
  console.log(
    `\nparseArticle: ${fixed(mean8k, 3)} ms per 8 K code units (texts ≥ 4 K, scaled); slowest text ${worst.units} units in ${fixed(worst.ms, 3)} ms.`,
  );
  console.log(
    `Target ≥ ${TARGET_SHARE}× baseline: ${share >= TARGET_SHARE ? "met" : "NOT MET"} (${fixed(share, 3)}×).`,
  );
  if (share < TARGET_SHARE) process.exitCode = 1;
}
