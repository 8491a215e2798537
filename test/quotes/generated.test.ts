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
  pages: number;
  /** Pages with no prediction beyond the matched ones. */
  clean: number;
  expected: number;
  /** Expected quotes whose role / organization the README decides (the others are not scored). */
  roleScored: number;
  organizationScored: number;
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
    pages: 0,
    clean: 0,
    expected: 0,
    roleScored: 0,
    organizationScored: 0,
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
    t.pages++;
    t.expected += quotes.length;
    const extra = predicted.length - pairs.filter(([, p]) => p).length;
    t.extra += extra;
    if (extra === 0) t.clean++;
    for (const [g, p] of pairs) {
      const roleScored = !g.unscored?.includes("role");
      const organizationScored = !g.unscored?.includes("organization");
      if (roleScored) t.roleScored++;
      if (organizationScored) t.organizationScored++;
      if (!p) continue;
      t.found++;
      if (same(g.speaker, p.speaker?.name)) t.name++;
      if (sameSpeaker(g.speaker, p.speaker?.name)) t.speaker++;
      if (roleScored && same(g.role, p.speaker?.role)) t.role++;
      if (organizationScored && same(g.organization, p.speaker?.organization)) t.organization++;
      if (g.kind === p.kind) t.kind++;
    }
  }
  return t;
}

/**
 * Least share per shape of expected quotes found / with the exact name / role / organization, and of pages with
 * no extra prediction ("clean"). Rows up to surnameBackref: measured on 2026-11-29, 80 pages a shape, seed 1,
 * less 0.03, clean not checked (0). Round-7 rows: measured on 2026-11-29 ~21:45 UTC at the same seed, the lower of
 * the committed src/ (HEAD 74996fe) and the shared work tree, less 0.03 (clean less 0.03 too); role and
 * organization are shares of the quotes whose field the README decides. Raised at the end of round 7 (~23:35 UTC)
 * to the measure then, less 0.03, where the round's quote rules lifted a shape.
 */
const FLOORS: [
  shape: string,
  found: number,
  name: number,
  role: number,
  organization: number,
  clean: number,
][] = [
  ["titleName", 0.97, 0.95, 0.95, 0.95, 0],
  ["nameCommaTitle", 0.97, 0.97, 0.97, 0.97, 0],
  ["honorifics", 0.97, 0.96, 0.97, 0.97, 0],
  ["longTitles", 0.97, 0.97, 0.97, 0.97, 0],
  ["unitOfParent", 0.97, 0.97, 0.97, 0.97, 0],
  ["bodySpeakers", 0.97, 0.97, 0.97, 0.97, 0],
  ["anonymousSources", 0.97, 0.97, 0.97, 0.56, 0],
  ["pluralSpeakers", 0.97, 0.97, 0.97, 0.97, 0],
  ["women", 0.97, 0.96, 0.97, 0.97, 0],
  ["reportedBy", 0.97, 0.93, 0.97, 0.97, 0],
  ["particleNames", 0.97, 0.97, 0.97, 0.97, 0],
  ["cueForms", 0.97, 0.92, 0.94, 0.96, 0],
  ["quoteBeforeCue", 0.97, 0.93, 0.94, 0.94, 0],
  ["trailingAttribution", 0.97, 0.97, 0.97, 0.97, 0],
  ["continuations", 0.97, 0.97, 0.97, 0.97, 0],
  ["newSpeaker", 0.97, 0.95, 0.95, 0.96, 0],
  ["surnameBackref", 0.97, 0.97, 0.97, 0.97, 0],
  // Round 7.
  ["appositionComplementizer", 0.97, 0.97, 0.97, 0.97, 0.97],
  ["quoteBeforeCueObject", 0.97, 0.97, 0.96, 0.97, 0.97],
  ["relayedStatement", 0.96, 0.96, 0.96, 0.96, 0.97],
  ["continuationAfterOther", 0.97, 0.97, 0.97, 0.97, 0.97],
  ["continuationSameSpeaker", 0.97, 0.96, 0.96, 0.97, 0.97],
  ["titleOrSurnameBackref", 0.97, 0.96, 0.96, 0.96, 0.97],
  ["titleChains", 0.97, 0.93, 0.93, 0.97, 0.97],
  ["placeTitles", 0.97, 0.97, 0.97, 0.97, 0.97],
  ["occupations", 0.97, 0.86, 0.95, 0.92, 0.97],
  ["negatives", 0.97, 0.93, 0.93, 0.97, 0.97],
  ["negativesAfterQuote", 0.97, 0.91, 0.91, 0.95, 0.97],
  ["oddQuoteMarks", 0.97, 0.97, 0.97, 0.97, 0.97],
  ["bareQuotedParagraph", 0.97, 0.97, 0.97, 0.97, 0.97],
  ["adjunctsAfterSpeaker", 0.97, 0.9, 0.96, 0.97, 0.97],
  // Round 9: measured on 2026-11-30 ~04:37 UTC, seed 1, less 0.03.
  ["frontedSubjectAside", 0.97, 0.96, 0.96, 0.89, 0.97],
  // Round 9b: measured on 2026-11-30 ~05:35 UTC, seed 1, less 0.03.
  ["quotationOverParagraphs", 0.97, 0.97, 0.97, 0.97, 0.97],
];

