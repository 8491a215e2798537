/**
 * Throughput of `normalize` against two baselines measured in the same run: a `charCodeAt` loop copying
 * into a `Uint16Array` then `TextDecoder` (the "copy loop"), and one precompiled regex replace that strips
 * Arabic marks. Inputs: the seed page repeated to about 5 MB, and the same with a fatha after every 7th
 * Arabic letter (about 325,000 marks: the density where regex-based normalizers fall off a cliff).
 *
 * Every variant runs once per round, in an order shuffled anew each round (seeded, so runs repeat), after a
 * warm-up; a cell is the median over rounds,
 * and each ratio is the median of the per-round ratios to the copy loop (robust on a noisy machine). Time
 * is the CPU time of this process (`process.cpuUsage`, all its threads, garbage collection included), so
 * that other work on a shared machine does not distort the ratios; `BENCH_CLOCK=wall` uses wall time.
 * `npx tsx bench/index.ts normalize` runs this file alone; `ROUNDS=<n>` changes the number of rounds.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import type * as Normalizer from "../src/normalize/index.js";

const SEED = new URL("../test/fixtures/seed/000-seed.txt", import.meta.url);

/**
 * The normalizer as it ships: bundled by esbuild as tsup does, not through tsx, whose `keepNames` wraps
 * every function created per call (the pass's helpers) in a `__name` call that the published code does not
 * have.
 */
