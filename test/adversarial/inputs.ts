/**
 * Adversarial inputs, each a function of a target size in UTF-16 code units so that the tests can run it at
 * its stated size and `bench/scaling.ts` at 1, 2, 4 and 8 MB. Built from the dev corpus when present (else
 * the seed page) or from made-up fragments; never stored.
 */
import { benchTexts } from "../arbitraries/corpus.js";

/** One MB of input, in UTF-16 code units (what `string.length` counts). */
export const MB = 1 << 20;

/** An adversarial input. */
export interface AdversarialInput {
  /** What it is. */
  readonly name: string;
  /** The input of about `units` code units (never fewer, never much more). */
  readonly build: (units: number) => string;
  /** The size the test runs it at. */
  readonly testUnits: number;
  /** Whether the input holds any Arabic letter (else a `no-arabic` warning is due). */
  readonly arabic: boolean;
}

/** `unit` repeated until the string holds at least `units` code units. */
export function repeatTo(unit: string, units: number): string {
  return unit.repeat(Math.max(1, Math.ceil(units / unit.length)));
}

/** The corpus (or seed) text, all files joined by blank lines: the realistic part of the benchmarks. */
export function corpusText(): string {
  return benchTexts()
    .map((t) => t.text)
    .join("\n\n");
}

/** The corpus text repeated to `units` code units. */
export function corpusOfSize(units: number): string {
  return repeatTo(`${corpusText()}\n\n`, units);
}

/** `count` ticker items in the seed page's shape, glued on one line after a header, times running backwards. */
export function tickerItems(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const minutes = (24 * 60 - 1 - ((i * 7) % (24 * 60)) + 24 * 60) % (24 * 60);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    items.push(`قوات النظام تقصف بالمدفعية محيط قرية رقم ${i} جنوب المدينة (ناشطون) - ${time}`);
  }
  return `الأخبار العاجلة\n${items.join(" ")}\n`;
}

/** Letters of `text` with `mark` after every code unit that is not white space. */
export function interleave(text: string, mark: string): string {
  let out = "";
  for (const ch of text) out += /\s/.test(ch) ? ch : ch + mark;
  return out;
}

const TICKER_ITEM_UNITS = tickerItems(1).length - "الأخبار العاجلة\n".length;

/** The adversarial inputs of issue 7, plus a few more that break naive scanning code. */
export const ADVERSARIAL: readonly AdversarialInput[] = [
  {
    name: "one 5 MB line of prose",
    build: (n) => repeatTo(`${corpusText().replace(/\s+/g, " ")} `, n),
    testUnits: 5 * MB,
    arabic: true,
  },
  { name: 'only `"`', build: (n) => repeatTo('"', n), testUnits: MB, arabic: false },
  { name: "only `«`", build: (n) => repeatTo("«", n), testUnits: MB, arabic: false },
  { name: "100,000 `(`", build: (n) => repeatTo("(", n), testUnits: 100_000, arabic: false },
  { name: "`قال ` 100,000 times", build: (n) => repeatTo("قال ", n), testUnits: 400_000, arabic: true },
  {
    name: "10,000 ticker items",
    build: (n) => tickerItems(Math.ceil(n / TICKER_ITEM_UNITS)),
    testUnits: 10_000 * TICKER_ITEM_UNITS,
    arabic: true,
  },
  {
    name: "no Arabic at all",
    build: (n) =>
      repeatTo(
        'Breaking: (Reuters) - 12:16 The minister said that "the meeting was fruitful", adding: «more soon».\n\n',
        n,
      ),
    testUnits: MB,
    arabic: false,
  },
  {
    name: "only diacritics",
    build: (n) => repeatTo("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670", n),
    testUnits: MB,
    arabic: false,
  },
  {
    name: "bidi controls between every letter",
    build: (n) => interleave(corpusOfSize(Math.ceil(n / 2)), "\u200f"),
    testUnits: MB,
    arabic: true,
  },
  {
    name: "CR, LF and CRLF mixed",
    build: (n) => {
      const breaks = ["\r", "\n", "\r\n", "\r\r", "\n\r\n"];
      let i = 0;
      return corpusOfSize(n).replace(/\n/g, () => breaks[i++ % breaks.length]!);
    },
    testUnits: MB,
    arabic: true,
  },
  {
    name: "every character on its own line",
    build: (n) => interleave(corpusOfSize(Math.ceil(n / 2)).replace(/\s+/g, ""), "\n"),
    testUnits: MB,
    arabic: true,
  },
  {
    name: "one word without spaces",
    build: (n) => repeatTo("الائتلاف", n),
    // Once superlinear (a loose key built one code unit at a time: 72 s at 1 MB); now under a second.
    testUnits: MB,
    arabic: true,
  },
  {
    name: "speech verb, colon and open quote, repeated",
    build: (n) => repeatTo('وقال الوزير: "إن ', n),
    testUnits: MB,
    arabic: true,
  },
  {
    name: "NUL, controls and lone surrogates",
    build: (n) => repeatTo("\u0000\ud800أ\u0007\udc00ب\ufffd\u0085 ", n),
    testUnits: MB,
    arabic: true,
  },
];
