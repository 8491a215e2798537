/**
 * The worker-thread side of the pool: the same `cli.js` file started with `new Worker(new URL(import.meta.url))`
 * takes this branch when it is not the main thread, so the package ships one CLI file.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { BatchMessage, BatchResult } from "./pool.js";
import { runTask, type TaskSettings } from "./tasks.js";

/** Answers every batch the main thread sends with the outputs of its tasks, in order. */
export function runWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("runWorker: not in a worker thread");
  const { settings } = workerData as { settings: TaskSettings };
  port.on("message", (batch: BatchMessage) => {
    const outputs: string[] = [];
    const oks: boolean[] = [];
    for (const task of batch.tasks) {
      const result = runTask(task, settings);
      outputs.push(result.output);
      oks.push(result.ok);
    }
    const message: BatchResult = { id: batch.id, outputs, oks };
    port.postMessage(message);
  });
}
