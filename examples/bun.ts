// khabar in Bun, which runs TypeScript as is.
// Run: bun examples/bun.ts examples/pages/02-agency-wire.txt
import { type Article, parseArticle } from "khabar";
import { ArticleSchema } from "khabar/schema";

const path = Bun.argv[2];
if (path === undefined) {
  console.error("usage: bun examples/bun.ts <page.txt>");
  process.exit(2);
}
const article: Article = parseArticle(await Bun.file(path).text());
console.log("runtime:", `bun ${Bun.version}`);
console.log("title:", article.title);
console.log("dateline:", JSON.stringify(article.dateline));
console.log("furniture:", article.furniture.map((item) => item.kind).join(", ") || "none");
console.log("schema valid:", ArticleSchema.safeParse(article).success);
