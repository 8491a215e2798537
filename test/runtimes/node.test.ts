/** Node 20 (the engines floor): the packed package as ESM and as CommonJS, through the two Node examples. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, printedValues, runExample } from "../../scripts/examples.js";
import { BUILT, type PackedProject, packedProject, REPO } from "../../scripts/pack-consumer.js";
import { BlockKindSchema } from "../../src/schema.js";

const runNode = (project: PackedProject, file: string) => {
  const example = EXAMPLES.find((e) => e.file === file);
  if (!example) throw new Error(file);
  const output = runExample(example, project, project.dir);
  expect(output.status, output.stderr).toBe(0);
  return { values: printedValues(output.stdout), stdout: output.stdout };
};

describe.skipIf(!BUILT)(`Node ${process.versions.node}`, () => {
  let project: PackedProject;
  beforeAll(async () => {
    project = await packedProject();
  }, 300_000);

  it("runs on the Node line that package.json's engines names", () => {
    const floor = /^>=(\d+)/.exec(
      (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { engines: { node: string } }).engines
        .node,
    )?.[1];
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(Number(floor));
  });

  it("ESM: examples/node-esm.mjs imports khabar and gets a schema-valid Article", () => {
    const source = readFileSync(join(REPO, "examples", "node-esm.mjs"), "utf8");
    const { values, stdout } = runNode(project, "node-esm.mjs");
    expect(values.get("schema valid")).toBe("true");
    const title = values.get("title");
    if (title !== "null") expect(source).toContain(title);
    const paragraphs = Number(values.get("paragraphs"));
    expect(paragraphs).toBeGreaterThanOrEqual(1);
    // Cut out of the input by its span, the first paragraph is text of the page as written.
    expect(source).toContain(values.get("first paragraph as written"));
    const quotes = Number(values.get("quotes"));
    expect(stdout.split("\n").filter((line) => /^ {2}(direct|indirect) quote by /.test(line))).toHaveLength(
      quotes,
    );
    expect(values.get("ticker items")).toMatch(/^\d+$/);
    // The search profile drops tatweel (U+0640) and tashkeel (U+064B–U+0652).
    expect(values.get("normalize")).toBe("الوزير");
  });

  it("CommonJS: examples/node-cjs.cjs requires khabar and khabar/schema", () => {
    const source = readFileSync(join(REPO, "examples", "node-cjs.cjs"), "utf8");
    const { values } = runNode(project, "node-cjs.cjs");
    expect(values.get("module system")).toBe("commonjs");
    expect(values.get("schema valid")).toBe("true");
    const title = values.get("title");
    if (title !== "null") expect(source).toContain(title);
    const blocks = values.get("blocks")?.split(" ") ?? [];
    expect(blocks.length).toBeGreaterThanOrEqual(Number(values.get("paragraphs")));
    for (const kind of blocks) expect(BlockKindSchema.options).toContain(kind);
  });
});
