/**
 * Every page-structure shape of the page-formats notes, on made-up pages drawn at random (seeded) by
 * `generator.ts`: titles with section labels, outlet prefixes and site suffixes, bylines and datelines in every
 * form and order, publication dates in every month system, headings, end markers, cut-off pages and CRLF, with
 * masthead, menus, widgets, UI leftovers and share prompts around them. parseArticle runs on `PAGES` pages per
 * shape; each shape is scored on the fields it is about, with the comparison of `scripts/eval/score.ts`
 * (`scoreArticle`: comparison key, null vs value counted as a miss or a false positive). A field of a page is
 * right when it has neither a miss nor a false positive; the paragraph count is right when it equals the
 * expected count. The floors are the values measured when the test was written minus a small margin, so a
 * regression on any shape fails the test; raise a floor when khabar gets better on it.
 */
import { describe, expect, it } from "vitest";
import { comparisonKey, type FieldName, type Gold, scoreArticle } from "../../scripts/eval/score.js";
import { type Article, parseArticle } from "../../src/index.js";
import { type Expected, type Field, type GeneratedPage, random, SHAPES } from "./generator.js";

/** Pages per shape: enough for a stable share, few enough to keep the test near ten seconds. */
const PAGES = 24;

/** A seed per shape (FNV-1a of its name), so that shapes do not share their pages' furniture and bodies. */
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193) >>> 0;
  return h % 100_000;
}

const pageOf = (name: string, k: number): GeneratedPage =>
  SHAPES[name]!.build(random(seedOf(name) * 1000 + k));

/** The gold annotation the README's rules give for a generated page. */
function goldOf(e: Expected): Gold {
  return {
    title: e.title,
    editor: e.editor,
    author: e.author,
    dateline: e.agency === null && e.location === null ? null : { agency: e.agency, location: e.location },
    ticker: [],
    headings: [...e.headings],
    quotes: [],
    published: e.published === null ? null : { iso: e.published, raw: e.published },
  };
}

/** The measure of `scoreArticle` behind each scored field. */
const MEASURE: Readonly<Record<Exclude<Field, "paragraphs">, FieldName>> = {
  title: "title",
  editor: "editor",
  author: "author",
  agency: "dateline agency",
  location: "dateline location",
  headings: "headings",
  published: "published",
};

/** The headings khabar gives: one per section that has one. */
const headingsOf = (article: Article) =>
  article.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));

/**
 * Headings right when a page has lines the README leaves open (`optionalHeadings`): every expected heading is
 * given, and every heading given is expected or open.
 */
function headingsRight(expected: Expected, article: Article): boolean {
  const given = headingsOf(article).map(comparisonKey);
  const allowed = new Set([...expected.headings, ...(expected.optionalHeadings ?? [])].map(comparisonKey));
  return (
    expected.headings.every((h) => given.includes(comparisonKey(h))) && given.every((h) => allowed.has(h))
  );
}

/** The body paragraph count is right; an open line is a paragraph when it is not given as a heading, or dropped. */
function paragraphsRight(expected: Expected, article: Article): boolean {
  const count = article.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const given = new Set(headingsOf(article).map(comparisonKey));
  const open = (expected.optionalHeadings ?? []).filter((h) => !given.has(comparisonKey(h))).length;
  return count === expected.paragraphs || count === expected.paragraphs + open;
}

/** Share of a shape's pages on which each of its fields is right (of the pages where the field is scored). */
function measure(name: string): Partial<Record<Field, number>> {
  const shape = SHAPES[name]!;
  const right = Object.fromEntries(shape.fields.map((f) => [f, 0])) as Record<Field, number>;
  const scored = Object.fromEntries(shape.fields.map((f) => [f, 0])) as Record<Field, number>;
  for (let k = 1; k <= PAGES; k++) {
    const { page, expected } = pageOf(name, k);
    const article = parseArticle(page);
    const { counts } = scoreArticle(goldOf(expected), article);
    for (const field of shape.fields) {
      if (expected.unscored?.includes(field)) continue;
      scored[field]++;
      const ok =
        field === "paragraphs"
          ? paragraphsRight(expected, article)
          : field === "headings" && expected.optionalHeadings
            ? headingsRight(expected, article)
            : counts[MEASURE[field]].fp === 0 && counts[MEASURE[field]].fn === 0;
      if (ok) right[field]++;
    }
  }
  return Object.fromEntries(shape.fields.map((f) => [f, scored[f] === 0 ? 1 : right[f] / scored[f]]));
}

