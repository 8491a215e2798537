import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/metadata/page.js";
import { fieldF1, STRUCTURE_FIELDS, scoreFolder } from "./structure-score.js";

const DEV = fileURLToPath(new URL("../../../shared/corpus/dev/", import.meta.url));
const PAGES = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));
/** The F1 every field must reach on the dev corpus and on the made-up pages. */
const TARGET = 0.95;

describe.skipIf(!existsSync(DEV))("page structure on the dev corpus", () => {
  const score = scoreFolder(DEV);

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
  };

  it.each(Object.entries(PARAGRAPHS))("%s has %i body paragraphs", (name, count) => {
    const page = readPage(readFileSync(`${PAGES}${name}.txt`, "utf8"));
    expect(page.sections.flatMap((s) => s.paragraphs)).toHaveLength(count);
  });
});
