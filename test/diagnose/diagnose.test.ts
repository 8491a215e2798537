/**
 * Input diagnostics: each warning with its code, message and span, and the inputs that must NOT get it.
 */
import { describe, expect, it } from "vitest";
import { BINARY_JUNK_SHARE, diagnoseInput, HUGE_INPUT, MOJIBAKE_PAIRS } from "../../src/diagnose/index.js";
import { parseArticle } from "../../src/parse.js";
import type { WarningCode } from "../../src/schema.js";

const PROSE = "افتتح الائتلاف الوطني أول مقر له في الداخل السوري بعد ثماني سنوات على الثورة.";
const codes = (text: string, context?: Parameters<typeof diagnoseInput>[1]) =>
  diagnoseInput(text, context).map((w) => w.code);
const warning = (text: string, code: WarningCode, context?: Parameters<typeof diagnoseInput>[1]) =>
  diagnoseInput(text, context).find((w) => w.code === code);

describe("a clean Arabic page gets no warning", () => {
  it.each([
    ["one paragraph", PROSE],
    ["LF lines", `عنوان الخبر\n\n${PROSE}\n`],
    ["CRLF lines only", `عنوان الخبر\r\n\r\n${PROSE}\r\n`],
    ["CR lines only", `عنوان الخبر\r\r${PROSE}\r`],
    ["with tashkeel, tatweel and bidi marks", `\u200fعُنْوَانُ الخبـــر\u200f\n${PROSE}`],
    ["with an emoji (a surrogate pair)", `${PROSE} 😀`],
    ["with a tab and a form feed", `${PROSE}\t\f`],
  ])("%s", (_name, text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe("empty-input", () => {
  it.each([
    ["empty", ""],
    ["spaces and line breaks", "  \n\r\n\t "],
    ["no-break spaces", "\u00a0\u00a0\u202f"],
    ["bidi and zero-width marks", "\u200f\u200e\u202b\u202c\u200b\u2066\u2069\ufeff"],
  ])("%s: reported alone, without a span", (_name, text) => {
    expect(diagnoseInput(text)).toEqual([
      {
        code: "empty-input",
        message: expect.stringMatching(/^The input (is empty|holds no visible text)/),
        span: null,
      },
    ]);
  });

  it("a single visible character is not empty", () => {
    expect(codes(" ا ")).not.toContain("empty-input");
  });
});

describe("no-arabic", () => {
  it.each([
    ["English", "The minister said the meeting was fruitful."],
    ["digits and Arabic punctuation only", "12:16 ، ؟ ٢٠٢٠"],
    ["only tashkeel", "\u064e\u064f\u0650\u0651"],
    ["Persian digits and tatweel", "۱۲۳ ـــ"],
  ])("%s", (_name, text) => {
    expect(warning(text, "no-arabic")).toMatchObject({
      span: null,
      message: expect.stringContaining("no Arabic"),
    });
  });

  it.each([
    ["one Arabic letter among English", "Breaking: ا"],
    ["Arabic presentation forms", "\ufef7\ufe8e"],
    ["Persian letters", "پژوهش"],
  ])("not for %s", (_name, text) => {
    expect(codes(text)).not.toContain("no-arabic");
  });
});

describe("binary-junk", () => {
  it("points at the first control character when they exceed 1% of the text", () => {
    const text = `${PROSE}\u0000\u0001${PROSE}\u0007`;
    const w = warning(text, "binary-junk");
    expect(w?.span).toEqual({ start: PROSE.length, end: PROSE.length + 1 });
    expect(w?.message).toMatch(/^3 of the \d+ visible code units/);
  });

  it("counts U+FFFD, C1 controls and noncharacters as junk", () => {
    expect(codes("\ufffd\ufffd\u0085\uffffابت")).toContain("binary-junk");
  });

  it("stays silent on one stray control character in a long text", () => {
    const text = `${PROSE.repeat(3)}\u0000`;
    expect(1 / text.length).toBeLessThan(BINARY_JUNK_SHARE);
    expect(codes(text)).not.toContain("binary-junk");
  });

  it("recognises UTF-8 Arabic read as Latin-1 or Windows-1252 (mojibake)", () => {
    // "الخبر" encoded as UTF-8 and decoded as Windows-1252.
    const mojibake = new TextDecoder("windows-1252").decode(new TextEncoder().encode("الخبر العاجل"));
    expect(mojibake.startsWith("Ø§")).toBe(true);
    const w = warning(`Title: ${mojibake}`, "binary-junk");
    expect(w?.span).toEqual({ start: 7, end: 9 });
    expect(w?.message).toMatch(/UTF-8 Arabic read as Latin-1 or Windows-1252/);
  });

  it(`needs ${MOJIBAKE_PAIRS} mojibake pairs: a French "Ø" or "Ù" alone is not one`, () => {
    expect(codes("Où est la clé ? Øresund ‰ ØØ")).not.toContain("binary-junk");
  });
});

describe("lone-surrogate", () => {
  it.each([
    ["a high surrogate inside the text", `أ\ud800ب`, 1],
    ["a low surrogate inside the text", `أب\udc00`, 2],
    ["two halves in the wrong order", `أ\udc00\ud800ب`, 1],
  ])("%s", (_name, text, at) => {
    const w = warning(text, "lone-surrogate");
    expect(w?.span).toEqual({ start: at, end: at + 1 });
  });

  it("counts them", () => {
    expect(warning("\ud800أ\ud800", "lone-surrogate")?.message).toMatch(/2 lone UTF-16 surrogates/);
  });

  it("not for a well-formed pair", () => {
    expect(codes(`${PROSE}\ud83d\ude00`)).not.toContain("lone-surrogate");
  });
});

describe("mixed-line-endings", () => {
  it.each([
    ["LF then one CRLF", "أ\nب\nت\r\nث", { start: 5, end: 7 }],
    ["CRLF then one LF", "أ\r\nب\r\nت\nث", { start: 7, end: 8 }],
    ["LF then a lone CR", "أ\nب\rت\nث", { start: 3, end: 4 }],
    ["LF then U+2028", "أ\nب\u2028ت\nث", { start: 3, end: 4 }],
  ])("%s: the span is the first ending of a minority kind", (_name, text, span) => {
    const w = warning(text, "mixed-line-endings");
    expect(w?.span).toEqual(span);
  });

  it("names the counts", () => {
    expect(warning("أ\nب\r\nت\rث", "mixed-line-endings")?.message).toMatch(/CRLF 1, LF 1, CR 1/);
  });

  it.each([
    ["LF", "أ\nب\n\nت"],
    ["CRLF", "أ\r\nب\r\n\r\nت"],
    ["CR", "أ\rب\r\rت"],
  ])("not for %s alone", (_name, text) => {
    expect(codes(text)).not.toContain("mixed-line-endings");
  });
});

describe("huge-input", () => {
  it("above HUGE_INPUT code units, without a span", () => {
    const text = "ا".repeat(HUGE_INPUT + 1);
    expect(warning(text, "huge-input")).toMatchObject({ span: null });
    expect(codes(text.slice(1))).not.toContain("huge-input");
  });
});

describe("truncated", () => {
  it.each([
    ["on a preposition", "وقال المسؤول إن القوات انسحبت من المنطقة الواقعة في", "في"],
    ["on a conjunction", "وأكد الوزير أن الاجتماع كان مثمرا وأن المفاوضات ستستمر و", "و"],
    ["on a complementizer with hamza", "وأوضح المتحدث باسم الحكومة في مؤتمر صحفي أن", "ان"],
    ["on a relative pronoun", "وهذه هي المرة الأولى التي تشهد فيها المدينة اشتباكات التي", "التي"],
    ["on a lone prefix letter", "وجرى تشييع الضحايا في موكب مهيب حضره المئات من أبناء المدينة ب", "ب"],
    ["on a comma", "افتتح الائتلاف الوطني أول مقر له في الداخل السوري الأربعاء،", "،"],
    ["on a colon", "وقال رئيس الائتلاف في كلمة له بالمقر الجديد داخل القرية:", ":"],
    ["on a tatweel", "وقال نائب رئيس الائتلاف في تصريح خاص لـ", "ـ"],
  ])("%s", (_name, text, what) => {
    const w = warning(text, "truncated", { lastParagraph: { start: 0, end: text.length } });
    expect(w?.message).toContain(what);
    const lastWord = text.slice(text.lastIndexOf(" ") + 1);
    expect(w?.span).toEqual({ start: text.length - lastWord.length, end: text.length });
  });

  it("when the input ends inside a character: a trailing high surrogate or U+FFFD", () => {
    expect(warning(`${PROSE} \ud83d`, "truncated")).toMatchObject({
      span: { start: PROSE.length + 1, end: PROSE.length + 2 },
      message: expect.stringContaining("inside a character"),
    });
    expect(codes(`${PROSE} نص\ufffd\n`)).toContain("truncated");
  });

  it.each([
    ["a sentence end", PROSE],
    ["a closing quotation mark", 'وقال الوزير إن "الاجتماع كان مثمرا وسيتبعه اجتماع آخر"'],
    ["a closing guillemet", "وقال الوزير إن «الاجتماع كان مثمرا وسيتبعه اجتماع آخر»"],
    ["a question mark", "فهل تنجح المفاوضات هذه المرة في وقف القتال في المدينة؟"],
    [
      "no final stop but a complete last word",
      "وأكد المتحدث أن المعتصمين سيعودون إلى الميدان حتى تتحقق كافة الأهداف الثورية",
    ],
    ["a word that may end a sentence (بعد)", "ولم تعلن نتائج التحقيق في أسباب الحادث حتى الآن بعد"],
    ["a short label ending on a colon", "اقرأ أيضا:"],
    ["a five-word prompt ending on a preposition", "شارك الخبر مع أصدقائك على"],
    ["a wire end marker", "// انتهى //"],
    ["an agency time", "18:21 ت م"],
  ])("not after %s", (_name, text) => {
    expect(codes(`عنوان\n\n${PROSE}\n${text}\n`)).not.toContain("truncated");
  });

  it.each([
    ["a comma", "الكلمات الدالة: سوريا، إدلب، حلب، دمشق، حمص،"],
    ["a colon", "شارك هذا المقال عبر مواقع التواصل الاجتماعي على:"],
  ])("not on %s when the caller does not say the line is body text", (_name, line) => {
    expect(
      codes(`${PROSE}
${line}`),
    ).not.toContain("truncated");
    expect(
      codes(
        `${PROSE}
${line}`,
        { lastParagraph: { start: PROSE.length + 1, end: PROSE.length + 1 + line.length } },
      ),
    ).toContain("truncated");
  });

  it("on a function word or a tatweel even when the caller does not say where the body is", () => {
    expect(codes("وقال المسؤول إن القوات انسحبت من المنطقة الواقعة في")).toContain("truncated");
    expect(codes("وقال نائب رئيس الائتلاف في تصريح خاص لـ")).toContain("truncated");
  });

  it("reads the last body paragraph when the caller gives it, not trailing furniture", () => {
    const body = "وقال المسؤول إن القوات انسحبت من المنطقة الواقعة في";
    const text = `${body}\nأضف تعليقك\n`;
    expect(codes(text)).not.toContain("truncated");
    expect(codes(text, { lastParagraph: { start: 0, end: body.length } })).toContain("truncated");
    expect(codes(body, { lastParagraph: null })).not.toContain("truncated");
  });
});

describe("diagnoseInput", () => {
  it("throws a TypeError on a non-string", () => {
    expect(() => diagnoseInput(42 as unknown as string)).toThrow(/^text: expected a string, got a number/);
  });

  it("warnings reach the Article, in code order", () => {
    const text = "Hello\u0000\u0001\r\nworld\n\ud800";
    expect(parseArticle(text).warnings.map((w) => w.code)).toEqual([
      "no-arabic",
      "binary-junk",
      "lone-surrogate",
      "mixed-line-endings",
      "truncated",
    ]);
  });

  it("costs one linear pass: 4 MB of mixed input in seconds, not the hours of a quadratic scan", () => {
    const text = `${PROSE}\r\n\u0000\ud800 Ø§`.repeat(40_000);
    const t0 = performance.now();
    diagnoseInput(text);
    // About 0.1 s on an idle machine; the bound leaves room for a loaded CI run.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
