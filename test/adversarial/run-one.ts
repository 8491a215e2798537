/**
 * Parses one adversarial input in a process of its own and prints what the test checks, as one JSON line.
 * The test runs it with a time limit and kills it past that: a synchronous parse that went quadratic
 * cannot be interrupted inside the test's own worker, but a child process can.
 *
 * Usage: node --import tsx test/adversarial/run-one.ts <input name> [code units]
 */
import { parseArticle } from "../../src/parse.js";
import { ArticleSchema } from "../../src/schema.js";
import { coverageViolations, spanViolations } from "../properties/invariants.js";
import { ADVERSARIAL } from "./inputs.js";

/** What the child reports. */
export interface RunReport {
  readonly name: string;
  readonly units: number;
  readonly ms: number;
  readonly schemaIssues: string[];
  readonly spanViolations: string[];
  readonly coverageViolations: string[];
  readonly outputUnits: number;
  readonly warnings: string[];
  readonly ticker: number;
  /** The time of the last ticker item, or null. */
  readonly lastTickerTime: string | null;
  /** Whether the ticker items come in input order without overlapping. */
  readonly tickerInOrder: boolean;
  readonly quotes: number;
}

const [name, unitsArg] = process.argv.slice(2);
const adversarial = ADVERSARIAL.find((a) => a.name === name);
if (!adversarial) {
  console.error(`unknown input ${JSON.stringify(name)}`);
  process.exit(2);
}
const input = adversarial.build(unitsArg ? Number(unitsArg) : adversarial.testUnits);
const t0 = performance.now();
const article = parseArticle(input);
const ms = performance.now() - t0;
const parsed = ArticleSchema.safeParse(article);
const report: RunReport = {
  name: adversarial.name,
  units: input.length,
  ms,
  schemaIssues: parsed.success
    ? []
    : parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`),
  spanViolations: spanViolations(input, article),
  coverageViolations: coverageViolations(input, article),
  outputUnits: JSON.stringify(article).length,
  warnings: article.warnings.map((w) => w.code),
  ticker: article.ticker.length,
  lastTickerTime: article.ticker.at(-1)?.time ?? null,
  tickerInOrder: article.ticker.every((t, i, all) => i === 0 || t.span.start >= all[i - 1]!.span.end),
  quotes: article.quotes.length,
};
console.log(JSON.stringify(report));
