/** Pages the inspector tests draw: the seed page with its gold, and the made-up pages of test/fixtures/pages. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Gold } from "../../src/inspect/index.js";

export const ROOT = join(import.meta.dirname, "../..");
export const SEED_PATH = join(ROOT, "test/fixtures/seed/000-seed.txt");
export const SEED_GOLD_PATH = join(ROOT, "test/fixtures/seed/000-seed.gold.json");
export const SEED = readFileSync(SEED_PATH, "utf8");
export const SEED_GOLD = JSON.parse(readFileSync(SEED_GOLD_PATH, "utf8")) as Gold;

/** The dev corpus beside the repository (absent on some machines: tests that read it skip). */
export const CORPUS_DIR = join(ROOT, "../shared/corpus/dev");

/** A page and its gold. */
export interface Page {
  readonly name: string;
  readonly text: string;
  readonly gold: Gold;
}

/** The `NNN.txt` + `NNN.gold.json` pairs of a folder. */
export function pagesIn(dir: string): Page[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && existsSync(join(dir, f.replace(/\.txt$/, ".gold.json"))))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(join(dir, f), "utf8"),
      gold: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".gold.json")), "utf8")) as Gold,
    }));
}

/** The 20 made-up pages in the shapes of the page-formats notes. */
export const MADE_UP_PAGES = pagesIn(join(ROOT, "test/fixtures/pages"));
