/**
 * Corpus scale: streams a generated NDJSON of N articles through the built CLI,
 * `node dist/cli.js parse --ndjson --jobs 2`, and reports articles per second and the peak resident memory
 * of the CLI's process tree (sampled from /proc every 50 ms; worker threads live in the CLI's process).
 * Memory must stay flat as N grows: the CLI holds a bounded window of lines, never the input.
 *
 * Articles: the corpus texts of ../shared/corpus/dev repeated with fresh ids, or the seed page when the
 * corpus is absent. The NDJSON is generated on the fly into the CLI's standard input (never held whole) and
 * the output is counted and dropped.
 *
 * `npx tsx bench/cli-scale.ts` (after `npm run build`); `SIZES=10000,100000` and `JOBS=2` change the runs.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "dist/cli.js");
const CORPUS = join(ROOT, "../shared/corpus/dev");
const SEED = join(ROOT, "test/fixtures/seed/000-seed.txt");

/** The article texts, each already JSON-encoded so that a line costs one concatenation. */
function articleTexts(): { source: string; encoded: string[] } {
  if (existsSync(CORPUS)) {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    if (files.length > 0) {
      return {
        source: `${files.length} corpus texts from ../shared/corpus/dev`,
        encoded: files.map((f) => JSON.stringify(readFileSync(join(CORPUS, f), "utf8"))),
      };
    }
  }
  return { source: "the seed page (corpus absent)", encoded: [JSON.stringify(readFileSync(SEED, "utf8"))] };
}

/** The process and every descendant of `pid`, from /proc (threads are part of their process). */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const taskDir = `/proc/${out[i]}/task`;
    try {
      for (const tid of readdirSync(taskDir)) {
        const children = readFileSync(`${taskDir}/${tid}/children`, "utf8").trim();
        if (children) for (const child of children.split(" ")) out.push(Number(child));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return out;
}

/** Resident set size of a process in KiB, or 0 once it is gone. */
function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const at = status.indexOf("VmRSS:");
    return at < 0 ? 0 : Number.parseInt(status.slice(at + 6), 10);
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used, its threads included, or 0 once it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesized command name; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Linux reports CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const CLOCK_TICKS = 100;

/** What one run measured. */
export interface ScaleRun {
  readonly articles: number;
  readonly jobs: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly peakRssMiB: number;
  /** CPU time of the CLI's process tree per article, in milliseconds: the cost without other load. */
  readonly cpuMsPerArticle: number;
  readonly inputMiB: number;
  readonly outputMiB: number;
  readonly errors: number;
}

/** Streams `articles` NDJSON lines through `khabar parse --ndjson --jobs <jobs>` and measures it. */
export async function measure(articles: number, jobs: number, encoded: readonly string[]): Promise<ScaleRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, "parse", "--ndjson", "--jobs", String(jobs)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const pid = child.pid as number;
  let peakKiB = 0;
  let cpu = 0;
  const sampler = setInterval(() => {
    const tree = processTree(pid);
    peakKiB = Math.max(
      peakKiB,
      tree.reduce((sum, p) => sum + rssKiB(p), 0),
    );
    cpu = Math.max(
      cpu,
      tree.reduce((sum, p) => sum + cpuSeconds(p), 0),
    );
  }, 50);

  let lines = 0;
  let errors = 0;
  let outBytes = 0;
  let partial = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    outBytes += Buffer.byteLength(chunk);
    const text = partial + chunk;
    let from = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      lines++;
      // An error record starts {"id":…,"error": ; an Article record has "article" right after the id.
      const head = text.slice(from, Math.min(nl, from + 200));
      if (head.includes(',"error":')) errors++;
      from = nl + 1;
    }
    partial = text.slice(from);
  });
  const exited = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? -1)));

  let inBytes = 0;
  for (let i = 0; i < articles; i++) {
    const line = `{"id":"a${i}","text":${encoded[i % encoded.length]}}\n`;
    inBytes += Buffer.byteLength(line);
    if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once("drain", resolve));
  }
  child.stdin.end();
  const code = await exited;
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0 && code !== 1) throw new Error(`khabar exited with ${code}`);
  if (lines !== articles) throw new Error(`expected ${articles} result lines, got ${lines}`);
  return {
    articles,
    jobs,
    seconds,
    perSecond: articles / seconds,
    peakRssMiB: peakKiB / 1024,
    cpuMsPerArticle: (cpu * 1000) / articles,
    inputMiB: inBytes / 2 ** 20,
    outputMiB: outBytes / 2 ** 20,
    errors,
  };
}

export async function run(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log("cli-scale: dist/cli.js is missing; run `npm run build` first");
    return;
  }
  const sizes = (process.env.SIZES ?? "10000,100000").split(",").map(Number);
  const jobs = Number(process.env.JOBS ?? 2);
  const { source, encoded } = articleTexts();
  console.log(`cli-scale: khabar parse --ndjson --jobs ${jobs}, articles from ${source}`);
  console.log(
    "| articles | input | output | wall time | articles/s | CPU per article | peak RSS (process tree) | error records |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const size of sizes) {
    const r = await measure(size, jobs, encoded);
    console.log(
      `| ${r.articles.toLocaleString("en-US")} | ${r.inputMiB.toFixed(0)} MiB | ${r.outputMiB.toFixed(0)} MiB | ` +
        `${r.seconds.toFixed(1)} s | ${r.perSecond.toFixed(0)} | ${r.cpuMsPerArticle.toFixed(2)} ms | ` +
        `${r.peakRssMiB.toFixed(0)} MiB | ${r.errors} |`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
