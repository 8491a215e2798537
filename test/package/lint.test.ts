import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT, REPO } from "../../scripts/pack-consumer.js";

function tool(name: string, args: readonly string[]) {
  const result = spawnSync(join(REPO, "node_modules", ".bin", name), args, {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return result;
}

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

/** The resolution modes of attw's `node16` profile (node10 ignores `exports`, so subpaths cannot resolve there). */
const NODE16_PROFILE = ["node16-cjs", "node16-esm", "bundler"];

describe.skipIf(!BUILT)("package linters on the packed package", () => {
  it("passes publint --strict", { timeout: 300_000 }, () => {
    const result = tool("publint", ["--strict"]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("All good!");
  });

  it("passes attw --pack . --profile node16 (types resolve for node16 CJS, node16 ESM and bundlers)", {
    timeout: 300_000,
  }, () => {
    const result = tool("attw", ["--pack", ".", "--profile", "node16", "--format", "json"]);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      analysis: { entrypoints: Record<string, unknown>; problems: AttwProblem[] };
    };
    expect(Object.keys(report.analysis.entrypoints)).toEqual(
      expect.arrayContaining([".", "./schema", "./html", "./package.json"]),
    );
    const problems = report.analysis.problems.filter(
      (p) => p.resolutionKind === undefined || NODE16_PROFILE.includes(p.resolutionKind),
    );
    expect(problems).toEqual([]);
  });
});
