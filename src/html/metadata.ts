/**
 * What a news page's markup says about the article besides its text: `<title>`, `<meta>` tags (Open Graph,
 * Twitter cards, `article:*`, schema.org microdata), JSON-LD and the document's `lang`/`dir`.
 */
import { Parser } from "htmlparser2";

/** What the markup of a page declares about it. Every field is `null` when the page does not declare it. */
export interface HtmlMetadata {
  /** The document title from `<title>`, white space collapsed; often carries the site's name too. */
  readonly title: string | null;
  /** The headline declared for sharing: `og:title`, else `twitter:title`, else JSON-LD `headline`. */
  readonly headline: string | null;
  /** `<meta name="description">`, else `og:description`, else `twitter:description`. */
  readonly description: string | null;
  /**
   * The publication timestamp as written: `article:published_time`, else a `datePublished` microdata
   * property, else `pubdate`/`publishdate`, else JSON-LD `datePublished`.
   */
  readonly publishedTime: string | null;
  /** `og:site_name`, else `application-name`, else the JSON-LD publisher's name. */
  readonly siteName: string | null;
  /** The `lang` attribute of `<html>`, e.g. `ar` or `ar-EG`. */
  readonly lang: string | null;
  /** The `dir` attribute of `<html>` (else of `<body>`), when it is `rtl`, `ltr` or `auto`. */
  readonly dir: "rtl" | "ltr" | "auto" | null;
}

/**
 * The `<meta>` names (from `name`, `property` or `itemprop`, lower-cased) read for each field, in order of
 * preference. Elements other than `<meta>` count too when they carry `itemprop` and `content` or `datetime`.
 */
export const META_KEYS = {
  /** Sharing headline. */
  headline: ["og:title", "twitter:title"],
  /** Summary. */
  description: ["description", "og:description", "twitter:description"],
  /** Publication timestamp. */
  publishedTime: [
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
  ],
  /** Name of the site. */
  siteName: ["og:site_name", "application-name"],
} as const;

/** JSON-LD nests objects in `@graph`, arrays and sub-objects; deeper than this holds nothing we read. */
const JSON_LD_MAX_DEPTH = 6;

/** The fields a JSON-LD block can supply. */
interface JsonLdFields {
  headline: string | null;
  datePublished: string | null;
  publisherName: string | null;
}

function collapseSpace(text: string): string | null {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += text[i];
  }
  return out.length > 0 ? out : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? collapseSpace(value) : null;
}

function readJsonLd(node: unknown, fields: JsonLdFields, depth: number): void {
  if (depth > JSON_LD_MAX_DEPTH || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) readJsonLd(item, fields, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  fields.headline ??= stringOrNull(obj.headline);
  fields.datePublished ??= stringOrNull(obj.datePublished);
  const publisher = obj.publisher;
  if (publisher !== null && typeof publisher === "object" && !Array.isArray(publisher)) {
    fields.publisherName ??= stringOrNull((publisher as Record<string, unknown>).name);
  }
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"]) {
    if (key in obj) readJsonLd(obj[key], fields, depth + 1);
  }
}

/**
 * Collects metadata from parser events. The HTML-to-text pass feeds it the same events it reads, so a page
 * is parsed once for both.
 */
export class MetadataCollector {
  private readonly meta = new Map<string, string>();
  private title: string | null = null;
  private titleText: string[] | null = null;
  private lang: string | null = null;
  private dir: string | null = null;
  private bodyDir: string | null = null;
  private seenHtml = false;
  private readonly jsonLd: string[] = [];
  private jsonLdText: string[] | null = null;

  /** An element opened; `foreign` is true inside `<svg>` or `<math>`, whose `<title>` is not the page's. */
  open(name: string, attribs: Record<string, string>, foreign: boolean): void {
    if (name === "meta" || attribs.itemprop !== undefined) this.readMeta(name, attribs);
    if (name === "html" && !this.seenHtml) {
      this.seenHtml = true;
      this.lang = collapseSpace(attribs.lang ?? "");
      this.dir = attribs.dir ?? null;
    } else if (name === "body" && this.bodyDir === null) {
      this.bodyDir = attribs.dir ?? null;
    } else if (name === "title" && !foreign && this.title === null && this.titleText === null) {
      this.titleText = [];
    } else if (name === "script" && (attribs.type ?? "").toLowerCase().includes("ld+json")) {
      this.jsonLdText = [];
    }
  }

  /** Text inside the current element. */
  text(data: string): void {
    if (this.titleText) this.titleText.push(data);
    else if (this.jsonLdText) this.jsonLdText.push(data);
  }

  /** An element closed. */
  close(name: string): void {
    if (name === "title" && this.titleText) {
      this.title = collapseSpace(this.titleText.join("")) ?? "";
      this.titleText = null;
    } else if (name === "script" && this.jsonLdText) {
      this.jsonLd.push(this.jsonLdText.join(""));
      this.jsonLdText = null;
    }
  }

  private readMeta(name: string, attribs: Record<string, string>): void {
    const value = attribs.content ?? (name === "time" ? attribs.datetime : undefined);
    if (value === undefined) return;
    const content = collapseSpace(value);
    if (content === null) return;
    for (const attr of ["property", "name", "itemprop"] as const) {
      const key = attribs[attr]?.trim().toLowerCase();
      if (key && !this.meta.has(key)) this.meta.set(key, content);
    }
  }

  private first(keys: readonly string[]): string | null {
    for (const key of keys) {
      const value = this.meta.get(key);
      if (value !== undefined) return value;
    }
    return null;
  }

  /** The metadata of everything seen. */
  result(): HtmlMetadata {
    const fields: JsonLdFields = { headline: null, datePublished: null, publisherName: null };
    for (const block of this.jsonLd) {
      try {
        readJsonLd(JSON.parse(block), fields, 0);
      } catch {
        // A broken JSON-LD block is common on real pages and says nothing usable.
      }
    }
    const dir = (this.dir ?? this.bodyDir)?.trim().toLowerCase();
    return {
      title: this.title || null,
      headline: this.first(META_KEYS.headline) ?? fields.headline,
      description: this.first(META_KEYS.description),
      publishedTime: this.first(META_KEYS.publishedTime) ?? fields.datePublished,
      siteName: this.first(META_KEYS.siteName) ?? fields.publisherName,
      lang: this.lang,
      dir: dir === "rtl" || dir === "ltr" || dir === "auto" ? dir : null,
    };
  }
}

/**
 * Reads what the markup of a page declares about it: title, headline, description, publication time, site
 * name, language and direction. Never throws on a string; missing fields are `null`.
 *
 * @param html - The page's HTML.
 * @example
 * ```ts
 * readHtmlMetadata('<html lang="ar" dir="rtl"><head><meta property="og:site_name" content="الموقع">').siteName;
 * //=> "الموقع"
 * ```
 */
export function readHtmlMetadata(html: string): HtmlMetadata {
  const collector = new MetadataCollector();
  let foreign = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        collector.open(name, attribs, foreign > 0);
        if (name === "svg" || name === "math") foreign++;
      },
      ontext(data) {
        collector.text(data);
      },
      onclosetag(name) {
        if ((name === "svg" || name === "math") && foreign > 0) foreign--;
        collector.close(name);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return collector.result();
}
