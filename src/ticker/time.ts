/**
 * Clock times of ticker items: `HH:MM` in Latin, Arabic-Indic or Persian digits, with an optional 12-hour
 * qualifier (`ص` / `م` …), and the day offsets of a newest-first list that crosses midnight.
 */
import { digitValue, foldKey, isDash, isInlineSpace, isLetter, isMark } from "./chars.js";
import type { TickerPatterns } from "./patterns.js";

/** A time written in the text. */
export interface TimeToken {
  /** Offset of the first digit. */
  readonly start: number;
  /** Offset one past the last code unit of the time and of its qualifier, if any. */
  readonly end: number;
  /** The time as `HH:MM` (24-hour, Latin digits). */
  readonly clock: string;
}

function isDigitOrColon(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return code === 0x3a || digitValue(code) >= 0;
}

/** Most digits of a count that opens the next item glued to a time (`- 20:2819 حالة`): a headline's count. */
const MAX_GLUED_NUMBER_DIGITS = 3;

/**
 * Whether the digits right after the minutes at `i` open the next item glued to the time: a dash comes before
 * the time (`TEXT - 20:28`, the closing time of an item), then one to three digits and a space (`19 حالة`).
 * A phone number or a longer run of digits is no such count.
 */
function opensGluedNumber(text: string, start: number, i: number, limit: number): boolean {
  let before = start - 1;
  while (before >= 0 && isInlineSpace(text.charCodeAt(before))) before--;
  if (before < 0 || !isDash(text.charCodeAt(before))) return false;
  let j = i;
  while (j < limit && j - i <= MAX_GLUED_NUMBER_DIGITS && digitValue(text.charCodeAt(j)) >= 0) j++;
  return j > i && j - i <= MAX_GLUED_NUMBER_DIGITS && j < limit && isInlineSpace(text.charCodeAt(j));
}

/** End of the run of letters and Arabic marks that starts at `i`. */
function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const code = text.charCodeAt(j);
    if (!isLetter(code) && !isMark(code)) break;
    j++;
  }
  return j;
}

/** Whether the word `[start, end)` may be a meridiem qualifier: it opens with the first letter of one. */
function mayBeMeridiem(text: string, start: number, end: number, patterns: TickerPatterns): boolean {
  return end > start && patterns.meridiemInitials.has(foldKey(text.charAt(start)));
}

/**
 * Converts hours, minutes and an optional half of day to `HH:MM`; `null` for an impossible time. With `pm`,
 * 12 stays 12 and 1–11 gain 12 hours; with `am`, 12 becomes 0.
 */
export function toClock(hours: number, minutes: number, half: "am" | "pm" | null): string | null {
  if (minutes > 59) return null;
  let h = hours;
  if (half !== null) {
    if (h < 1 || h > 12) return null;
    if (half === "pm" && h < 12) h += 12;
    if (half === "am" && h === 12) h = 0;
  } else if (h > 23) return null;
  return `${h < 10 ? "0" : ""}${h}:${minutes < 10 ? "0" : ""}${minutes}`;
}

/**
 * Reads the time whose first digit is at `start` (one or two digits, `:`, exactly two digits, not inside a
 * longer run of digits and colons such as `12:30:45`), with the qualifier that may follow it before `limit`.
 */
export function readTimeAt(
  text: string,
  start: number,
  limit: number,
  patterns: TickerPatterns,
): TimeToken | null {
  if (isDigitOrColon(text, start - 1)) return null;
  let i = start;
  let hours = 0;
  let digits = 0;
  while (i < limit && digits < 3) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) break;
    hours = hours * 10 + d;
    digits++;
    i++;
  }
  if (digits < 1 || digits > 2 || i >= limit || text.charCodeAt(i) !== 0x3a) return null;
  i++;
  const m1 = i < limit ? digitValue(text.charCodeAt(i)) : -1;
  const m2 = i + 1 < limit ? digitValue(text.charCodeAt(i + 1)) : -1;
  if (m1 < 0 || m2 < 0) return null;
  i += 2;
  // A colon after the minutes that no digit follows sets the time off as a label (`10:25: TEXT`).
  const labelColon =
    text.charCodeAt(i) === 0x3a && !(i + 1 < limit && digitValue(text.charCodeAt(i + 1)) >= 0);
  if (i < limit && isDigitOrColon(text, i) && !labelColon && !opensGluedNumber(text, start, i, limit))
    return null;
  const minutes = m1 * 10 + m2;
  // A qualifier may follow after spaces: `10:30 م`, `10:30م`, `10:30 مساء`.
  let j = i;
  while (j < limit && isInlineSpace(text.charCodeAt(j))) j++;
  const qualifierEnd = wordEnd(text, j, limit);
  if (
    mayBeMeridiem(text, j, qualifierEnd, patterns) &&
    (qualifierEnd >= limit || !isDigitOrColon(text, qualifierEnd))
  ) {
    const half = patterns.meridiems.get(foldKey(text.slice(j, qualifierEnd)));
    if (half) {
      const clock = toClock(hours, minutes, half);
      if (clock) return { start, end: qualifierEnd, clock };
    }
  }
  const clock = toClock(hours, minutes, null);
  return clock ? { start, end: i, clock } : null;
}

