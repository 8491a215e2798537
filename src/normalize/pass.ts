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
  IS_SPACE,
  isNfcSensitiveAstral,
  JOINER,
  KEEP,
  LOOK,
  LOW_SURROGATE,
  MAP,
  MARK,
  NFC,
  TATWEEL_DASH,
  WHITE,
} from "./actions.js";
import { decodeEntity, entityEnd } from "./entities.js";
import type { EditList } from "./offset-map.js";
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

/** Whether a tatweel beside `code` elongates it: `code` is an Arabic letter or mark (not a kept tatweel). */
function joinsTatweel(code: number): boolean {
  return code !== TATWEEL && (isArabicLetter(code) || isArabicMark(code));
}

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
  // One or two units (a replacement between long unchanged runs): no subarray, no apply.
  if (n < 3) return n === 1 ? String.fromCharCode(units[0]!) : String.fromCharCode(units[0]!, units[1]!);
  if (n >= 64 && decoder && !lone) return decoder.decode(units.subarray(0, n));
  // At most CHUNK (4096) arguments: within every engine's limit for apply.
  return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

/** What the pass produced. */
export interface PassResult {
  readonly text: string;
  /** Output positions of characters whose cluster needs NFC, ascending; null when none. */
  readonly triggers: number[] | null;
}

/**
 * The scan table of the options of the current call. One table at module level rather than `t.scan`
 * passed in: the compiler then knows its length and drops the bounds check of every read in the hot loop
 * (about 15 % of the scan). Refilled (64 KB) only when the options change from the call before.
 */
const SCAN = new Uint8Array(0x10000);
let loaded: Uint8Array | undefined;

/**
 * The hot loop: the first index in `[i, end)` to look at, `end` if none. A unit is looked at when the
 * scan table says `LOOK`, or when it completes a pair with the unit before it (a second space, a second
 * mark); `previous` is the scan entry of the output unit before `i`. Reads stay in bounds (an
 * out-of-bounds `charCodeAt` or typed-array read would slow every later call down).
 */
function skip(src: string, i: number, end: number, previous: number): number {
  for (; i < end; i++) {
    const v = SCAN[src.charCodeAt(i)]!;
    if (v & (LOOK | (previous << 1))) return i;
    previous = v;
  }
  return end;
}

const NO_CLASSES = new Uint8Array(0x10000);
let buffer: Uint16Array | undefined;

