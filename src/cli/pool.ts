/**
 * Runs parse tasks on a pool of worker threads and hands their results back in input order. Tasks go out
 * in batches (fewer messages), a batch is sent as soon as a worker is idle (so a trickling input is not
 * held back), and the number of batches in flight or queued is bounded, so memory stays flat however long
 * the input is.
 */
import { Worker } from "node:worker_threads";
import { runTask, type Task, type TaskResult, type TaskSettings, taskFailure } from "./tasks.js";

/** The pool cannot go on: its worker threads keep dying. */
export class PoolError extends Error {
  override readonly name = "PoolError";
}

/** Receives the result of the task with sequence number `seq`. */
export type ResultSink = (seq: number, result: TaskResult) => void;

/** Something that runs tasks: a pool of worker threads, or the main thread alone. */
export interface Runner {
  /** Queues a task; resolves when the runner can take another. `seq` counts up from 0 by 1. */
  submit(task: Task, seq: number): Promise<void>;
  /** Resolves when every task has been handed to the sink. */
  finish(): Promise<void>;
  /** Stops the threads. */
  close(): Promise<void>;
}

/** Runs each task at once on the main thread (`--jobs 1`: no thread start-up cost). */
export class InlineRunner implements Runner {
  constructor(
    private readonly settings: TaskSettings,
    private readonly sink: ResultSink,
  ) {}
  async submit(task: Task, seq: number): Promise<void> {
    this.sink(seq, runTask(task, this.settings));
  }
  async finish(): Promise<void> {}
  async close(): Promise<void> {}
}

/** A batch sent to a worker. */
export interface BatchMessage {
  readonly id: number;
  readonly tasks: readonly Task[];
}

/** A worker's answer to a {@link BatchMessage}. */
export interface BatchResult {
  readonly id: number;
  readonly outputs: readonly string[];
  readonly oks: readonly boolean[];
}

interface Batch {
  readonly id: number;
  /** Sequence number of the first task; the others follow by 1. */
  readonly seq0: number;
  readonly tasks: Task[];
  weight: number;
  /** A task sent again alone after a worker died with its batch: if it kills a worker again, it fails. */
  readonly retry: boolean;
}

interface Slot {
  worker: Worker;
  readonly inFlight: Map<number, Batch>;
  dead: boolean;
}

/** Tasks per batch, at most. */
export const MAX_BATCH_TASKS = 64;
/** UTF-16 code units of input per batch, at most (a single larger task still goes alone). */
export const MAX_BATCH_WEIGHT = 512 * 1024;
/** Batches a worker holds at once: one running, one waiting, so it never idles on a round trip. */
const IN_FLIGHT_PER_WORKER = 2;
/** Batches queued per worker before `submit` waits. */
const QUEUED_PER_WORKER = 2;

function weightOf(task: Task): number {
  return task.kind === "line" ? task.line.length : task.kind === "text" ? task.text.length : 256;
}

/** A pool of worker threads, each running `runTask` on the batches it is sent. */
export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Batch[] = [];
  private current: Batch | null = null;
  private nextBatchId = 0;
  private inFlight = 0;
  /** Workers that died since a batch last came back: a pool whose workers cannot even start gives up. */
  private deathsInARow = 0;
  private waiters: (() => void)[] = [];
  private fatal: PoolError | null = null;

  constructor(
    size: number,
    private readonly workerUrl: URL,
    private readonly settings: TaskSettings,
    private readonly sink: ResultSink,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(this.workerUrl, { workerData: { settings: this.settings } }),
      inFlight: new Map(),
      dead: false,
    };
    slot.worker.on("message", (result: BatchResult) => this.onResult(slot, result));
    slot.worker.on("error", (error) => this.onDeath(slot, error.message));
    slot.worker.on("exit", (code) => this.onDeath(slot, `worker thread exited with code ${code}`));
    return slot;
  }

  private onResult(slot: Slot, result: BatchResult): void {
    const batch = slot.inFlight.get(result.id);
    if (!batch) return;
    slot.inFlight.delete(result.id);
    this.inFlight--;
    this.deathsInARow = 0;
    result.outputs.forEach((output, i) => {
      this.sink(batch.seq0 + i, { output, ok: result.oks[i] === true });
    });
    this.pump();
    this.wake();
  }

  /**
   * A worker died (a crash, running out of memory). Which task killed it is unknown, so each task of its
   * batches goes again alone; a task that kills a worker alone becomes an error record. The dead worker is
   * replaced.
   */
  private onDeath(slot: Slot, message: string): void {
    if (slot.dead) return;
    slot.dead = true;
    const again: Batch[] = [];
    for (const batch of slot.inFlight.values()) {
      this.inFlight--;
      if (batch.retry) {
        batch.tasks.forEach((task, i) => {
          this.sink(batch.seq0 + i, taskFailure(task, message, this.settings));
        });
        continue;
      }
      batch.tasks.forEach((task, i) => {
        again.push({ id: this.nextBatchId++, seq0: batch.seq0 + i, tasks: [task], weight: 0, retry: true });
      });
    }
    slot.inFlight.clear();
    this.queue.unshift(...again);
    const index = this.slots.indexOf(slot);
    if (++this.deathsInARow <= this.slots.length * 4) this.slots[index] = this.spawn();
    else {
      this.slots.splice(index, 1);
      if (this.slots.length === 0) this.fatal = new PoolError(`worker threads keep failing: ${message}`);
    }
    this.pump();
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** The least busy live worker that can take `batch`: a retried task goes only to a worker with nothing else. */
  private slotFor(batch: Batch): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) {
      if (slot.dead || slot.inFlight.size >= IN_FLIGHT_PER_WORKER) continue;
      if (slot.inFlight.size > 0 && (batch.retry || [...slot.inFlight.values()].some((b) => b.retry)))
        continue;
      if (!best || slot.inFlight.size < best.inFlight.size) best = slot;
    }
    return best;
  }

  private closeCurrent(): void {
    if (this.current && this.current.tasks.length > 0) this.queue.push(this.current);
    this.current = null;
  }

  private pump(): void {
    // A worker with nothing to do takes the batch being filled rather than wait for it to fill up.
    if (this.queue.length === 0 && this.current && this.slots.some((s) => !s.dead && s.inFlight.size === 0)) {
      this.closeCurrent();
    }
    for (let next = this.queue[0]; next; next = this.queue[0]) {
      const slot = this.slotFor(next);
      if (!slot) break;
      const batch = this.queue.shift() as Batch;
      slot.inFlight.set(batch.id, batch);
      this.inFlight++;
      const message: BatchMessage = { id: batch.id, tasks: batch.tasks };
      slot.worker.postMessage(message);
    }
  }

  private get full(): boolean {
    return (
      this.queue.length + this.inFlight >= this.slots.length * (IN_FLIGHT_PER_WORKER + QUEUED_PER_WORKER)
    );
  }

  async submit(task: Task, seq: number): Promise<void> {
    if (this.fatal) throw this.fatal;
    const weight = weightOf(task);
    if (this.current && this.current.weight + weight > MAX_BATCH_WEIGHT) this.closeCurrent();
    this.current ??= { id: this.nextBatchId++, seq0: seq, tasks: [], weight: 0, retry: false };
    this.current.tasks.push(task);
    this.current.weight += weight;
    if (this.current.tasks.length >= MAX_BATCH_TASKS) this.closeCurrent();
    this.pump();
    while (this.full && !this.fatal) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async finish(): Promise<void> {
    this.closeCurrent();
    this.pump();
    while ((this.queue.length > 0 || this.inFlight > 0) && !this.fatal) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.fatal) throw this.fatal;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.dead = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
