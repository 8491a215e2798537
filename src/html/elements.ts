/**
 * How a browser renders each HTML element by default, as far as `innerText` cares: the tables below follow
 * the user-agent style sheet of the HTML standard (section 15, "Rendering") and what Chromium does where the
 * standard leaves room (options of a `<select>`, fallback content of media elements).
 */

/** Elements with `display: block` (or `list-item`, `table`, `table-caption`): one line break before and after. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "listing",
  "main",
  "menu",
  "nav",
  "ol",
  "optgroup",
  "option",
  "plaintext",
  "pre",
  "search",
  "section",
  "summary",
  "table",
  "ul",
  "xmp",
]);

/**
 * Elements whose content is never rendered as text: `display: none` in the user-agent style sheet, raw-text
 * containers, form controls whose text is a value, and the fallback content of replaced elements (which a
 * browser with scripting and media support does not show).
 */
export const UNRENDERED_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "audio",
  "base",
  "basefont",
  "canvas",
  "datalist",
  "embed",
  "frame",
  "frameset",
  "iframe",
  "img",
  "input",
  "link",
  "meta",
  "noembed",
  "noframes",
  "noscript",
  "param",
  "rp",
  "script",
  "style",
  "template",
  "textarea",
  "title",
  "video",
]);

/** Elements whose white space is kept as written (`white-space: pre`). */
export const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(["pre", "listing", "xmp", "plaintext"]);

/** Elements after whose start tag the HTML parser drops one line feed. */
export const LEADING_NEWLINE_ELEMENTS: ReadonlySet<string> = new Set(["pre", "listing"]);

/** Elements laid out as `inline-block`: white space at the start and end of their content is dropped. */
export const INLINE_BLOCK_ELEMENTS: ReadonlySet<string> = new Set(["button", "marquee", "select"]);

/** SVG elements whose content is never painted (so their text is not in `innerText`). */
export const SVG_UNRENDERED_ELEMENTS: ReadonlySet<string> = new Set([
  "clipPath",
  "defs",
  "desc",
  "linearGradient",
  "marker",
  "mask",
  "metadata",
  "pattern",
  "radialGradient",
  "script",
  "style",
  "symbol",
  "title",
]);

/** SVG elements that paint their text content. */
export const SVG_TEXT_ELEMENTS: ReadonlySet<string> = new Set(["text"]);
