// khabar in Deno, through the npm package installed in node_modules.
// Run: deno run --allow-read examples/deno.ts examples/pages/01-ticker-and-quotes.txt
import { parseArticle } from "khabar";
import { ArticleSchema } from "khabar/schema";

const path = Deno.args[0];
if (path === undefined) {
  console.error("usage: deno run --allow-read examples/deno.ts <page.txt>");
  Deno.exit(2);
}
const article = parseArticle(await Deno.readTextFile(path));
console.log("runtime:", `deno ${Deno.version.deno}`);
console.log("title:", article.title);
console.log(
  "paragraphs:",
  article.sections.reduce((n, section) => n + section.paragraphs.length, 0),
);
console.log("quotes:", article.quotes.length);
console.log("schema valid:", ArticleSchema.safeParse(article).success);
