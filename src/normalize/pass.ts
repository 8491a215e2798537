/**
 * The single pass: one loop over `charCodeAt` that looks each code unit up in the action table. Units
 * with nothing to do are skipped without being copied; unchanged runs reach the output as slices when long
 * and through a small `Uint16Array` when short, so text with few changes costs about one scan and text
 * with many still costs one copy. When nothing changes the input string itself is returned.
 */
import {
  type Actions,
  CARRIAGE_RETURN,
  combiningClasses,
  DAGGER,
  DELETE,
  DIGIT_SEPARATOR,
  ENTITY,
  EXPAND,
  FARSI_YEH_IN_CONTEXT,
  HIGH_SURROGATE,
  isNfcSensitiveAstral,
  JOINER,
  KEEP,
  LOW_SURROGATE,
  MAP,
  MARK,
  NFC,
  WHITE,
} from "./actions.js";
import { decodeEntity, entityEnd } from "./entities.js";
import {
  ALEF,
  ALEF_MAQSURA,
  EMOJI_PRESENTATION,
  isArabicLetter,
  isArabicMark,
  isDigit,
  isHighSurrogate,
  isLineBreak,
  isLowSurrogate,
  LF,
  MAQSURA_LIKE,
  SPACE,
  TATWEEL,
  YEH,
} from "./tables.js";

/** Units of the output buffer. */
const CHUNK = 4096;
/** Unchanged runs at least this long are sliced from the input; shorter ones are copied. */
const SLICE_MIN = 32;

let decoder: { decode(units: Uint16Array): string } | null | undefined;

/** The string of `units[0, n)`; lone surrogates survive (TextDecoder would turn them into U+FFFD). */
function decode(units: Uint16Array, n: number, lone: boolean): string {
  if (decoder === undefined) {
    try {
      const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
      decoder = new (
        globalThis as unknown as { TextDecoder: new (label: string, o: object) => typeof decoder }
      ).TextDecoder(littleEndian ? "utf-16le" : "utf-16be", { ignoreBOM: true });
    } catch {
      decoder = null;
    }
  }
  if (n >= 64 && decoder && !lone) return decoder.decode(units.subarray(0, n));
  let out = "";
  for (let k = 0; k < n; k += 1024) {
    out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 1024)) as unknown as number[]);
  }
  return out;
}

/** What the pass produced. */
export interface PassResult {
  readonly text: string;
  /** Flat `[s0, s1, o0, o1, …]` edits (source → output), or null when no map was asked for. */
  readonly edits: Int32Array | null;
  /** Output positions of characters whose cluster needs NFC, ascending; null when none. */
  readonly triggers: number[] | null;
}

const NO_CLASSES = new Uint8Array(0x10000);
let buffer: Uint16Array | undefined;

