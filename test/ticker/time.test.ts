import { describe, expect, it } from "vitest";
import { tickerPatterns } from "../../src/ticker/patterns.js";
import { dayOffsets, readTimeAt, readTimeEndingAt, toClock } from "../../src/ticker/time.js";

const patterns = tickerPatterns();

describe("toClock", () => {
  it.each<[number, number, "am" | "pm" | null, string | null]>([
    [9, 5, null, "09:05"],
    [0, 0, null, "00:00"],
    [23, 59, null, "23:59"],
    [24, 0, null, null],
    [10, 60, null, null],
    [1, 30, "pm", "13:30"],
    [11, 59, "pm", "23:59"],
    [12, 5, "pm", "12:05"],
    [12, 10, "am", "00:10"],
    [9, 15, "am", "09:15"],
    [13, 0, "pm", null],
    [0, 30, "am", null],
  ])("%d:%d %s → %s", (h, m, half, expected) => {
    expect(toClock(h, m, half)).toBe(expected);
  });
});

describe("readTimeAt", () => {
  it.each<[string, string, number]>([
    ["12:16", "12:16", 5],
    ["9:05 خبر", "09:05", 4],
    ["08:48 19 حالة", "08:48", 5],
    ["١٠:٢٥", "10:25", 5],
    ["۰۹:۴۰", "09:40", 5],
    ["١٠:٢٥ م", "22:25", 7],
    ["10:30م", "22:30", 6],
    ["10:30 مساءً", "22:30", 11],
    ["10:30 صباحا قال", "10:30", 11],
    ["12:10 ص", "00:10", 7],
    ["10:30 مقتل", "10:30", 5],
    ["10:25: مقتل", "10:25", 5],
  ])("%s", (text, clock, end) => {
    expect(readTimeAt(text, 0, text.length, patterns)).toEqual({ start: 0, end, clock });
  });

  it.each([
    ["a three-digit hour", "123:45"],
    ["one minute digit", "10:5"],
    ["seconds", "12:30:45"],
    ["seconds in Arabic-Indic digits", "١٢:٣٠:٤٥"],
    ["hours past 23", "25:10"],
    ["minutes past 59", "10:75"],
    ["a ratio inside a number", "1:2"],
    ["no colon", "1030"],
  ])("rejects %s", (_name, text) => {
    expect(readTimeAt(text, 0, text.length, patterns)).toBeNull();
  });

  it("rejects a time that continues a longer run of digits and colons", () => {
    expect(readTimeAt("12:30:45", 3, 8, patterns)).toBeNull();
  });
});

describe("readTimeEndingAt", () => {
  it.each<[string, string | null]>([
    ["خبر - 10:25", "10:25"],
    ["خبر - 1:25", "01:25"],
    ["خبر - ١٠:٢٥ م", "22:25"],
    ["خبر - 10:25 ص", "10:25"],
    ["خبر مهم", null],
    ["خبر 10:25 مهم", null],
    ["رقم 12:30:45", null],
  ])("%s → %s", (text, clock) => {
    expect(readTimeEndingAt(text, text.length, 0, patterns)?.clock ?? null).toBe(clock);
  });
});

describe("dayOffsets", () => {
  const entry = (time: string | null, day: number | null = null) => ({ time, day });
  it.each<[string, ReturnType<typeof entry>[], number[]]>([
    ["no times", [entry(null), entry(null)], [0, 0]],
    ["one day, newest first", [entry("12:16"), entry("10:25"), entry("08:48")], [0, 0, 0]],
    ["newest first across midnight", [entry("00:10"), entry("23:50"), entry("22:00")], [0, -1, -1]],
    [
      "the seed's times",
      ["12:16", "10:25", "10:24", "08:48", "18:54", "16:51", "11:45", "11:18", "11:09", "09:58"].map((t) =>
        entry(t),
      ),
      [0, 0, 0, 0, -1, -1, -1, -1, -1, -1],
    ],
    ["oldest first across midnight", [entry("22:00"), entry("23:50"), entry("00:10")], [-1, -1, 0]],
    ["equal times are one day", [entry("10:00"), entry("10:00"), entry("09:00")], [0, 0, 0]],
    ["day words win", [entry("09:13", 0), entry("08:50", 0), entry("23:10", -1)], [0, 0, -1]],
    ["an item without time keeps the day before", [entry("00:10"), entry("23:50"), entry(null)], [0, -1, -1]],
  ])("%s", (_name, entries, expected) => {
    expect(dayOffsets(entries)).toEqual(expected);
  });

  it("never gives a positive offset or -0", () => {
    const offsets = dayOffsets([
      { time: "00:10", day: null },
      { time: "00:05", day: null },
    ]);
    for (const d of offsets) {
      expect(d).toBeLessThanOrEqual(0);
      expect(Object.is(d, -0)).toBe(false);
    }
  });
});