/**
 * Least share of right pages per shape and field: measured on 2026-11-29 (24 pages a shape) minus 0.05, so
 * one more failing page passes and two fail.
 */
const FLOORS: readonly [shape: string, field: Field, floor: number][] = [
  ["titleSectionLabel", "title", 0.95],
  ["titleOutletPrefix", "title", 0.95],
  ["titleSiteSuffix", "title", 0.91],
  ["titleInBreadcrumb", "title", 0.95],
  ["bylineAboveTitle", "title", 0.95],
  ["bylineAboveTitle", "author", 0.95],
  ["dateAboveTitle", "title", 0.95],
  ["dateAboveTitle", "published", 0.95],
  ["uiAroundTitle", "title", 0.95],
  ["uiAroundTitle", "paragraphs", 0.95],
  ["tickerAboveTitle", "title", 0.95],
  ["tickerAboveTitle", "paragraphs", 0.95],
  ["kataba", "author", 0.95],
  ["katabat", "author", 0.95],
  ["biqalam", "author", 0.95],
  ["idad", "author", 0.95],
  ["nameCity", "author", 0.95],
  ["nameCity", "location", 0.95],
  ["cityName", "author", 0.95],
  ["cityName", "location", 0.95],
  ["severalReporters", "author", 0.95],
  ["editorTahrir", "editor", 0.95],
  ["editorTahrir", "author", 0.95],
  ["mastheadEditor", "editor", 0.95],
  ["mastheadEditor", "author", 0.95],
  ["bylineWithDate", "author", 0.95],
  ["bylineWithDate", "published", 0.95],
  ["nameAlone", "author", 0.95],
  ["brandDashPlace", "agency", 0.95],
  ["brandDashPlace", "location", 0.95],
  ["placeDashAgency", "agency", 0.95],
  ["placeDashAgency", "location", 0.95],
  ["agencyDashPlace", "agency", 0.95],
  ["agencyDashPlace", "location", 0.95],
  ["placeColonOutlet", "agency", 0.95],
  ["placeColonOutlet", "location", 0.95],
  ["cnnInline", "agency", 0.95],
  ["cnnInline", "location", 0.95],
  ["cnnInline", "paragraphs", 0.95],
  ["sabqInline", "author", 0.95],
  ["sabqInline", "agency", 0.95],
  ["sabqInline", "paragraphs", 0.95],
  ["nameOutletPlaceInline", "author", 0.95],
  ["nameOutletPlaceInline", "agency", 0.95],
  ["nameOutletPlaceInline", "location", 0.95],
  ["nameOutletPlaceInline", "paragraphs", 0.95],
  ["cityParenAgencyInline", "agency", 0.95],
  ["cityParenAgencyInline", "location", 0.95],
  ["cityParenAgencyInline", "paragraphs", 0.95],
  ["citySlashAgency", "agency", 0.95],
  ["citySlashAgency", "location", 0.95],
  ["citySlashAgency", "paragraphs", 0.95],
  ["localAgency", "agency", 0.95],
  ["localAgency", "location", 0.95],
  ["localAgency", "paragraphs", 0.95],
  ["placeNameAgencies", "author", 0.95],
  ["placeNameAgencies", "agency", 0.95],
  ["placeNameAgencies", "location", 0.95],
  ["katabaAgencies", "author", 0.95],
  ["katabaAgencies", "agency", 0.95],
  ["datelineAfterLead", "agency", 0.95],
  ["datelineAfterLead", "location", 0.95],
  ["datelineAfterLead", "paragraphs", 0.95],
  ["spaHijriDateline", "agency", 0.95],
  ["spaHijriDateline", "location", 0.95],
  ["spaHijriDateline", "published", 0.95],
  ["levantineDate", "published", 0.95],
  ["egyptianDate", "published", 0.95],
  ["maghrebDate", "published", 0.95],
  ["hijriDate", "published", 0.95],
  ["numericDate", "published", 0.95],
  ["arabicIndicDate", "published", 0.95],
  ["publishedAndUpdated", "published", 0.95],
  ["relativeTimeNoDate", "published", 0.95],
  ["relativeTimeNoDate", "paragraphs", 0.95],
  ["headings", "headings", 0.95],
  ["headings", "paragraphs", 0.95],
  ["shortParagraphs", "headings", 0.95],
  ["shortParagraphs", "paragraphs", 0.95],
  ["agencyEndMarkers", "paragraphs", 0.95],
  ["signOffs", "paragraphs", 0.95],
  ["cutOff", "title", 0.95],
  ["cutOff", "paragraphs", 0.95],
  ["crlf", "title", 0.95],
  ["crlf", "author", 0.95],
  ["crlf", "agency", 0.95],
  ["crlf", "location", 0.95],
  ["crlf", "paragraphs", 0.95],
  // Round 9 (measured 2026-11-30: 24 of 24 pages on every field).
  ["seriesBreadcrumb", "title", 0.95],
  ["seriesBreadcrumb", "paragraphs", 0.95],
  ["compoundNameAlone", "author", 0.95],
  ["compoundNameAlone", "paragraphs", 0.95],
  ["signatureAfterBody", "author", 0.95],
  ["signatureAfterBody", "headings", 0.95],
  ["signatureAfterBody", "paragraphs", 0.95],
  ["nameOutletTownInline", "author", 0.95],
  ["nameOutletTownInline", "agency", 0.95],
  ["nameOutletTownInline", "location", 0.95],
  ["nameOutletTownInline", "paragraphs", 0.95],
  ["cityNisbaInline", "author", 0.95],
  ["cityNisbaInline", "agency", 0.95],
  ["cityNisbaInline", "location", 0.95],
  ["cityNisbaInline", "paragraphs", 0.95],
  ["breakingLinkInBody", "headings", 0.95],
  ["breakingLinkInBody", "paragraphs", 0.95],
  // Round 7: measured on 2026-11-29 ~22:05 UTC, the lower of the committed src/ (HEAD 74996fe) and the shared
  // work tree, minus 0.05; shares of the pages on which the field is scored.
  ["titleSiteNoMasthead", "title", 0.95],
  ["captionsNearTitle", "title", 0.95],
  ["captionsNearTitle", "paragraphs", 0.95],
  ["regionalAgencies", "agency", 0.95],
  ["regionalAgencies", "location", 0.95],
  ["regionalAgencies", "paragraphs", 0.95],
  ["longArticle", "headings", 0.95],
  ["longArticle", "paragraphs", 0.95],
  ["bylineMarkers", "author", 0.95],
  ["bylineMarkers", "editor", 0.95],
  ["nameDashCity", "author", 0.95],
  ["nameDashCity", "location", 0.95],
  ["reporterPhotographer", "author", 0.91],
  ["reporterPhotographer", "paragraphs", 0.87],
  ["furnitureOnly", "title", 0.95],
  ["furnitureOnly", "author", 0.95],
  ["furnitureOnly", "paragraphs", 0.95],
  ["relatedHeadlinesAfter", "title", 0.95],
  ["relatedHeadlinesAfter", "headings", 0.95],
  ["relatedHeadlinesAfter", "paragraphs", 0.95],
  ["tickerDecoys", "title", 0.95],
  ["tickerDecoys", "paragraphs", 0.95],
  // Round 8: measured on 2026-11-30 ~01:25 UTC, every field 1.00 (24 pages a shape; before this round's rules
  // 7 to 24 of the 24 pages of each shape failed), floor 0.95.
  ["wireCredit", "agency", 0.95],
  ["wireCredit", "location", 0.95],
  ["wireCredit", "paragraphs", 0.95],
  ["exclusiveLabel", "agency", 0.95],
  ["exclusiveLabel", "location", 0.95],
  ["bracketedAgencyLine", "agency", 0.95],
  ["bracketedAgencyLine", "location", 0.95],
  ["bracketedAgencyLine", "paragraphs", 0.95],
  ["placeAgencyNoMark", "agency", 0.95],
  ["placeAgencyNoMark", "location", 0.95],
  ["placeAgencyNoMark", "paragraphs", 0.95],
  ["siteNameTwice", "title", 0.95],
  ["siteNameTwice", "agency", 0.95],
  ["siteNameTwice", "location", 0.95],
  ["headingsUnended", "headings", 0.95],
  ["headingsUnended", "paragraphs", 0.95],
  // Round 9, second set: measured 1.00 on every field (2026-11-30) but ownCorrespondent's paragraphs, 0.92:
  // on two pages the ticker stage takes the body's three one-line paragraphs for a strip of headlines.
  ["ownCorrespondent", "agency", 0.95],
  ["ownCorrespondent", "location", 0.95],
  ["ownCorrespondent", "paragraphs", 0.87],
  ["quotedHeadings", "headings", 0.95],
  ["quotedHeadings", "paragraphs", 0.95],
  ["browserTitleFirst", "title", 0.95],
  ["browserTitleFirst", "agency", 0.95],
  ["browserTitleFirst", "location", 0.95],
  ["browserTitleFirst", "published", 0.95],
  ["browserTitleFirst", "paragraphs", 0.95],
  // Round 9, third set: measured 1.00 on every field (2026-11-30).
  ["twoPlacesTwoReporters", "author", 0.95],
  ["twoPlacesTwoReporters", "location", 0.95],
  ["twoPlacesTwoReporters", "paragraphs", 0.95],
  ["markedCaption", "author", 0.95],
  ["markedCaption", "paragraphs", 0.95],
  ["definiteGivenName", "title", 0.95],
  ["definiteGivenName", "author", 0.95],
  ["trickyHeadings", "headings", 0.95],
  ["trickyHeadings", "paragraphs", 0.95],
];

