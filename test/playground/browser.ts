/**
 * Headless Chromium for the inspector tests: Debian's /usr/bin/chromium driven by playwright-core (never a
 * downloaded browser, no network), screenshots compared with stored ones inside the browser itself (both
 * PNGs drawn on a canvas, differing pixels counted), and the font check that says whether a stored
 * screenshot can be compared on this machine at all.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/browser-example.js";
import { ARABIC_FONT_STACK } from "../../src/inspect/style.js";

export { CHROMIUM };
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** Stored screenshots and what they were made with. */
export const SCREENSHOT_DIR = join(import.meta.dirname, "../fixtures/inspect");

/** The viewport of every screenshot. */
export const VIEWPORT = { width: 1280, height: 1000 } as const;

/** `UPDATE_SCREENSHOTS=1` writes the screenshots instead of comparing them. */
export const UPDATING = process.env.UPDATE_SCREENSHOTS === "1";

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * The font Chromium draws Arabic with on this machine: the first family of the inspector's font stack that
 * fontconfig lists with Arabic coverage; `null` when fontconfig cannot be asked.
 */
export function arabicFont(): string | null {
  let listed: string;
  try {
    listed = execFileSync("fc-list", [":lang=ar", "family"], { encoding: "utf8" });
  } catch {
    return null;
  }
  const families = new Set(listed.split("\n").flatMap((line) => line.split(",").map((f) => f.trim())));
  const stack = ARABIC_FONT_STACK.split(",").map((f) => f.trim().replace(/^"|"$/g, ""));
  return stack.find((family) => families.has(family)) ?? null;
}

/** What the stored screenshots were made with (test/fixtures/inspect/screenshots.json). */
export interface ScreenshotSetting {
  readonly arabicFont: string | null;
  readonly chromium: string;
  readonly viewport: { readonly width: number; readonly height: number };
}

export function storedSetting(): ScreenshotSetting | null {
  const path = join(SCREENSHOT_DIR, "screenshots.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ScreenshotSetting) : null;
}

/** Pixels whose largest channel difference is above this count as differing (antialiasing stays below). */
const CHANNEL_TOLERANCE = 48;

/** How two PNGs differ: sizes, and the share of differing pixels. */
export interface PixelDifference {
  readonly sameSize: boolean;
  readonly differing: number;
  readonly total: number;
  readonly ratio: number;
}

/** Compares two PNGs pixel by pixel in `page` (any page: it loads both as data URLs onto canvases). */
export async function comparePngs(page: Page, actual: Buffer, expected: Buffer): Promise<PixelDifference> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const load = (base64: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = () => reject(new Error("not a PNG"));
          image.src = `data:image/png;base64,${base64}`;
        });
      const [first, second] = await Promise.all([load(a), load(b)]);
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext("2d", { willReadFrequently: true });
        if (!context) throw new Error("no canvas");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const total = first.naturalWidth * first.naturalHeight;
      if (first.naturalWidth !== second.naturalWidth || first.naturalHeight !== second.naturalHeight) {
        return { sameSize: false, differing: total, total, ratio: 1 };
      }
      const p = pixels(first);
      const q = pixels(second);
      let differing = 0;
      for (let i = 0; i < p.length; i += 4) {
        const d = Math.max(
          Math.abs((p[i] ?? 0) - (q[i] ?? 0)),
          Math.abs((p[i + 1] ?? 0) - (q[i + 1] ?? 0)),
          Math.abs((p[i + 2] ?? 0) - (q[i + 2] ?? 0)),
        );
        if (d > tolerance) differing++;
      }
      return { sameSize: true, differing, total, ratio: differing / total };
    },
    { a: actual.toString("base64"), b: expected.toString("base64"), tolerance: CHANNEL_TOLERANCE },
  );
}
