import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IntArrays, pairMarks } from "../../src/quotes/marks.js";
import { tokenize } from "../../src/quotes/text.js";
import { growth, LINEAR_GROWTH } from "./linear.js";

/** The quotations of a text: their inner text, whether they close, and their depth. */
function quotations(text: string): [string, boolean, number][] {
  const tokens = tokenize(text);
  const { quotations: qs } = pairMarks(tokens, text);
  return qs.map((q) => {
    const open = tokens[q.open];
    const close = q.close >= 0 ? tokens[q.close] : undefined;
    const inner = text.slice(open?.end ?? 0, close ? close.start : text.length).trim();
    return [inner, q.close >= 0, q.depth];
  });
}

describe("pairMarks", () => {
  it.each([
    ['قال "نعم" ثم مضى', [["نعم", true, 0]]],
    ["قال «نعم» ثم مضى", [["نعم", true, 0]]],
    ["قال “نعم” ثم مضى", [["نعم", true, 0]]],
    ["قال „نعم“ ثم مضى", [["نعم", true, 0]]],
    ["قال ”نعم” ثم مضى", [["نعم", true, 0]]],
    ["قال ''نعم'' ثم مضى", [["نعم", true, 0]]],
    ["قال 'نعم' ثم مضى", [["نعم", true, 0]]],
    // A mismatched pair still pairs.
    ["قال \"نعم' ثم مضى", [["نعم", true, 0]]],
    // A space inside the marks, and a space before the closer.
    ['وأشار أن " تعتبر المرحلة مهمة ".', [["تعتبر المرحلة مهمة", true, 0]]],
  ] as const)("%s", (text, expected) => {
    expect(quotations(text)).toEqual(expected);
  });

  it('reads a one-letter prefix before a mark as the start of a quotation (لـ"سمارت"، بـ«العمل»)', () => {
    expect(quotations('في تصريح ل"سمارت"، إن "العمل مستمر".')).toEqual([
      ["سمارت", true, 0],
      ["العمل مستمر", true, 0],
    ]);
    expect(quotations("تقضي بـ«البدء بهدنة».")).toEqual([["البدء بهدنة", true, 0]]);
  });

  it("nests a quotation in the same mark inside another", () => {
    expect(quotations('قال: "أطلق عليها العرب "حامل رأس الغول" جهة الشمال".')).toEqual([
      ['أطلق عليها العرب "حامل رأس الغول" جهة الشمال', true, 0],
      ["حامل رأس الغول", true, 1],
    ]);
    expect(quotations("قال «سنبحث ذلك في ‘المجموعة المصغرة’ قريبا».")).toEqual([
      ["سنبحث ذلك في ‘المجموعة المصغرة’ قريبا", true, 0],
      ["المجموعة المصغرة", true, 1],
    ]);
  });

  it("lets a quotation left open run to the end of the paragraph", () => {
    expect(quotations('وأضاف "كفاحنا مستمر في مواجهة الأحداث.')).toEqual([
      ["كفاحنا مستمر في مواجهة الأحداث.", false, 0],
    ]);
  });

  it("closes the « that » closes, ending an inner quotation left open", () => {
    expect(quotations('قال «هذا "خطأ كبير» ثم مضى')).toEqual([
      ['هذا "خطأ كبير', true, 0],
      ["خطأ كبير", true, 1],
    ]);
  });

  it("keeps an apostrophe between letters as part of a word", () => {
    expect(quotations("زار O'Brien المدينة")).toEqual([]);
  });

  it("reports a closer with nothing to close", () => {
    const text = 'تأخرنا كثيرا" وقال آخرون';
    expect(pairMarks(tokenize(text), text).strayCloser).toBe(2);
  });

  it('pairs 1 MB of " and of «» in one pass', () => {
    for (const text of ['"'.repeat(1_000_000), "«»".repeat(500_000)]) {
      const { quotations: qs } = pairMarks(tokenize(text), text);
      expect(qs.length).toBe(500_000);
    }
  });

  it.each([
    ['"', '"'],
    ["«»", "«»"],
    ['"قال', '"قال '],
  ])("grows linearly on runs of %s", { timeout: 60_000 }, (_name, unit) => {
    const ratio = growth((n) => {
      const text = unit.repeat(n);
      pairMarks(tokenize(text), text);
    }, 5_000);
    expect(ratio).toBeLessThan(LINEAR_GROWTH);
  });

  it("gives each token its innermost quotation, as replaying the pairs says", () => {
    // The pairs give the innermost quotation of every token: an opener is inside its own quotation, a closer
    // inside the innermost one still open when it comes (» may close several).
    const piece = fc.constantFrom("قال", "نعم", " ", '"', "«", "»", "“", "”", "'", "''", "،", ".", "(", "ل");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join("");
        const tokens = tokenize(text);
        const { quotations: qs, inside, markOf } = pairMarks(tokens, text);
        const closing = new Array<number>(tokens.length).fill(0);
        for (const q of qs) if (q.close >= 0) closing[q.close] = (closing[q.close] ?? 0) + 1;
        const open: number[] = [];
        const expected = tokens.map((_, i) => {
          const top = open.length > 0 ? (open[open.length - 1] as number) : -1;
          if ((closing[i] ?? 0) > 0) {
            open.length -= closing[i] ?? 0;
            return top;
          }
          const m = markOf[i] ?? -1;
          if (m >= 0 && qs[m]?.open === i) {
            open.push(m);
            return m;
          }
          return top;
        });
        expect(Array.from(inside)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("IntArrays", () => {
  it("gives zeros from a buffer an earlier parse released, and no more than it was asked for", () => {
    const first = new IntArrays(8);
    first.take(8).fill(7);
    first.release();
    // The released buffer (8 integers) serves a smaller request, cleared; past the request, arrays are new.
    const second = new IntArrays(3);
    const taken = second.take(3);
    expect([...taken]).toEqual([0, 0, 0]);
    const beyond = second.take(2);
    expect([...beyond]).toEqual([0, 0]);
    beyond.fill(5);
    expect([...taken]).toEqual([0, 0, 0]);
    // A buffer that is not released is never handed to another parse.
    const third = new IntArrays(3);
    third.take(3).fill(9);
    expect([...new IntArrays(3).take(3)]).toEqual([0, 0, 0]);
  });
});
