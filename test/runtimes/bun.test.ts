/** Bun (the npm package `bun`): examples/bun.ts as TypeScript, and the CommonJS example through require(). */
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, printedValues, RUNTIMES, runExample } from "../../scripts/examples.js";
import { BUILT, type PackedProject, packedProject } from "../../scripts/pack-consumer.js";
import { examplePage, parseWithDist, printed } from "./expected.js";

describe.skipIf(!BUILT)("Bun", () => {
  let project: PackedProject;
  beforeAll(async () => {
    project = await packedProject();
  }, 300_000);

  it("runs examples/bun.ts and gets the same Article as Node", async () => {
    const example = EXAMPLES.find((e) => e.file === "bun.ts");
    if (!example) throw new Error("bun.ts");
    const output = runExample(example, project, project.dir);
    expect(output.status, output.stderr).toBe(0);
    const values = printedValues(output.stdout);
    expect(values.get("runtime")).toMatch(/^bun 1\.\d+\.\d+/);
    const expected = await parseWithDist(examplePage("02-agency-wire.txt"));
    expect(values.get("title")).toBe(printed(expected.title));
    expect(JSON.parse(values.get("dateline") ?? "undefined")).toEqual(expected.dateline);
    expect(values.get("furniture")).toBe(expected.furniture.map((f) => f.kind).join(", ") || "none");
    expect(values.get("schema valid")).toBe("true");
  });

  it("loads the CommonJS build with require()", () => {
    const output = runExample(
      { file: "node-cjs.cjs", command: () => [RUNTIMES.bun, "examples/node-cjs.cjs"] },
      project,
      project.dir,
    );
    expect(output.status, output.stderr).toBe(0);
    expect(printedValues(output.stdout).get("schema valid")).toBe("true");
  });
});
