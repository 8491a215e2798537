/**
 * Linear time: a strip of 10,000 items (on one line, or one per line) parses in time proportional to its
 * length, and hostile lines (long runs of colons, digits, parentheses, spaces, bullets) stay fast.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { splitLines } from "../../src/segment/index.js";
import { findTicker } from "../../src/ticker/index.js";
import { leastCpuTime } from "../support/cpu-time.js";

const pad = (n: number) => String(n).padStart(2, "0");
const item = (k: number) =>
  `خبر رقم ${k} عن حدث في المدينة (مصدر محلي) - ${pad(23 - (k % 24))}:${pad(k % 60)}`;

/** The least processor time of three runs of findTicker on `text`, in milliseconds. */
function bestTime(text: string): number {
  const lines = splitLines(text);
  return leastCpuTime(() => findTicker(lines, DEFAULT_LEXICON), 3);
}

const shapes: [string, (n: number) => string][] = [
  ["glued on one line", (n) => `عاجل\n${Array.from({ length: n }, (_, k) => item(k)).join(" ")}`],
  ["one per line", (n) => `عاجل\n${Array.from({ length: n }, (_, k) => `• ${item(k)}`).join("\n")}`],
  [
    "between site words",
    (n) => `عاجل\n${Array.from({ length: n }, (_, k) => `ticker خبر رقم ${k} عن حدث`).join(" ")}`,
  ],
  ["between bars", (n) => `عاجل\n${Array.from({ length: n }, (_, k) => `خبر رقم ${k} عن حدث`).join(" | ")}`],
];

describe("findTicker runs in linear time", () => {
  it.each(shapes)("reads 10,000 items %s", (_name, build) => {
    expect(findTicker(splitLines(build(10_000)), DEFAULT_LEXICON).items).toHaveLength(10_000);
  });

  it.each(shapes.slice(0, 2))("takes time proportional to the number of items %s", (_name, build) => {
    const small = bestTime(build(2_500));
    const large = bestTime(build(20_000));
    // Eight times the input: about eight times the time when linear (garbage collection and a loaded machine
    // add some), sixty-four times when quadratic. The floor keeps a fast run from failing on noise.
    expect(large).toBeLessThan(Math.max(40 * small, 1_000));
  });

  const latinWords = Array.from({ length: 20_000 }, (_, k) => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    return `${letters[k % 26]}${letters[Math.floor(k / 26) % 26]}${letters[Math.floor(k / 676) % 26]}`;
  });

  it.each([
    ["distinct Latin words, each twice", `خبر ${latinWords.join(" ")} ${latinWords.join(" ")}`],
    ["colons", ":".repeat(200_000)],
    ["digits and colons", "1:".repeat(100_000)],
    ["times without text", "12:30 ".repeat(30_000)],
    ["opening parentheses", "(".repeat(200_000)],
    ["closing parentheses", `${"خبر ".repeat(10)}${")".repeat(200_000)}`],
    ["sources without text", "(مصدر) ".repeat(30_000)],
    ["spaces", `أ${" ".repeat(200_000)}ب`],
    ["bullets", "• ".repeat(100_000)],
    ["dots", ". ".repeat(100_000)],
    ["one repeated word", "النبأ ".repeat(40_000)],
    ["a header word repeated", "عاجل ".repeat(40_000)],
  ])("a line of %s", (_name, line) => {
    const t = performance.now();
    findTicker(splitLines(`عاجل\n${line}\nعنوان`), DEFAULT_LEXICON);
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});
