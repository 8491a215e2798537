/**
 * The processor time a piece of work takes, for the tests that check that cost grows linearly.
 *
 * Wall-clock time (`performance.now()`) counts the time this process waits while others run: on a busy
 * machine (two cores, a load of ten) one run of a size may wait and the other not, and a growth ratio
 * read from them means nothing. Processor time (`process.cpuUsage()`, user + system, in this test
 * file's own worker process) counts only work done here, so the ratio of two sizes stays the ratio of
 * their work however loaded the machine is. It includes this process's collector and compiler threads,
 * which are part of the work's cost.
 */

/** Processor milliseconds that `run` takes in this process. */
export function cpuTime(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least processor time of `rounds` runs of `run`, in milliseconds. */
export function leastCpuTime(run: () => void, rounds: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let k = 0; k < rounds; k++) least = Math.min(least, cpuTime(run));
  return least;
}
