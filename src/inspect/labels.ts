/** The words the inspector shows around the page: UI text, kept apart from the drawing code. */
import type { BlockKind, FurnitureKind } from "../schema.js";

/** The tag drawn before a block of each kind; `null`: the block is drawn without a tag. */
export const BLOCK_TAGS: Readonly<Record<BlockKind, string | null>> = {
  "ticker-header": "ticker header",
  ticker: null,
  title: "title",
  byline: "byline",
  dateline: "dateline",
  date: "date",
  heading: "heading",
  paragraph: null,
  furniture: null,
};

/** What each kind of furniture is, for the tooltip of struck-through text and the tree. */
export const FURNITURE_NAMES: Readonly<Record<FurnitureKind, string>> = {
  "ui-string": "leaked UI string",
  widget: "widget",
  navigation: "navigation",
  "relative-time": "relative time",
  prompt: "share or comment prompt",
  "end-marker": "end marker",
  credit: "credit",
  related: "related link",
  rule: "rule",
  punctuation: "stray punctuation",
  other: "other furniture",
};

/**
 * Speaker colours, one per distinct speaker in order of first appearance (cycling after ten): hues far
 * apart, each dark enough for white label text and a readable underline on white. Pure red is left out: it
 * marks gold misses.
 */
export const SPEAKER_COLOURS: readonly string[] = [
  "#1565c0",
  "#2e7d32",
  "#8e24aa",
  "#e65100",
  "#00838f",
  "#ad1457",
  "#827717",
  "#4e342e",
  "#283593",
  "#00695c",
];

/** The colour of quotes that no speaker was found for. */
export const NO_SPEAKER_COLOUR = "#757575";

/** The colour of a speaker by its index in `article.speakers`. */
export function speakerColour(index: number): string {
  if (index < 0) return NO_SPEAKER_COLOUR;
  return SPEAKER_COLOURS[index % SPEAKER_COLOURS.length] ?? NO_SPEAKER_COLOUR;
}
