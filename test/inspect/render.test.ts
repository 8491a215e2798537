import { describe, expect, it } from "vitest";
import { renderInspectorHtml, renderInspectorParts } from "../../src/inspect/index.js";
import { parseArticle } from "../../src/parse.js";
import { MADE_UP_PAGES, SEED, SEED_GOLD } from "./fixtures.js";
import { findAll, hasClass, parseHtml, textOf } from "./html.js";

const seedArticle = parseArticle(SEED);

describe("renderInspectorHtml", () => {
  const html = renderInspectorHtml(SEED, seedArticle, { name: "000-seed.txt" });
  const root = parseHtml(html);

  it("is one well-formed document that loads nothing from outside", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(findAll(root, (n) => n.tag === "link" || n.tag === "img" || n.tag === "iframe")).toEqual([]);
    expect(findAll(root, (n) => n.tag === "script" && n.attrs.src !== undefined)).toEqual([]);
    expect(html).not.toMatch(/https?:\/\//);
    expect(findAll(root, (n) => n.tag === "style")).toHaveLength(1);
  });

  it("holds the page text, right to left, and the Article's JSON", () => {
    const [textView] = findAll(
      root,
      (n) => hasClass(n, "kb-text") && n.attrs.lang === "ar" && textOf(n).length > 100,
    );
    expect(textView?.attrs.dir).toBe("rtl");
    expect(textOf(textView!)).toBe(SEED);
    const [json] = findAll(root, (n) => n.attrs.id === "kb-json");
    expect(JSON.parse(textOf(json!))).toEqual(seedArticle);
  });

  it("links every tree entry to an element of the text view", () => {
    const ids = new Set(findAll(root, (n) => n.attrs.id !== undefined).map((n) => n.attrs.id));
    const targets = findAll(root, (n) => n.attrs["data-target"] !== undefined).map(
      (n) => n.attrs["data-target"],
    );
    // 4 speakers, 11 quotes, 10 ticker items, 1 date.
    expect(targets).toHaveLength(4 + 11 + 10 + 1);
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    const speakers = findAll(root, (n) => hasClass(n, "kb-speaker"));
    expect(speakers.map((n) => n.children.length > 0 && textOf(n).split(" ")[0])).toHaveLength(4);
  });

  it("escapes the page name", () => {
    const page = renderInspectorHtml("نص", parseArticle("نص"), { name: "</title><script>x()</script>" });
    expect(page).not.toContain("<script>x()");
    expect(textOf(findAll(parseHtml(page), (n) => n.tag === "title")[0]!)).toBe(
      "khabar inspect · </title><script>x()</script>",
    );
  });

  it("shows the gold figures and legend only with a gold", () => {
    expect(html).not.toContain(`class="kb-node kb-gold-node"`);
    expect(html).not.toContain("gold quote missed");
    const withGold = renderInspectorHtml(SEED, seedArticle, { gold: SEED_GOLD });
    expect(withGold).toContain(`class="kb-node kb-gold-node"`);
    expect(withGold).toContain("gold quote missed");
  });
});

describe("renderInspectorParts", () => {
  it("summarises the seed page", () => {
    const parts = renderInspectorParts(SEED, seedArticle, SEED_GOLD);
    expect(parts.summary).toMatch(
      /^10 ticker items · 2 headings · \d+ paragraphs · 11 quotes · 4 speakers · /,
    );
    expect(parts.summary).toMatch(/gold: 11 right, 0 extra, 0 missed$/);
  });

  it("leaves the JSON for later when asked", () => {
    const parts = renderInspectorParts(SEED, seedArticle, undefined, { json: false });
    const [json] = findAll(parseHtml(parts.tree), (n) => n.attrs.id === "kb-json");
    expect(textOf(json!)).toBe("");
  });

  it.each(MADE_UP_PAGES.map((p) => [p.name, p] as const))("draws %s with its gold", (_, page) => {
    const article = parseArticle(page.text);
    const parts = renderInspectorParts(page.text, article, page.gold);
    expect(textOf(parseHtml(parts.text))).toBe(page.text);
    const tree = parseHtml(parts.tree);
    expect(findAll(tree, (n) => hasClass(n, "kb-gold-node"))).toHaveLength(1);
  });

  it("lists at most 200 entries per list, saying how many more", () => {
    const line = "خبر عاجل عن الطقس (مصدر) - 10:30 ";
    const text = `الأخبار العاجلة\n${line.repeat(450)}\n\nقال الوزير إن الاجتماع كان مثمرا.`;
    const article = parseArticle(text);
    expect(article.ticker.length).toBeGreaterThan(200);
    const tree = parseHtml(renderInspectorParts(text, article).tree);
    const [ticker] = findAll(tree, (n) => hasClass(n, "kb-ticker"));
    expect(ticker?.children).toHaveLength(201);
    expect(textOf(ticker!)).toContain(`… ${article.ticker.length - 200} more`);
  });
});
