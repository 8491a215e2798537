import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/metadata/page.js";
import { fieldF1, STRUCTURE_FIELDS, scoreFolder } from "./structure-score.js";

const DEV = fileURLToPath(new URL("../../../shared/corpus/dev/", import.meta.url));
const PAGES = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));
const TUNE_PAGES = fileURLToPath(new URL("../fixtures/tune-pages/", import.meta.url));
/** The F1 every field must reach on the dev corpus and on the made-up pages. */
const TARGET = 0.95;

describe.skipIf(!existsSync(DEV))("page structure on the dev corpus", () => {
  // vitest runs a skipped describe's body to collect its tests: read the corpus only when it is there
  // (the tests that use the score are skipped when it is not).
  const present = existsSync(DEV) ? scoreFolder(DEV) : null;
  const score = present as ReturnType<typeof scoreFolder>;

  it.each(STRUCTURE_FIELDS)(`%s reaches F1 ${TARGET}`, (field) => {
    expect(fieldF1(score.counts[field]), score.misses.join("\n")).toBeGreaterThanOrEqual(TARGET);
  });

  it("indexes body paragraphs as the gold quotes expect", () => {
    const { right, total } = score.paragraphIndex;
    expect(total).toBeGreaterThan(200);
    expect(right / total, score.misses.join("\n")).toBeGreaterThanOrEqual(TARGET);
  });
});

describe("page structure on the made-up pages", () => {
  const score = scoreFolder(PAGES);

  it("has at least 15 pages", () => {
    expect(score.files).toBeGreaterThanOrEqual(15);
  });

  it.each(STRUCTURE_FIELDS)(`%s reaches F1 ${TARGET}`, (field) => {
    expect(fieldF1(score.counts[field]), score.misses.join("\n")).toBeGreaterThanOrEqual(TARGET);
  });

  /** Body paragraphs of each page, counted by hand from the annotation rules. */
  const PARAGRAPHS: Record<string, number> = {
    "001-masthead-widgets": 4,
    "002-site-suffix-headings": 5,
    "003-place-agency-en-dash": 3,
    "004-agency-tatweel-place": 3,
    "005-place-quoted-outlet": 4,
    "006-cnn-inline-teasers": 4,
    "007-name-outlet-place-inline": 2,
    "008-spa-dated-dateline": 2,
    "009-wires-byline": 3,
    "010-outlet-wires": 2,
    "011-outlet-exclusive": 2,
    "012-place-several-reporters": 3,
    "013-dateline-after-lead": 3,
    "014-date-prefix-credits": 3,
    "015-only-furniture": 0,
    "016-cut-off-lone-dot": 2,
    "017-editor-author": 2,
    "018-link-broken-paragraph": 5,
    "019-negatives": 6,
    "020-name-line-relative": 3,
    "021-egypt-glued-ticker": 5,
    "022-syria-bullet-ticker": 7,
    "023-iraq-spaced-ticker": 8,
    "024-morocco-brand-ticker": 7,
    "025-algeria-dash-bullets": 5,
    "026-tunisia-topnews-widget": 5,
    "027-saudi-spa-hijri": 5,
    "028-lebanon-curly-inline-byline": 8,
    "029-jordan-editor-endash": 6,
    "030-palestine-unlabelled-crlf": 7,
    "031-sudan-exclusive-indic-digits": 6,
    "032-libya-cut-off": 6,
    "033-yemen-unnamed-sources": 7,
    "034-kuwait-only-furniture-ticker": 0,
    "035-egypt-mena-quote-headline": 5,
    "036-qatar-entities-bidi-tatweel": 5,
    "037-saudi-sabq-nbsp": 1,
    "038-kuwait-dateline-after-lead": 5,
    "039-uae-cnn-app-promo": 6,
    "040-algeria-decoys-credits": 5,
    "041-syria-reporters-mismatched": 8,
    "042-bahrain-mixed-marks": 7,
    "043-tunisia-space-joined-ticker": 5,
    "044-oman-html-caption-wires": 4,
  };

  const counted = Object.entries(PARAGRAPHS);

  it.each(counted)("%s has %i body paragraphs", (name, count) => {
    const page = readPage(readFileSync(`${PAGES}${name}.txt`, "utf8"));
    expect(page.sections.flatMap((s) => s.paragraphs)).toHaveLength(count);
  });
});

describe("page structure on the 30 tune pages", () => {
  const score = scoreFolder(TUNE_PAGES);

  it("reads all 30 pages", () => {
    expect(score.files).toBe(30);
  });

  it.each(STRUCTURE_FIELDS)(`%s reaches F1 ${TARGET}`, (field) => {
    expect(fieldF1(score.counts[field]), score.misses.join("\n")).toBeGreaterThanOrEqual(TARGET);
  });

  it("indexes body paragraphs as the gold quotes expect", () => {
    const { right, total } = score.paragraphIndex;
    expect(total).toBeGreaterThan(250);
    expect(right / total, score.misses.join("\n")).toBeGreaterThanOrEqual(TARGET);
  });
});
