// khabar from Node.js as an ES module.
// Run: node examples/node-esm.mjs
import { ArticleSchema, normalize, parseArticle } from "khabar";

const page = [
  "عاجل",
  "افتتاح جسر جديد فوق النهر (مصدر محلي) - 14:05",
  "",
  "افتتاح مكتبة عامة جديدة في وسط المدينة",
  "",
  "عمّان - رويترز",
  "",
  "افتتح وزير الثقافة الأحد مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب.",
  "",
  'وقال الوزير في كلمة خلال الافتتاح إن "المكتبة مفتوحة لكل الطلاب والباحثين مجانا".',
].join("\n");

const article = parseArticle(page);
const paragraphs = article.sections.flatMap((section) => section.paragraphs);

console.log("title:", article.title);
console.log("dateline:", JSON.stringify(article.dateline));
console.log("ticker items:", article.ticker.length);
console.log("paragraphs:", paragraphs.length);
console.log("quotes:", article.quotes.length);
for (const quote of article.quotes) {
  console.log(`  ${quote.kind} quote by ${quote.speaker?.name ?? "(unknown)"}: ${quote.text}`);
}
// Spans are offsets into the ORIGINAL input, so a paragraph can be cut out of the page as it was written.
const first = paragraphs[0];
if (first) console.log("first paragraph as written:", page.slice(first.span.start, first.span.end));
console.log("schema valid:", ArticleSchema.safeParse(article).success);
// normalize() on its own: tashkeel and tatweel are display noise here.
console.log("normalize:", normalize("الـــوَزِيرُ", { profile: "search" }));