const tallies = new Map<string, Tally>();
const share = (n: number, t: Tally, of = t.expected) => (of === 0 ? 1 : n / of);

describe("generated paragraphs of every way a speaker is named", () => {
  it("covers every shape of the generator", () => {
    expect(FLOORS.map((f) => f[0]).sort()).toEqual(Object.keys(SHAPES).sort());
  });

  it("writes every expected speaker and role into its page", () => {
    for (const [k, shape] of Object.keys(SHAPES).entries()) {
      for (let s = 1; s <= 20; s++) {
        const { page, quotes } = SHAPES[shape]!(random(7 * 100_000 + k * 1000 + s));
        const key = comparisonKey(page);
        for (const q of quotes) {
          expect(key).toContain(comparisonKey(q.speaker));
          if (q.role !== null) expect(key).toContain(comparisonKey(q.role));
          expect(key).toContain(textStartKey(q.textStart));
        }
      }
    }
  });

  it.each(FLOORS)(
    "%s: found ≥ %s, name ≥ %s, role ≥ %s, organization ≥ %s, clean pages ≥ %s",
    (shape, found, name, role, org, clean) => {
      const t = tally(shape, 1);
      tallies.set(shape, t);
      expect(t.pages).toBe(PAGES);
      expect(share(t.found, t)).toBeGreaterThanOrEqual(found);
      expect(share(t.name, t)).toBeGreaterThanOrEqual(name);
      expect(share(t.role, t, t.roleScored)).toBeGreaterThanOrEqual(role);
      expect(share(t.organization, t, t.organizationScored)).toBeGreaterThanOrEqual(org);
      expect(share(t.clean, t, t.pages)).toBeGreaterThanOrEqual(clean);
    },
  );

  it("prints the table", () => {
    const pct = (n: number, t: Tally, of = t.expected) => share(n, t, of).toFixed(2).padStart(6);
    const rows = [...tallies].map(
      ([shape, t]) =>
        `${shape.padEnd(24)} ${String(t.expected).padStart(4)} ${pct(t.found, t)} ${pct(t.name, t)} ${pct(t.speaker, t)} ${pct(t.role, t, t.roleScored)} ${pct(t.organization, t, t.organizationScored)} ${pct(t.kind, t)} ${String(t.extra).padStart(5)} ${pct(t.clean, t, t.pages)}`,
    );
    console.log(
      [`${"shape".padEnd(24)} quotes  found   name  spkr≈   role    org   kind extra  clean`, ...rows].join(
        "\n",
      ),
    );
    expect(tallies.size).toBe(FLOORS.length);
  });
});
