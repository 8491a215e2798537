/**
 * Options of the normalizer: named profiles, one option per operation, and their checking. Checked by hand
 * (no zod) so that an app importing only `normalize` stays small.
 */

/** A named set of option defaults: `"display"` (lossless repair), `"search"` (folds), `"none"` (nothing). */
export type NormalizeProfile = "display" | "search" | "none";

/**
 * Which Arabic marks `marks` removes, each set containing the one before: `"harakat"` U+064B–U+0650 and
 * U+0652 (shadda kept), `"tashkeel"` U+064B–U+0652, `"quranic"` + Quranic annotation marks, `"all"` + every
 * other Arabic nonspacing mark. Hamza and madda marks U+0653–U+0655 are never removed (they compose into
 * letters) and U+0670 has its own option, `daggerAlef`.
 */
export type MarkSet = "keep" | "harakat" | "tashkeel" | "quranic" | "all";

/**
 * Options of {@link normalize}. `profile` picks the defaults (`"display"` when absent); every other field
 * overrides one operation. docs/normalization.md lists the code points of each.
 */
export interface NormalizeOptions {
  /** Defaults for every other option. Default `"display"`. */
  profile?: NormalizeProfile | undefined;
  /** Canonical composition (NFC): decomposed hamza/madda composed, marks put in canonical order. */
  nfc?: boolean | undefined;
  /** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) and lam-alef ligatures to letters. */
  presentationForms?: boolean | undefined;
  /** Phrase ligatures ﷺ ﷻ ﷽ ﷾ ﷿ written out as words. */
  expandHonorifics?: boolean | undefined;
  /** Remove tatweel U+0640. */
  removeTatweel?: boolean | undefined;
  /**
   * With `removeTatweel`, keep a run of tatweel that joins no letter: one that stands between spaces or
   * punctuation is a dash (`سمارت ــ تركيا`), not an elongation.
   */
  keepTatweelDashes?: boolean | undefined;
  /** Remove zero-width and invisible format characters (ZWSP, ZWJ outside emoji, WJ, BOM, soft hyphen…). */
  removeInvisibles?: boolean | undefined;
  /** Keep U+200C ZWNJ when removing invisibles (Persian writes it inside words). */
  keepZwnj?: boolean | undefined;
  /** Remove every bidirectional control: ALM U+061C, LRM, RLM, embeddings, overrides and isolates. */
  removeBidiControls?: boolean | undefined;
  /** Other spaces: `"keep"`, `"ascii"` (each to U+0020), `"collapse"` (to U+0020 and runs to one). */
  spaces?: "keep" | "ascii" | "collapse" | undefined;
  /** Remove white space at the start and end of every line. */
  trimLines?: boolean | undefined;
  /** Line breaks: `"keep"` as written, or `"lf"` (CRLF, CR, U+2028, U+2029 → LF). */
  lineBreaks?: "keep" | "lf" | undefined;
  /** Persian/Urdu letters with an Arabic twin to that twin: ک → ك, ی → ي, ہ ە → ه. */
  persianLetters?: boolean | undefined;
  /** Word-final ی under `persianLetters`: `"yeh"` → ي, `"alef-maqsura"` → ى. */
  persianFinalYeh?: "yeh" | "alef-maqsura" | undefined;
  /** پ چ ژ گ ڤ → ب ج ز ك ف. Off in every profile: these letters spell foreign names. */
  foldForeignLetters?: boolean | undefined;
  /** Arabic marks to remove (see {@link MarkSet}). */
  marks?: MarkSet | undefined;
  /** Dagger alef U+0670: `"keep"`, `"remove"`, or `"alef"` (→ ا, dropped after ى). */
  daggerAlef?: "keep" | "remove" | "alef" | undefined;
  /** أ إ آ ٱ ٲ ٳ ٵ → ا. */
  foldAlef?: boolean | undefined;
  /** ى → ي (never ى → ا). */
  foldAlefMaqsura?: boolean | undefined;
  /** ة → ه. */
  foldTehMarbuta?: boolean | undefined;
  /** ؤ ئ: `"keep"`, `"drop"` the hamza (→ و ي), or `"isolate"` it (→ ء). */
  hamzaOnWawYeh?: "keep" | "drop" | "isolate" | undefined;
  /** Arabic-Indic and Persian digits: `"keep"` or `"ascii"` (with ٫ ٬ between digits → . , and ٪ → %). */
  digits?: "keep" | "ascii" | undefined;
  /** Arabic punctuation ، ؛ ؟ ۔: `"keep"` or `"ascii"` (, ; ? .). */
  punctuation?: "keep" | "ascii" | undefined;
  /** Double quotes: `"keep"` or `"angle"` (“ „ ‟ → «, ” → »; opening and closing stay apart). */
  quotes?: "keep" | "angle" | undefined;
  /** Decode HTML character references (&nbsp; &quot; &#1575; &#x627; …, double-escaped &amp;quot; too). */
  decodeEntities?: boolean | undefined;
}

