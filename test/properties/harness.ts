/**
 * Declares a fast-check property as a vitest test, with the shared run count and seed. A property that
 * still fails because of a stage's code is declared with `fails: "<why>"` (vitest's `it.fails`), which keeps
 * CI green while the counterexample is routed; the reason names the stage and the counterexample.
 */
import { it } from "vitest";
import { DEFAULT_RUNS, FUZZ_RUNS, FUZZ_TIME_LIMIT_MS, fc, fuzzParams } from "../arbitraries/index.js";

/** Options of {@link property}. */
export interface PropertyOptions {
  /** Share of the default runs for an expensive property in `npm test` (default 1); the fuzz run gives all. */
  readonly share?: number;
  /** How many parses one check makes (default 1); the time cap grows with it. */
  readonly parses?: number;
  /** Set while the property is known to fail: why, and the shrunk counterexample. */
  readonly fails?: string;
}

/** The time cap of a property plus room for shrinking a counterexample, or generous for uncapped runs. */
const timeoutMs = (parses: number) =>
  FUZZ_TIME_LIMIT_MS === undefined
    ? 120_000 + FUZZ_RUNS * 20 * parses
    : parses * FUZZ_TIME_LIMIT_MS + 240_000;

/** A vitest test that asserts `check` for every value of `arbitrary`. */
export function property<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
  options: PropertyOptions = {},
): void {
  const run = () => {
    const details = fc.check(fc.property(arbitrary, check), fuzzParams<[T]>(options.share, options.parses));
    if (details.failed) {
      const cause =
        details.errorInstance instanceof Error
          ? details.errorInstance.message
          : String(details.errorInstance);
      throw new Error(`${fc.defaultReportMessage(details)}\n\nGot: ${cause}`);
    }
    // The fuzz run (`npm run test:fuzz`, also in CI) reports how many inputs each property saw.
    if (details.interrupted) {
      console.log(
        `fuzz: ${name}: stopped by the time limit after ${details.numRuns} runs (seed ${details.seed})`,
      );
    } else if (FUZZ_RUNS > DEFAULT_RUNS) {
      console.log(`fuzz: ${name}: ${details.numRuns} runs (seed ${details.seed})`);
    }
  };
  const timeout = timeoutMs(options.parses ?? 1);
  if (options.fails) it.fails(`${name} [known failure: ${options.fails}]`, run, timeout);
  else it(name, run, timeout);
}
