import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.js";
import { readInlineOrigin, readOrigin, readReportersFrom } from "../../src/metadata/dateline.js";
import { looseKey, pageMatchers } from "../../src/metadata/patterns.js";

// Made-up datelines and bylines in the shapes of page-formats.md (round 4 of generalization).

const m = pageMatchers(DEFAULT_LEXICON);
const header = { weakAllowed: true };

/** The fields of an origin as [editor, authors joined with ، , agency, location]. */
function fields(text: string): [string | null, string | null, string | null, string | null] | null {
  const o = readOrigin(text, m, DEFAULT_LEXICON, header);
  return o ? [o.editor, o.authors.length > 0 ? o.authors.join("، ") : null, o.agency, o.location] : null;
}

describe("an agency's initials the lexicon does not know, beside a known place", () => {
  it.each([
    ["PLACE — INITIALS", "الدار البيضاء — ومك", "ومك", "الدار البيضاء"],
    ["INITIALS - PLACE", "ونج - الرياض", "ونج", "الرياض"],
    [
      "PLACE DATE هـ الموافق DATE م INITIALS",
      "الرياض 14 ربيع الأول 1448 هـ الموافق 27 أغسطس 2026 م ونج",
      "ونج",
      "الرياض",
    ],
  ])("%s", (_shape, line, agency, location) => {
    expect(fields(line)).toEqual([null, null, agency, location]);
  });

  it.each([
    ["a word with the article (a place or a noun)", "بيروت - الحمرا"],
    ["a given name", "بيروت - محمد"],
    ["a relative time", "القاهرة - أمس"],
    ["a word too long for initials", "بيروت - الانتخابات"],
  ])("not for %s", (_why, line) => {
    expect(fields(line)?.[2] ?? null).toBeNull();
  });

  it("not on a body line (no weak reading there)", () => {
    expect(readOrigin("الدار البيضاء — ومك", m, DEFAULT_LEXICON, { weakAllowed: false })).toBeNull();
  });
});

describe("reporters with the places they write from (من PLACE: NAME ومن PLACE: NAME)", () => {
  it.each([
    [
      "two reporters, two places",
      "من وهران: سفيان بوزيد ومن تيزي وزو: عادل قاسمي",
      "سفيان بوزيد، عادل قاسمي",
      "وهران، تيزي وزو",
    ],
    ["one reporter with a known given name", "من قسنطينة: محمد بن علي", "محمد بن علي", "قسنطينة"],
  ])("%s", (_shape, line, authors, location) => {
    expect(fields(line)).toEqual([null, authors, null, location]);
  });

  it.each([
    ["a turn of phrase", "من جهته: الوزير"],
    ["a sentence after the colon", "من جهتها: قالت الوزارة إن الخطة جاهزة"],
    ["no colon after the place", "من وهران سفيان بوزيد"],
  ])("not %s", (_why, line) => {
    expect(fields(line)?.[1] ?? null).toBeNull();
  });
});

describe("readReportersFrom", () => {
  it("reads no place with a digit in it", () => {
    expect(readReportersFrom("من الطابق 3: أحمد علي", m)).toBeNull();
  });
});

describe("readInlineOrigin: PLACE: «OUTLET» opening the first paragraph", () => {
  const STORY = "أعلنت الشركة الوطنية للكهرباء عودة التيار إلى أحياء المدينة بعد انقطاع طويل.";
  it.each([
    [
      "a place the lexicon does not know, the masthead in guillemets",
      `بورتسودان: «صدى الخرطوم» ${STORY}`,
      "صدى الخرطوم",
      "بورتسودان",
      "صدى الخرطوم",
    ],
    [
      "a known place, an outlet in double quotes",
      `القاهرة: "الشرق الأوسط" ${STORY}`,
      "الشرق الأوسط",
      "القاهرة",
      undefined,
    ],
  ])("%s", (_shape, text, agency, location, masthead) => {
    const found = readInlineOrigin(text, m, DEFAULT_LEXICON, masthead && looseKey(masthead));
    expect(found?.origin.agency).toBe(agency);
    expect(found?.origin.location).toBe(location);
    expect(
      text
        .slice(0, found?.end)
        .trim()
        .endsWith(text.includes("«") ? "»" : '"'),
    ).toBe(true);
  });

  it.each([
    ["a speaker and a short quotation", `الوزير: «نعم» ${STORY}`],
    ["an unknown place and an unknown phrase", `الحاضرون: «صوت واحد» ${STORY}`],
  ])("not %s", (_why, text) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin.agency ?? null).toBeNull();
  });
});

