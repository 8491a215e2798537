/**
 * Declares a fast-check property as a vitest test, with the shared run count and seed. A property that
 * still fails because of a stage's code is declared with `fails: "<why>"` (vitest's `it.fails`), which keeps
 * CI green while the counterexample is routed; the reason names the stage and the counterexample.
 */
import { it } from "vitest";
import { FUZZ_RUNS, fc as fastCheck, type fc, fuzzParams } from "../arbitraries/index.js";

/** Options of {@link property}. */
export interface PropertyOptions {
  /** Share of FUZZ_RUNS for an expensive property (default 1). */
  readonly share?: number;
  /** Set while the property is known to fail: why, and the shrunk counterexample. */
  readonly fails?: string;
}

/** Generous enough for 100,000 runs of a property on small inputs on a slow machine. */
const TIMEOUT_MS = 60_000 + FUZZ_RUNS * 10;

/** A vitest test that asserts `check` for every value of `arbitrary`. */
export function property<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
  options: PropertyOptions = {},
): void {
  const run = () => fastCheck.assert(fastCheck.property(arbitrary, check), fuzzParams<[T]>(options.share));
  if (options.fails) it.fails(`${name} [known failure: ${options.fails}]`, run, TIMEOUT_MS);
  else it(name, run, TIMEOUT_MS);
}
