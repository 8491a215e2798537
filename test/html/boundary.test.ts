/**
 * The core runs in browsers, Deno and edge workers and must not carry an HTML parser: only src/html imports
 * htmlparser2, only src/cli imports Node built-ins.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");
const DIST = join(import.meta.dirname, "../../dist");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports. */
function imports(path: string): string[] {
  const specifiers: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const from = line.indexOf(' from "');
    const bare = line.startsWith('import "');
    if (from < 0 && !bare) continue;
    const start = bare ? 8 : from + 7;
    specifiers.push(line.slice(start, line.indexOf('"', start)));
  }
  return specifiers;
}

const files = sources(SRC).map((path) => ({ path: relative(SRC, path), specifiers: imports(path) }));

describe("module boundaries", () => {
  it("finds the sources and their imports", () => {
    expect(files.find((f) => f.path === "html/text.ts")?.specifiers).toContain("htmlparser2");
    expect(files.find((f) => f.path === "cli/io.ts")?.specifiers).toContain("node:fs");
  });

  it("only src/html imports htmlparser2", () => {
    const offenders = files.filter(
      (f) => !f.path.startsWith("html/") && f.specifiers.includes("htmlparser2"),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it("only src/cli imports Node built-ins", () => {
    const offenders = files.filter(
      (f) => !f.path.startsWith("cli/") && f.specifiers.some((s) => s.startsWith("node:")),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(DIST, "index.js")))("built bundles", () => {
  /** A bundle and every chunk it imports, transitively. */
  function bundle(file: string, seen = new Set<string>()): string[] {
    if (seen.has(file)) return [];
    seen.add(file);
    const code = readFileSync(join(DIST, file), "utf8");
    const chunks = imports(join(DIST, file)).filter((s) => s.startsWith("./"));
    return [code, ...chunks.flatMap((c) => bundle(c.slice(2), seen))];
  }

  it("the core ESM and CJS bundles carry no HTML parser", () => {
    for (const file of ["index.js", "index.cjs"]) {
      for (const code of bundle(file)) expect(code).not.toContain("htmlparser2");
    }
  });

  it("the html bundle imports htmlparser2 rather than inlining the core twice", () => {
    expect(readFileSync(join(DIST, "html.js"), "utf8")).toContain('from "htmlparser2"');
  });
});
