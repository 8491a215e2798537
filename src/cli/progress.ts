/**
 * Progress on standard error: done/total, rate and time left, redrawn in place at most ten times a second.
 * Shown only when standard error is a terminal (or with `--progress`), so that logs and pipes stay clean.
 */
import type { Writable } from "node:stream";

/** How far a run is. */
export interface ProgressState {
  readonly done: number;
  /** Inputs in all, when known (files); `null` for a stream of NDJSON lines. */
  readonly total: number | null;
  /** Share of the input bytes read, from 0 to 1, when the input's size is known (NDJSON files). */
  readonly fraction: number | null;
  readonly elapsedMs: number;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** The progress line, e.g. `khabar: 1200/5000 (24%)  850/s  ETA 0:04`. */
export function formatProgress({ done, total, fraction, elapsedMs }: ProgressState): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const share = total !== null && total > 0 ? done / total : fraction;
  let line = `khabar: ${done}${total !== null ? `/${total}` : ""}`;
  if (share !== null) line += ` (${Math.floor(share * 100)}%)`;
  line += `  ${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`;
  if (share !== null && share > 0 && share < 1) line += `  ETA ${clock((seconds * (1 - share)) / share)}`;
  return line;
}

/** Redraws the progress line on a stream. */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  total: number | null = null;
  fraction: number | null = null;

  constructor(private readonly out: Writable | null) {}

  update(done: number): void {
    if (!this.out) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(done, now);
  }

  private draw(done: number, now: number): void {
    const state = { done, total: this.total, fraction: this.fraction, elapsedMs: now - this.started };
    this.out?.write(`\r${formatProgress(state)}\u001b[K`);
    this.drawn = true;
  }

  /** Draws the final state and ends the line. */
  end(done: number): void {
    if (!this.out) return;
    this.draw(done, Date.now());
    if (this.drawn) this.out.write("\n");
  }
}
