/**
 * The dates stage on the dev corpus (`../shared/corpus/dev`, skipped when absent), scored as the corpus
 * README says: `published` on equal `iso`; `dates` matched one to one on equal `iso`, gold entries whose
 * `iso` is null not scored (and predicted ones with a null `iso` neither).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { findArticleDates } from "../../src/metadata/dates.js";
import type { PageStructure } from "../../src/metadata/structure.js";
import { parseArticle } from "../../src/parse.js";
import { splitLines } from "../../src/segment/index.js";

const dir = new URL("../../../shared/corpus/dev/", import.meta.url);

interface Gold {
  published: { iso: string } | null;
  dates: { iso: string | null }[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const f1 = ({ tp, fp, fn }: Counts) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

function score(gold: Gold, published: string | null, dates: (string | null)[]) {
  const left = gold.dates.map((d) => d.iso).filter((iso): iso is string => iso !== null);
  const predicted = dates.filter((iso): iso is string => iso !== null);
  let tp = 0;
  for (const iso of predicted) {
    const i = left.indexOf(iso);
    if (i >= 0) {
      left.splice(i, 1);
      tp++;
    }
  }
  const goldPublished = gold.published?.iso ?? null;
  return {
    dates: { tp, fp: predicted.length - tp, fn: left.length },
    published: {
      tp: goldPublished !== null && goldPublished === published ? 1 : 0,
      fp: published !== null && published !== goldPublished ? 1 : 0,
      fn: goldPublished !== null && goldPublished !== published ? 1 : 0,
    },
  };
}

/** The page as the placeholder structure gave it: every line a paragraph. */
function everyLineAParagraph(text: string): PageStructure {
  return {
    title: null,
    byline: { editor: null, author: null },
    dateline: null,
    sections: [],
    furniture: [],
    blocks: splitLines(text).map((l) => ({ kind: "paragraph", span: { start: l.start, end: l.end } })),
  };
}

const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
  : [];

describe.skipIf(!existsSync(dir))("dates on the dev corpus", () => {
  it.each([
    [
      "through parseArticle",
      (text: string) => {
        const a = parseArticle(text);
        return { published: a.published?.iso ?? null, dates: a.dates.map((d) => d.iso) };
      },
    ],
    [
      "with every line a paragraph (no page structure)",
      (text: string) => {
        const found = findArticleDates(text, everyLineAParagraph(text), DEFAULT_LEXICON);
        return { published: found.published?.iso ?? null, dates: found.dates.map((d) => d.iso) };
      },
    ],
  ])("published and dates reach F1 0.90 %s", (_name, run) => {
    const total = { dates: { tp: 0, fp: 0, fn: 0 }, published: { tp: 0, fp: 0, fn: 0 } };
    const perFile: string[] = [];
    for (const name of files) {
      const gold = JSON.parse(readFileSync(new URL(name, dir), "utf8")) as Gold;
      const text = readFileSync(new URL(name.replace(".gold.json", ".txt"), dir), "utf8");
      const got = run(text);
      const s = score(gold, got.published, got.dates);
      for (const k of ["dates", "published"] as const) {
        total[k].tp += s[k].tp;
        total[k].fp += s[k].fp;
        total[k].fn += s[k].fn;
      }
      if (s.dates.fp + s.dates.fn + s.published.fp + s.published.fn > 0)
        perFile.push(
          `${name}: dates F1 ${f1(s.dates).toFixed(2)}, published F1 ${f1(s.published).toFixed(2)}`,
        );
    }
    expect(files.length).toBeGreaterThan(0);
    expect(f1(total.dates), perFile.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(f1(total.published), perFile.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
});
