/**
 * What an install of khabar brings along at run time. `npm audit` cannot reach its endpoint from every
 * network (CI runs it when it can), so the runtime tree is pinned here: the core imports zod (a peer) and
 * nothing else; only the `khabar/html` entry imports htmlparser2, whose small tree is listed by name.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT, REPO } from "../../scripts/pack-consumer.js";

/** The bare specifiers (packages, not relative paths) that a built module imports or requires. */
function packageImports(file: string): string[] {
  const code = readFileSync(join(REPO, "dist", file), "utf8");
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport|\brequire\()\s*["']([^"'./][^"']*)["']/g))
    if (m[1] !== undefined) found.add(m[1]);
  return [...found].sort();
}

describe.skipIf(!BUILT)("runtime dependencies", () => {
  const dist = BUILT ? readdirSync(join(REPO, "dist")) : [];

  it("the core entries and their chunks import zod and nothing else", () => {
    const core = dist.filter((f) => /^(index|schema|chunk-[\w-]+)\.(c?js)$/.test(f) && !f.startsWith("html"));
    expect(core.length).toBeGreaterThanOrEqual(4);
    for (const file of core) {
      for (const name of packageImports(file)) expect([file, name]).toEqual([file, "zod"]);
    }
  });

  it("khabar/html adds htmlparser2, and the CLI only node: built-ins", () => {
    expect(packageImports("html.js")).toEqual(["htmlparser2"]);
    // tsup writes built-ins without their `node:` prefix.
    const allowed = new Set([...builtinModules, "zod", "htmlparser2"]);
    for (const name of packageImports("cli.js"))
      expect(allowed.has(name.replace(/^node:/, "")), name).toBe(true);
  });

  it("the production tree is htmlparser2 and its own dependencies, pinned", () => {
    const tree = JSON.parse(
      execFileSync("npm", ["ls", "--omit=dev", "--all", "--json"], { cwd: REPO, encoding: "utf8" }),
    ) as { dependencies?: Record<string, Node> };
    interface Node {
      version: string;
      dependencies?: Record<string, Node>;
    }
    const names = new Set<string>();
    const walk = (deps: Record<string, Node> | undefined) => {
      for (const [name, node] of Object.entries(deps ?? {})) {
        names.add(name);
        walk(node.dependencies);
      }
    };
    walk(tree.dependencies);
    expect([...names].sort()).toEqual([
      "dom-serializer",
      "domelementtype",
      "domhandler",
      "domutils",
      "entities",
      "htmlparser2",
    ]);
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    // Exact versions: an install cannot pick up a release published after this one was tested.
    expect(pkg.dependencies).toEqual({ htmlparser2: "12.0.0" });
  });
});
