import { describe, expect, it } from "vitest";
import {
  hijriMonthLength,
  hijriToIso,
  UMM_AL_QURA_FIRST_YEAR,
  UMM_AL_QURA_LAST_YEAR,
  UMM_AL_QURA_MONTHS,
} from "../../src/metadata/hijri.js";

describe("the Umm al-Qura table", () => {
  it("ends at UMM_AL_QURA_LAST_YEAR (three hex digits, twelve month bits, per year)", () => {
    expect(UMM_AL_QURA_MONTHS.length % 3).toBe(0);
    expect(UMM_AL_QURA_FIRST_YEAR + UMM_AL_QURA_MONTHS.length / 3 - 1).toBe(UMM_AL_QURA_LAST_YEAR);
  });
});

describe("hijriToIso", () => {
  // Days announced by Saudi Arabia (Umm al-Qura) and dated by SPA wires.
  it.each([
    ["25 شوال 1436 (SPA wire)", 1436, 10, 25, "2015-08-10"],
    ["26 شوال 1436 (SPA wire)", 1436, 10, 26, "2015-08-11"],
    ["1 شوال 1436 (Eid al-Fitr)", 1436, 10, 1, "2015-07-17"],
    ["1 رمضان 1445", 1445, 9, 1, "2024-03-11"],
    ["1 شوال 1444 (Eid al-Fitr)", 1444, 10, 1, "2023-04-21"],
    ["10 ذو الحجة 1444 (Eid al-Adha)", 1444, 12, 10, "2023-06-28"],
    ["1 محرم 1446", 1446, 1, 1, "2024-07-07"],
    ["1 محرم 1300 (first year of the table)", 1300, 1, 1, "1882-11-12"],
  ])("%s", (_name, year, month, day, iso) => {
    expect(hijriToIso(year, month, day)).toBe(iso);
  });

  it("falls back to the civil calendar outside the table: 1 Muharram 1 AH is 19 July 622 (proleptic Gregorian)", () => {
    expect(hijriToIso(1, 1, 1)).toBe("0622-07-19");
  });

  it.each([
    ["month 0", 1436, 0, 1],
    ["month 13", 1436, 13, 1],
    ["day 0", 1436, 10, 0],
    ["day 31", 1436, 10, 31],
    ["year 0", 0, 1, 1],
  ])("rejects %s", (_name, year, month, day) => {
    expect(hijriToIso(year, month, day)).toBeNull();
  });

  it("rejects day 30 of a 29-day month and accepts it in a 30-day month", () => {
    for (const year of [1436, 1445]) {
      for (let month = 1; month <= 12; month++) {
        const length = hijriMonthLength(year, month);
        expect([29, 30]).toContain(length);
        expect(hijriToIso(year, month, 30) === null).toBe(length === 29);
      }
    }
  });

  it("gives consecutive Gregorian days across month and year ends", () => {
    const next = (iso: string) =>
      new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (const year of [1299, 1300, 1436, 1600, 1601]) {
      for (let month = 1; month <= 12; month++) {
        const last = hijriToIso(year, month, hijriMonthLength(year, month)) as string;
        const first = month === 12 ? hijriToIso(year + 1, 1, 1) : hijriToIso(year, month + 1, 1);
        expect(first, `${year}-${month}`).toBe(next(last));
      }
    }
  });

  const calendar = (name: string) => {
    try {
      return new Intl.DateTimeFormat(`en-u-ca-${name}`).resolvedOptions().calendar === name;
    } catch {
      return false;
    }
  };
  const hijriOf = (name: string) => {
    const format = new Intl.DateTimeFormat(`en-u-ca-${name}`, {
      day: "numeric",
      month: "numeric",
      year: "numeric",
      timeZone: "UTC",
    });
    return (iso: string) => {
      const parts = Object.fromEntries(
        format.formatToParts(new Date(`${iso}T00:00:00Z`)).map((p) => [p.type, p.value]),
      );
      return [Number(parts.relatedYear ?? parts.year), Number(parts.month), Number(parts.day)];
    };
  };

  it.skipIf(!calendar("islamic-umalqura"))(
    "agrees with ICU's Umm al-Qura calendar on every month of the table",
    () => {
      const toHijri = hijriOf("islamic-umalqura");
      for (let year = UMM_AL_QURA_FIRST_YEAR; year <= UMM_AL_QURA_LAST_YEAR; year++) {
        for (let month = 1; month <= 12; month++) {
          const length = hijriMonthLength(year, month);
          expect(toHijri(hijriToIso(year, month, 1) as string), `${year}-${month}-1`).toEqual([
            year,
            month,
            1,
          ]);
          expect(toHijri(hijriToIso(year, month, length) as string), `${year}-${month}-${length}`).toEqual([
            year,
            month,
            length,
          ]);
        }
      }
    },
  );

  it.skipIf(!calendar("islamic-civil"))("agrees with ICU's civil calendar outside the table", () => {
    const toHijri = hijriOf("islamic-civil");
    for (const year of [2, 700, 1250, 1299, 1601, 1700]) {
      for (const [month, day] of [
        [1, 1],
        [6, 15],
        [12, hijriMonthLength(year, 12)],
      ] as const) {
        expect(toHijri(hijriToIso(year, month, day) as string), `${year}-${month}-${day}`).toEqual([
          year,
          month,
          day,
        ]);
      }
    }
  });
});
