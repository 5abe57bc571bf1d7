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

/** How long a verification defers to unacknowledged interactions before it starts anyway. */
const MAX_ACK_PRIORITY_MS = 500;

export class VerificationQueue {
  private readonly queue: PQueue;
  private averageMs = 3_000;
  /** The last job's start: each start waits for the previous one's plus a turn of the event loop. */
  private lastStart: Promise<void> = Promise.resolve();
  /** True while some interaction is received but not yet acknowledged (set by the bot). */
  private acksPending: () => boolean = () => false;

  /** Lets acknowledgements go first: a job waits (briefly) while `pending()` is true. */
  prioritise(pending: () => boolean): void {
    this.acksPending = pending;
  }

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
      // Retrieval and analysis are synchronous CPU work. Jobs start one loop turn
      // apart (a setImmediate scheduled after the previous start), so the I/O phase
      // runs between them and interactions that arrived meanwhile are acknowledged
      // first: an acknowledgement has 3 s, a report 15 minutes.
      const turn = this.lastStart.then(async () => {
        const until = Date.now() + MAX_ACK_PRIORITY_MS;
        do await new Promise<void>((resolve) => setImmediate(resolve));
        while (this.acksPending() && Date.now() < until);
      });
      this.lastStart = turn;
      await turn;
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
