/**
 * Verification cases: one per verification, numbered in order, with a status
 * the team moves (open → reviewed / disputed) from the report's buttons.
 * Stored in keyv; read-modify-write goes through one writer queue.
 */
import type Keyv from 'keyv';
import type { Report } from '../core/schema.js';
import { SerialQueue } from './serial.js';

export type CaseStatus = 'open' | 'reviewed' | 'disputed';

export interface CaseEvent {
  action: 'opened' | 'reviewed' | 'disputed';
  userId: string;
  time: string;
  reason: string | null;
}

export interface Case {
  id: number;
  guildId: string;
  channelId: string;
  userId: string;
  claim: string;
  report: Report;
  reportDigest: string;
  private: boolean;
  status: CaseStatus;
  messageId: string | null;
  threadId: string | null;
  createdAt: string;
  history: CaseEvent[];
}

export type NewCase = Omit<Case, 'id' | 'status' | 'messageId' | 'threadId' | 'createdAt' | 'history'>;

export class CaseStore {
  private readonly writer = new SerialQueue();

  constructor(
    private readonly kv: Keyv,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(id: number): Promise<Case | undefined> {
    return (await this.kv.get(`case:${id}`)) as Case | undefined;
  }

  create(input: NewCase): Promise<Case> {
    return this.writer.run(async () => {
      const id = (((await this.kv.get('case:last')) as number | undefined) ?? 0) + 1;
      const time = this.now().toISOString();
      const kase: Case = {
        ...input, id, status: 'open', messageId: null, threadId: null, createdAt: time,
        history: [{ action: 'opened', userId: input.userId, time, reason: null }],
      };
      await this.kv.set(`case:${id}`, kase);
      await this.kv.set('case:last', id);
      return kase;
    });
  }

  /**
   * Applies `change` to the stored case and saves it; returns the result.
   * `change` may throw (a UserError) to leave the case as it was.
   */
  update(id: number, change: (kase: Case) => Case | Promise<Case>): Promise<Case> {
    return this.writer.run(async () => {
      const current = await this.get(id);
      if (!current) throw new Error(`case ${id} not found`);
      const next = await change(structuredClone(current));
      await this.kv.set(`case:${id}`, next);
      return next;
    });
  }

  event(action: CaseEvent['action'], userId: string, reason: string | null = null): CaseEvent {
    return { action, userId, time: this.now().toISOString(), reason };
  }
}
