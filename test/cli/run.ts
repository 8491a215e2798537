/**
 * Runs the built CLI the way a user does: `node dist/cli.js …` in a child process. When dist/cli.js is
 * missing or older than a source file (a test run without `npm run build`), the CLI is bundled with
 * esbuild into a private file instead, so dist/ is never rewritten under other tests' feet.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

export const ROOT = join(import.meta.dirname, "../..");
const DIST_CLI = join(ROOT, "dist/cli.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/cli.js exists and is at least as new as every file under src/. */
export function distIsFresh(): boolean {
  return existsSync(DIST_CLI) && statSync(DIST_CLI).mtimeMs >= newestMtime(join(ROOT, "src"));
}

/** The path of a CLI built from the current sources, and a function that removes it if it was private. */
export async function builtCli(): Promise<{ path: string; dispose: () => void }> {
  if (distIsFresh()) return { path: DIST_CLI, dispose: () => {} };
  const dir = join(ROOT, "node_modules/.cache/khabar-cli-test");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `cli-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(ROOT, "src/cli/index.ts")],
    outfile: path,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
  });
  return { path, dispose: () => rmSync(path, { force: true }) };
}

/** What a run of the CLI gave. */
export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <cli> ...args`, feeding `input` on standard input (which is otherwise closed and empty). */
export function runCli(cli: string, args: readonly string[], input = "", cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        if (status === null) reject(error);
        else resolve({ status, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

/** The lines of an NDJSON output, parsed. */
export function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
