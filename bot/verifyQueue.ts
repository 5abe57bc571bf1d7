/**
 * Bounds the verifications running at once (the analyser may be an LLM with
 * its own rate limits, and retrieval is CPU). When the waiting line is full a
 * request is refused at once with an estimate, rather than left to time out.
 */
import PQueue from 'p-queue';
import { UserError } from './errors.js';

export interface VerifyQueueOptions {
  concurrency: number;
  /** How many may wait beyond those running. */
  maxWaiting: number;
}

export class VerificationQueue {
  private readonly queue: PQueue;
  private averageMs = 3_000;

  constructor(private readonly options: VerifyQueueOptions) {
    this.queue = new PQueue({ concurrency: options.concurrency });
  }

  /** Seconds to suggest waiting when full; null when there is room. */
  busyFor(): number | null {
    const running = this.queue.pending;
    const waiting = this.queue.size;
    if (running < this.options.concurrency || waiting < this.options.maxWaiting) return null;
    const ahead = running + waiting;
    return Math.max(5, Math.ceil((this.averageMs * ahead) / this.options.concurrency / 1000));
  }

  /** Throws a UserError ("busy") at once when full; call before deferring so the user hears it in time. */
  assertRoom(): void {
    const wait = this.busyFor();
    if (wait !== null) throw new UserError(`The bot is busy with other verifications; try again in ${wait} s.`, 'verify.busy');
  }

  /** Runs `task` when a slot frees up. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.add(async () => {
      const started = Date.now();
      try {
        return await task();
      } finally {
        // A moving average: recent runs say most about the next wait.
        this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
      }
    }) as Promise<T>;
  }

  get running(): number {
    return this.queue.pending;
  }

  get waiting(): number {
    return this.queue.size;
  }

  onIdle(): Promise<void> {
    return this.queue.onIdle();
  }
}
