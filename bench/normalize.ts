/**
 * Throughput of `normalize` against two baselines measured in the same run: a `charCodeAt` loop copying
 * into a `Uint16Array` then `TextDecoder` (the "copy loop"), and one precompiled regex replace that strips
 * Arabic marks. Inputs: the seed page repeated to about 5 MB, and the same with a fatha after every 7th
 * Arabic letter (about 325,000 marks: the density where regex-based normalizers fall off a cliff).
 *
 * Every variant runs once per round, in rotating order, after a warm-up; a cell is the median over rounds,
 * and each ratio is the median of the per-round ratios to the copy loop (robust on a noisy machine).
 * `npx tsx bench/index.ts normalize` runs this file alone; `ROUNDS=<n>` changes the number of rounds.
 */
import { readFileSync } from "node:fs";
import { normalize, normalizeWithMap, PARSE_NORMALIZATION } from "../src/normalize/index.js";

const SEED = new URL("../test/fixtures/seed/000-seed.txt", import.meta.url);
const TARGET_BYTES = 5_000_000;
const CHUNK = 8000;

/** The seed repeated to about 5 MB of UTF-8. */
function plainInput(): string {
  const seed = readFileSync(SEED, "utf8");
  return seed.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(seed)));
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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Times every variant on `input`; returns per variant the median ms and the median ratio to the copy loop. */
function measure(input: string, rounds: number): { ms: number; ratio: number }[] {
  const parts = chunks(input);
  for (let warm = 0; warm < 3; warm++) for (const v of VARIANTS) touch(v.run(input, parts));
  const times = VARIANTS.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < VARIANTS.length; k++) {
      const index = (k + round) % VARIANTS.length;
      const start = performance.now();
      touch(VARIANTS[index]!.run(input, parts));
      times[index]!.push(performance.now() - start);
    }
  }
  return times.map((ms) => ({
    ms: median(ms),
    ratio: median(ms.map((t, round) => times[0]![round]! / t)),
  }));
}

export async function run(): Promise<void> {
  const rounds = Number(process.env.ROUNDS ?? 15);
  const plain = plainInput();
  const diacritized = diacritize(plain);
  const inputs = [
    { name: "plain", text: plain, bytes: Buffer.byteLength(plain) },
    { name: "diacritized", text: diacritized, bytes: Buffer.byteLength(diacritized) },
  ];
  const results = inputs.map((input) => measure(input.text, rounds));
  const mbs = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(0);
  const lines = [
    `normalize: ${inputs.map((i) => `${i.name} ${(i.bytes / 1e6).toFixed(2)} MB`).join(", ")}; median of ${rounds} rounds, Node ${process.version}`,
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
    `8k-char calls ÷ whole file (throughput, plain / diacritized): display with map ${chunkVsWhole(6, 2)}, PARSE_NORMALIZATION ${chunkVsWhole(7, 5)}`,
  );
  console.log(lines.join("\n"));
}
