/**
 * Keeps src/ honest: every regex is where the ReDoS test reaches it, no dynamic code, no Node built-in in
 * the library, and the built core imports nothing but zod and its own chunks.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILDER_MODULE, LITERAL_MODULES, PATTERNS_MODULE } from "./patterns.js";
import { ROOT, scanFile, sourceFiles } from "./source.js";

const files = sourceFiles();
const scans = new Map(files.map((f) => [f, scanFile(f)] as const));

/** Library code: everything but the CLI, which runs on Node only. */
const library = files.filter((f) => !f.startsWith("src/cli/"));

describe("regexes in src/ are reachable by the ReDoS test", () => {
  it.each(files)("%s", (file) => {
    const scan = scans.get(file)!;
    const problems: string[] = [];
    const isPatterns = PATTERNS_MODULE.test(file);
    if (scan.regexLiterals.length > 0 && !isPatterns && !LITERAL_MODULES.includes(file)) {
      problems.push(
        `regex literal(s) at line ${scan.regexLiterals.map((r) => r.line).join(", ")}: export them from the stage's patterns.ts (or add the file to LITERAL_MODULES in test/internal/patterns.ts)`,
      );
    }
    if (scan.regExpCalls.length > 0 && !isPatterns && file !== BUILDER_MODULE) {
      problems.push(
        `RegExp construction at line ${scan.regExpCalls.join(", ")}: build it in the stage's patterns.ts, from a function the ReDoS test can call`,
      );
    }
    expect(problems).toEqual([]);
  });

  it("the list of literal modules names only files of src/", () => {
    // A listed file that no longer exists is harmless, but a typo would silently cover nothing.
    for (const path of LITERAL_MODULES) expect(path).toMatch(/^src\/.+\.ts$/);
  });
});

describe("no dynamic code and no Node built-ins in the library", () => {
  it.each(files)("%s has no eval or Function constructor", (file) => {
    expect(scans.get(file)!.dynamicCode).toEqual([]);
  });

  it.each(library)("%s imports no Node built-in", (file) => {
    const builtins = scans
      .get(file)!
      .imports.filter(
        (s) => s.startsWith("node:") || ["fs", "path", "os", "url", "crypto", "util"].includes(s),
      );
    expect(builtins).toEqual([]);
  });

  it("the core's only runtime dependency is zod (htmlparser2 only in khabar/html)", () => {
    const external = new Set<string>();
    for (const file of library.filter((f) => !f.startsWith("src/html/"))) {
      for (const s of scans.get(file)!.imports) if (!s.startsWith(".")) external.add(s);
    }
    expect([...external].sort()).toEqual(["zod"]);
  });
});

const DIST = join(ROOT, "dist");

/** The bare specifiers a built file and the chunks it imports (transitively) load. */
function externalImports(entry: string): { external: Set<string>; files: string[] } {
  const external = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const m of readFileSync(path, "utf8").matchAll(specifier)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) queue.push(normalize(join(dirname(path), spec)));
      else external.add(spec);
    }
  }
  return { external, files: [...seen] };
}

describe.skipIf(!existsSync(join(DIST, "index.js")))("the built core (dist/, after npm run build)", () => {
  it.each(["index.js", "index.cjs"])("dist/%s imports nothing but zod and its own chunks", (entry) => {
    const { external } = externalImports(join(DIST, entry));
    expect([...external].filter((s) => s !== "zod")).toEqual([]);
  });

  it("dist/index.js does not pull in the HTML parser", () => {
    const { files: loaded } = externalImports(join(DIST, "index.js"));
    for (const file of loaded) expect(readFileSync(file, "utf8")).not.toMatch(/htmlparser2/);
  });
});
