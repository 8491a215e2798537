/**
 * Every example in examples/ runs against the packed package (scripts/examples.ts runs them the same way
 * for `npm run examples`). The runtime examples are checked in test/runtimes/; this file checks the rest
 * and that no example goes unchecked.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, type ExampleOutput, printedValues, runExample } from "../../scripts/examples.js";
import { BUILT, type PackedProject, packedProject, REPO, run } from "../../scripts/pack-consumer.js";
import { ArticleSchema, WarningCodeSchema } from "../../src/schema.js";

const EXAMPLES_DIR = join(REPO, "examples");
/** Examples run by test/runtimes/ (browser.html there too) rather than here. */
const RUNTIME_EXAMPLES = [
  "node-esm.mjs",
  "node-cjs.cjs",
  "deno.ts",
  "bun.ts",
  "edge-handler/run.mjs",
  "browser.html",
];
/** Files that another example runs. */
const RUN_BY_OTHERS = { "edge-handler/handler.mjs": "edge-handler/run.mjs" };

function example(file: string) {
  const found = EXAMPLES.find((e) => e.file === file);
  if (!found) throw new Error(`no runner for examples/${file}`);
  return found;
}

describe("examples/", () => {
  it("has a runner and a test for every example", () => {
    const files = readdirSync(EXAMPLES_DIR, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(mjs|cjs|js|ts|html)$/.test(f))
      .sort();
    const covered = new Set([...EXAMPLES.map((e) => e.file), "browser.html", ...Object.keys(RUN_BY_OTHERS)]);
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
    const checkedHere = ["typescript.ts", "batch.mjs", "extend-lexicon.mjs", "validate.mjs"];
    expect([...checkedHere, ...RUNTIME_EXAMPLES, ...Object.keys(RUN_BY_OTHERS)].sort()).toEqual(files);
  });
});

describe.skipIf(!BUILT)("examples against the packed package", () => {
  let project: PackedProject;
  let scratch: string;
  let dist: typeof import("../../src/index.js");
  const runOk = (file: string): ExampleOutput => {
    const output = runExample(example(file), project, scratch);
    expect(output.status, `examples/${file} failed:\n${output.stdout}\n${output.stderr}`).toBe(0);
    return output;
  };

  beforeAll(async () => {
    project = await packedProject();
    scratch = join(project.dir, `..`, `examples-test-${process.pid}`);
    mkdirSync(scratch, { recursive: true });
    dist = (await import(join(REPO, "dist", "index.js"))) as typeof import("../../src/index.js");
  }, 300_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("typescript.ts type-checks with strict settings against the shipped declarations", {
    timeout: 300_000,
  }, () => {
    const tsconfig = join(project.dir, `tsconfig.examples-${process.pid}.json`);
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          verbatimModuleSyntax: true,
          module: "node16",
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          types: [],
          skipLibCheck: true,
          noEmit: true,
        },
        files: ["examples/typescript.ts"],
      }),
    );
    try {
      run(
        process.execPath,
        [join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", tsconfig],
        project.dir,
      );
    } finally {
      rmSync(tsconfig, { force: true });
    }
  });

  it("typescript.ts runs and prints the article's fields", () => {
    const source = readFileSync(join(EXAMPLES_DIR, "typescript.ts"), "utf8");
    const values = printedValues(runOk("typescript.ts").stdout);
    for (const key of ["title", "author", "dates", "speakers with a role", "warnings"]) {
      expect(values.has(key), key).toBe(true);
    }
    // A title or author khabar finds is text of the page, which the example holds as string literals.
    for (const key of ["title", "author"]) {
      const value = values.get(key);
      if (value !== "null") expect(source, key).toContain(value);
    }
    expect(values.get("speakers with a role")).toMatch(/^\d+$/);
    const warnings = values.get("warnings") ?? "";
    if (warnings !== "none") {
      for (const code of warnings.split(", ")) expect(WarningCodeSchema.options).toContain(code);
    }
  });

  it("batch.mjs writes one schema-valid Article per .txt file as NDJSON, equal to parseArticle's", () => {
    const output = runOk("batch.mjs");
    const pagesDir = join(EXAMPLES_DIR, "pages");
    const pages = readdirSync(pagesDir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const lines = readFileSync(join(scratch, "out.ndjson"), "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(pages.length);
    lines.forEach((line, i) => {
      const record = JSON.parse(line) as { file: string; article: unknown };
      expect(record.file).toBe(pages[i]);
      expect(ArticleSchema.safeParse(record.article).success).toBe(true);
      expect(record.article).toEqual(dist.parseArticle(readFileSync(join(pagesDir, record.file), "utf8")));
    });
    expect(output.stderr).toMatch(
      new RegExp(`^parsed ${pages.length} files: \\d+ quotes, \\d+ warnings$`, "m"),
    );
    expect(output.stdout).toBe("");
  });

  it("extend-lexicon.mjs: the new agency and outlet are recognised with the extension", () => {
    const values = printedValues(runOk("extend-lexicon.mjs").stdout);
    expect(values.get("extended agencies include the new ones")).toBe("true");
    expect(values.get("misspelt list")).toMatch(/^TypeError: .*agencys/);
    for (const page of ["agency", "outlet"]) {
      expect(values.has(`${page} without extension`), page).toBe(true);
      const after = JSON.parse(values.get(`${page} with extension`) ?? "undefined") as {
        agency: string | null;
      } | null;
      expect(["وكالة أنباء الواحة", "نبض الخليج"], page).toContain(after?.agency);
    }
  });

  it("validate.mjs accepts a stored Article and reports where a tampered one is wrong", () => {
    const stdout = runOk("validate.mjs").stdout;
    expect(stdout).toMatch(/^round trip: valid \(\d+ sections, \d+ quotes\)$/m);
    const tampered = /^tampered: invalid at (.*)$/m.exec(stdout)?.[1]?.split(", ") ?? [];
    expect(tampered).toContain("title");
    expect(tampered.some((path) => /^blocks\.\d+\.kind$/.test(path))).toBe(true);
    expect(tampered.some((path) => /^blocks\.\d+\.span$/.test(path))).toBe(true);
    expect(printedValues(stdout).get("invalid")).toBe("1");
  });

  it("validate.mjs fails on a stored file that is not an Article", () => {
    const bad = join(scratch, "bad.json");
    writeFileSync(bad, JSON.stringify({ title: "x" }));
    const output = runExample(
      { file: "validate.mjs", command: () => [process.execPath, "examples/validate.mjs", bad] },
      project,
      scratch,
    );
    expect(output.status).toBe(1);
    expect(output.stdout).toContain(`${bad}: invalid at`);
  });
});