/** Every option of {@link NormalizeOptions} with its value decided (no profile). */
export type ResolvedNormalizeOptions = {
  readonly [K in Exclude<keyof NormalizeOptions, "profile">]-?: Exclude<NormalizeOptions[K], undefined>;
};

/**
 * Every option with the values it accepts, the first being its value in the `"none"` profile (booleans:
 * false, true), then two digits: the index of its value in `"display"` and in `"search"`. One string, so
 * that an app that imports only `normalize` pays little for it.
 */
const SPEC =
  "nfc11 presentationForms11 expandHonorifics11 removeTatweel11 keepTatweelDashes00 removeInvisibles11 " +
  "keepZwnj00 removeBidiControls11 spaces:keep|ascii|collapse22 trimLines01 lineBreaks:keep|lf11 " +
  "persianLetters11 persianFinalYeh:yeh|alef-maqsura00 foldForeignLetters00 " +
  "marks:keep|harakat|tashkeel|quranic|all04 daggerAlef:keep|remove|alef01 foldAlef01 foldAlefMaqsura01 " +
  "foldTehMarbuta01 hamzaOnWawYeh:keep|drop|isolate00 digits:keep|ascii01 punctuation:keep|ascii00 " +
  "quotes:keep|angle00 decodeEntities00";

let allowed: Map<string, readonly unknown[]> | undefined;
let profiles: Record<NormalizeProfile, ResolvedNormalizeOptions> | undefined;

/** The values each option accepts, and the three profiles, built on first use. */
function specification(): [
  Map<string, readonly unknown[]>,
  Record<NormalizeProfile, ResolvedNormalizeOptions>,
] {
  if (!allowed || !profiles) {
    allowed = new Map();
    const none: Record<string, unknown> = {};
    const display: Record<string, unknown> = {};
    const search: Record<string, unknown> = {};
    for (const entry of SPEC.split(" ")) {
      const [name, values] = entry.slice(0, -2).split(":") as [string, string | undefined];
      const list = values ? values.split("|") : [false, true];
      allowed.set(name, list);
      none[name] = list[0];
      display[name] = list[+entry.at(-2)!];
      search[name] = list[+entry.at(-1)!];
    }
    profiles = Object.freeze({
      display: Object.freeze(display),
      search: Object.freeze(search),
      none: Object.freeze(none),
    }) as Record<NormalizeProfile, ResolvedNormalizeOptions>;
  }
  return [allowed, profiles];
}

/**
 * The option values of each profile. `"display"` repairs encoding without losing meaning; `"search"` adds
 * the folds that make spellings of one word equal; `"none"` changes nothing, a base for picking options one
 * by one.
 */
export const NORMALIZE_PROFILES: Readonly<Record<NormalizeProfile, ResolvedNormalizeOptions>> =
  /* @__PURE__ */ profileTable();

function profileTable(): Readonly<Record<NormalizeProfile, ResolvedNormalizeOptions>> {
  return specification()[1];
}

/** The option names, in a fixed order (it orders the cache key). */
export function optionNames(): string[] {
  return [...specification()[0].keys()];
}

/** Describes a value for an error message: `"search"`, `null`, `an array`, `a number (42)`, `true` … */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" || type === "function" ? `an ${type}` : `a ${type} (${String(value)})`;
}

/** Throws the `TypeError` of option `name` unless `value` is one of `values` (none: an unknown option). */
function accept(name: string, value: unknown, values: readonly unknown[] | undefined): void {
  if (!values) throw new TypeError(`options.${name}: unknown option`);
  if (!values.includes(value)) {
    throw new TypeError(`options.${name}: expected ${values.map(show).join(" or ")}, got ${show(value)}`);
  }
}

/**
 * Checks `options` and fills every option from its profile. Throws a `TypeError` naming the first wrong
 * option (unknown names included, to catch typos).
 */
export function resolveNormalizeOptions(options: unknown): ResolvedNormalizeOptions {
  const [spec, byProfile] = specification();
  if (options === undefined) return byProfile.display;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`options: expected an object, got ${show(options)}`);
  }
  const given = options as Record<string, unknown>;
  const profile = given.profile ?? "display";
  accept("profile", profile, Object.keys(byProfile));
  const resolved: Record<string, unknown> = { ...byProfile[profile as NormalizeProfile] };
  for (const name of Object.keys(given)) {
    const value = given[name];
    if (name === "profile" || value === undefined) continue;
    accept(name, value, spec.get(name));
    resolved[name] = value;
  }
  return resolved as ResolvedNormalizeOptions;
}
