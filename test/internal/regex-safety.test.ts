/**
 * Linear-time regular expressions: recheck must call every reachable RegExp of src/ "safe". A
 * "vulnerable" verdict fails the build with recheck's attack string. An "unknown" verdict (recheck gave up,
 * usually a timeout on a long lexicon alternation) also fails unless the pattern is listed in
 * {@link ACCEPTED_UNKNOWN} with a reason.
 */
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { type FoundRegExp, reachableRegExps } from "./patterns.js";

/** recheck's time limit per pattern; past it the verdict is "unknown". */
const CHECK_TIMEOUT_MS = 30_000;

/**
 * recheck's options. Lexicon alternations with lookbehind go to its fuzz checker, whose verdicts must not
 * depend on the machine's load: its random seed is pinned, and its inner time limits (a match that runs past
 * `attackTimeout`, 1 s by default, counts as an attack) are turned off so that only its step counts decide.
 * Under the load of a parallel test run the defaults called linear alternations "polynomial".
 */
const RECHECK_PARAMS = {
  timeout: CHECK_TIMEOUT_MS,
  randomSeed: 7,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
} as const;

/** Patterns (by `/source/flags`) whose "unknown" verdict is accepted, with why. None so far. */
const ACCEPTED_UNKNOWN: ReadonlyMap<string, string> = new Map();

const found: FoundRegExp[] = await reachableRegExps();

describe("every reachable RegExp is ReDoS-safe (recheck)", () => {
  it("finds the patterns of every stage", () => {
    // A guard against a broken discovery: the schema alone holds four patterns.
    expect(found.length).toBeGreaterThan(4);
  });

  describe.concurrent("recheck", () => {
    it.each(found.map((f) => [f.where, f] as const))(
      "%s",
      async (_where, { regexp }) => {
        const key = `/${regexp.source}/${regexp.flags}`;
        const result = await check(regexp.source, regexp.flags, RECHECK_PARAMS);
        if (result.status === "unknown" && ACCEPTED_UNKNOWN.has(key)) return;
        const detail =
          result.status === "vulnerable"
            ? `${result.complexity.type}; attack ${result.attack.pattern}`
            : result.status === "unknown"
              ? `unknown: ${result.error.kind}`
              : "safe";
        expect(result.status, `${key}: ${detail}`).toBe("safe");
      },
      CHECK_TIMEOUT_MS * 3,
    );
  });
});
