/**
 * Normalization of Arabic text: one linear pass driven by a per-code-unit action table, with an offset
 * map back to the source. Every operation is an option; profiles name sets of them. The character tables
 * are in ./tables.ts and docs/normalization.md lists every operation with its code points.
 */
import { type Actions, buildActions } from "./actions.js";
import { composeClusters, composeEdits, widenToEdits } from "./nfc.js";
import { EditList, EditMap, type OffsetMap } from "./offset-map.js";
import { pass } from "./pass.js";
import { type NormalizeOptions, optionNames, resolveNormalizeOptions, show } from "./profiles.js";

export type { OffsetMap, OffsetRange } from "./offset-map.js";
export {
  type MarkSet,
  NORMALIZE_PROFILES,
  type NormalizeOptions,
  type NormalizeProfile,
  type ResolvedNormalizeOptions,
} from "./profiles.js";

/** Tables by the values of every option; a handful of distinct option sets is the expected use. */
const byKey = new Map<string, Actions>();
/** Tables of frozen option objects (such as {@link PARSE_NORMALIZATION}), which cannot change. */
const byFrozen = new WeakMap<object, Actions>();
let defaults: Actions | undefined;

function actionsFor(options: unknown): Actions {
  if (options === undefined) {
    defaults ??= buildActions(resolveNormalizeOptions(undefined));
    return defaults;
  }
  const frozen = typeof options === "object" && options !== null && Object.isFrozen(options);
  const hit = frozen ? byFrozen.get(options) : undefined;
  if (hit) return hit;
  const resolved = resolveNormalizeOptions(options);
  const key = optionNames()
    .map((name) => resolved[name as keyof typeof resolved])
    .join();
  let actions = byKey.get(key);
  if (!actions) {
    if (byKey.size >= 32) byKey.clear();
    actions = buildActions(resolved);
    byKey.set(key, actions);
  }
  if (frozen) byFrozen.set(options as object, actions);
  return actions;
}

function check(text: unknown): asserts text is string {
  if (typeof text !== "string") {
    throw new TypeError(`text: expected a string, got ${show(text)}`);
  }
}

/**
 * Normalizes Arabic text. Never throws on a string (lone surrogates included); a non-string `text` or a
 * wrong option throws a `TypeError` that names it.
 *
 * @param text - Any text.
 * @param options - A profile and per-operation overrides; the `"display"` profile when absent.
 * @returns The normalized text (the same string when nothing changed).
 * @example
 * ```ts
 * normalize("ﻷن الوزيـــر قال\u00a0 «نعم»"); //=> "لأن الوزير قال «نعم»"
 * normalize("أَحْمَد إلى مدرسة", { profile: "search" }); //=> "احمد الي مدرسه"
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  check(text);
  const actions = actionsFor(options);
  const { text: out, triggers } = pass(text, actions, null);
  return triggers ? composeClusters(out, triggers, actions).text : out;
}

/**
 * Normalizes text as {@link normalize} does and returns the map between the two texts, so that a range
 * found in the normalized text can be reported in the source (`map.toSource(start, end)`).
 *
 * @example
 * ```ts
 * const { text, map } = normalizeWithMap("قال\u200f ﷲ");
 * text; //=> "قال الله"
 * map.toSource(4, 8); //=> { start: 5, end: 6 }
 * ```
 */
export function normalizeWithMap(
  text: string,
  options?: NormalizeOptions,
): {
  /** The normalized text. */
  text: string;
  /** Ranges of the normalized text back to the source and the other way. */
  map: OffsetMap;
} {
  check(text);
  const actions = actionsFor(options);
  const list = new EditList();
  const first = pass(text, actions, list);
  let out = first.text;
  let edits: ArrayLike<number> = list.edits();
  if (first.triggers) {
    const map = new EditMap(text.length, out.length, edits);
    const composed = composeClusters(out, first.triggers, actions, widenToEdits(edits));
    out = composed.text;
    edits = composeEdits(edits, composed.changed, (u, edge) => map.unit(u, 2, 0, edge));
  }
  return { text: out, map: new EditMap(text.length, out.length, edits) };
}

/**
 * The options `parseArticle` normalizes with: the display profile, plus tashkeel (U+064B–U+0652) and the
 * dagger alef U+0670 removed so that lexicon words match vocalized text (هٰذا → هذا, قالَ → قال), and HTML
 * entities decoded, since scraped text often carries them written out (`&quot;` around a quotation, `&nbsp;`).
 */
export const PARSE_NORMALIZATION: NormalizeOptions = /* @__PURE__ */ Object.freeze({
  profile: "display",
  marks: "tashkeel",
  daggerAlef: "remove",
  decodeEntities: true,
  keepTatweelDashes: true,
} as const);