async function shippedNormalizer(): Promise<typeof Normalizer> {
  const dir = fileURLToPath(new URL("./.data/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../src/normalize/index.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
  });
  const file = `${dir}normalize.mjs`;
  writeFileSync(file, result.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as typeof Normalizer;
}

let normalize: typeof Normalizer.normalize;
let normalizeWithMap: typeof Normalizer.normalizeWithMap;
let PARSE_NORMALIZATION: typeof Normalizer.PARSE_NORMALIZATION;
const TARGET_BYTES = 5_000_000;
const CHUNK = 8000;

/** The seed repeated to about 5 MB of UTF-8, as one flat string (as a page read from a file is). */
function plainInput(): string {
  const seed = readFileSync(SEED, "utf8");
  return new Array<string>(Math.ceil(TARGET_BYTES / Buffer.byteLength(seed))).fill(seed).join("");
}

/** `text` with U+064E FATHA after every 7th Arabic letter (U+0621–U+064A). */
function diacritize(text: string): string {
  const out: string[] = [];
  let letters = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a && ++letters % 7 === 0) {
      out.push(text.slice(from, i + 1), "\u064e");
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.join("");
}

const decoder = new TextDecoder("utf-16le", { ignoreBOM: true });

/** Baseline: the cheapest loop that reads every code unit and builds a new string. */
function copyLoop(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return decoder.decode(units);
}

const MARKS = /[\u064B-\u065F\u0670]/g;

/** Baseline: strip Arabic marks with one precompiled regex. */
function regexStrip(text: string): string {
  return text.replace(MARKS, "");
}

/** Splits `text` into article-sized calls. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out;
}

interface Variant {
  readonly name: string;
  readonly run: (input: string, parts: readonly string[]) => unknown;
}

/** Makes the output a flat string, as a consumer reading it would, so that no variant defers work. */
function touch(value: unknown): void {
  const text = typeof value === "string" ? value : (value as { text: string }).text;
  if (text.length && text.charCodeAt(text.length >> 1) < 0) throw new Error("unreachable");
}

const VARIANTS: readonly Variant[] = [
  { name: "copy loop (baseline)", run: (t) => copyLoop(t) },
  { name: "regex strip `[\\u064B-\\u065F\\u0670]` (baseline)", run: (t) => regexStrip(t) },
  { name: "display, with map", run: (t) => normalizeWithMap(t) },
  { name: "display, string only", run: (t) => normalize(t) },
  { name: "search", run: (t) => normalize(t, { profile: "search" }) },
  { name: "PARSE_NORMALIZATION, with map", run: (t) => normalizeWithMap(t, PARSE_NORMALIZATION) },
  {
    name: "copy loop, 8k-char calls (baseline)",
    run: (_t, parts) => {
      for (const part of parts) touch(copyLoop(part));
      return "";
    },
  },
  {
    name: "display, with map, 8k-char calls",
    run: (_t, parts) => {
      for (const part of parts) touch(normalizeWithMap(part));
      return "";
    },
  },
  {
    name: "PARSE_NORMALIZATION, 8k-char calls",
    run: (_t, parts) => {
      for (const part of parts) touch(normalizeWithMap(part, PARSE_NORMALIZATION));
      return "";
    },
  },
];

/** Milliseconds of CPU time (or of wall time with `BENCH_CLOCK=wall`). */
const now =
  process.env.BENCH_CLOCK === "wall"
    ? () => performance.now()
    : () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Times every variant on every input: each round runs all of them in a shuffled order (so that garbage
 * collection and JIT tiering fall on every variant alike), after warm-up rounds. Not a rotation: that
 * keeps the cyclic order, so each variant always ran right after the same one and paid for collecting
 * its garbage (a 5 MB string, and the copy loop's 5 MB buffer besides). Returns per input and
 * variant the median ms and the median of the per-round ratios to the copy loop on that input.
 */
function measure(
  inputs: readonly string[],
  rounds: number,
  warmups: number,
): { ms: number; ratio: number }[][] {
  const parts = inputs.map(chunks);
  const jobs = inputs.flatMap((input, i) =>
    VARIANTS.map((variant, v) => ({ i, v, run: () => variant.run(input, parts[i]!) })),
  );
  const times = inputs.map(() => VARIANTS.map(() => [] as number[]));
  let seed = 1;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  for (let round = 0; round < warmups + rounds; round++) {
    // Fisher–Yates.
    const order = jobs.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const k of order) {
      const job = jobs[k]!;
      const start = now();
      touch(job.run());
      if (round >= warmups) times[job.i]![job.v]!.push(now() - start);
    }
  }
  return times.map((byVariant) =>
    byVariant.map((ms) => ({
      ms: median(ms),
      ratio: median(ms.map((t, round) => byVariant[0]![round]! / t)),
    })),
  );
}

export async function run(): Promise<void> {
  ({ normalize, normalizeWithMap, PARSE_NORMALIZATION } = await shippedNormalizer());
  const rounds = Number(process.env.ROUNDS ?? 15);
  const plain = plainInput();
  const diacritized = diacritize(plain);
  const inputs = [
    { name: "plain", text: plain, bytes: Buffer.byteLength(plain) },
    { name: "diacritized", text: diacritized, bytes: Buffer.byteLength(diacritized) },
  ];
  const results = measure(
    inputs.map((input) => input.text),
    rounds,
    Number(process.env.WARMUPS ?? 5),
  );
  const mbs = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(0);
  const lines = [
    `normalize: ${inputs.map((i) => `${i.name} ${(i.bytes / 1e6).toFixed(2)} MB`).join(", ")}; median of ${rounds} rounds of ${process.env.BENCH_CLOCK === "wall" ? "wall" : "CPU"} time, Node ${process.version}`,
    "",
    "| variant | plain MB/s | × copy loop | diacritized MB/s | × copy loop | diacritized ÷ plain |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  VARIANTS.forEach((variant, k) => {
    const p = results[0]![k]!;
    const d = results[1]![k]!;
    const plainRate = inputs[0]!.bytes / p.ms;
    const diacRate = inputs[1]!.bytes / d.ms;
    lines.push(
      `| ${variant.name} | ${mbs(inputs[0]!.bytes, p.ms)} | ${p.ratio.toFixed(2)} | ${mbs(inputs[1]!.bytes, d.ms)} | ${d.ratio.toFixed(2)} | ${(diacRate / plainRate).toFixed(2)} |`,
    );
  });
  const chunkVsWhole = (chunked: number, whole: number) =>
    inputs.map((_, i) => (results[i]![whole]!.ms / results[i]![chunked]!.ms).toFixed(2)).join(" / ");
  lines.push(
    "",
    `8k-char calls ÷ whole file (throughput, plain / diacritized): copy loop ${chunkVsWhole(6, 0)}, display with map ${chunkVsWhole(7, 2)}, PARSE_NORMALIZATION ${chunkVsWhole(8, 5)}`,
  );
  console.log(lines.join("\n"));
}
