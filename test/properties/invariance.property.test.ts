/**
 * What normalization erases must not change the reading: invisible bidi and zero-width marks, CRLF for LF,
 * a no-break space for a space. The article of the noisy text equals the article of the clean one in
 * everything but spans and warnings.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse.js";
import type { Article } from "../../src/schema.js";
import { articleText, fc } from "../arbitraries/index.js";
import { property } from "./harness.js";
import { norm } from "./invariants.js";

/**
 * Invisible marks that normalization deletes everywhere: LRM U+200E, RLM U+200F, ALM U+061C, the bidi
 * embeddings U+202A–U+202E and isolates U+2066–U+2069, ZWSP U+200B and WJ U+2060.
 */
const INVISIBLE = [
  "\u200e",
  "\u200f",
  "\u061c",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200b",
  "\u2060",
];

/** The article without spans and warnings, every string normalized: what a reader gets from it. */
function reading(article: Article): unknown {
  const n = (s: string | null) => (s === null ? null : norm(s));
  return {
    title: n(article.title),
    byline: { editor: n(article.byline.editor), author: n(article.byline.author) },
    dateline: article.dateline && {
      agency: n(article.dateline.agency),
      location: n(article.dateline.location),
    },
    published: article.published && { iso: article.published.iso, raw: n(article.published.raw) },
    dates: article.dates.map((d) => ({ iso: d.iso, raw: n(d.raw) })),
    ticker: article.ticker.map((t) => [n(t.text), n(t.source), t.time, t.dayOffset]),
    sections: article.sections.map((s) => [n(s.heading), s.paragraphs.map((p) => n(p.text))]),
    quotes: article.quotes.map((q) => [n(q.text), q.kind, n(q.cue), q.speaker?.name ?? null, q.paragraph]),
    speakers: article.speakers.map((s) => [n(s.name), n(s.role), n(s.organization), s.mentions.length]),
    furniture: article.furniture.map((f) => [f.kind, n(f.text)]),
    blocks: article.blocks.map((b) => b.kind),
  };
}

/** A clean page: page-like text without the hostile and invisible units the generator may sprinkle. */
const cleanPage = articleText.map((t) =>
  t.replace(
    /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffd-\uffff\u200b-\u200f\u202a-\u202e\u2060-\u206f\u061c\ufeff]/g,
    "",
  ),
);

/** `text` with `marks` inserted before the code units at the given positions. */
function insertAt(text: string, inserts: readonly [number, string][]): string {
  const at = new Map<number, string>();
  for (const [pos, mark] of inserts) {
    const p = pos % (text.length + 1);
    at.set(p, (at.get(p) ?? "") + mark);
  }
  let out = "";
  for (let i = 0; i <= text.length; i++) out += (at.get(i) ?? "") + (i < text.length ? text[i] : "");
  return out;
}

describe("normalization-only noise does not change the reading", () => {
  property(
    "bidi and zero-width marks anywhere",
    fc.tuple(
      cleanPage,
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 20 }),
    ),
    ([text, inserts]) => {
      expect(reading(parseArticle(insertAt(text, inserts)))).toEqual(reading(parseArticle(text)));
    },
    { share: 0.5, parses: 2 },
  );

  property(
    "CRLF or CR line ends instead of LF",
    fc.tuple(cleanPage, fc.constantFrom("\r\n", "\r")),
    ([text, br]) => {
      const lf = text.replace(/\r\n?/g, "\n");
      expect(reading(parseArticle(lf.replace(/\n/g, br)))).toEqual(reading(parseArticle(lf)));
    },
    { share: 0.5, parses: 2 },
  );
});

/** Inputs the fuzz run once found a difference on, kept as fixed cases. */
describe("normalization-only noise does not change the reading: past counterexamples", () => {
  // Two headlines of a strip apart by a wide gap (three spaces) are two items. A mark inside the gap once
  // hid it: the gap was looked for as three spaces in a row in the page text.
  const strip =
    "الأخبار العاجلة\nانقطاع الكهرباء عن أحياء المدينة   افتتاح معرض الكتاب في العاصمة\nنص الخبر.";
  const gap = strip.indexOf("   ");
  it.each([
    ["an LRM after the first space of the gap", insertAt(strip, [[gap + 1, "\u200e"]])],
    ["an RLM before the gap", insertAt(strip, [[gap, "\u200f"]])],
    [
      "a first-strong isolate between every space",
      insertAt(strip, [
        [gap + 1, "\u2068"],
        [gap + 2, "\u2068"],
      ]),
    ],
    ["a zero-width space after the gap", insertAt(strip, [[gap + 3, "\u200b"]])],
  ])("%s", (_name, noisy) => {
    const clean = parseArticle(strip);
    expect(clean.ticker.map((t) => t.text)).toEqual([
      "انقطاع الكهرباء عن أحياء المدينة",
      "افتتاح معرض الكتاب في العاصمة",
    ]);
    expect(reading(parseArticle(noisy))).toEqual(reading(clean));
  });

  it("a mark between two single spaces does not make a wide gap", () => {
    const narrow =
      "الأخبار العاجلة\nانقطاع الكهرباء عن أحياء المدينة \u200e افتتاح معرض الكتاب في العاصمة\nنص الخبر.";
    const clean = narrow.replace("\u200e ", "");
    expect(reading(parseArticle(narrow))).toEqual(reading(parseArticle(clean)));
  });

  it.each([
    ["an LRM", "\u200e"],
    ["a fatha", "\u064e"],
  ])("%s that only makes the page text longer opens no cuts at bullets", (_name, mark) => {
    // A line whose page text was longer than its normalized text once had its gaps looked for even with no
    // gap in it, which cut a bulleted line into items that the clean line did not give.
    const bullets =
      "• 24:00 . الحكومة رويترز... المزيد ticker • 24:00 . سامر الخطيب رويترز... المزيد ticker • 24:00 . الحكومة الحكومة الحكومة... المزيد\n";
    expect(parseArticle(bullets).ticker).toEqual([]);
    expect(reading(parseArticle(mark + bullets))).toEqual(reading(parseArticle(bullets)));
  });
});
