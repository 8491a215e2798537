// Runs handler.mjs the way an edge platform does: bundled into one script (esbuild, IIFE) and evaluated in
// the edge runtime's sandbox (@edge-runtime/vm), which has fetch/Request/Response but no Node APIs.
// Run: node examples/edge-handler/run.mjs [page.txt]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EdgeVM } from "@edge-runtime/vm";
import { build } from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bundle = await build({
  entryPoints: [here("./handler.mjs")],
  bundle: true,
  format: "iife",
  globalName: "edgeModule",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "error",
});
const code = bundle.outputFiles[0].text;

const vm = new EdgeVM();
vm.evaluate(code);
const page = readFileSync(process.argv[2] ?? here("../pages/01-ticker-and-quotes.txt"), "utf8");
vm.context.pageText = page;
// The request is made and answered inside the sandbox, as it would be on the platform.
const { status, contentType, body, nodeApis } = await vm.evaluate(`(async () => {
  const response = await edgeModule.default.fetch(new Request("https://example.test/parse", {
    method: "POST",
    body: pageText,
  }));
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: await response.text(),
    nodeApis: typeof process !== "undefined" || typeof require !== "undefined",
  };
})()`);

const article = JSON.parse(body);
console.log("bundle bytes:", code.length);
console.log("node apis in sandbox:", nodeApis);
console.log("status:", status);
console.log("content-type:", contentType);
console.log("title:", article.title);
console.log(
  "paragraphs:",
  article.sections.reduce((n, section) => n + section.paragraphs.length, 0),
);
console.log("quotes:", article.quotes.length);
