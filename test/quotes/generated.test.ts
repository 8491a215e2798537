/**
 * Every way a speaker is named, on made-up pages drawn at random (seeded) by `generator.ts`, parsed whole by
 * `parseArticle`. Per shape: how many expected quotes are found (the eval's match: the key of the first four
 * words of text_start inside the predicted text, one to one in order), and of those expected quotes how many
 * get the speaker name (exact key, and the eval's looser "right speaker"), the role and the organization
 * (exact keys, a `null` equal only to a `null`), and the kind. The floors are today's measure less a small
 * margin, so that a regression fails; the table is printed.
 */
import { describe, expect, it } from "vitest";
import { comparisonKey, sameSpeaker, textStartKey } from "../../scripts/eval/score.js";
import { type Article, parseArticle } from "../../src/index.js";
import { type ExpectedQuote, random, SHAPES } from "./generator.js";

/** Pages per shape. */
const PAGES = 80;

/** Counts of one shape. */
interface Tally {
  expected: number;
  found: number;
  extra: number;
  name: number;
  speaker: number;
  role: number;
  organization: number;
  kind: number;
}

type Predicted = Article["quotes"][number];

/** The eval's match of expected to predicted quotes, one to one in expected order. */
function match(
  expected: readonly ExpectedQuote[],
  predicted: readonly Predicted[],
): [ExpectedQuote, Predicted | null][] {
  const used = new Set<number>();
  return expected.map((g) => {
    const key = textStartKey(g.textStart);
    const j = predicted.findIndex(
      (p, k) => !used.has(k) && key.length > 0 && comparisonKey(p.text).includes(key),
    );
    if (j < 0) return [g, null];
    used.add(j);
    return [g, predicted[j]!];
  });
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  comparisonKey(a) === comparisonKey(b);

/** Pages of one shape: seeds apart from the other shapes' so that shapes do not draw the same parts. */
function tally(shape: string, seed: number): Tally {
  const offset = Object.keys(SHAPES).indexOf(shape) * 1000;
  const t: Tally = {
    expected: 0,
    found: 0,
    extra: 0,
    name: 0,
    speaker: 0,
    role: 0,
    organization: 0,
    kind: 0,
  };
  for (let s = 1; s <= PAGES; s++) {
    const { page, quotes } = SHAPES[shape]!(random(seed * 100_000 + offset + s));
    const predicted = parseArticle(page).quotes;
    const pairs = match(quotes, predicted);
    t.expected += quotes.length;
    t.extra += predicted.length - pairs.filter(([, p]) => p).length;
    for (const [g, p] of pairs) {
      if (!p) continue;
      t.found++;
      if (same(g.speaker, p.speaker?.name)) t.name++;
      if (sameSpeaker(g.speaker, p.speaker?.name)) t.speaker++;
      if (same(g.role, p.speaker?.role)) t.role++;
      if (same(g.organization, p.speaker?.organization)) t.organization++;
      if (g.kind === p.kind) t.kind++;
    }
  }
  return t;
}

/** Least share per shape of expected quotes found / with the exact name / role / organization (measured on 2026-11-29, 80 pages a shape, seed 1, less 0.03). */
const FLOORS: [shape: string, found: number, name: number, role: number, organization: number][] = [
  ["titleName", 0.97, 0.94, 0.94, 0.94],
  ["nameCommaTitle", 0.91, 0.91, 0.91, 0.91],
  ["honorifics", 0.97, 0.96, 0.97, 0.97],
  ["longTitles", 0.94, 0.94, 0.94, 0.67],
  ["unitOfParent", 0.96, 0.96, 0.96, 0.96],
  ["bodySpeakers", 0.97, 0.97, 0.97, 0.97],
  ["anonymousSources", 0.97, 0.97, 0.97, 0.56],
  ["pluralSpeakers", 0.97, 0.97, 0.97, 0.97],
  ["women", 0.97, 0.92, 0.91, 0.95],
  ["reportedBy", 0.97, 0.83, 0.87, 0.96],
  ["particleNames", 0.93, 0.93, 0.91, 0.93],
  ["cueForms", 0.92, 0.82, 0.82, 0.9],
  ["quoteBeforeCue", 0.97, 0.73, 0.94, 0.94],
  ["trailingAttribution", 0.97, 0.97, 0.97, 0.97],
  ["continuations", 0.97, 0.95, 0.94, 0.96],
  ["newSpeaker", 0.95, 0.93, 0.91, 0.95],
  ["surnameBackref", 0.97, 0.94, 0.94, 0.95],
];

const tallies = new Map<string, Tally>();
const share = (n: number, t: Tally) => (t.expected === 0 ? 1 : n / t.expected);

describe("generated paragraphs of every way a speaker is named", () => {
  it("covers every shape of the generator", () => {
    expect(FLOORS.map((f) => f[0]).sort()).toEqual(Object.keys(SHAPES).sort());
  });

  it.each(FLOORS)(
    "%s: found ≥ %s, name ≥ %s, role ≥ %s, organization ≥ %s",
    (shape, found, name, role, org) => {
      const t = tally(shape, 1);
      tallies.set(shape, t);
      expect(t.expected).toBeGreaterThan(0);
      expect(share(t.found, t)).toBeGreaterThanOrEqual(found);
      expect(share(t.name, t)).toBeGreaterThanOrEqual(name);
      expect(share(t.role, t)).toBeGreaterThanOrEqual(role);
      expect(share(t.organization, t)).toBeGreaterThanOrEqual(org);
    },
  );

  it("prints the table", () => {
    const pct = (n: number, t: Tally) => share(n, t).toFixed(2).padStart(6);
    const rows = [...tallies].map(
      ([shape, t]) =>
        `${shape.padEnd(20)} ${String(t.expected).padStart(4)} ${pct(t.found, t)} ${pct(t.name, t)} ${pct(t.speaker, t)} ${pct(t.role, t)} ${pct(t.organization, t)} ${pct(t.kind, t)} ${String(t.extra).padStart(5)}`,
    );
    console.log(
      [`${"shape".padEnd(20)} quotes  found   name  spkr≈   role    org   kind extra`, ...rows].join("\n"),
    );
    expect(tallies.size).toBe(FLOORS.length);
  });
});
