// Parses every .txt file of a folder and writes one Article per line (NDJSON).
// Run: node examples/batch.mjs examples/pages out.ndjson   (without an output file, NDJSON goes to stdout)
import { createWriteStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArticle } from "khabar";

const [folder, output] = process.argv.slice(2);
if (folder === undefined) {
  console.error("usage: node batch.mjs <folder of .txt pages> [out.ndjson]");
  process.exit(2);
}
const out = output === undefined ? process.stdout : createWriteStream(output);
const files = (await readdir(folder)).filter((name) => name.endsWith(".txt")).sort();
let quotes = 0;
let warnings = 0;
for (const file of files) {
  const article = parseArticle(await readFile(join(folder, file), "utf8"));
  quotes += article.quotes.length;
  warnings += article.warnings.length;
  out.write(`${JSON.stringify({ file, article })}\n`);
}
if (out !== process.stdout) await new Promise((resolve) => out.end(resolve));
// The summary goes to stderr so that stdout stays valid NDJSON.
console.error(`parsed ${files.length} files: ${quotes} quotes, ${warnings} warnings`);
