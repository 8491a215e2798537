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

/** The index of the edit whose output covers unit `u`, or -1. */
function editAround(edits: ArrayLike<number>, u: number): number {
  let lo = 0;
  let hi = edits.length >> 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid * 4 + 2]! <= u) lo = mid + 1;
    else hi = mid;
  }
  const k = (lo - 1) * 4;
  return lo > 0 && u < edits[k + 3]! ? k : -1;
}

/** Applies the deletions and one-for-one replacements of `t` to `text`. */
function fold(text: string, t: Actions): string {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const a = t.act[c];
    if (a !== DELETE) out += String.fromCharCode(a === MAP ? t.repl[c]! : c);
  }
  return out;
}

/**
 * Runs NFC over the clusters around `triggers` (positions in `text`, ascending). Returns the new text and
 * the clusters that changed, flat `[a, b, newLength, …]` in positions of `text`. With `edits` (of the
 * source → `text` map), clusters are widened so that none cuts an edit in two.
 */
export function composeClusters(
  text: string,
  triggers: readonly number[],
  t: Actions,
  edits: ArrayLike<number> | null,
): { text: string; changed: number[] } {
  const classes = combiningClasses();
  const n = text.length;
  // Clusters [a, b), merged when they touch.
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
      if (edits) {
        const first = editAround(edits, a);
        if (first >= 0 && edits[first + 2]! < a) {
          a = edits[first + 2]!;
          moved = true;
        }
        const end = editAround(edits, b - 1);
        if (end >= 0 && edits[end + 3]! > b) {
          b = edits[end + 3]!;
          moved = true;
        }
      }
    }
    if (last > 0 && a <= spans[last]!) spans[last] = Math.max(b, spans[last]!);
    else spans.push(a, b);
  }
  const out: string[] = [];
  const changed: number[] = [];
  let from = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    const before = text.slice(a, b);
    let after = before;
    for (let round = 0; round < 4; round++) {
      const next = fold(after.normalize("NFC"), t);
      if (next === after) break;
      after = next;
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
