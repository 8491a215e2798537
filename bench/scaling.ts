/**
 * Linear time: parseArticle's cost per MB at 1, 2, 4 and 8 MB of the corpus text (or the seed page) and of
 * every adversarial input of test/adversarial/inputs.ts. The 8 MB per-MB cost must stay within 1.5× of the
 * 1 MB one (a quadratic step would show 8×); the ratio is printed for each input, a ratio above the limit is
 * measured again with more runs before it counts, and one that still fails sets a non-zero exit code. Then a
 * single 50 MB parse of the corpus text. `SCALING_ONLY=<part of a name>` measures the matching inputs only.
 */
import { parseArticle } from "../src/parse.js";
import { ADVERSARIAL, corpusOfSize } from "../test/adversarial/inputs.js";
import { bestOf, fixed, MB, table } from "./parse.js";

/** The sizes measured, in MB. */
export const SIZES = [1, 2, 4, 8] as const;

/** The largest accepted ratio of the 8 MB per-MB cost to the 1 MB one. */
export const MAX_RATIO = 1.5;

/** Best-of runs per size: more for the small sizes, whose times are noisier. */
const RUNS: Readonly<Record<number, number>> = { 1: 5, 2: 3, 4: 2, 8: 2 };

interface Measured {
  readonly name: string;
  readonly msPerMB: number[];
  readonly ratio: number;
}

function measure(name: string, build: (units: number) => string, extraRuns = 0): Measured {
  parseArticle(build(MB / 4)); // warm-up
  const msPerMB = SIZES.map((size) => {
    const input = build(size * MB);
    const ms = bestOf((RUNS[size] ?? 1) + extraRuns, () => parseArticle(input));
    return ms / (input.length / MB);
  });
  return { name, msPerMB, ratio: msPerMB[SIZES.length - 1]! / msPerMB[0]! };
}

/** One row of the table. */
function row(r: Measured): string {
  const cells = [
    r.name,
    ...r.msPerMB.map((v) => fixed(v)),
    `${fixed(r.ratio, 2)}×`,
    r.ratio <= MAX_RATIO ? "yes" : "**NO**",
  ];
  return `| ${cells.join(" | ")} |`;
}

export async function run(): Promise<void> {
  const only = process.env.SCALING_ONLY;
  const inputs: { name: string; build: (units: number) => string }[] = [
    { name: "corpus text", build: corpusOfSize },
    ...ADVERSARIAL.map((a) => ({ name: a.name, build: a.build })),
  ].filter((i) => !only || i.name.includes(only));
  console.log(`\n### parseArticle time per MB (ms/MB; 1 MB = 2^20 UTF-16 code units)\n`);
  const header = ["input", ...SIZES.map((s) => `${s} MB`), "8 MB / 1 MB", `≤ ${MAX_RATIO}×`];
  console.log(table(header, []));
  const failed: string[] = [];
  for (const input of inputs) {
    // Rows are printed as they are measured: the whole table takes minutes.
    let m = measure(input.name, input.build);
    if (m.ratio > MAX_RATIO) m = measure(input.name, input.build, 4);
    console.log(row(m));
    if (m.ratio > MAX_RATIO) failed.push(m.name);
  }
  if (failed.length > 0) {
    console.log(`\nNot linear: ${failed.join("; ")}.`);
    process.exitCode = 1;
  }

  const huge = corpusOfSize(50 * MB);
  const ms = bestOf(1, () => parseArticle(huge));
  console.log(
    `\n50 MB of corpus text: ${fixed(ms / 1000, 2)} s (${fixed(ms / 50)} ms/MB, ${fixed((50 * 1000) / ms)} MB/s).`,
  );
}
