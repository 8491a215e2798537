#!/usr/bin/env node
/**
 * The `khabar` command. One file for both sides of the worker pool: the main thread runs the command, and
 * the worker threads it starts from this same file (`new Worker(new URL(import.meta.url))`) parse.
 */
import { isMainThread } from "node:worker_threads";
import { main } from "./main.js";
import { runWorker } from "./worker.js";

if (isMainThread) {
  // A closed pipe (`khabar parse … | head`) ends the run quietly, as for any Unix filter.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`khabar: standard output: ${error.message}\n`);
    process.exit(error.code === "EPIPE" ? 0 : 1);
  });
  const io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    workerUrl: new URL(import.meta.url),
  };
  process.exitCode = await main(process.argv.slice(2), io);
} else {
  runWorker();
}
