/**
 * Every regular expression of the HTML entry, exported so the ReDoS test can reach them. Each runs in
 * linear time: no nested quantifiers.
 */

/** The calendar date at the start of a machine-readable timestamp such as `2024-03-05T09:30:00+03:00`. */
export const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/**
 * A document that starts with markup: optional white space (U+FEFF included) and a tag, comment or doctype.
 * Plain page text never starts like that, so this tells HTML from text without parsing.
 */
export const MARKUP_START = /^\s*<[!?a-z][^<>]*>/i;

/**
 * Punctuation that joins a page title to the site's name, as in `عنوان الخبر - اسم الموقع` or
 * `اسم الموقع | عنوان الخبر`: hyphen-minus, U+2013, U+2014, U+2015, `|`, U+00BB, U+00AB, `:`, U+00B7,
 * U+2022, `/` and U+0640 (tatweel used as a dash).
 */
export const TITLE_SEPARATORS = "-\u2013\u2014\u2015|\u00bb\u00ab:\u00b7\u2022/\u0640";
