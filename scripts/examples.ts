/**
 * `npm run examples [-- --screenshot=page.png]`: runs every example in examples/ against the built package, packed and installed in
 * a fresh project (scripts/pack-consumer.ts), and prints what each one printed. The tests in
 * test/package/examples.test.ts and test/runtimes/ run the same commands and check the output.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type PackedProject, packedProject, REPO } from "./pack-consumer.js";

/** How one example is run inside the consumer project. */
export interface Example {
  /** The example's path under examples/. */
  readonly file: string;
  /** The program and its arguments, run with the consumer project as working directory. */
  command(project: PackedProject, scratch: string): readonly string[];
}

/** What an example printed. */
export interface ExampleOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

const bin = (name: string) => join(REPO, "node_modules", ".bin", name);

/** The runtimes' programs: Deno and Bun install as npm packages (the same as `npx deno` / `npx bun`). */
export const RUNTIMES = {
  deno: bin("deno"),
  bun: bin("bun"),
  /** tsx runs TypeScript on Node 20, which cannot strip types itself. */
  tsx: join(REPO, "node_modules", "tsx", "dist", "cli.mjs"),
};

/** The examples that a command-line runtime runs; examples/browser.html runs in Chromium (scripts/browser-example.ts). */
export const EXAMPLES: readonly Example[] = [
  { file: "node-esm.mjs", command: () => [process.execPath, "examples/node-esm.mjs"] },
  { file: "node-cjs.cjs", command: () => [process.execPath, "examples/node-cjs.cjs"] },
  { file: "typescript.ts", command: () => [process.execPath, RUNTIMES.tsx, "examples/typescript.ts"] },
  {
    file: "deno.ts",
    command: () => [
      RUNTIMES.deno,
      "run",
      "--allow-read",
      "examples/deno.ts",
      "examples/pages/01-ticker-and-quotes.txt",
    ],
  },
  { file: "bun.ts", command: () => [RUNTIMES.bun, "examples/bun.ts", "examples/pages/02-agency-wire.txt"] },
  { file: "edge-handler/run.mjs", command: () => [process.execPath, "examples/edge-handler/run.mjs"] },
  {
    file: "batch.mjs",
    command: (_project, scratch) => [
      process.execPath,
      "examples/batch.mjs",
      "examples/pages",
      join(scratch, "out.ndjson"),
    ],
  },
  { file: "extend-lexicon.mjs", command: () => [process.execPath, "examples/extend-lexicon.mjs"] },
  { file: "validate.mjs", command: () => [process.execPath, "examples/validate.mjs"] },
];

/** The environment without colour: Deno takes FORCE_COLOR of any value, even 0, as a request for colour. */
function plainOutputEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
  delete env.FORCE_COLOR;
  return env;
}

/** Runs one example; never throws on a failing example (the caller reads `status`). */
export function runExample(example: Example, project: PackedProject, scratch: string): ExampleOutput {
  const [program, ...args] = example.command(project, scratch);
  if (program === undefined) throw new Error(`${example.file}: empty command`);
  const result = spawnSync(program, args, {
    cwd: project.dir,
    encoding: "utf8",
    env: plainOutputEnv(),
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Parses the `key: value` lines that the examples print. */
export function printedValues(stdout: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    const colon = line.indexOf(": ");
    if (colon > 0 && !line.startsWith(" ")) values.set(line.slice(0, colon), line.slice(colon + 2).trim());
  }
  return values;
}

async function main(): Promise<void> {
  const project = await packedProject();
  const scratch = mkdtempSync(join(project.dir, "..", "examples-run-"));
  let failed = 0;
  try {
    for (const example of EXAMPLES) {
      const output = runExample(example, project, scratch);
      process.stdout.write(
        `\n=== examples/${example.file} (exit ${output.status})\n${output.stdout}${output.stderr}`,
      );
      if (output.status !== 0) failed++;
    }
    const { runBrowserExample } = await import("./browser-example.js");
    const screenshot = process.argv
      .find((arg) => arg.startsWith("--screenshot="))
      ?.slice("--screenshot=".length);
    const browser = await runBrowserExample(project.dir, screenshot ? { screenshot } : {});
    process.stdout.write(`\n=== examples/browser.html\n${browser.skipped ?? `${browser.summary}\n`}`);
    if (!browser.skipped && browser.status !== "ok") failed++;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`\n${EXAMPLES.length + 1 - failed} passed, ${failed} failed\n`);
  if (failed > 0) process.exitCode = 1;
}

if (process.argv[1] === import.meta.filename) await main();
