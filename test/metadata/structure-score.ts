/**
 * Scores the page-structure fields of `readPage` against a folder of `NAME.txt` + `NAME.gold.json`
 * (title, editor, author, dateline agency and location, headings) with the comparison key of the corpus
 * README, and checks that body paragraphs are indexed as the gold's quotes expect.
 *
 * Run: `npx tsx test/metadata/structure-score.ts ../shared/corpus/dev [--verbose]`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { comparisonKey, f1 } from "../../scripts/eval/score.js";
import { type PageReading, readPage } from "../../src/metadata/page.js";

/** The gold fields this scorer reads. */
interface StructureGold {
  title: string | null;
  editor: string | null;
  author: string | null;
  dateline: { agency: string | null; location: string | null } | null;
  headings: string[];
  quotes: { text_start: string; paragraph: number }[];
}

/** True and false positives and misses of one field. */
export interface FieldCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** The fields scored. */
export const STRUCTURE_FIELDS = ["title", "editor", "author", "agency", "location", "headings"] as const;
/** One scored field. */
export type StructureField = (typeof STRUCTURE_FIELDS)[number];

/** Scores of a folder. */
export interface StructureScore {
  readonly files: number;
  readonly counts: Record<StructureField, FieldCounts>;
  /** Gold quotes whose `paragraph` index points at a body paragraph that holds their first words. */
  readonly paragraphIndex: { right: number; total: number };
  readonly misses: string[];
}

function scalar(c: FieldCounts, gold: string | null | undefined, got: string | null | undefined): boolean {
  const g = gold ? comparisonKey(gold) : "";
  const p = got ? comparisonKey(got) : "";
  if (g && p && g === p) c.tp++;
  else {
    if (p) c.fp++;
    if (g) c.fn++;
  }
  return g === p;
}

/** Scores one article against its gold; misses are described in `misses`. */
export function scoreStructure(
  gold: StructureGold,
  article: PageReading,
  counts: Record<StructureField, FieldCounts>,
  misses: string[],
): { right: number; total: number } {
  const check = (field: StructureField, g: string | null | undefined, p: string | null | undefined) => {
    if (!scalar(counts[field], g, p))
      misses.push(`${field}: gold ${JSON.stringify(g ?? null)} · got ${JSON.stringify(p ?? null)}`);
  };
  check("title", gold.title, article.title?.text);
  check("editor", gold.editor, article.byline.editor);
  check("author", gold.author, article.byline.author);
  check("agency", gold.dateline?.agency, article.dateline?.agency);
  check("location", gold.dateline?.location, article.dateline?.location);
  const got = article.sections.flatMap((s) => (s.heading ? [comparisonKey(s.heading)] : []));
  const want = gold.headings.map(comparisonKey);
  const left = [...got];
  for (const h of want) {
    const at = left.indexOf(h);
    if (at >= 0) {
      counts.headings.tp++;
      left.splice(at, 1);
    } else {
      counts.headings.fn++;
      misses.push(`heading missed: ${h}`);
    }
  }
  counts.headings.fp += left.length;
  for (const h of left) misses.push(`heading extra: ${h}`);
  const paragraphs = article.sections.flatMap((s) => s.paragraphs).map((p) => comparisonKey(p.text));
  let right = 0;
  for (const q of gold.quotes) {
    const words = comparisonKey(q.text_start).split(" ").slice(0, 3).join(" ");
    if ((paragraphs[q.paragraph] ?? "").includes(words)) right++;
    else misses.push(`paragraph ${q.paragraph} does not hold "${words}"`);
  }
  return { right, total: gold.quotes.length };
}

/** Scores every `NAME.txt` + `NAME.gold.json` of a folder. */
export function scoreFolder(
  dir: string,
  keep: (stem: string) => boolean = () => true,
): StructureScore & { perFile: Map<string, string[]> } {
  const counts = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    StructureField,
    FieldCounts
  >;
  const misses: string[] = [];
  const perFile = new Map<string, string[]>();
  let files = 0;
  let right = 0;
  let total = 0;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".gold.json")) continue;
    const stem = name.slice(0, -".gold.json".length);
    if (!keep(stem)) continue;
    const textPath = join(dir, `${stem}.txt`);
    if (!existsSync(textPath)) continue;
    const gold = JSON.parse(readFileSync(join(dir, name), "utf8")) as StructureGold;
    const own: string[] = [];
    const r = scoreStructure(gold, readPage(readFileSync(textPath, "utf8")), counts, own);
    right += r.right;
    total += r.total;
    files++;
    perFile.set(stem, own);
    misses.push(...own.map((m) => `${stem}: ${m}`));
  }
  return { files, counts, paragraphIndex: { right, total }, misses, perFile };
}

/** F1 of one field. */
export function fieldF1(c: FieldCounts): number {
  return f1(c).f1;
}

if (process.argv[1]?.endsWith("structure-score.ts")) {
  const dir = process.argv[2] ?? "../shared/corpus/dev";
  const score = scoreFolder(dir);
  process.stdout.write(`${score.files} files from ${dir}\n`);
  for (const f of STRUCTURE_FIELDS) {
    const c = score.counts[f];
    process.stdout.write(`${f.padEnd(10)} F1 ${fieldF1(c).toFixed(3)}  tp ${c.tp} fp ${c.fp} fn ${c.fn}\n`);
  }
  const p = score.paragraphIndex;
  process.stdout.write(`paragraph index right for ${p.right} / ${p.total} gold quotes\n`);
  if (process.argv.includes("--verbose")) for (const m of score.misses) process.stdout.write(`- ${m}\n`);
}
