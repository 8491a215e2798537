/**
 * Pairing of quotation marks in one paragraph, with a stack in one left-to-right pass (no RegExp). Each mark
 * is an opener or a closer by its own shape (« always opens, » always closes) or, for the marks that look the
 * same on both sides (" ' '' ＂ “ ” ‘ ’), by what stands next to it: a mark after a space or a one-letter
 * prefix (لـ"…", بـ«…») and before a word opens; a mark after a word and before a space or punctuation closes.
 * A closer closes the innermost open quotation whatever its shape, so mismatched pairs ("…') still pair; a
 * quotation still open at the end of the paragraph runs to its end.
 */
import { isSpace, type Token } from "./text.js";

/** A pair of quotation marks: token indexes of the opener and the closer (`-1` when unclosed). */
export interface Quotation {
  /** Token index of the opening mark. */
  readonly open: number;
  /** Token index of the closing mark, or `-1` when the quotation runs to the end of the paragraph. */
  readonly close: number;
  /** 0 for a quotation that is inside no other. */
  readonly depth: number;
}

/** The quotations of a paragraph and where each token stands relative to them. */
export interface MarkPairing {
  /** Every quotation, in order of the opening mark. */
  readonly quotations: readonly Quotation[];
  /** For each token: the index in {@link quotations} of the innermost quotation that contains it, or `-1`. */
  readonly inside: ArrayLike<number>;
  /** For each token that is a mark: the index of the quotation it opens or closes, or `-1` (stray or no mark). */
  readonly markOf: ArrayLike<number>;
  /** Token index of the first closer that had nothing to close, or `-1`. */
  readonly strayCloser: number;
}

/** « U+00AB, ‹ U+2039, „ U+201E and ‚ U+201A only ever open. */
function alwaysOpens(key: string): boolean {
  return key === "\u00AB" || key === "\u2039" || key === "\u201E" || key === "\u201A";
}

/** » U+00BB and › U+203A only ever close. */
function alwaysCloses(key: string): boolean {
  return key === "\u00BB" || key === "\u203A";
}

type Side = "none" | "space" | "word" | "prefix" | "closing-punct" | "opening-punct" | "mark" | "other";

/** Punctuation after which a closed quotation can stand: . , ، ; ؛ : ! ? ؟ ) ] } … and dashes. */
function isClosingPunct(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x060c ||
    code === 0x3b ||
    code === 0x061b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x061f ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0x2026 ||
    code === 0x2d ||
    (code >= 0x2010 && code <= 0x2015)
  );
}

/** One-letter words that are prefixes glued to the next word (ل ب و ف ك), alone or with a tatweel. */
function isPrefixWord(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "word") return false;
  const k = token.key;
  return k === "\u0644" || k === "\u0628" || k === "\u0648" || k === "\u0641" || k === "\u0643";
}

function sideOf(tokens: readonly Token[], text: string, index: number, before: boolean): Side {
  const token = tokens[index] as Token;
  const at = before ? token.start - 1 : token.end;
  if (at < 0 || at >= text.length) return "none";
  const code = text.charCodeAt(at);
  if (isSpace(code)) return "space";
  const neighbourIndex = before ? index - 1 : index + 1;
  const neighbour = neighbourIndex >= 0 ? tokens[neighbourIndex] : undefined;
  if (neighbour === undefined) return "other";
  if (neighbour.kind === "quote") return "mark";
  if (neighbour.kind === "word") {
    if (before && neighbour.end === token.start && isPrefixWord(neighbour)) return "prefix";
    return "word";
  }
  if (neighbour.kind === "joiner") return "word";
  const c = neighbour.key.charCodeAt(0);
  if (c === 0x28 || c === 0x5b || c === 0x7b) return "opening-punct";
  if (isClosingPunct(c)) return "closing-punct";
  return "other";
}

/**
 * Integer arrays for the paragraphs of one parse, cut from one `Int32Array`. A JS array per paragraph lives in
 * the young heap, which the garbage collector copies while every stage's objects of the article are alive,
 * and a typed array of its own costs microseconds to allocate; views of one buffer cost neither.
 */
export class IntArrays {
  readonly #buffer: Int32Array;
  /** Integers this parse may take: the buffer of an earlier parse may be longer. */
  readonly #size: number;
  #used = 0;

  /** Room for `size` integers in all. */
  constructor(size: number) {
    // The buffer of the last parse, cleared, when it is large enough: a new typed array is allocated outside
    // the heap, which cost as much as the quotation-mark pairing of a short article.
    const spare = spareBuffer;
    spareBuffer = null;
    if (spare !== null && spare.length >= size) {
      spare.fill(0, 0, size);
      this.#buffer = spare;
    } else this.#buffer = new Int32Array(size);
    this.#size = size;
  }

