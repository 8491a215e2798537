import { describe, expect, it } from "vitest";
import { readPage } from "../../src/metadata/page.js";

describe("readPage", () => {
  it("reads title, dateline and paragraphs with spans in the coordinates of the text given", () => {
    // Tatweel (U+0640) in the words and a no-break space (U+00A0) are normalized away before reading.
    const text =
      "عام / افتتاح معرض الكتـــاب\n\nالرياض - واس\n\nافتتح\u00a0أمير المنطقة معرض الكتاب أمس بمشاركة واسعة.";
    const page = readPage(text);
    expect(page.title?.text).toBe("افتتاح معرض الكتاب");
    expect(text.slice(page.title?.span.start, page.title?.span.end)).toBe("افتتاح معرض الكتـــاب");
    expect(page.dateline).toMatchObject({ agency: "واس", location: "الرياض" });
    expect(text.slice(page.dateline?.span.start, page.dateline?.span.end)).toBe("الرياض - واس");
    const paragraph = page.sections[0]?.paragraphs[0];
    expect(text.slice(paragraph?.span.start, paragraph?.span.end)).toBe(
      "افتتح\u00a0أمير المنطقة معرض الكتاب أمس بمشاركة واسعة.",
    );
    expect(page.blocks.map((b) => b.kind)).toEqual(["title", "dateline", "paragraph"]);
  });

  it("takes lexicon additions", () => {
    const text = "عنوان الخبر هنا\nتطاوين - رويترز\nأعلنت السلطات المحلية اليوم عن خطة جديدة لتطوير المدينة.";
    expect(readPage(text).dateline?.location).toBe("تطاوين");
    const page = readPage(text.replace("رويترز", "وكالة الواحة"), {
      lexicon: { page: { agencies: ["وكالة الواحة"] } },
    });
    expect(page.dateline?.agency).toBe("وكالة الواحة");
  });

  it("throws a TypeError that names a wrong argument", () => {
    expect(() => readPage(42 as unknown as string)).toThrow(TypeError);
    expect(() => readPage("نص", { lexicon: { page: { nope: ["x"] } } })).toThrow(/nope/);
  });
});
