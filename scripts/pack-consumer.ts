/**
 * The built package as a consumer gets it: `npm pack` of the repository, installed with its peer zod into
 * a fresh project in the OS temp folder (outside the repository, so that nothing resolves through the
 * repository's own node_modules), with a copy of examples/. Built once per content of dist/ and examples/
 * and shared by every test file and by `npm run examples`: vitest runs files in parallel workers, so the
 * first caller takes a lock and the others wait for it.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/** The repository root. */
export const REPO = join(import.meta.dirname, "..");
/** The seed page, the one corpus page the repository ships. */
export const SEED_PAGE = join(REPO, "test", "fixtures", "seed", "000-seed.txt");
/** Whether `npm run build` has produced the package entry points. */
export const BUILT =
  existsSync(join(REPO, "dist", "index.js")) && existsSync(join(REPO, "dist", "schema.js"));

/** A fresh consumer project with the packed khabar installed. */
export interface PackedProject {
  /** The consumer project folder: node_modules/khabar and node_modules/zod, and examples/ copied in. */
  readonly dir: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The tarball's file list as `npm pack --json` reported it. */
  readonly files: readonly string[];
}

const LOCK_STALE_MS = 5 * 60_000;
const WAIT_MS = 240_000;
const OLD_PROJECT_MS = 60 * 60_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A hash of everything the tarball is made from, so that a rebuild gets a fresh project. */
function packageHash(): string {
  const hash = createHash("sha256");
  const inputs = [
    ...filesUnder(join(REPO, "dist")),
    ...filesUnder(join(REPO, "examples")),
    join(REPO, "package.json"),
  ];
  for (const name of ["CHANGELOG.md", "README.md"]) {
    if (existsSync(join(REPO, name))) inputs.push(join(REPO, name));
  }
  for (const file of inputs) {
    hash.update(relative(REPO, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Runs a command and returns its stdout; on failure the error carries stdout and stderr. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(" ")} failed in ${cwd}:\n${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`,
    );
  }
}

function build(base: string): PackedProject {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", base], REPO)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const info = packed[0];
  if (!info) throw new Error("npm pack reported no package");
  const tarball = join(base, info.filename);
  const dir = join(base, "consumer");
  mkdirSync(dir);
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "khabar-consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  // zod is khabar's peer: install the version the repository develops against. npm ci has put it in the
  // npm cache, so --prefer-offline needs no network (the registry is reachable in CI all the same).
  const zodVersion = (
    JSON.parse(readFileSync(join(REPO, "node_modules", "zod", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      tarball,
      `zod@${zodVersion}`,
    ],
    dir,
  );
  cpSync(join(REPO, "examples"), join(dir, "examples"), { recursive: true });
  // The edge example's runner bundles and sandboxes the handler with two of khabar's dev tools; link them
  // in rather than download them (Node resolves a symlinked package from its real path).
  for (const tool of ["esbuild", "@edge-runtime/vm"]) {
    mkdirSync(dirname(join(dir, "node_modules", tool)), { recursive: true });
    symlinkSync(join(REPO, "node_modules", tool), join(dir, "node_modules", tool), "dir");
  }
  return { dir, tarball, files: info.files.map((f) => f.path).sort() };
}

/** Removes consumer projects of earlier builds, leaving recent ones that a parallel run may still use. */
function removeOldProjects(current: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith("khabar-packed-") || name.includes(current)) continue;
    const path = join(tmpdir(), name);
    if (Date.now() - statSync(path).mtimeMs > OLD_PROJECT_MS) rmSync(path, { recursive: true, force: true });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The packed package installed in a fresh project, built on first use. Requires `npm run build` first
 * (`npm test` runs it before vitest).
 */
export async function packedProject(): Promise<PackedProject> {
  if (!BUILT) throw new Error("dist/ is missing: run `npm run build` before the package tests");
  const hash = packageHash();
  const base = join(tmpdir(), `khabar-packed-${hash}`);
  const ready = join(base, "ready.json");
  const lock = `${base}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (existsSync(ready)) return JSON.parse(readFileSync(ready, "utf8")) as PackedProject;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building it; take over a lock left behind by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await sleep(250);
      continue;
    }
    try {
      if (existsSync(ready)) continue;
      const project = build(base);
      writeFileSync(ready, JSON.stringify(project));
      removeOldProjects(hash);
      return project;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
