/**
 * Offsets between a source text and its normalized form. Only the changes are stored: an edit says that
 * source `[s0, s1)` became normalized `[o0, o1)` as a whole (a deletion has `o0 === o1`, ﷲ → الله has
 * 1 → 4); between edits the two texts are equal code unit for code unit (one-for-one replacements such
 * as NBSP → space need no edit). Lookups are binary searches over the edits.
 */

/** A range of UTF-16 code units, `start` included, `end` excluded. */
export interface OffsetRange {
  /** Offset of the first code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
}

/**
 * Maps ranges between the source text and the normalized text. Both directions are monotonic: a range
 * further right never maps further left. Positions are clamped to the text; an `end` below `start` is
 * read as `start`.
 */
export interface OffsetMap {
  /**
   * The source range that produced the normalized range `[start, end)`. It covers every source
   * character the range came from, and the deleted characters between them (not those at its edges); an
   * empty range maps to an empty range at the left edge of what was deleted there. The whole normalized
   * text maps to the whole source, deletions at either end included.
   */
  toSource(start: number, end: number): OffsetRange;
  /** The normalized range that the source range `[start, end)` became (empty when all of it was deleted). */
  toNormalized(start: number, end: number): OffsetRange;
}

/**
 * The edits of one pass, flat `[s0, s1, o0, o1, …]` in a growing `Int32Array`. A class of its own, used
 * only by `normalizeWithMap`, so that `normalize` alone bundles none of it.
 */
export class EditList {
  list = new Int32Array(64);
  count = 0;

  /** Records that source `[a, b)` became output `[o0, o1)`; consecutive deletions make one edit. */
  add(a: number, b: number, o0: number, o1: number): void {
    let e = this.list;
    const n = this.count;
    if (o0 === o1 && n && e[n - 1] === o0 && e[n - 2] === o0 && e[n - 3] === a) {
      e[n - 3] = b;
      return;
    }
    if (n + 4 > e.length) {
      const grown = new Int32Array(e.length * 2);
      grown.set(e);
      this.list = e = grown;
    }
    e[n] = a;
    e[n + 1] = b;
    e[n + 2] = o0;
    e[n + 3] = o1;
    this.count = n + 4;
  }

  /** The edits recorded. */
  edits(): Int32Array {
    return this.list.subarray(0, this.count);
  }
}

/** Offsets of the fields of one edit in the flat edit list: [s0, s1, o0, o1]. */
const S0 = 0;
const O0 = 2;

function position(value: unknown, name: string, length: number): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TypeError(`${name}: expected a number, got ${value === null ? "null" : typeof value}`);
  }
  return value <= 0 ? 0 : value >= length ? length : Math.floor(value);
}

/** An {@link OffsetMap} over a flat list of edits `[s0, s1, o0, o1, …]`, sorted on both sides. */
export class EditMap implements OffsetMap {
  /**
   * @param sourceLength - Length of the source text.
   * @param normalizedLength - Length of the normalized text.
   * @param edits - Flat `[s0, s1, o0, o1, …]`, non-overlapping and increasing on both sides.
   */
  constructor(
    readonly sourceLength: number,
    readonly normalizedLength: number,
    readonly edits: ArrayLike<number>,
  ) {}

  toSource(start: number, end: number): OffsetRange {
    return this.lookup(start, end, O0, S0, this.normalizedLength, this.sourceLength);
  }

  toNormalized(start: number, end: number): OffsetRange {
    return this.lookup(start, end, S0, O0, this.sourceLength, this.normalizedLength);
  }

  /** Where unit `u` of side `from` starts (`edge` 0) or ends (`edge` 1) on side `to`. */
  unit(u: number, from: number, to: number, edge: 0 | 1): number {
    const e = this.edits;
    // The last edit whose `from` start is at or before u.
    let lo = 0;
    let hi = e.length >> 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (e[mid * 4 + from]! <= u) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return u + edge;
    const k = (lo - 1) * 4;
    if (u < e[k + from + 1]!) return e[k + to + edge]!;
    return u + e[k + to + 1]! - e[k + from + 1]! + edge;
  }

  /** The leftmost position of side `to` that boundary `p` of side `from` falls on. */
  boundary(p: number, from: number, to: number, fromLength: number, toLength: number): number {
    const e = this.edits;
    // The first edit whose `from` end is at or after p.
    let lo = 0;
    let hi = e.length >> 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (e[mid * 4 + from + 1]! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo === e.length >> 2) return p + toLength - fromLength;
    const k = lo * 4;
    const f0 = e[k + from]!;
    if (f0 < p) return p < e[k + from + 1]! ? e[k + to]! : e[k + to + 1]!;
    return p + e[k + to]! - f0;
  }

  private lookup(
    start: unknown,
    end: unknown,
    from: number,
    to: number,
    fromLength: number,
    toLength: number,
  ) {
    const a = position(start, "start", fromLength);
    const b = Math.max(a, position(end, "end", fromLength));
    if (a === 0 && b === fromLength) return { start: 0, end: toLength };
    if (a === b) {
      const at = a === fromLength ? toLength : this.boundary(a, from, to, fromLength, toLength);
      return { start: at, end: at };
    }
    return {
      start: a === 0 ? 0 : this.unit(a, from, to, 0),
      end: b === fromLength ? toLength : this.unit(b - 1, from, to, 1),
    };
  }
}
