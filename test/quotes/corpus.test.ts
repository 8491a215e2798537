/**
 * The quote targets on the development corpus, scored by the rules of the corpus README ("Scoring"): quotes
 * found ≥ 0.90 F1; quotes with the right speaker ≥ 0.85 F1 (≥ 0.90 for direct quotes); the role right for
 * ≥ 0.85 of the matched quotes whose gold names one. Skipped when the corpus is not beside the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import type { Quote } from "../../src/schema.js";

const dir = new URL("../../../shared/corpus/dev/", import.meta.url);

interface GoldQuote {
  speaker: string;
  role: string | null;
  kind: "direct" | "indirect";
  text_start: string;
}

/** The comparison key of the scoring rules. */
export function comparisonKey(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKC")
    .replace(
      /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g,
      "",
    )
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Right speaker: equal keys, or one contains the other as whole words and the shorter has two words or more. */
export function sameSpeaker(gold: string, predicted: string | undefined): boolean {
  const g = comparisonKey(gold);
  const p = comparisonKey(predicted);
  if (!p) return false;
  if (g === p) return true;
  const [short, long] = g.length < p.length ? [g, p] : [p, g];
  return short.split(" ").length >= 2 && ` ${long} `.includes(` ${short} `);
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = ({ tp, fp, fn }: Tally) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

function score(kind?: "direct" | "indirect") {
  const found: Tally = { tp: 0, fp: 0, fn: 0 };
  const speaker: Tally = { tp: 0, fp: 0, fn: 0 };
  const role = { right: 0, total: 0 };
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(new URL(name, dir), "utf8")) as { quotes: GoldQuote[] };
    const text = readFileSync(new URL(name.replace(".gold.json", ".txt"), dir), "utf8");
    const golds = gold.quotes.filter((q) => !kind || q.kind === kind);
    const predicted = parseArticle(text).quotes.filter((q) => !kind || q.kind === kind);
    const used = new Set<Quote>();
    let matched = 0;
    let right = 0;
    for (const g of golds) {
      const start = comparisonKey(g.text_start).split(" ").slice(0, 4).join(" ");
      const p = predicted.find((q) => !used.has(q) && comparisonKey(q.text).includes(start));
      if (!p) continue;
      used.add(p);
      matched++;
      if (sameSpeaker(g.speaker, p.speaker?.name)) right++;
      if (g.role !== null) {
        role.total++;
        if (comparisonKey(g.role) === comparisonKey(p.speaker?.role)) role.right++;
      }
    }
    found.tp += matched;
    found.fp += predicted.length - matched;
    found.fn += golds.length - matched;
    speaker.tp += right;
    speaker.fp += predicted.length - right;
    speaker.fn += golds.length - right;
  }
  return { found: f1(found), speaker: f1(speaker), role: role.right / role.total };
}

describe.skipIf(!existsSync(dir))("quote targets on the development corpus", () => {
  it("finds the quotes and their speakers", () => {
    const all = score();
    expect(all.found).toBeGreaterThanOrEqual(0.9);
    expect(all.speaker).toBeGreaterThanOrEqual(0.85);
    expect(all.role).toBeGreaterThanOrEqual(0.85);
  });

  it("gives direct quotes the right speaker", () => {
    expect(score("direct").speaker).toBeGreaterThanOrEqual(0.9);
  });
});
