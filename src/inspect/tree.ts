/**
 * The right-hand view: the Article as a tree of collapsible sections (speakers with their quotes, the
 * ticker, metadata, sections, dates, furniture, warnings, the gold comparison) and the raw JSON. Every entry
 * that has a place in the text is a button whose `data-target` names the element of the text view it jumps
 * to.
 */
import type { Article } from "../schema.js";
import { escapeHtml } from "./escape.js";
import type { GoldReview } from "./gold.js";
import { FURNITURE_NAMES, speakerColour } from "./labels.js";
import { attributes, missedLabel, quoteLabel, quoteSpeakerIndex, speakerIndexes } from "./text.js";

/** Text in its own direction (Arabic or Latin) inside the left-to-right tree. */
function bdi(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

function excerpt(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function jump(target: string, content: string, extra: Readonly<Record<string, string>> = {}): string {
  // A link to the fragment scrolls there without script too; the inspector's script centres and flashes it.
  return `<a${attributes({ class: "kb-jump", href: `#${target}`, "data-target": target, ...extra })}>${content}</a>`;
}

/** The most entries one list shows: a huge page keeps a tree that a browser draws at once. */
const MAX_LISTED = 200;

/** The first {@link MAX_LISTED} items, and a last entry that says how many more there are. */
function capped(items: readonly string[]): string {
  if (items.length <= MAX_LISTED) return items.join("");
  const more = items.length - MAX_LISTED;
  return `${items.slice(0, MAX_LISTED).join("")}<li class="kb-more">… ${more} more (all are drawn in the text)</li>`;
}

function details(name: string, count: number | null, body: string, open = true, cls = ""): string {
  const summary = `${escapeHtml(name)}${count === null ? "" : ` <span class="kb-count">${count}</span>`}`;
  return `<details class="kb-node ${cls}"${open ? " open" : ""}><summary>${summary}</summary>${body}</details>`;
}

function row(name: string, value: string | null): string {
  return `<dt>${escapeHtml(name)}</dt><dd>${value === null ? '<span class="kb-null">null</span>' : bdi(value)}</dd>`;
}

function quoteItem(article: Article, q: number, review: GoldReview | undefined): string {
  const quote = article.quotes[q];
  if (quote === undefined) return "";
  const verdict = review?.quotes[q];
  const mark =
    verdict === undefined
      ? ""
      : `<span class="kb-verdict kb-gold-${verdict.kind}" title="${escapeHtml(quoteLabel(article, q, review))}">${
          verdict.kind === "right"
            ? "✓"
            : verdict.kind === "extra"
              ? "extra"
              : `✗ gold: ${escapeHtml(verdict.gold.speaker)}`
        }</span> `;
  const cue = quote.cue === null ? "" : `<b>${bdi(quote.cue)}</b> `;
  const content = `<span class="kb-kind">${quote.kind}</span> ${mark}${cue}${bdi(excerpt(quote.text))}`;
  return `<li>${jump(`kb-q-${q}`, content, { "data-quote": String(q) })}</li>`;
}

function speakersNode(article: Article, review: GoldReview | undefined): string {
  const indexes = speakerIndexes(article);
  const bySpeaker = new Map<number, number[]>();
  article.quotes.forEach((_, q) => {
    const s = quoteSpeakerIndex(article, indexes, q);
    const list = bySpeaker.get(s);
    if (list === undefined) bySpeaker.set(s, [q]);
    else list.push(q);
  });
  const items = article.speakers.map((speaker, s) => {
    const quotes = bySpeaker.get(s) ?? [];
    const target = quotes.length > 0 ? `kb-q-${quotes[0]}` : `kb-s-${s}`;
    const about = [speaker.role, speaker.organization]
      .filter((v) => v !== null)
      .map(bdi)
      .join(" · ");
    const head = jump(target, `<span class="kb-swatch"></span>${bdi(speaker.name)}`, {
      "data-speaker": speaker.name,
    });
    const list = capped(quotes.map((q) => quoteItem(article, q, review)));
    return `<li class="kb-speaker" style="--kb-c:${speakerColour(s)}">${head}${
      about ? ` <span class="kb-role">${about}</span>` : ""
    } <span class="kb-count">${quotes.length}</span><ol>${list}</ol></li>`;
  });
  const orphans = bySpeaker.get(-1) ?? [];
  if (orphans.length > 0) {
    items.push(
      `<li class="kb-speaker" style="--kb-c:${speakerColour(-1)}"><span class="kb-swatch"></span>no speaker <span class="kb-count">${orphans.length}</span><ol>${capped(orphans.map((q) => quoteItem(article, q, review)))}</ol></li>`,
    );
  }
  const body =
    items.length === 0
      ? '<p class="kb-empty">no quotes</p>'
      : `<ul class="kb-speakers">${capped(items)}</ul>`;
  return details("Speakers and quotes", article.quotes.length, body, true, "kb-speakers-node");
}

function metadataNode(article: Article): string {
  const published = article.published ? `${article.published.iso} (${article.published.raw})` : null;
  const rows = [
    row("title", article.title),
    row("editor", article.byline.editor),
    row("author", article.byline.author),
    row("agency", article.dateline?.agency ?? null),
    row("location", article.dateline?.location ?? null),
    row("published", published),
  ].join("");
  return details("Metadata", null, `<dl class="kb-meta">${rows}</dl>`);
}

function tickerNode(article: Article): string {
  if (article.ticker.length === 0) return details("Ticker", 0, '<p class="kb-empty">no ticker</p>', false);
  const items = article.ticker.map((item, i) => {
    const when = [item.time, item.source]
      .filter((v) => v !== null)
      .map(bdi)
      .join(" · ");
    return `<li>${jump(`kb-t-${i}`, `${when ? `<span class="kb-when">${when}</span> ` : ""}${bdi(item.text)}`)}</li>`;
  });
  return details("Ticker", article.ticker.length, `<ol class="kb-ticker">${capped(items)}</ol>`);
}

function sectionsNode(article: Article): string {
  const items = article.sections.map((section) => {
    const name =
      section.heading === null ? '<span class="kb-null">opening section</span>' : bdi(section.heading);
    const count = `<span class="kb-count">${section.paragraphs.length} ¶</span>`;
    return `<li>${name} ${count}</li>`;
  });
  return details("Sections", article.sections.length, `<ol class="kb-sections">${capped(items)}</ol>`, false);
}

function datesNode(article: Article): string {
  const items = article.dates.map(
    (d, i) =>
      `<li>${jump(`kb-d-${i}`, `<code>${escapeHtml(d.iso ?? "unresolved")}</code> ${bdi(d.raw)}`)}</li>`,
  );
  return details("Dates", article.dates.length, `<ol>${capped(items)}</ol>`, false);
}

function furnitureNode(article: Article): string {
  const items = article.furniture.map(
    (f) =>
      `<li><span class="kb-kind">${escapeHtml(FURNITURE_NAMES[f.kind])}</span> ${bdi(excerpt(f.text, 60))}</li>`,
  );
  return details("Furniture", article.furniture.length, `<ul>${capped(items)}</ul>`, false);
}

function warningsNode(article: Article): string {
  const items = article.warnings.map(
    (w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`,
  );
  return details(
    "Warnings",
    article.warnings.length,
    `<ul>${capped(items)}</ul>`,
    article.warnings.length > 0,
  );
}

function goldNode(review: GoldReview): string {
  const found = review.score.counts["quotes found"];
  const speaker = review.score.counts["quotes with right speaker"];
  const figure = (name: string, c: { tp: number; fp: number; fn: number }) =>
    `<li>${escapeHtml(name)}: <b>${c.tp}</b> right, <b>${c.fp}</b> extra, <b>${c.fn}</b> missed</li>`;
  const missed = review.missed.map(
    (g, i) =>
      `<li>${jump(`kb-miss-${i}`, `${bdi(missedLabel(g))} <span class="kb-kind">${g.kind}</span>`)}</li>`,
  );
  const differences = review.score.misses.map((m) => `<li>${bdi(m)}</li>`);
  const body = [
    `<ul class="kb-gold-figures">${figure("quotes found", found)}${figure("quotes with the right speaker", speaker)}</ul>`,
    missed.length > 0 ? `<p>Missed quotes</p><ol class="kb-missed-list">${capped(missed)}</ol>` : "",
    differences.length > 0
      ? `<details><summary>Every difference from the gold <span class="kb-count">${differences.length}</span></summary><ul class="kb-differences">${capped(differences)}</ul></details>`
      : '<p class="kb-empty">no difference from the gold</p>',
  ].join("");
  return details("Gold", null, body, true, "kb-gold-node");
}

function jsonNode(article: Article, json: boolean): string {
  const text = json ? escapeHtml(JSON.stringify(article, null, 2)) : "";
  return `<details class="kb-node kb-json-node"${json ? "" : " data-lazy-json"}><summary>JSON</summary><button type="button" class="kb-copy" data-copy="kb-json">Copy</button><pre class="kb-json" id="kb-json" dir="ltr">${text}</pre></details>`;
}

/** Options of {@link renderArticleTree}. */
export interface TreeOptions {
  /**
   * Whether the JSON node holds the Article's JSON (default). `false` leaves its `pre#kb-json` empty and
   * marks the node `data-lazy-json`, for a page that fills it only when it is opened.
   */
  readonly json?: boolean;
}

/** The Article as a tree (`div.kb-tree`), with the gold comparison first when there is one. */
export function renderArticleTree(article: Article, review?: GoldReview, options: TreeOptions = {}): string {
  return `<div class="kb-tree" dir="rtl" lang="ar">${[
    review ? goldNode(review) : "",
    speakersNode(article, review),
    tickerNode(article),
    metadataNode(article),
    sectionsNode(article),
    datesNode(article),
    furnitureNode(article),
    warningsNode(article),
    jsonNode(article, options.json ?? true),
  ].join("")}</div>`;
}
