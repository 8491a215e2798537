/**
 * The dev corpus (../shared/corpus/dev beside the repository), read at run time and never copied into the
 * repository. Everything here is empty when the corpus is absent, so callers skip cleanly.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The folder of the dev corpus. */
export const CORPUS_DIR = fileURLToPath(new URL("../../../shared/corpus/dev/", import.meta.url));

/** The seed page shipped in the repository, used when the corpus is absent. */
export const SEED_PATH = fileURLToPath(new URL("../fixtures/seed/000-seed.txt", import.meta.url));

/** Whether the dev corpus is present. */
export const HAS_CORPUS = existsSync(CORPUS_DIR);

/** The texts of the dev corpus, by file name, in name order; empty when it is absent. */
export function corpusTexts(): { name: string; text: string }[] {
  if (!HAS_CORPUS) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${CORPUS_DIR}${name}`, "utf8") }));
}

/** The corpus texts when present, else the seed page: what benchmarks run on. */
export function benchTexts(): { name: string; text: string }[] {
  const texts = corpusTexts();
  return texts.length > 0 ? texts : [{ name: "000-seed.txt", text: readFileSync(SEED_PATH, "utf8") }];
}

/** The non-blank lines of the corpus (or of the seed page), trimmed: fragments for the generators. */
export function corpusLines(): string[] {
  const lines = new Set<string>();
  for (const { text } of benchTexts()) {
    for (const line of text.split(/\r\n|\r|\n/)) {
      const trimmed = line.trim();
      if (trimmed) lines.add(trimmed);
    }
  }
  return [...lines];
}
