/**
 * NFC where the pass found it may be needed. Each such place is widened to its cluster (a starter and
 * the marks after it) and the cluster goes through `String.prototype.normalize("NFC")`, then through the
 * one-character actions again (a composed أ still has to be folded by `foldAlef`), until it stops
 * changing. The whole cluster maps to the whole cluster in the offset map.
 */
import { type Actions, combiningClasses, DELETE, isNfcSensitiveAstral, MAP } from "./actions.js";
import { isHighSurrogate, isLowSurrogate } from "./tables.js";

/** Whether the character at `k` takes part in NFC with its neighbours (a mark or an NFC-sensitive one). */
function joins(text: string, k: number, classes: Uint8Array): boolean {
  const c = text.charCodeAt(k);
  if (isHighSurrogate(c)) {
    const low = text.charCodeAt(k + 1);
    return isLowSurrogate(low) && isNfcSensitiveAstral(((c - 0xd800) << 10) + low + 0x2400);
  }
  return classes[c] !== 0;
}

/** The width (1 or 2 code units) of the character that ends at `k`. */
function widthBefore(text: string, k: number): number {
  return k > 1 && isLowSurrogate(text.charCodeAt(k - 1)) && isHighSurrogate(text.charCodeAt(k - 2)) ? 2 : 1;
}

/** The width of the character that starts at `k`. */
function widthAt(text: string, k: number): number {
  return isHighSurrogate(text.charCodeAt(k)) && isLowSurrogate(text.charCodeAt(k + 1)) ? 2 : 1;
}

/**
 * Clusters longer than this go through {@link canonicalNfc}: V8's `normalize` puts marks in canonical
 * order by insertion, which is quadratic in the length of a run of marks (a megabyte of them would hang).
 */
const LONG_CLUSTER = 32;

/**
 * NFC in linear time for a long cluster: each character is decomposed (NFD, one at a time), each run of
 * nonspacing marks is put in canonical order here (a stable bucket sort by combining class, the order of
 * the classes read from NFD on pairs of marks), and NFC then only has to compose.
 */
function canonicalNfc(text: string): string {
  const points: number[] = [];
  const decomposed = new Map<string, number[]>();
  for (const c of text) {
    let parts = decomposed.get(c);
    if (!parts) {
      parts = Array.from(c.normalize("NFD"), (p) => p.codePointAt(0)!);
      decomposed.set(c, parts);
    }
    for (const p of parts) points.push(p);
  }
  const char = String.fromCodePoint;
  // NFD on " " + a + b puts b first exactly when b has a lower, non-zero combining class than a.
  const after = (a: number, b: number) =>
    ` ${char(a)}${char(b)}`.normalize("NFD") === ` ${char(b)}${char(a)}`;
  // A starter (class 0) never moves: U+0345 (class 240, the highest) stays before it.
  const marks = [...new Set(points)].filter((a) => a === 0x0345 || after(0x0345, a));
  marks.sort((a, b) => (after(a, b) ? 1 : after(b, a) ? -1 : 0));
  const rank = new Map<number, number>();
  marks.forEach((a, k) => {
    rank.set(a, k && !after(a, marks[k - 1]!) ? rank.get(marks[k - 1]!)! : k);
  });
  let out = "";
  for (let k = 0; k < points.length; ) {
    let end = k;
    while (end < points.length && rank.has(points[end]!)) end++;
    if (end === k) {
      out += char(points[k++]!);
      continue;
    }
    // A stable bucket sort: marks of one class keep their order, as NFC wants.
    const buckets: number[][] = marks.map(() => []);
    for (; k < end; k++) buckets[rank.get(points[k]!)!]!.push(points[k]!);
    for (const bucket of buckets) {
      for (let from = 0; from < bucket.length; from += 4096) out += char(...bucket.slice(from, from + 4096));
    }
  }
  return out.normalize("NFC");
}

/** NFC of a cluster. */
function nfc(text: string): string {
  return text.length > LONG_CLUSTER ? canonicalNfc(text) : text.normalize("NFC");
}

/** Applies the deletions and one-for-one replacements of `t` to `text` (the same string if none applies). */
function fold(text: string, t: Actions): string {
  let out = "";
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const a = t.act[c];
    if (a !== DELETE && a !== MAP) continue;
    out += text.slice(from, k) + (a === MAP ? String.fromCharCode(t.repl[c]!) : "");
    from = k + 1;
  }
  return from ? out + text.slice(from) : text;
}

