/**
 * Linear time: parseArticle's cost per MB at 1, 2, 4 and 8 MB of the corpus text (or the seed page) and of
 * every adversarial input of test/adversarial/inputs.ts. The 8 MB per-MB cost must stay within 1.5× of the
 * 1 MB one (a quadratic step would show 8×); the ratio is printed for each input, a ratio above the limit is
 * measured again with more runs before it counts, and one that still fails sets a non-zero exit code. Then a
 * single 50 MB parse of the corpus text.
 *
 * Each size is measured in a child process (this file run with `--child`), killed when it runs far longer
 * than a linear parse would: a quadratic input then shows as "killed" instead of hanging the benchmark.
 * Times are the child's processor time (user + system, `process.cpuUsage`), not wall time: on a shared
 * machine wall time counts waiting for other processes, which made per-MB costs jump between sizes.
 * `SCALING_ONLY=<part of a name>` measures the matching inputs only.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../src/parse.js";
import { ADVERSARIAL, corpusOfSize } from "../test/adversarial/inputs.js";
import { fixed, MB, table } from "./parse.js";

/** The sizes measured, in MB. */
export const SIZES = [1, 2, 4, 8] as const;

/** The largest accepted ratio of the 8 MB per-MB cost to the 1 MB one. */
export const MAX_RATIO = 1.5;

/** Best-of runs per size: more for the small sizes, whose times are noisier. */
const RUNS: Readonly<Record<number, number>> = { 1: 3, 2: 2, 4: 1, 8: 1 };

/** A child is killed after this many times the time a linear parse would take (at least a minute). */
const KILL_FACTOR = 12;

/** The inputs: the corpus text and every adversarial input, each a function of a size in code units. */
function inputs(): { name: string; build: (units: number) => string }[] {
  return [
    { name: "corpus text", build: corpusOfSize },
    ...ADVERSARIAL.map((a) => ({ name: a.name, build: a.build })),
  ];
}

const SELF = fileURLToPath(import.meta.url);

/** A cheap input is parsed again until this much processor time is spent (ms), up to {@link MAX_RUNS}. */
const CHEAP_BUDGET_MS = 1500;
const MAX_RUNS = 10;

/**
 * The least processor time, in ms, of at least `runs` calls of `fn` in this process, more when they are
 * cheap: a single run of a few tens of ms is mostly collector noise, which made cheap inputs (only
 * diacritics: 16 ms per MB) look superlinear.
 */
function leastCpuTime(runs: number, fn: () => unknown): number {
  let least = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let i = 0; i < MAX_RUNS && (i < runs || spent < CHEAP_BUDGET_MS); i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    least = Math.min(least, ms);
    spent += ms;
  }
  return least;
}

/** In the child: builds the input, warms up, prints the least processor time of `runs` parses in ms. */
function child(name: string, units: number, runs: number): void {
  const input = inputs().find((i) => i.name === name);
  if (!input) throw new Error(`unknown input ${name}`);
  parseArticle(input.build(MB / 8));
  const text = input.build(units);
  const ms = leastCpuTime(runs, () => parseArticle(text));
  console.log(JSON.stringify({ ms, units: text.length }));
}

/** Measures one size in a child; "killed" past the time limit, "failed" when the parse threw. */
function measureSize(
  name: string,
  units: number,
  runs: number,
  limitMs: number,
): { ms: number; units: number } | "killed" | "failed" {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", SELF, "--child", name, String(units), String(runs)],
    {
      encoding: "utf8",
      timeout: Math.ceil(limitMs),
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
    },
  );
  if (result.signal) return "killed";
  if (result.status !== 0) return "failed";
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { ms: number; units: number };
}

interface Measured {
  readonly name: string;
  /** ms per MB at each size; a string where the child was killed or failed. */
  readonly msPerMB: (number | "killed" | "failed" | null)[];
  readonly ratio: number;
}

function measure(name: string, extraRuns = 0): Measured {
  const msPerMB: (number | "killed" | "failed" | null)[] = [];
  for (const size of SIZES) {
    const first = msPerMB[0];
    const expected = typeof first === "number" ? first * size : 10_000 * size;
    const runs = (RUNS[size] ?? 1) + extraRuns;
    const r = measureSize(
      name,
      size * MB,
      runs,
      Math.max(60_000, KILL_FACTOR * expected * (runs + 1)) + 20_000,
    );
    msPerMB.push(typeof r === "string" ? r : r.ms / (r.units / MB));
    if (typeof r === "string") break;
  }
  while (msPerMB.length < SIZES.length) msPerMB.push(null);
  const [first, last] = [msPerMB[0], msPerMB[SIZES.length - 1]];
  const ratio =
    typeof first === "number" && typeof last === "number" ? last / first : Number.POSITIVE_INFINITY;
  return { name, msPerMB, ratio };
}

/** One row of the table. */
function row(r: Measured): string {
  const cells = [
    r.name,
    ...r.msPerMB.map((v) => (v === null ? "–" : typeof v === "string" ? v : fixed(v))),
    `${fixed(r.ratio, 2)}×`,
    r.ratio <= MAX_RATIO ? "yes" : "**NO**",
  ];
  return `| ${cells.join(" | ")} |`;
}

export async function run(): Promise<void> {
  const only = process.env.SCALING_ONLY;
  console.log(`\n### parseArticle processor time per MB (ms/MB; 1 MB = 2^20 UTF-16 code units)\n`);
  console.log(table(["input", ...SIZES.map((s) => `${s} MB`), "8 MB / 1 MB", `≤ ${MAX_RATIO}×`], []));
  const failed: string[] = [];
  for (const { name } of inputs().filter((i) => !only || i.name.includes(only))) {
    // Rows are printed as they are measured: the whole table takes minutes.
    let m = measure(name);
    if (m.ratio > MAX_RATIO && Number.isFinite(m.ratio)) m = measure(name, 4);
    console.log(row(m));
    if (m.ratio > MAX_RATIO) failed.push(m.name);
  }
  if (failed.length > 0) {
    console.log(`\nNot linear: ${failed.join("; ")}.`);
    process.exitCode = 1;
  }
  if (only) return;
  const huge = measureSize("corpus text", 50 * MB, 1, 30 * 60_000);
  console.log(
    typeof huge !== "string"
      ? `\n50 MB of corpus text: ${fixed(huge.ms / 1000, 2)} s (${fixed(huge.ms / 50)} ms/MB, ${fixed((50 * 1000) / huge.ms)} MB/s).`
      : `\n50 MB of corpus text: ${huge} (limit 30 minutes).`,
  );
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) {
  const [name = "", units = "0", runs = "1"] = process.argv.slice(childAt + 1);
  child(name, Number(units), Number(runs));
}
