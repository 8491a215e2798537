/**
 * The packed tarball installed into a fresh TypeScript project: it type-checks against the shipped
 * declarations (ESM and CJS, node16 and bundler resolution) and runs `import { parseArticle, type Article }
 * from "khabar"` as ESM and `require("khabar")` as CommonJS.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BUILT,
  type PackedProject,
  packedProject,
  REPO,
  run,
  SEED_PAGE,
} from "../../scripts/pack-consumer.js";

const TSC = join(REPO, "node_modules", "typescript", "bin", "tsc");

/** The same program as ESM (.mts) and as CommonJS (.cts): TypeScript compiles the .cts import to require(). */
const CONSUMER_SOURCE = `import { parseArticle, type Article } from "khabar";
import { ArticleSchema } from "khabar/schema";
import { readFileSync } from "node:fs";

const article: Article = parseArticle(readFileSync(process.argv[2] ?? "", "utf8"));
const title: string | null = article.title;
// Never called: the declarations must be real types, not any.
export function misuse(): unknown[] {
  // @ts-expect-error: a page is a string.
  const wrongInput = parseArticle(42);
  // @ts-expect-error: Article has no such field.
  const wrongField = article.headline;
  return [wrongInput, wrongField];
}
console.log(JSON.stringify({
  title,
  paragraphs: article.sections.reduce((n, s) => n + s.paragraphs.length, 0),
  valid: ArticleSchema.safeParse(article).success,
}));
`;

const REQUIRE_SOURCE = `const khabar = require("khabar");
const { ArticleSchema } = require("khabar/schema");
const article = khabar.parseArticle(require("node:fs").readFileSync(process.argv[2], "utf8"));
console.log(JSON.stringify({
  exports: Object.keys(khabar).sort(),
  title: article.title,
  paragraphs: article.sections.reduce((n, s) => n + s.paragraphs.length, 0),
  valid: ArticleSchema.safeParse(article).success,
}));
`;

const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: "ES2022",
  lib: ["ES2022"],
  // The consumer checks the declarations khabar ships (skipLibCheck would hide errors in them).
  skipLibCheck: false,
  types: ["node"],
  typeRoots: [join(REPO, "node_modules", "@types")],
};

interface Printed {
  title: string | null;
  paragraphs: number;
  valid: boolean;
  exports?: string[];
}

describe.skipIf(!BUILT)("a fresh TypeScript project that installs the tarball", () => {
  let project: PackedProject;
  let dir: string;
  let expected: { title: string | null; paragraphs: number; exports: string[] };

  beforeAll(async () => {
    project = await packedProject();
    dir = join(project.dir, `ts-consumer-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "src"), { recursive: true });
    writeFileSync(join(dir, "src", "esm.mts"), CONSUMER_SOURCE);
    writeFileSync(join(dir, "src", "cjs.cts"), CONSUMER_SOURCE);
    writeFileSync(join(dir, "require.cjs"), REQUIRE_SOURCE);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          ...STRICT,
          module: "node16",
          moduleResolution: "node16",
          outDir: "out",
          rootDir: "src",
        },
        include: ["src"],
      }),
    );
    writeFileSync(
      join(dir, "tsconfig.bundler.json"),
      JSON.stringify({
        // The node16 run already checks the declarations themselves.
        compilerOptions: {
          ...STRICT,
          module: "ESNext",
          moduleResolution: "bundler",
          noEmit: true,
          skipLibCheck: true,
        },
        include: ["src/esm.mts"],
      }),
    );
    // What the consumers must print: the built package's own result, computed here in-process.
    const dist = (await import(join(REPO, "dist", "index.js"))) as typeof import("../../src/index.js");
    const article = dist.parseArticle(readFileSync(SEED_PAGE, "utf8"));
    expected = {
      title: article.title,
      paragraphs: article.sections.reduce((n, s) => n + s.paragraphs.length, 0),
      exports: Object.keys(dist).sort(),
    };
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("type-checks and compiles with module node16 (ESM .mts and CommonJS .cts)", { timeout: 300_000 }, () => {
    run(process.execPath, [TSC, "-p", "tsconfig.json"], dir);
    const cjs = readFileSync(join(dir, "out", "cjs.cjs"), "utf8");
    expect(cjs).toContain('require("khabar")');
    const esm = readFileSync(join(dir, "out", "esm.mjs"), "utf8");
    expect(esm).toMatch(/^import \{ parseArticle \} from "khabar";$/m);
  });

  it("type-checks with moduleResolution bundler", { timeout: 300_000 }, () => {
    run(process.execPath, [TSC, "-p", "tsconfig.bundler.json"], dir);
  });

  it.each([
    ["ESM import", "out/esm.mjs"],
    ["CommonJS compiled from TypeScript", "out/cjs.cjs"],
    ["plain require()", "require.cjs"],
  ])("runs as %s on Node %s", (_how, file) => {
    const printed = JSON.parse(run(process.execPath, [file, SEED_PAGE], dir)) as Printed;
    expect(printed.valid).toBe(true);
    expect(printed.title).toBe(expected.title);
    expect(printed.paragraphs).toBe(expected.paragraphs);
    if (printed.exports) expect(printed.exports).toEqual(expected.exports);
  });
});
