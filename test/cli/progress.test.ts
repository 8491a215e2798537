import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { formatProgress, Progress } from "../../src/cli/progress.js";

describe("formatProgress", () => {
  it.each([
    [{ done: 250, total: 1000, fraction: null, elapsedMs: 2000 }, "khabar: 250/1000 (25%)  125/s  ETA 0:06"],
    [{ done: 3, total: 10, fraction: null, elapsedMs: 2000 }, "khabar: 3/10 (30%)  1.5/s  ETA 0:05"],
    [{ done: 10, total: 10, fraction: null, elapsedMs: 4000 }, "khabar: 10/10 (100%)  2.5/s"],
    [{ done: 500, total: null, fraction: null, elapsedMs: 1000 }, "khabar: 500  500/s"],
    [
      { done: 500, total: null, fraction: 0.5, elapsedMs: 3_600_000 },
      "khabar: 500 (50%)  0.1/s  ETA 1:00:00",
    ],
    [{ done: 0, total: 5, fraction: null, elapsedMs: 0 }, "khabar: 0/5 (0%)  0.0/s"],
  ])("%j", (state, line) => {
    expect(formatProgress(state)).toBe(line);
  });
});

describe("Progress", () => {
  it("writes nothing without a stream", () => {
    const progress = new Progress(null);
    progress.update(1);
    progress.end(1);
  });

  it("redraws in place and ends the line", () => {
    const out = new PassThrough();
    const progress = new Progress(out);
    progress.total = 2;
    progress.update(1);
    progress.update(2);
    progress.end(2);
    const text = out.read().toString() as string;
    expect(text.startsWith("\rkhabar: 1/2 (50%)")).toBe(true);
    expect(text).toMatch(/\rkhabar: 2\/2 \(100%\) {2}[\d.]+\/s\u001b\[K\n$/);
    // The second update came within 100 ms of the first: it is not drawn.
    expect(text.split("\r")).toHaveLength(3);
  });
});