describe("places the lexicon does not know, each in a reporter's place slot", () => {
  it.each([
    ["NAME (PLACE of two words)", "مراد حمدي (تيزي وزو)", "مراد حمدي", "تيزي وزو"],
    [
      "PLACE - NAME | PLACE - NAME",
      "الناظور - سامي فرج | وجدة - هالة علي",
      "سامي فرج، هالة علي",
      "الناظور، وجدة",
    ],
    [
      "PLACE - NAME / PLACE - NAME",
      "الناظور - سامي فرج / وجدة - هالة علي",
      "سامي فرج، هالة علي",
      "الناظور، وجدة",
    ],
  ])("%s", (_shape, line, authors, location) => {
    expect(fields(line)).toEqual([null, authors, null, location]);
  });

  it.each([
    ["two unknown phrases, one without its reporter", "الناظور - سامي فرج | وجدة - الجديدة"],
    ["a bracket after a phrase with no known given name", "ندوة ثقافية (دار الكتب)"],
  ])("not %s", (_why, line) => {
    expect(fields(line)).toBeNull();
  });
});

describe("readInlineOrigin: an agency's initials opening the first paragraph", () => {
  // Parsing removes tatweel (U+0640) before this stage: `هـ` reaches it as `ه`.
  const STORY = "أطلقت وزارة الصحة اليوم المرحلة الثانية من الحملة الوطنية للتطعيم.";
  it.each([
    [
      "PLACE DATE هـ الموافق DATE م INITIALS",
      `الرياض 14 ربيع الأول 1448 ه الموافق 27 أغسطس 2026 م ونج ${STORY}`,
    ],
    ["PLACE - INITIALS -", `الدار البيضاء - ونج - ${STORY}`],
  ])("%s", (_shape, text) => {
    const found = readInlineOrigin(text, m, DEFAULT_LEXICON);
    expect(found?.origin.agency).toBe("ونج");
    expect(text.slice(0, found?.end)).toContain("ونج");
  });

  it.each([
    ["a verb after the era marker", `الرياض 14 ربيع الأول 1448 ه الموافق 27 أغسطس 2026 م قال ${STORY}`],
    [
      "a verb with و after the era marker",
      `الرياض 14 ربيع الأول 1448 ه الموافق 27 أغسطس 2026 م وقال ${STORY}`,
    ],
    ["a word after a date with no era marker", `الرياض 27 أغسطس 2026 ونج ${STORY}`],
  ])("not %s", (_why, text) => {
    expect(readInlineOrigin(text, m, DEFAULT_LEXICON)?.origin.agency ?? null).toBeNull();
  });
});

describe("readInlineOrigin: NAME- OUTLET- PLACE: with a place the lexicon does not know", () => {
  const STORY = "أقرت الحكومة اليوم خطة جديدة لدعم صغار المزارعين في محافظات الصعيد.";
  it("reads the last phrase as the place when the outlet is known", () => {
    const found = readInlineOrigin(
      `سامي فرج - أخبار الشرق - الناظور: ${STORY}`,
      m,
      DEFAULT_LEXICON,
      looseKey("أخبار الشرق"),
    );
    expect(found?.origin).toMatchObject({
      authors: ["سامي فرج"],
      agency: "أخبار الشرق",
      location: "الناظور",
    });
  });

  it("reads no place when no outlet vouches for the line", () => {
    const found = readInlineOrigin(`سامي فرج - الناظور: ${STORY}`, m, DEFAULT_LEXICON);
    expect(found?.origin.location ?? null).toBeNull();
  });
});
