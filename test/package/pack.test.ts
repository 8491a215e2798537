import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILT, type PackedProject, packedProject, REPO, run } from "../../scripts/pack-consumer.js";

interface PackageJson {
  name: string;
  version: string;
  type?: string;
  sideEffects?: boolean;
  files?: string[];
  engines?: { node?: string };
  main?: string;
  module?: string;
  types?: string;
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/** Every file path a package.json field or export condition points at. */
function referencedFiles(pkg: PackageJson): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (value && typeof value === "object") for (const v of Object.values(value)) walk(v);
  };
  walk(pkg.exports);
  walk(pkg.bin);
  for (const field of [pkg.main, pkg.module, pkg.types]) if (field) out.push(field);
  return [...new Set(out.map((p) => p.replace(/^\.\//, "")))].sort();
}

describe.skipIf(!BUILT)("npm pack", () => {
  let packed: PackedProject;
  let installed: string;
  beforeAll(async () => {
    packed = await packedProject();
    installed = join(packed.dir, "node_modules", "khabar");
  }, 300_000);

  it("lists the tarball's contents", () => {
    console.log(
      `${packed.tarball} (${statSync(packed.tarball).size} bytes):\n  ${packed.files.join("\n  ")}`,
    );
    expect(packed.files.length).toBeGreaterThan(5);
  });

  it("ships package.json, the README, CHANGELOG.md and dist/, and nothing else", () => {
    expect(packed.files).toContain("package.json");
    expect(packed.files).toContain("README.md");
    expect(packed.files).toContain("CHANGELOG.md");
    const stray = packed.files.filter(
      (file) =>
        !file.startsWith("dist/") && !["package.json", "README.md", "CHANGELOG.md", "LICENSE"].includes(file),
    );
    expect(stray).toEqual([]);
  });

  it.each([
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/index.d.cts",
    "dist/schema.js",
    "dist/schema.cjs",
    "dist/schema.d.ts",
    "dist/schema.d.cts",
    "dist/html.js",
    "dist/html.cjs",
    "dist/html.d.ts",
    "dist/html.d.cts",
    "dist/cli.js",
  ])("ships %s", (file) => {
    expect(packed.files).toContain(file);
  });

  it.each([
    ["tests", /(^|\/)(test|tests|__tests__)\/|\.test\.[cm]?[jt]s$/],
    ["fixtures and corpus files", /fixtures|\.gold\.json$|\.txt$/],
    ["TypeScript sources", /^src\/|(?<!\.d)\.[cm]?ts$/],
    ["examples, docs and scripts", /^(examples|docs|scripts|bench)\//],
    ["tarballs and logs", /\.(tgz|log)$/],
  ])("ships no %s", (_what, pattern) => {
    expect(packed.files.filter((file) => pattern.test(file))).toEqual([]);
  });

  it("has a file for every export condition, main, module, types and bin", () => {
    const pkg = readJson<PackageJson>(join(installed, "package.json"));
    const missing = referencedFiles(pkg).filter((file) => !packed.files.includes(file));
    expect(missing).toEqual([]);
  });

  it("ships no source map that points outside the package or at sources it does not hold", () => {
    for (const file of packed.files.filter((f) => f.endsWith(".map"))) {
      const map = readJson<{ sources: string[]; sourcesContent?: (string | null)[] }>(join(installed, file));
      map.sources.forEach((source, i) => {
        const target = resolve(dirname(join(installed, file)), source);
        const inside = !relative(installed, target).startsWith("..");
        expect(inside || typeof map.sourcesContent?.[i] === "string", `${file} -> ${source}`).toBe(true);
      });
    }
    for (const file of packed.files.filter((f) => /\.[cm]?js$/.test(f))) {
      const text = readFileSync(join(installed, file), "utf8");
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      if (url && !url.startsWith("data:"))
        expect(packed.files, `${file} maps to ${url}`).toContain(join(dirname(file), url));
    }
  });

  it("has an executable CLI with a shebang", () => {
    const cli = join(installed, "dist", "cli.js");
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    expect(existsSync(join(packed.dir, "node_modules", ".bin", "khabar"))).toBe(true);
  });

  it("declares the packaging contract of issue 2", () => {
    const pkg = readJson<PackageJson>(join(installed, "package.json"));
    expect(pkg.name).toBe("khabar");
    expect(pkg.type).toBe("module");
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.files).toEqual(["dist", "CHANGELOG.md"]);
    expect(pkg.engines?.node).toBe(">=20.19"); // html.cjs requires htmlparser2, which is ESM-only: require(esm) needs 20.19
    expect(Object.keys(pkg.peerDependencies ?? {})).toEqual(["zod"]);
    expect(pkg.devDependencies?.zod).toBeDefined();
    expect(pkg.dependencies?.zod).toBeUndefined();
  });

  it("publishes (npm publish --dry-run of the packed tarball)", { timeout: 300_000 }, () => {
    const cwd = mkdtempSync(join(tmpdir(), "khabar-publish-"));
    try {
      const pkg = readJson<PackageJson>(join(installed, "package.json"));
      const out = execFileSync("npm", ["publish", "--dry-run", "--ignore-scripts", packed.tarball], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      expect(out).toContain(`+ ${pkg.name}@${pkg.version}`);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe("release flow (changesets)", () => {
  const changesetDir = join(REPO, ".changeset");
  const pending = readdirSync(changesetDir).filter((f) => f.endsWith(".md") && f !== "README.md");

  it("is configured for public access with the built-in changelog", () => {
    const config = readJson<{ access: string; changelog: string; baseBranch: string }>(
      join(changesetDir, "config.json"),
    );
    expect(config.access).toBe("public");
    expect(config.changelog).toBe("@changesets/cli/changelog");
    const pkg = readJson<{ scripts: Record<string, string> }>(join(REPO, "package.json"));
    expect(pkg.scripts.release).toMatch(/changeset version.*npm run build.*changeset publish/);
  });

  it("turns the pending changesets into a version bump and CHANGELOG.md entries (dry run on a copy)", () => {
    const copy = mkdtempSync(join(tmpdir(), "khabar-release-"));
    try {
      for (const file of ["package.json", "CHANGELOG.md"]) cpSync(join(REPO, file), join(copy, file));
      cpSync(changesetDir, join(copy, ".changeset"), { recursive: true });
      writeFileSync(join(copy, ".gitignore"), "node_modules\n");
      run(join(REPO, "node_modules", ".bin", "changeset"), ["version"], copy);
      const before = readJson<PackageJson>(join(REPO, "package.json")).version;
      const after = readJson<PackageJson>(join(copy, "package.json")).version;
      const changelog = readFileSync(join(copy, "CHANGELOG.md"), "utf8");
      console.log(`${pending.length} pending changesets: ${before} -> ${after}`);
      if (pending.length === 0) {
        expect(after).toBe(before);
        return;
      }
      expect(after).not.toBe(before);
      expect(changelog).toContain(`## ${after}`);
      for (const file of pending) {
        // The changelog holds each summary's first line (changesets indents the rest).
        const summary = readFileSync(join(changesetDir, file), "utf8").split(/^---$/m)[2]?.trim() ?? "";
        const firstLine = summary.split("\n")[0] ?? "";
        expect(changelog, file).toContain(firstLine);
      }
      const left = readdirSync(join(copy, ".changeset")).filter(
        (f) => f.endsWith(".md") && f !== "README.md",
      );
      expect(left).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