  /** An array of `length` integers (zeros), from the buffer while it has room. */
  take(length: number): Int32Array {
    if (this.#used + length > this.#size) return new Int32Array(length);
    const view = this.#buffer.subarray(this.#used, this.#used + length);
    this.#used += length;
    return view;
  }

  /** Hands the buffer to the next parse; no array taken from it may be read afterwards. */
  release(): void {
    if (this.#buffer.length <= MAX_SPARE_INTEGERS) spareBuffer = this.#buffer;
  }
}

/** The buffer a finished parse released (see {@link IntArrays.release}), or null. */
let spareBuffer: Int32Array | null = null;
/** Largest buffer kept for the next parse (256 KB: paragraphs of some 50 000 tokens). */
const MAX_SPARE_INTEGERS = 1 << 16;

/** How many integers {@link pairMarks} takes for `tokens` tokens. */
export function markArraysSize(tokens: number): number {
  return 2 * tokens;
}

/**
 * Pairs the quotation marks among `tokens` (the tokens of `text`). Linear in the number of tokens. Its arrays
 * come from `arrays` when given (see {@link IntArrays}).
 */
export function pairMarks(tokens: readonly Token[], text: string, arrays?: IntArrays): MarkPairing {
  const n = tokens.length;
  const markOf = arrays ? arrays.take(n) : new Int32Array(n);
  // Innermost quotation of each token, in the same pass: the open quotation on top of the stack (for a
  // closer, before it closes; for an opener, its own).
  const inside = arrays ? arrays.take(n) : new Int32Array(n);
  const opens: number[] = [];
  const closes: number[] = [];
  const depths: number[] = [];
  const stack: number[] = [];
  let strayCloser = -1;
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    markOf[i] = -1;
    inside[i] = innermost(stack);
    if (token.kind !== "quote") continue;
    const key = token.key;
    const prev = sideOf(tokens, text, i, true);
    const next = sideOf(tokens, text, i, false);
    const apostrophe = key === "'" || key === "\uFF07";
    // An apostrophe between two letters is part of a word (a transliteration), not a mark.
    if (apostrophe && prev === "word" && next === "word") continue;
    const canOpen = next === "word" || next === "opening-punct" || next === "mark" || next === "other";
    const canClose =
      prev === "word" || prev === "closing-punct" || prev === "mark" || prev === "other" || prev === "prefix";
    let opening: boolean;
    if (alwaysOpens(key)) opening = true;
    else if (alwaysCloses(key)) opening = false;
    else if (canOpen && !canClose) opening = true;
    else if (canClose && !canOpen) opening = false;
    else if (canOpen && prev === "prefix") opening = true;
    else if (key === "\u201C" && !canClose) opening = true;
    else opening = stack.length === 0;
    if (opening && apostrophe && next === "space") continue;
    if (opening) {
      markOf[i] = opens.length;
      inside[i] = opens.length;
      stack.push(opens.length);
      opens.push(i);
      closes.push(-1);
      depths.push(stack.length - 1);
      continue;
    }
    if (stack.length === 0) {
      if (!apostrophe && strayCloser < 0) strayCloser = i;
      continue;
    }
    // » closes the nearest « within the three innermost quotations; the marks left open inside it end there.
    let target = stack.length - 1;
    if (alwaysCloses(key)) {
      for (let s = stack.length - 1; s >= 0 && s >= stack.length - 3; s--) {
        const o = opens[stack[s] as number] as number;
        if (alwaysOpens((tokens[o] as Token).key)) {
          target = s;
          break;
        }
      }
    }
    while (stack.length - 1 > target) {
      const q = stack.pop() as number;
      closes[q] = i;
    }
    const q = stack.pop() as number;
    closes[q] = i;
    markOf[i] = q;
  }
  const quotations: Quotation[] = opens.map((open, q) => ({
    open,
    close: closes[q] as number,
    depth: depths[q] as number,
  }));
  return { quotations, inside, markOf, strayCloser };
}

/** The last quotation of the stack, or -1 (read without `stack[-1]`: a negative index is a slow lookup in V8). */
function innermost(stack: readonly number[]): number {
  return stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
}

/** Number of word tokens strictly between two token indexes, counted up to `cap` (the scan stops there). */
export function wordsBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  cap = Number.POSITIVE_INFINITY,
): number {
  let count = 0;
  for (let i = from + 1; i < to && count < cap; i++) if ((tokens[i] as Token).kind === "word") count++;
  return count;
}
