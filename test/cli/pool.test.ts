/**
 * The worker pool on its own, with small stand-in worker scripts that speak its protocol: results come
 * back once per task whatever order batches finish in, a task that kills its worker fails alone, and a
 * pool whose workers cannot start gives up instead of hanging.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PoolError, WorkerPool } from "../../src/cli/pool.js";
import type { TaskResult, TaskSettings } from "../../src/cli/tasks.js";

const SETTINGS: TaskSettings = { record: true, pretty: false, fields: null, format: "auto", options: {} };
const dir = mkdtempSync(join(tmpdir(), "khabar-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workerScript(name: string, body: string): URL {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(path, `import { parentPort } from "node:worker_threads";\n${body}\n`);
  return pathToFileURL(path);
}

/** Echoes each line after a random delay, so that batches finish out of order; exits on a line "DIE". */
const ECHO = workerScript(
  "echo",
  `parentPort.on("message", (batch) => {
    if (batch.tasks.some((t) => t.line === "DIE")) process.exit(3);
    setTimeout(() => parentPort.postMessage({
      id: batch.id,
      outputs: batch.tasks.map((t) => JSON.stringify({ id: t.line })),
      oks: batch.tasks.map(() => true),
    }), Math.random() * 20);
  });`,
);
const BROKEN = workerScript("broken", "process.exit(1);");

async function runPool(url: URL, lines: readonly string[], size = 3) {
  const results = new Map<number, TaskResult>();
  const pool = new WorkerPool(size, url, SETTINGS, (seq, result) => {
    expect(results.has(seq)).toBe(false);
    results.set(seq, result);
  });
  try {
    for (const [i, line] of lines.entries()) await pool.submit({ kind: "line", line, lineNo: i + 1 }, i);
    await pool.finish();
  } finally {
    await pool.close();
  }
  return results;
}

describe("WorkerPool", () => {
  it("hands back every task exactly once, under its own sequence number", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `l${i}`);
    const results = await runPool(ECHO, lines);
    expect(results.size).toBe(300);
    for (const [seq, result] of results) expect(JSON.parse(result.output)).toEqual({ id: lines[seq] });
  });

  it("fails only the task that kills its worker, and goes on with a new worker", async () => {
    const lines = Array.from({ length: 200 }, (_, i) => (i === 57 ? "DIE" : `l${i}`));
    const results = await runPool(ECHO, lines, 2);
    expect(results.size).toBe(200);
    const failed = [...results].filter(([, r]) => !r.ok);
    expect(failed.map(([seq]) => seq)).toEqual([57]);
    expect(JSON.parse(failed[0]![1].output)).toEqual({
      id: null,
      error: { message: "worker thread exited with code 3", line: 58 },
    });
  });

  it("gives up with a PoolError when no worker can start", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `l${i}`);
    await expect(runPool(BROKEN, lines, 1)).rejects.toBeInstanceOf(PoolError);
  });
});
