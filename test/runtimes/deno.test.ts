/** Deno (the npm package `deno`): examples/deno.ts imports the packed khabar from node_modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, printedValues, runExample } from "../../scripts/examples.js";
import { BUILT, type PackedProject, packedProject } from "../../scripts/pack-consumer.js";
import { examplePage, paragraphCount, parseWithDist, printed } from "./expected.js";

describe.skipIf(!BUILT)("Deno", () => {
  let project: PackedProject;
  beforeAll(async () => {
    project = await packedProject();
  }, 300_000);

  it("runs examples/deno.ts with --allow-read and gets the same Article as Node", async () => {
    const example = EXAMPLES.find((e) => e.file === "deno.ts");
    if (!example) throw new Error("deno.ts");
    const output = runExample(example, project, project.dir);
    expect(output.status, output.stderr).toBe(0);
    const values = printedValues(output.stdout);
    expect(values.get("runtime")).toMatch(/^deno 2\.\d+\.\d+/);
    const expected = await parseWithDist(examplePage("01-ticker-and-quotes.txt"));
    expect(values.get("title")).toBe(printed(expected.title));
    expect(values.get("paragraphs")).toBe(String(paragraphCount(expected)));
    expect(values.get("quotes")).toBe(String(expected.quotes.length));
    expect(values.get("schema valid")).toBe("true");
  });
});
