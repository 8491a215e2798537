// khabar from Node.js as CommonJS: require() gets the CJS build.
// Run: node examples/node-cjs.cjs
const { parseArticle } = require("khabar");
const { ArticleSchema } = require("khabar/schema");

const page = [
  "باحثون يرصدون نوعا نادرا من الطيور في الصحراء",
  "",
  "رصد فريق من الباحثين نوعا نادرا من الطيور في منطقة صحراوية نائية.",
  "",
  'وقالت رئيسة الفريق: "لم نتوقع أن نرى هذا الطائر هنا".',
].join("\n");

const article = parseArticle(page);
console.log(
  "module system:",
  typeof module === "object" && typeof require === "function" ? "commonjs" : "esm",
);
console.log("title:", article.title);
console.log(
  "paragraphs:",
  article.sections.reduce((n, section) => n + section.paragraphs.length, 0),
);
console.log("quotes:", article.quotes.length);
console.log("blocks:", article.blocks.map((block) => block.kind).join(" "));
console.log("schema valid:", ArticleSchema.safeParse(article).success);
