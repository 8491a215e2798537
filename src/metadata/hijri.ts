/**
 * Hijri (Islamic) dates as Gregorian days. Saudi and Gulf outlets date their wires in the Umm al-Qura
 * calendar (the official calendar of Saudi Arabia), so that is the calendar used for the years it has
 * published; outside them the tabular (civil) Islamic calendar stands in, which is within a day or two.
 */

/**
 * The length of every month of the Umm al-Qura calendar for the Hijri years 1300–1600 (1882–2175 CE): three
 * hex digits per year, bit `m - 1` set when month `m` has 30 days (else 29). The same data as ICU's
 * `islamic-umalqura` calendar; `test/metadata/hijri.test.ts` checks every month of it against `Intl`.
 */
export const UMM_AL_QURA_MONTHS =
  "5552ab9372b657636cb55aaa95649e95d2ba5b53aab4ba9652e2ad56db5a752f25e8ad16a56ab56b4da9b92b2564ba9b" +
  "35a6d95d4da5d4aa955369752f46e96d46a953525d4bd9ba3b4b69b2aa554ada5d2da6d9eaae94d2ac564aea6d56ad55" +
  "d4aa9352ba5b53a6b5ea9d52d29a554ad56daea6e4ed1da2aaa95a2da5b9bb27646c95552ab4dbaba5b4da9d52aa592d" +
  "26d8ed2daad5aa5a4b4979372b6975d69d52c9592b25b4db9d55d2da5d4aa9554daad3aabd2bc4b89a9552d5adb6a6d4" +
  "dc9d92aa69562ae56d36ab55aaa94d49d95d2ba5b55aad55a9a92e26e55dada6d46a5b27a4d4ad56db5a754f49e92d26" +
  "a563566b5baab92b2568ba9b55aada5b4da9b52a9a536276575af26d46a95552ad4bd9ba574b69b52a9552da5d4daad9" +
  "6b2e95e2ac9692eaad56ad65d4ad1562bc5b53a6b5db2d64d29a554ad96daea6e8ed1da4d4aa6a2da5b9b72b686d1655" +
  "4ab95b2ba5b5da9d52ca694e46e95d4daad5aaaa4d49b9374b6975d6ad52aa594b2ab55bad95d2dc5d92b25555ab55b4" +
  "ba97a2745593aab4d69d65d2ba5b4aa954ad15d2dd9da5b45a952d25b8b717656db6aacaa9652b15b2bb5b6daab94d46" +
  "a8d52da9d55a755749f13e4aa965566b5baab94";

/** The first Hijri year of {@link UMM_AL_QURA_MONTHS}. */
export const UMM_AL_QURA_FIRST_YEAR = 1300;
/**
 * The last Hijri year of {@link UMM_AL_QURA_MONTHS} (three hex digits per year; a test checks the two
 * agree). A literal: reading the table's `.length` at load time made bundlers keep the table in apps that
 * import only `normalize`.
 */
export const UMM_AL_QURA_LAST_YEAR = 1600;
/** 1 Muharram 1300 (12 November 1882) as days since 1970-01-01. */
const UMM_AL_QURA_EPOCH_DAY = -31826;
/** The Julian day number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2440588;
/** The Julian day number of 1 Muharram 1 of the civil Islamic calendar (16 July 622 CE, Julian). */
const CIVIL_EPOCH_JDN = 1948440;

function monthMask(year: number): number {
  const i = (year - UMM_AL_QURA_FIRST_YEAR) * 3;
  return Number.parseInt(UMM_AL_QURA_MONTHS.slice(i, i + 3), 16);
}

/** Days since 1970-01-01 of 1 Muharram of each table year, built on first use. */
let yearStarts: Int32Array | null = null;

function umAlQuraYearStart(year: number): number {
  if (yearStarts === null) {
    const starts = new Int32Array(UMM_AL_QURA_LAST_YEAR - UMM_AL_QURA_FIRST_YEAR + 2);
    let day = UMM_AL_QURA_EPOCH_DAY;
    for (let y = UMM_AL_QURA_FIRST_YEAR; y <= UMM_AL_QURA_LAST_YEAR + 1; y++) {
      starts[y - UMM_AL_QURA_FIRST_YEAR] = day;
      if (y <= UMM_AL_QURA_LAST_YEAR) day += yearLength(monthMask(y));
    }
    yearStarts = starts;
  }
  return yearStarts[year - UMM_AL_QURA_FIRST_YEAR] ?? 0;
}

function yearLength(mask: number): number {
  let days = 0;
  for (let m = 0; m < 12; m++) days += mask & (1 << m) ? 30 : 29;
  return days;
}

/** The number of days of a Hijri month (29 or 30). */
export function hijriMonthLength(year: number, month: number): number {
  if (year >= UMM_AL_QURA_FIRST_YEAR && year <= UMM_AL_QURA_LAST_YEAR) {
    return monthMask(year) & (1 << (month - 1)) ? 30 : 29;
  }
  // Civil calendar: odd months have 30 days, even 29, and the 12th has 30 in the 11 leap years of each 30.
  if (month % 2 === 1) return 30;
  if (month < 12) return 29;
  return (14 + 11 * year) % 30 < 11 ? 30 : 29;
}

/** Days since 1970-01-01 of a Hijri date in the civil (tabular) Islamic calendar. */
function civilToEpochDay(year: number, month: number, day: number): number {
  const jdn =
    day +
    Math.ceil(29.5 * (month - 1)) +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    CIVIL_EPOCH_JDN -
    1;
  return jdn - UNIX_EPOCH_JDN;
}

/**
 * The Gregorian date of a Hijri date as `YYYY-MM-DD`, or `null` when the day does not exist in that month.
 * Umm al-Qura for 1300–1600 AH, the civil calendar outside.
 *
 * @example
 * ```ts
 * hijriToIso(1436, 10, 26);
 * //=> "2015-08-11"
 * ```
 */
export function hijriToIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > hijriMonthLength(year, month)) return null;
  let epochDay: number;
  if (year >= UMM_AL_QURA_FIRST_YEAR && year <= UMM_AL_QURA_LAST_YEAR) {
    epochDay = umAlQuraYearStart(year);
    const mask = monthMask(year);
    for (let m = 1; m < month; m++) epochDay += mask & (1 << (m - 1)) ? 30 : 29;
    epochDay += day - 1;
  } else {
    epochDay = civilToEpochDay(year, month, day);
  }
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}