/**
 * Reads the time (with its qualifier) that ends exactly at `end`, not before `floor`: the time closing an item
 * such as `TEXT - 10:30 م`.
 */
export function readTimeEndingAt(
  text: string,
  end: number,
  floor: number,
  patterns: TickerPatterns,
): TimeToken | null {
  let e = end;
  // A trailing qualifier word: step over it, then over spaces.
  let w = e;
  while (w > floor) {
    const code = text.charCodeAt(w - 1);
    if (!isLetter(code) && !isMark(code)) break;
    w--;
  }
  if (mayBeMeridiem(text, w, e, patterns) && patterns.meridiems.has(foldKey(text.slice(w, e)))) {
    e = w;
    while (e > floor && isInlineSpace(text.charCodeAt(e - 1))) e--;
  } else if (w < e) {
    return null;
  }
  // Digits: two minutes, a colon, one or two hours.
  let s = e - 2;
  if (s - 2 < floor || text.charCodeAt(s - 1) !== 0x3a) return null;
  s -= 2;
  if (digitValue(text.charCodeAt(s)) < 0) return null;
  if (s - 1 >= floor && digitValue(text.charCodeAt(s - 1)) >= 0) s--;
  const token = readTimeAt(text, s, end, patterns);
  return token && token.end === end ? token : null;
}

/** Minutes since midnight of a `HH:MM` clock. */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** What {@link dayOffsets} needs of an item. */
export interface TimedEntry {
  /** `HH:MM` or `null`. */
  readonly time: string | null;
  /** Days before today written next to the time (`أمس`), or `null`. */
  readonly day: number | null;
}

/** Minutes in a day, and half of them. */
const DAY_MINUTES = 1440;
const HALF_DAY_MINUTES = 720;

/**
 * Day offsets of a list of items. Each step between two timed items votes for the reading that moves the
 * clock least: 12:16 then 10:25 is 111 minutes back (newest first), 00:10 then 23:50 is 20 minutes back across
 * midnight, 22:00 then 23:50 is 110 minutes forward (oldest first). The list runs newest first unless most
 * steps vote forward. Newest first, a time later than the one before means the day before; oldest first, an
 * earlier time means the next day, and the list is shifted so that its newest item is day 0. A day word
 * written with a time wins. Items without a time share the day of the item before them.
 */
export function dayOffsets(entries: readonly TimedEntry[]): number[] {
  let backward = 0;
  let forward = 0;
  let previous = -1;
  for (const e of entries) {
    if (e.time === null) continue;
    const t = clockMinutes(e.time);
    if (previous >= 0 && t !== previous) {
      const back = (((previous - t) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
      if (back <= HALF_DAY_MINUTES) backward++;
      else forward++;
    }
    previous = t;
  }
  const newestFirst = backward >= forward;
  const out: number[] = [];
  let day = 0;
  previous = -1;
  for (const e of entries) {
    if (e.day !== null) {
      day = e.day;
    } else if (e.time !== null && previous >= 0) {
      const t = clockMinutes(e.time);
      if (newestFirst && t > previous) day--;
      else if (!newestFirst && t < previous) day++;
    }
    if (e.time !== null) previous = clockMinutes(e.time);
    out.push(day);
  }
  let newest = 0;
  if (!newestFirst) for (const d of out) newest = Math.max(newest, d);
  return out.map((d) => Math.min(0, d - newest) || 0);
}