/** Runs the actions of `t` over `s`. */
export function pass(s: string, t: Actions, withMap: boolean): PassResult {
  const { act, repl, expansions, options: o } = t;
  const nfc = o.nfc;
  const cc = nfc ? combiningClasses() : NO_CLASSES;
  const collapse = o.spaces === "collapse";
  const trim = o.trimLines;
  const n = s.length;
  // What a word-final Farsi yeh becomes: ى, or ي when ى is folded too.
  const finalYeh = act[ALEF_MAQSURA] === MAP ? repl[ALEF_MAQSURA]! : ALEF_MAQSURA;
  const triggers: number[] = [];
  let daggerAt = -1;
  let daggerBase = 0;

  // The output: `parts`, then `units[0, used)`, then the source run `[run, i)` not yet copied.
  const parts: string[] = [];
  // One buffer for every call: the pass runs to completion without calling out, so calls never overlap.
  buffer ??= new Uint16Array(CHUNK);
  const units = buffer;
  let used = 0;
  let run = 0;
  /** Output length before the pending run. */
  let length = 0;
  /** The last unit written (LF before anything: the text starts a line). */
  let last = LF;
  let lone = false;
  /** Whether changes come close together, so unchanged units are copied as they are read. */
  let dense = false;
  let edits = withMap ? new Int32Array(64) : null;
  let count = 0;

  /** The output unit just before source index `i`. */
  const prev = (i: number) => (i > run ? s.charCodeAt(i - 1) : last);
  const drain = () => {
    if (used) parts.push(decode(units, used, lone));
    used = 0;
  };
  const unit = (c: number) => {
    if (used === CHUNK) drain();
    units[used++] = c;
    length++;
    last = c;
  };
  /** Writes the pending unchanged run up to `i`. */
  const take = (i: number) => {
    const k = i - run;
    if (k <= 0) return;
    dense = k < SLICE_MIN;
    if (!dense) {
      drain();
      parts.push(s.slice(run, i));
    } else {
      if (used + k > CHUNK) drain();
      for (let p = run; p < i; p++) units[used++] = s.charCodeAt(p);
    }
    length += k;
    last = s.charCodeAt(i - 1);
    run = i;
  };
  /** Records that source `[a, b)` became output `[o0, length)`. */
  const done = (a: number, b: number, o0: number) => {
    run = b;
    if (!edits || b - a === length - o0) return;
    // Consecutive deletions make one edit.
    if (
      o0 === length &&
      count &&
      edits[count - 1] === o0 &&
      edits[count - 2] === o0 &&
      edits[count - 3] === a
    ) {
      edits[count - 3] = b;
      return;
    }
    if (count + 4 > edits.length) {
      const grown = new Int32Array(edits.length * 2);
      grown.set(edits);
      edits = grown;
    }
    edits[count++] = a;
    edits[count++] = b;
    edits[count++] = o0;
    edits[count++] = length;
  };
  /** Source `[a, b)` becomes the code point `code`, or nothing when `code` is -1. */
  const put = (a: number, b: number, code: number) => {
    if (b === a + 1 && code === s.charCodeAt(a)) return;
    take(a);
    const o0 = length;
    if (code > 0xffff) {
      // Both halves in one chunk: a decoder given half a pair would write U+FFFD.
      if (used + 2 > CHUNK) drain();
      unit(0xd7c0 + (code >> 10));
      code = 0xdc00 + (code & 0x3ff);
    }
    if (code >= 0) unit(code);
    done(a, b, o0);
  };
  /** Notes that the unit `c` about to be written at `at` after `before` needs NFC. */
  const check = (c: number, before: number, at: number) => {
    if (nfc && cc[c] && (act[c] === NFC || cc[before]! > cc[c]!)) triggers.push(at);
  };
  /** Whether the unit at `k` (action `a`) disappears wherever it stands. */
  const vanishes = (a: number | undefined, k: number) =>
    a === DELETE || (a === JOINER && !isHighSurrogate(s.charCodeAt(k + 1)));
  /** Where the character {@link read} returned ends. */
  let readEnd = 0;
  /** The code point of the reference at `k` if one starts there, else the unit at `k`. */
  const read = (k: number) => {
    const x = s.charCodeAt(k);
    const d = act[x] === ENTITY ? decodeEntity(s, k) : -1;
    readEnd = d < 0 ? k + 1 : entityEnd;
    return d < 0 ? x : d;
  };
  /** The next code point from `k` on that will be written, skipping deletions (and marks). */
  const peek = (k: number, skipMarks: boolean): number => {
    while (k < n) {
      const x = read(k);
      // A tatweel joins the letter before it even where it is removed: that letter is not word-final.
      if (x === TATWEEL || (!vanishes(act[x], readEnd - 1) && !(skipMarks && (isArabicMark(x) || cc[x]))))
        return x;
      k = readEnd;
    }
    return -1;
  };

  /**
   * Whether a composing mark (U+0653–U+0655) follows at `k`: a letter before one is left for NFC to
   * compose first (ە + hamza is ۀ, not ه + hamza) and is folded after.
   */
  const composes = (k: number) => {
    const a = act[s.charCodeAt(k)];
    if (a !== NFC && a !== DELETE && a !== JOINER && a !== ENTITY) return false;
    const x = peek(k, false);
    return x >= 0x0653 && x <= 0x0655;
  };

  /** Handles the character `c` (action `a`) that source `[i, end)` holds; returns where to go on. */
  const step = (c: number, a: number, i: number, end: number): number => {
    const before = prev(i);
    if (a === DELETE) c = -1;
    else if (a === MAP) {
      if (!(nfc && composes(end))) c = repl[c]!;
    } else if (a === EXPAND) {
      let text = expansions.get(c)!;
      if (text.charCodeAt(0) === SPACE && ((collapse && before === SPACE) || (trim && isLineBreak(before)))) {
        text = text.slice(1);
      }
      take(i);
      const o0 = length;
      for (let k = 0; k < text.length; k++) {
        check(text.charCodeAt(k), last, length);
        unit(text.charCodeAt(k));
      }
      done(i, end, o0);
      return end;
    } else if (a === WHITE) {
      // The whole run of white space and of what vanishes inside it, decoded references included.
      let k = end;
      while (k < n) {
        const x = read(k);
        if (act[x] !== WHITE && !vanishes(act[x], readEnd - 1)) break;
        k = readEnd;
      }
      if (trim && (isLineBreak(before) || k >= n || isLineBreak(read(k)))) c = -1;
      else if (collapse) c = before === SPACE ? -1 : SPACE;
      else {
        // Kept one for one: each white unit becomes `repl`, the rest of the run goes.
        put(i, end, repl[c]!);
        for (let p = end; p < k; p = readEnd) {
          const x = read(p);
          put(p, readEnd, act[x] === WHITE ? repl[x]! : -1);
        }
        return k;
      }
      put(i, end, c);
      if (k > end) put(end, k, -1);
      return k;
    } else if (a === MARK || a === NFC) check(c, before, length + i - run);
    else if (a === CARRIAGE_RETURN) c = read(end) === LF ? -1 : LF;
    else if (a === JOINER) {
      const emoji =
        isLowSurrogate(before) || before === EMOJI_PRESENTATION || isHighSurrogate(s.charCodeAt(end));
      if (!emoji) c = -1;
    } else if (a === FARSI_YEH_IN_CONTEXT) c = isArabicLetter(peek(end, true)) ? YEH : finalYeh;
    else if (a === DIGIT_SEPARATOR) {
      if (isDigit(before) && isDigit(peek(end, false))) c = repl[c]!;
    } else if (a === DAGGER) {
      // The letter the dagger alef sits on, in the source: after ى it is already pronounced.
      let p = i - 1;
      while (p >= 0 && p !== daggerAt && (isArabicMark(s.charCodeAt(p)) || act[s.charCodeAt(p)] === DELETE))
        p--;
      daggerBase = p === daggerAt ? daggerBase : p >= 0 ? s.charCodeAt(p) : 0;
      daggerAt = i;
      c = MAQSURA_LIKE.includes(daggerBase) ? -1 : ALEF;
    } else if (a === ENTITY && end === i + 1) {
      // (A "&" that a reference decoded to is not read again.)
      const d = decodeEntity(s, i);
      if (d < 0) return end;
      const to = entityEnd;
      if (d < 0x10000) return step(d, act[d]!, i, to);
      if (nfc && isNfcSensitiveAstral(d)) triggers.push(length + i - run);
      put(i, to, d);
      return to;
    } else if (a === HIGH_SURROGATE) {
      const low = s.charCodeAt(i + 1);
      if (!isLowSurrogate(low)) lone = true;
      else {
        if (nfc && isNfcSensitiveAstral(((c - 0xd800) << 10) + low + 0x2400)) triggers.push(length + i - run);
        return i + 2;
      }
    } else if (a === LOW_SURROGATE) lone = true;
    put(i, end, c);
    return end;
  };

  // Locals that no closure captures, so that the loop keeps them in registers.
  const src = s;
  const table = act;
  const classes = cc;
  let i = 0;
  while (i < n) {
    // Units left pending by a check that changed nothing go first.
    if (dense) take(i);
    if (dense) {
      // Copy as we read while changes are close together; back to skipping after a long unchanged run.
      const start = i;
      let u = used;
      for (; i < n && i - start < 256; i++) {
        const c = src.charCodeAt(i);
        if (table[c] !== KEEP) break;
        if (u === CHUNK) {
          used = u;
          drain();
          u = 0;
        }
        units[u++] = c;
      }
      used = u;
      if (i > start) {
        length += i - start;
        last = src.charCodeAt(i - 1);
        run = i;
        dense = i - start < 256;
      }
      if (i >= n) break;
    }
    const c = src.charCodeAt(i);
    const a = table[c]!;
    if (a === KEEP) {
      i++;
      continue;
    }
    if (a === DELETE || (a === MAP && !(nfc && composes(i + 1)))) {
      put(i, i + 1, a === MAP ? repl[c]! : -1);
      i++;
      continue;
    }
    if (a === MARK) {
      // A mark in canonical order after the one before it: nothing to do (vocalized text stays fast).
      if (classes[i > run ? src.charCodeAt(i - 1) : last]! <= classes[c]!) {
        i++;
        continue;
      }
    } else if (c === SPACE && a === WHITE && collapse) {
      // A lone space between two words: nothing to do.
      const next = src.charCodeAt(i + 1);
      const before = i > run ? src.charCodeAt(i - 1) : last;
      if (table[next] === KEEP && before !== SPACE && !(trim && (isLineBreak(before) || isLineBreak(next)))) {
        i++;
        continue;
      }
    }
    i = step(c, a, i, i + 1);
  }
  if (run || parts.length || used) {
    take(n);
    drain();
  }
  return {
    text: run ? (parts.length === 1 ? parts[0]! : parts.join("")) : s,
    edits: edits ? edits.subarray(0, count) : null,
    triggers: triggers.length ? triggers : null,
  };
}
