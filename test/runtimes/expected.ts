/** What the runtime examples must print: the built package's own results, computed in this Node process. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../../scripts/pack-consumer.js";
import type { Article } from "../../src/index.js";

/** parseArticle of the built dist/index.js (the same code the packed tarball ships). */
export async function parseWithDist(text: string): Promise<Article> {
  const dist = (await import(join(REPO, "dist", "index.js"))) as typeof import("../../src/index.js");
  return dist.parseArticle(text);
}

/** The example page at examples/pages/<name>. */
export function examplePage(name: string): string {
  return readFileSync(join(REPO, "examples", "pages", name), "utf8");
}

/** The number of body paragraphs. */
export function paragraphCount(article: Article): number {
  return article.sections.reduce((n, section) => n + section.paragraphs.length, 0);
}

/** How the examples print a value that may be null (console.log of null prints `null`). */
export function printed(value: string | null): string {
  return value === null ? "null" : value;
}
