/**
 * A timing check that survives a busy machine: the best of a few runs at size n and at 4n must not grow like
 * n² (a quadratic step would take about 16 times longer; linear work about 4).
 */
export function growth(run: (size: number) => void, size: number): number {
  const best = (n: number) => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      run(n);
      min = Math.min(min, performance.now() - started);
    }
    return Math.max(min, 1);
  };
  best(size); // warm up
  return best(size * 4) / best(size);
}

/** The growth bound the linearity tests accept: well under quadratic, with room for noise. */
export const LINEAR_GROWTH = 9;