/**
 * Widens clusters `[a, b)` so that none cuts in two an edit of `edits` (of the source → `text` map):
 * `[a, b]` widened, and whether it moved. Only `normalizeWithMap` uses it, so `normalize` bundles none of it.
 */
export function widenToEdits(edits: ArrayLike<number>): (a: number, b: number) => [number, number, boolean] {
  /** The index of the edit whose output covers unit `u`, or -1. */
  const around = (u: number) => {
    let lo = 0;
    let hi = edits.length >> 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid * 4 + 2]! <= u) lo = mid + 1;
      else hi = mid;
    }
    const k = (lo - 1) * 4;
    return lo > 0 && u < edits[k + 3]! ? k : -1;
  };
  return (a, b) => {
    let moved = false;
    const first = around(a);
    if (first >= 0 && edits[first + 2]! < a) {
      a = edits[first + 2]!;
      moved = true;
    }
    const end = around(b - 1);
    if (end >= 0 && edits[end + 3]! > b) {
      b = edits[end + 3]!;
      moved = true;
    }
    return [a, b, moved];
  };
}

/**
 * Runs NFC over the clusters around `triggers` (positions in `text`, ascending). Returns the new text and
 * the clusters that changed, flat `[a, b, newLength, …]` in positions of `text`. With `widen` (see
 * {@link widenToEdits}), clusters are widened until none cuts an edit in two.
 */
export function composeClusters(
  text: string,
  triggers: readonly number[],
  t: Actions,
  widen?: (a: number, b: number) => [number, number, boolean],
): { text: string; changed: number[] } {
  const classes = combiningClasses();
  const n = text.length;
  // Clusters [a, b), merged when they overlap. Clusters that only touch stay apart: the second starts at a
  // starter that nothing before it composes with (or the walk back would have gone past it), so NFC of the
  // two is NFC of each, and the offset map keeps them apart (a line break between them stays its own).
  const spans: number[] = [];
  for (const at of triggers) {
    const last = spans.length - 1;
    if (last > 0 && at < spans[last]!) continue;
    let a = at;
    let b = at + widthAt(text, at);
    for (let moved = true; moved; ) {
      moved = false;
      while (a > 0 && joins(text, a, classes)) a -= widthBefore(text, a);
      while (b < n && joins(text, b, classes)) b += widthAt(text, b);
      if (widen) [a, b, moved] = widen(a, b);
    }
    if (last > 0 && a < spans[last]!) spans[last] = Math.max(b, spans[last]!);
    else spans.push(a, b);
  }
  const out: string[] = [];
  const changed: number[] = [];
  let from = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    const before = text.slice(a, b);
    // Composition may make a character that folds (أ under foldAlef), which may then compose again.
    let after = before;
    for (let round = 0; round < 4; round++) {
      const composed = nfc(after);
      after = fold(composed, t);
      if (after === composed) break;
    }
    if (after === before) continue;
    out.push(text.slice(from, a), after);
    changed.push(a, b, after.length);
    from = b;
  }
  if (!out.length) return { text, changed };
  out.push(text.slice(from));
  return { text: out.join(""), changed };
}

/**
 * The edits from the source to the text after {@link composeClusters}: those of the pass (`edits`) outside
 * the `changed` clusters, moved by what the clusters before them added or removed, and one edit per
 * cluster from its whole source (`sourceOf(u, 0)` / `sourceOf(u, 1)`: where unit `u` of the pass output
 * starts / ends in the source).
 */
export function composeEdits(
  edits: ArrayLike<number>,
  changed: readonly number[],
  sourceOf: (u: number, edge: 0 | 1) => number,
): number[] {
  const result: number[] = [];
  let shift = 0;
  let e = 0;
  const copy = (until: (o0: number, o1: number) => boolean) => {
    for (; e < edits.length && until(edits[e + 2]!, edits[e + 3]!); e += 4) {
      result.push(edits[e]!, edits[e + 1]!, edits[e + 2]! + shift, edits[e + 3]! + shift);
    }
  };
  for (let k = 0; k < changed.length; k += 3) {
    const a = changed[k]!;
    const b = changed[k + 1]!;
    // Edits before the cluster, deletions right at its start included, keep their place…
    copy((_o0, o1) => o1 <= a);
    // …those inside it are absorbed, deletions right at its end stay after it.
    while (e < edits.length && edits[e + 3]! <= b && !(edits[e + 2] === b && edits[e + 3] === b)) e += 4;
    result.push(sourceOf(a, 0), sourceOf(b - 1, 1), a + shift, a + shift + changed[k + 2]!);
    shift += changed[k + 2]! - (b - a);
  }
  copy(() => true);
  return result;
}
