// Validating Article JSON stored earlier (a database, a cache, NDJSON from batch.mjs) before trusting it.
// ArticleSchema lives in "khabar/schema" so that code which only validates need not load the parser.
// Run: node examples/validate.mjs [article.json ...]   (without files it validates a fresh round trip)
import { readFile } from "node:fs/promises";
import { parseArticle } from "khabar";
import { ArticleSchema } from "khabar/schema";

async function storedArticles() {
  const files = process.argv.slice(2);
  if (files.length > 0) return Promise.all(files.map(async (file) => [file, await readFile(file, "utf8")]));
  const page = "افتتاح مكتبة عامة جديدة\n\nافتتح وزير الثقافة مكتبة عامة جديدة في وسط المدينة.";
  const stored = JSON.stringify(parseArticle(page));
  const tampered = JSON.parse(stored);
  tampered.title = 42;
  tampered.blocks.push({ kind: "sidebar", span: { start: 5, end: 2 } });
  return [
    ["round trip", stored],
    ["tampered", JSON.stringify(tampered)],
  ];
}

let invalid = 0;
for (const [name, json] of await storedArticles()) {
  const result = ArticleSchema.safeParse(JSON.parse(json));
  if (result.success) {
    console.log(
      `${name}: valid (${result.data.sections.length} sections, ${result.data.quotes.length} quotes)`,
    );
  } else {
    invalid++;
    const where = result.error.issues.map((issue) => issue.path.join(".") || "(root)");
    console.log(`${name}: invalid at ${[...new Set(where)].join(", ")}`);
  }
}
console.log("invalid:", invalid);
// Stored files that fail validation make the run fail; the built-in demo tampers on purpose.
if (process.argv.length > 2 && invalid > 0) process.exitCode = 1;
