/**
 * The edge runtime (@edge-runtime/vm): examples/edge-handler/run.mjs bundles the fetch handler as an IIFE
 * with esbuild (platform browser: a Node built-in anywhere in khabar would fail the bundle) and evaluates it
 * in an EdgeVM, which has the web APIs and no Node ones.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, printedValues, runExample } from "../../scripts/examples.js";
import { BUILT, type PackedProject, packedProject } from "../../scripts/pack-consumer.js";
import { examplePage, paragraphCount, parseWithDist, printed } from "./expected.js";

describe.skipIf(!BUILT)("edge runtime", () => {
  let project: PackedProject;
  beforeAll(async () => {
    project = await packedProject();
  }, 300_000);

  it("answers a POSTed page with the Article as JSON from inside the sandbox", async () => {
    const example = EXAMPLES.find((e) => e.file === "edge-handler/run.mjs");
    if (!example) throw new Error("edge-handler/run.mjs");
    const output = runExample(example, project, project.dir);
    expect(output.status, output.stderr).toBe(0);
    const values = printedValues(output.stdout);
    expect(values.get("node apis in sandbox")).toBe("false");
    expect(values.get("status")).toBe("200");
    expect(values.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Number(values.get("bundle bytes"))).toBeGreaterThan(1000);
    const expected = await parseWithDist(examplePage("01-ticker-and-quotes.txt"));
    expect(values.get("title")).toBe(printed(expected.title));
    expect(values.get("paragraphs")).toBe(String(paragraphCount(expected)));
    expect(values.get("quotes")).toBe(String(expected.quotes.length));
  });
});
