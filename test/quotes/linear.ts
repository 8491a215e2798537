import { cpuTime } from "../support/cpu-time.js";

/**
 * A timing check that survives a busy machine: runs at size n and at 16n are interleaved, timed in processor
 * time (not wall time, which counts waiting for other processes), and the best of each is compared. Linear work grows about 16 times (up to three times more with garbage collection on a busy machine); a
 * quadratic step would grow about 256 times.
 */
export function growth(run: (size: number) => void, size: number, rounds = 7): number {
  const time = (n: number) => cpuTime(() => run(n));
  time(size); // warm up
  let small = Number.POSITIVE_INFINITY;
  let large = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    small = Math.min(small, time(size));
    large = Math.min(large, time(size * 16));
  }
  // Runs shorter than 10 ms are mostly noise: measure the growth from there.
  return large / Math.max(small, 10);
}

/** The growth bound the linearity tests accept: well under quadratic, with room for noise. */
export const LINEAR_GROWTH = 100;
