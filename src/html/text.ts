/**
 * HTML to text the way a browser's `innerText` computes it (HTML standard, "rendered text collection
 * steps"), streamed from htmlparser2's events without building a DOM: block elements and `<br>` break
 * lines, `<p>` leaves a blank line, table cells are joined by tabs, white space collapses as CSS
 * `white-space: normal` says, and unrendered content (scripts, styles, templates, `hidden` elements,
 * `display: none`, `visibility: hidden`, closed `<details>`) is skipped. Style sheets are not evaluated:
 * only the user-agent defaults and inline `style` attributes count.
 */
import { Parser } from "htmlparser2";
import {
  BLOCK_ELEMENTS,
  INLINE_BLOCK_ELEMENTS,
  LEADING_NEWLINE_ELEMENTS,
  PREFORMATTED_ELEMENTS,
  SVG_TEXT_ELEMENTS,
  SVG_UNRENDERED_ELEMENTS,
  UNRENDERED_ELEMENTS,
} from "./elements.js";
import { type HtmlMetadata, MetadataCollector } from "./metadata.js";

/** A half-open range of UTF-16 code units. */
export interface HtmlRange {
  /** Offset of the first code unit in the HTML. */
  readonly start: number;
  /** Offset one past the last code unit in the HTML. */
  readonly end: number;
}

/** The rendered text of a page, what its markup declares, and the way back from the text to the markup. */
export interface HtmlText {
  /** The text as `document.body.innerText` would give it: lines separated by U+000A. */
  readonly text: string;
  /** What the markup declares about the page (same as {@link readHtmlMetadata}). */
  readonly metadata: HtmlMetadata;
  /**
   * The range of the HTML source that produced the text range `[start, end)`: a span of an Article parsed
   * from `text` mapped back into the markup. Line breaks made by tags map to the tag.
   */
  toHtml(start: number, end: number): HtmlRange;
}

type WhiteSpace = "normal" | "pre" | "pre-line";

/** Where a frame stands in SVG: outside it, inside it without painted text, or inside a `<text>`. */
type SvgContext = "none" | "graphics" | "text";

interface TableState {
  rows: number;
}
interface RowState {
  cells: number;
}

/** One open element and what it passes on to its children. */
interface Frame {
  readonly name: string;
  /** Not rendered at all (`display: none` or an unrendered element): nothing inside counts. */
  readonly hidden: boolean;
  /** `visibility: hidden`: the element's own text and breaks do not count, a visible descendant's do. */
  readonly invisible: boolean;
  /** The required line break count before and after the element. */
  readonly breaks: number;
  readonly whiteSpace: WhiteSpace;
  readonly svg: SvgContext;
  readonly table: TableState | null;
  readonly row: RowState | null;
  readonly cell: boolean;
  readonly inlineBlock: boolean;
  /** A closed `<details>`: only its first `<summary>` child is rendered. */
  readonly closedDetails: { summarySeen: boolean } | null;
}

const ROOT: Frame = {
  name: "#root",
  hidden: false,
  invisible: false,
  breaks: 0,
  whiteSpace: "normal",
  svg: "none",
  table: null,
  row: null,
  cell: false,
  inlineBlock: false,
  closedDetails: null,
};

/** The declarations of an inline `style` attribute that change what `innerText` sees. */
interface InlineStyle {
  display?: string;
  visibility?: string;
  whiteSpace?: string;
}

/** Reads `display`, `visibility` and `white-space` from a `style` attribute; the last declaration wins. */
export function readInlineStyle(style: string | undefined): InlineStyle {
  const out: InlineStyle = {};
  if (!style) return out;
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    let value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const important = value.indexOf("!");
    if (important >= 0) value = value.slice(0, important).trim();
    if (property === "display") {
      // `display: block flow` and other two-value forms: the outer display type comes first.
      const space = value.indexOf(" ");
      out.display = space < 0 ? value : value.slice(0, space);
    } else if (property === "visibility") out.visibility = value;
    else if (property === "white-space") out.whiteSpace = value;
  }
  return out;
}

/** Collapsible white space of CSS: space, tab, line feed, carriage return, form feed (not U+00A0). */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

const BLOCK_DISPLAYS: ReadonlySet<string> = new Set([
  "block",
  "flex",
  "grid",
  "list-item",
  "table",
  "flow-root",
  "table-caption",
]);
const INLINE_BLOCK_DISPLAYS: ReadonlySet<string> = new Set([
  "inline-block",
  "inline-flex",
  "inline-grid",
  "inline-table",
]);

