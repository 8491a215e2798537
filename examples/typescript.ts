// khabar from TypeScript. Types are imported with `import type`, so they vanish from the emitted JavaScript.
// Run: npx tsx examples/typescript.ts   (type-check: tsc --noEmit with "module": "node16" or "bundler")
import type { Article, ParseOptions, Quote, Speaker } from "khabar";
import { parseArticle } from "khabar";

/** One line per quote: who said what, and how sure khabar is of it. */
function describeQuote(quote: Quote): string {
  const speaker = quote.speaker?.name ?? "(unknown)";
  return `${quote.kind} quote by ${speaker} (confidence ${quote.confidence.toFixed(2)}): ${quote.text}`;
}

/** The speakers that have a role, e.g. `وزير الثقافة`. */
function speakersWithRole(article: Article): Speaker[] {
  return article.speakers.filter((speaker) => speaker.role !== null);
}

const options: ParseOptions = { referenceDate: "2024-03-14" };
const article: Article = parseArticle(
  [
    "افتتاح مكتبة عامة جديدة في وسط المدينة",
    "",
    "كتب: سامي الخطيب",
    "",
    "افتتح وزير الثقافة يوم الخميس 14 مارس 2024 مكتبة عامة جديدة.",
    "",
    'وقال الوزير إن "المكتبة مفتوحة لكل الطلاب مجانا".',
  ].join("\n"),
  options,
);

const title: string | null = article.title;
console.log("title:", title);
console.log("author:", article.byline.author);
console.log("dates:", article.dates.map((date) => date.iso ?? date.raw).join(", "));
for (const quote of article.quotes) console.log(describeQuote(quote));
console.log("speakers with a role:", speakersWithRole(article).length);
console.log("warnings:", article.warnings.map((warning) => warning.code).join(", ") || "none");
