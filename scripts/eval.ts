/**
 * `npm run eval -- <dir> [--verbose] [--json] [--baseline]`: scores parseArticle against a folder of
 * `NAME.txt` + `NAME.gold.json` files and prints precision, recall and F1 per field, following the scoring
 * rules of the corpus README. With `--verbose`, every miss is listed under its file. With `--baseline`, the
 * quotes are those of the naive baseline (a speech verb followed by a quotation) instead of khabar's.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArticle } from "../src/index.js";
import { baselineQuotes } from "../src/quotes/baseline.js";
import {
  addCounts,
  type Counts,
  emptyCounts,
  FIELD_NAMES,
  type FieldName,
  f1,
  type Gold,
  RATIO_NAMES,
  type RatioName,
  scoreArticle,
} from "./eval/score.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");
const baseline = args.includes("--baseline");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length === 0) {
  process.stderr.write("usage: npm run eval -- <dir> [<dir> …] [--verbose] [--json]\n");
  process.exit(2);
}

const totals = Object.fromEntries(FIELD_NAMES.map((f) => [f, emptyCounts()])) as Record<FieldName, Counts>;
const ratioTotals = Object.fromEntries(RATIO_NAMES.map((r) => [r, { right: 0, total: 0 }])) as Record<
  RatioName,
  { right: number; total: number }
>;
let files = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) {
    process.stderr.write(`eval: no such folder: ${dir}\n`);
    process.exit(2);
  }
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".gold.json")) continue;
    const stem = name.slice(0, -".gold.json".length);
    const textPath = join(dir, `${stem}.txt`);
    if (!existsSync(textPath)) continue;
    const gold = JSON.parse(readFileSync(join(dir, name), "utf8")) as Gold;
    const parsed = parseArticle(readFileSync(textPath, "utf8"));
    const article = baseline
      ? { ...parsed, quotes: baselineQuotes(parsed.sections.flatMap((s) => s.paragraphs)) }
      : parsed;
    const score = scoreArticle(gold, article);
    files++;
    for (const f of FIELD_NAMES) addCounts(totals[f], score.counts[f]);
    for (const r of RATIO_NAMES) {
      ratioTotals[r].right += score.ratios[r].right;
      ratioTotals[r].total += score.ratios[r].total;
    }
    if (verbose && score.misses.length > 0) {
      process.stdout.write(
        `\n## ${basename(dir)}/${stem}\n${score.misses.map((m) => `- ${m}`).join("\n")}\n`,
      );
    }
  }
}

const pct = (x: number) => x.toFixed(3);
if (asJson) {
  process.stdout.write(
    `${JSON.stringify({ files, fields: Object.fromEntries(FIELD_NAMES.map((f) => [f, { ...totals[f], ...f1(totals[f]) }])), ratios: ratioTotals }, null, 2)}\n`,
  );
} else {
  const rows = FIELD_NAMES.map((f) => {
    const c = totals[f];
    const s = f1(c);
    return `| ${f} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${c.tp} | ${c.fp} | ${c.fn} |`;
  });
  const ratioRows = RATIO_NAMES.map((r) => {
    const { right, total } = ratioTotals[r];
    return `| ${r} | ${total === 0 ? "–" : pct(right / total)} | ${right} / ${total} |`;
  });
  process.stdout.write(
    [
      `\n${files} files from ${dirs.join(", ")}\n`,
      "| field | precision | recall | F1 | TP | FP | FN |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...rows,
      "",
      "| among quotes | accuracy | right / total |",
      "|---|---:|---:|",
      ...ratioRows,
      "",
    ].join("\n"),
  );
}