/** Builds the text and the offset map while the parser runs. */
class TextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  /** Output offset, source start and source end (-1 for a range that maps code unit to code unit). */
  private readonly segOut: number[] = [];
  private readonly segSrc: number[] = [];
  private readonly segSrcEnd: number[] = [];
  /** The largest required line break count since the last content, and where it was required. */
  private pendingBreaks = 0;
  private breakSrc = 0;
  private pendingSpace = false;
  private spaceSrc = 0;
  /** Whether the current line has content, so that a collapsed space may go before the next word. */
  private lineHasContent = false;
  /** Inside an inline-block before its first content: leading white space is dropped. */
  suppressSpace = false;

  private push(str: string, src: number, srcEnd: number): void {
    const last = this.segOut.length - 1;
    const continues =
      srcEnd < 0 &&
      last >= 0 &&
      this.segSrcEnd[last] === -1 &&
      (this.segSrc[last] as number) + (this.length - (this.segOut[last] as number)) === src;
    if (!continues) {
      this.segOut.push(this.length);
      this.segSrc.push(src);
      this.segSrcEnd.push(srcEnd);
    }
    this.chunks.push(str);
    this.length += str.length;
  }

  /** Appends rendered content; `srcEnd` is -1 when `str` is a verbatim copy of the source at `src`. */
  content(str: string, src: number, srcEnd: number): void {
    if (this.pendingBreaks > 0) {
      if (this.length > 0) this.push("\n".repeat(this.pendingBreaks), this.breakSrc, this.breakSrc);
      this.pendingBreaks = 0;
      this.lineHasContent = false;
      this.pendingSpace = false;
    }
    if (this.pendingSpace) {
      if (this.lineHasContent) this.push(" ", this.spaceSrc, -1);
      this.pendingSpace = false;
    }
    this.push(str, src, srcEnd);
    this.suppressSpace = false;
    const lastCode = str.charCodeAt(str.length - 1);
    this.lineHasContent = lastCode !== 0x0a && lastCode !== 0x09;
  }

  /** A forced line break (`<br>`, a preserved newline): trailing white space before it is dropped. */
  lineBreak(src: number, srcEnd: number): void {
    this.pendingSpace = false;
    this.content("\n", src, srcEnd);
  }

  /** A cell separator or other boundary of a line box: white space around it is dropped. */
  boundary(): void {
    this.pendingSpace = false;
  }

  space(src: number): void {
    if (this.pendingSpace || this.suppressSpace) return;
    this.pendingSpace = true;
    this.spaceSrc = src;
  }

  requireBreaks(count: number, src: number): void {
    this.pendingSpace = false;
    if (count > this.pendingBreaks) {
      this.pendingBreaks = count;
      this.breakSrc = src;
    }
  }

  finish(): { text: string; toHtml: (start: number, end: number) => HtmlRange } {
    const text = this.chunks.join("");
    const { segOut, segSrc, segSrcEnd } = this;
    const segmentAt = (offset: number): number => {
      let lo = 0;
      let hi = segOut.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((segOut[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const sourceOf = (offset: number): HtmlRange => {
      const k = segmentAt(offset);
      const src = segSrc[k] ?? 0;
      const srcEnd = segSrcEnd[k] ?? -1;
      if (srcEnd >= 0) return { start: src, end: srcEnd };
      const at = src + offset - (segOut[k] ?? 0);
      return { start: at, end: at + 1 };
    };
    const toHtml = (start: number, end: number): HtmlRange => {
      if (segOut.length === 0) return { start: 0, end: 0 };
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      if (e === s) {
        const point = s < text.length ? sourceOf(s).start : sourceOf(text.length - 1).end;
        return { start: point, end: point };
      }
      return { start: sourceOf(s).start, end: sourceOf(e - 1).end };
    };
    return { text, toHtml };
  }
}

/**
 * Turns HTML into the text a browser shows for it (`document.body.innerText`), and collects the page's
 * metadata in the same pass. Lines are separated by U+000A; a `<p>` is surrounded by blank lines; table
 * cells are separated by U+0009; `&nbsp;` stays U+00A0. Never throws on a string.
 *
 * @param html - The page's HTML, a whole document or a fragment.
 * @returns The text, the metadata and a map from text offsets back to HTML offsets.
 * @example
 * ```ts
 * htmlToText("<p>قال <a href='#'>الوزير</a> إن&nbsp;الاجتماع</p><script>x()</script>").text;
 * //=> "قال الوزير إن\u00a0الاجتماع"
 * ```
 */
export function htmlToText(html: string): HtmlText {
  const out = new TextBuilder();
  const metadata = new MetadataCollector();
  const stack: Frame[] = [ROOT];
  let skipLeadingNewline = false;
  const top = (): Frame => stack[stack.length - 1] as Frame;

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        skipLeadingNewline = false;
        const parent = top();
        const src = parser.startIndex;
        metadata.open(name, attribs, parent.svg !== "none");
        const style = readInlineStyle(attribs.style);
        let hidden = parent.hidden;
        if (parent.closedDetails) {
          if (name === "summary" && !parent.closedDetails.summarySeen)
            parent.closedDetails.summarySeen = true;
          else hidden = true;
        }
        let svg = parent.svg;
        if (name === "svg" && svg === "none") svg = "graphics";
        else if (svg !== "none") {
          if (name === "foreignObject") svg = "none";
          else if (SVG_UNRENDERED_ELEMENTS.has(name) || attribs.display === "none") hidden = true;
          else if (SVG_TEXT_ELEMENTS.has(name)) svg = "text";
        }
        const display = style.display;
        if (display === "none") hidden = true;
        else if (display === undefined && svg === "none") {
          if (UNRENDERED_ELEMENTS.has(name) || attribs.hidden !== undefined) hidden = true;
          if (name === "dialog" && attribs.open === undefined) hidden = true;
        }
        const invisible =
          style.visibility === undefined
            ? parent.invisible
            : style.visibility === "hidden" || style.visibility === "collapse";
        const blockLevel =
          display === undefined ? svg === "none" && BLOCK_ELEMENTS.has(name) : BLOCK_DISPLAYS.has(display);
        const inTable = parent.table !== null;
        const isRow = display === undefined ? name === "tr" && inTable : display === "table-row";
        const isCell =
          display === undefined
            ? (name === "td" || name === "th") && parent.row !== null
            : display === "table-cell";
        const whiteSpace: WhiteSpace =
          style.whiteSpace === undefined
            ? PREFORMATTED_ELEMENTS.has(name)
              ? "pre"
              : parent.whiteSpace
            : style.whiteSpace === "pre" ||
                style.whiteSpace === "pre-wrap" ||
                style.whiteSpace === "break-spaces"
              ? "pre"
              : style.whiteSpace === "pre-line"
                ? "pre-line"
                : "normal";
        const inlineBlock =
          display === undefined ? INLINE_BLOCK_ELEMENTS.has(name) : INLINE_BLOCK_DISPLAYS.has(display);
        const frame: Frame = {
          name,
          hidden,
          invisible,
          // Chromium lays out an SVG <text> as a block of its own, so its text is a line of its own.
          breaks: name === "p" ? 2 : blockLevel || (svg === "text" && parent.svg !== "text") ? 1 : 0,
          whiteSpace,
          svg,
          table: name === "table" || display === "table" ? { rows: 0 } : parent.table,
          row: isRow ? { cells: 0 } : name === "table" ? null : parent.row,
          cell: isCell,
          inlineBlock,
          closedDetails: name === "details" && attribs.open === undefined ? { summarySeen: false } : null,
        };
        stack.push(frame);
        if (hidden || invisible) return;
        if (frame.breaks > 0) out.requireBreaks(frame.breaks, src);
        if (isRow && parent.table) {
          if (parent.table.rows++ > 0) out.lineBreak(src, src);
        } else if (isCell && parent.row) {
          out.boundary();
          if (parent.row.cells++ > 0) out.content("\t", src, src);
        }
        if (inlineBlock) out.suppressSpace = true;
        if (name === "br") out.lineBreak(src, parser.endIndex + 1);
        if (LEADING_NEWLINE_ELEMENTS.has(name)) skipLeadingNewline = true;
      },
      ontext(raw) {
        metadata.text(raw);
        const frame = top();
        let data = raw;
        let src = parser.startIndex;
        const srcEnd = parser.endIndex + 1;
        if (skipLeadingNewline) {
          skipLeadingNewline = false;
          if (data.charCodeAt(0) === 0x0a) {
            data = data.slice(1);
            src++;
          }
        }
        if (
          frame.hidden ||
          frame.invisible ||
          frame.closedDetails ||
          frame.svg === "graphics" ||
          data.length === 0
        )
          return;
        // An entity (`&amp;`) is shorter than its source: map the decoded text to the whole entity.
        const verbatim = srcEnd - src === data.length;
        const at = (i: number): number => (verbatim ? src + i : src);
        const end = verbatim ? -1 : srcEnd;
        const n = data.length;
        let i = 0;
        while (i < n) {
          const c = data.charCodeAt(i);
          if (isCollapsible(c)) {
            if (
              frame.whiteSpace === "pre" ||
              (frame.whiteSpace === "pre-line" && (c === 0x0a || c === 0x0d))
            ) {
              if (c === 0x0d || c === 0x0a) {
                const crlf = c === 0x0d && data.charCodeAt(i + 1) === 0x0a;
                out.lineBreak(at(i), crlf ? at(i + 2) : end < 0 ? at(i + 1) : end);
                i += crlf ? 2 : 1;
              } else {
                out.content(data[i] as string, at(i), end);
                i++;
              }
            } else {
              out.space(at(i));
              i++;
            }
            continue;
          }
          let j = i + 1;
          while (j < n && !isCollapsible(data.charCodeAt(j))) j++;
          out.content(data.slice(i, j), at(i), end);
          i = j;
        }
      },
      onclosetag(name) {
        skipLeadingNewline = false;
        metadata.close(name);
        const frame = stack.length > 1 ? (stack.pop() as Frame) : ROOT;
        if (frame.hidden || frame.invisible) return;
        if (frame.cell || frame.inlineBlock) out.boundary();
        if (frame.inlineBlock) out.suppressSpace = false;
        if (frame.breaks > 0) out.requireBreaks(frame.breaks, parser.endIndex + 1);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const { text, toHtml } = out.finish();
  return { text, metadata: metadata.result(), toHtml };
}