/** Runs the actions of `t` over `s`, recording into `edits` when a map is asked for. */
export function pass(s: string, t: Actions, edits: EditList | null): PassResult {
  const { act, repl, expansions, vanishes: inReference, options: o } = t;
  const nfc = o.nfc;
  const cc = nfc ? combiningClasses() : NO_CLASSES;
  const collapse = o.spaces === "collapse";
  const trim = o.trimLines;
  // With spaces collapsed and lines not trimmed, U+0020 is not in the action table (see buildActions):
  // the hot loop stops at a space only before a unit that may join it, and a deletion or white space
  // after a space looks back at it.
  const plainSpaces = collapse && !trim;
  const n = s.length;
  // What a word-final Farsi yeh becomes: ى, or ي when ى is folded too.
  const finalYeh = act[ALEF_MAQSURA] === MAP ? repl[ALEF_MAQSURA]! : ALEF_MAQSURA;
  const triggers: number[] = [];
  let daggerAt = -1;
  let daggerBase = 0;

  // The output: `out`, then `units[0, used)`, then the source run `[run, i)` not yet copied. Pieces are
  // concatenated (a rope that is flattened once when read): cheaper than collecting them for a join.
  let out = "";
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
  /** Where the last change ended in the source. */
  let changed = 0;

  /** The output unit just before source index `i`. */
  const prev = (i: number) => (i > run ? s.charCodeAt(i - 1) : last);
  const drain = () => {
    if (used) out += decode(units, used, lone);
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
    if (k >= SLICE_MIN) {
      drain();
      out += s.slice(run, i);
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
    dense = a - changed < SLICE_MIN;
    changed = b;
    if (edits && b - a !== length - o0) edits.add(a, b, o0, length);
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
    a === DELETE || (a === JOINER && !(k + 1 < n && isHighSurrogate(s.charCodeAt(k + 1))));
  /** Where the character {@link read} returned ends. */
  let readEnd = 0;
  /** The code point of the reference at `k` if one starts there, else the unit at `k`. */
  const read = (k: number) => {
    if (k >= n) {
      readEnd = k + 1;
      return -1;
    }
    const x = s.charCodeAt(k);
    const d = act[x] === ENTITY ? decodeEntity(s, k, inReference) : -1;
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
    if (k >= n) return false;
    const a = act[s.charCodeAt(k)];
    if (a !== NFC && a !== DELETE && a !== JOINER && a !== ENTITY) return false;
    const x = peek(k, false);
    return x >= 0x0653 && x <= 0x0655;
  };

  /**
   * The first unit from `k` on that the output will show after a run of tatweel, as written there (a
   * presentation form as its first letter), skipping the run, marks and what vanishes; LF at the end.
   */
  const afterTatweels = (k: number): number => {
    while (k < n) {
      const x = read(k);
      const a = act[x];
      // A dagger alef that becomes ا is a letter; other marks, tatweel and what vanishes are looked past.
      if (a === DAGGER) return ALEF;
      if (!(x === TATWEEL || isArabicMark(x) || cc[x] || vanishes(a, readEnd - 1))) return shown(x, a, true);
      k = readEnd;
    }
    return LF;
  };

  /** What the output shows for unit `x` (action `a`): its replacement, or the first or last unit of an expansion. */
  const shown = (x: number, a: number | undefined, first: boolean): number => {
    if (a === MAP) return repl[x]!;
    if (a === EXPAND) {
      const text = expansions.get(x)!;
      return text.charCodeAt(first ? 0 : text.length - 1);
    }
    return x;
  };

  /** Whether a ZWJ after `before` and before source index `end` joins an emoji sequence. */
  const emojiJoiner = (before: number, end: number) =>
    isLowSurrogate(before) ||
    before === EMOJI_PRESENTATION ||
    (end < n && isHighSurrogate(s.charCodeAt(end)));

  /** Handles the character `c` (action `a`) that source `[i, end)` holds; returns where to go on. */
  const step = (c: number, a: number, i: number, end: number): number => {
    const before = prev(i);
    // After a space, what disappears may bring the next space next to it: collapse the whole run.
    if (plainSpaces && before === SPACE && (a === DELETE || (a === JOINER && !emojiJoiner(before, end))))
      a = WHITE;
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
        if (act[x] !== WHITE && x !== SPACE && !vanishes(act[x], readEnd - 1)) break;
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
      if (!emojiJoiner(before, end)) c = -1;
    } else if (a === FARSI_YEH_IN_CONTEXT) c = isArabicLetter(peek(end, true)) ? YEH : finalYeh;
    else if (a === DIGIT_SEPARATOR) {
      if (isDigit(before) && isDigit(peek(end, false))) c = repl[c]!;
    } else if (a === TATWEEL_DASH) {
      // Any mark before it counts as joining (NFC may reorder marks, so which one comes last must not matter).
      if (joinsTatweel(before) || cc[before] || joinsTatweel(afterTatweels(end))) c = -1;
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
      const d = decodeEntity(s, i, inReference);
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
  const size = n;
  const trimming = trim;
  if (loaded !== t.scan) {
    loaded = t.scan;
    SCAN.set(loaded);
  }
  const scan = SCAN;
  let i = 0;
  for (;;) {
    if (dense) {
      // Changes come close together: copy as we read (instead of reading again to copy) until a run of
      // SLICE_MIN units has passed without one.
      let limit = Math.min(size, changed + SLICE_MIN);
      if (i >= limit) {
        dense = false;
        // The units copied since the last change are unchanged source: give them back to the pending run,
        // so that they reach the output in the next slice rather than through the buffer (a decode).
        const back = i - changed;
        if (run === i && used > back) {
          used -= back;
          length -= back;
          run = changed;
          last = units[used - 1]!;
        }
      } else {
        // Units left pending by a check that changed nothing go first.
        take(i);
        let u = used;
        let start = i;
        let written = last;
        let previous = scan[last]!;
        for (; i < limit; i++) {
          let c = src.charCodeAt(i);
          let v = scan[c]!;
          if (v & (LOOK | (previous << 1))) {
            // One-for-one replacements and deletions inline (vocalized or folded text has one every few
            // letters), except a deletion after a space (it may bring two spaces together) and a letter a
            // composing mark follows.
            const a = table[c];
            if (a === MAP && !(nfc && composes(i + 1))) {
              c = repl[c]!;
              v = scan[c]!;
              changed = i + 1;
              limit = Math.min(size, changed + SLICE_MIN);
            } else if (a === DELETE && !(previous & IS_SPACE)) {
              length += i - start;
              last = written;
              start = i + 1;
              done(i, start, length);
              limit = Math.min(size, changed + SLICE_MIN);
              continue;
            } else break;
          }
          if (u === CHUNK) {
            used = u;
            drain();
            u = 0;
          }
          units[u++] = c;
          written = c;
          previous = v;
        }
        used = u;
        if (i > start) {
          length += i - start;
          last = written;
          run = i;
        }
        if (i >= limit) continue;
      }
    }
    i = skip(src, i, size, scan[i > run ? src.charCodeAt(i - 1) : last]!);
    if (i >= size) break;
    const c = src.charCodeAt(i);
    // Only a space (before or after one that may join it) stops with nothing in the table: a white run.
    const a = table[c] || WHITE;
    if (a === DELETE || (a === MAP && !(nfc && composes(i + 1)))) {
      if (a === MAP || !plainSpaces || (i > run ? src.charCodeAt(i - 1) : last) !== SPACE) {
        put(i, i + 1, a === MAP ? repl[c]! : -1);
        i++;
        continue;
      }
    } else if (a === MARK) {
      // A mark in canonical order after the one before it: nothing to do (vocalized text stays fast).
      if (classes[i > run ? src.charCodeAt(i - 1) : last]! <= classes[c]!) {
        i++;
        continue;
      }
    } else if (c === SPACE && a === WHITE && trimming) {
      // A lone space before a word, with trimLines: nothing to do unless it starts or ends a line.
      const next = i + 1 < size ? src.charCodeAt(i + 1) : LF;
      if (
        table[next] === KEEP &&
        !isLineBreak(next) &&
        !isLineBreak(i > run ? src.charCodeAt(i - 1) : last)
      ) {
        i++;
        continue;
      }
    }
    i = step(c, a, i, i + 1);
  }
  if (run) {
    take(n);
    drain();
  }
  return {
    text: run ? out : s,
    triggers: triggers.length ? triggers : null,
  };
}