describe("generated pages of every page-structure shape", () => {
  const measured = new Map<string, Partial<Record<Field, number>>>();
  const scoreOf = (shape: string) => {
    if (!measured.has(shape)) measured.set(shape, measure(shape));
    return measured.get(shape)!;
  };

  it("has a floor for every field of every shape, and no other", () => {
    const floors = FLOORS.map(([s, f]) => `${s}.${f}`).sort();
    const fields = Object.entries(SHAPES)
      .flatMap(([s, shape]) => shape.fields.map((f) => `${s}.${f}`))
      .sort();
    expect(floors).toEqual(fields);
  });

  it("draws the same page from the same seed, and another from another seed", () => {
    for (const name of Object.keys(SHAPES)) {
      expect(pageOf(name, 1)).toEqual(pageOf(name, 1));
      expect(pageOf(name, 2).page).not.toBe(pageOf(name, 1).page);
    }
  });

  it("writes every expected title, name and place into its page", () => {
    for (const name of Object.keys(SHAPES)) {
      for (let k = 1; k <= 10; k++) {
        const { page, expected } = pageOf(name, k);
        for (const value of [expected.title, expected.editor, expected.agency]) {
          if (value !== null) expect(page).toContain(value);
        }
        // Places of several reporters are joined as the annotation joins them (`CITY، TOWN`).
        for (const place of expected.location?.split("، ") ?? []) expect(page).toContain(place);
        for (const author of expected.author?.split("، ") ?? []) expect(page).toContain(author);
        const lines = page.split(/\r?\n/).map((l) => l.trim());
        for (const heading of expected.headings) expect(lines).toContain(heading);
      }
    }
  });

  it.each(FLOORS)("%s: %s right on ≥ %s of the pages", (shape, field, floor) => {
    expect(scoreOf(shape)[field]).toBeGreaterThanOrEqual(floor);
  });

  it("prints the table", () => {
    const rows = Object.entries(SHAPES).map(([name, shape]) => {
      const s = scoreOf(name);
      return `| ${name} | ${shape.fields.map((f) => `${f} ${s[f]!.toFixed(2)}`).join(", ")} |`;
    });
    console.log(["| shape | right share per field |", "|---|---|", ...rows].join("\n"));
    expect(rows.length).toBe(Object.keys(SHAPES).length);
  });
});
