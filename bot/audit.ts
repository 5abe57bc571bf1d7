/**
 * The append-only audit log, one hash chain per guild, in keyv.
 *
 * Each entry's hash is SHA-256 over the previous hash and the canonical JSON
 * of the entry (without its own hash), so editing, deleting, reordering or
 * inserting an entry breaks the chain at that entry. Entries live under
 * `<chain>:entry:<seq>` and a `<chain>:head` record {seq, hash} says where the
 * chain ends, so deleting its tail is caught too — as in Certificate
 * Transparency, the head hash is what a team writes down (the mod-log channel
 * receives every entry's hash) to catch a rewrite of the whole log.
 *
 * keyv has no compare-and-swap: appends go through one in-process writer
 * queue. Run one bot process per store.
 */
import type Keyv from 'keyv';
import { canonicalJson, sha256 } from './digest.js';
import { SerialQueue } from './serial.js';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditAction =
  | 'verify'
  | 'case.review'
  | 'case.dispute'
  | 'corpus.add'
  | 'corpus.remove'
  | 'config.modlog';

/** What a caller records; the log adds seq, time and the chain fields. */
export interface AuditInput {
  guildId: string;
  channelId: string | null;
  userId: string;
  action: AuditAction;
  caseId: number | null;
  claim: string | null;
  reportDigest: string | null;
  /** A dispute's reason, a document id, a channel id: what the action was about beyond the case. */
  detail?: string | null;
}

export interface AuditEntry extends Required<AuditInput> {
  seq: number;
  time: string;
  prevHash: string;
  hash: string;
}

export interface AuditHead {
  seq: number;
  hash: string;
}

export type ChainCheck =
  | { ok: true; count: number; head: AuditHead }
  | { ok: false; count: number; head: AuditHead | null; firstBadSeq: number; reason: string };

export function hashEntry(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...body } = entry;
  return sha256(entry.prevHash + canonicalJson(body));
}

const HEX64 = /^[0-9a-f]{64}$/;

function isEntry(value: unknown): value is AuditEntry {
  const e = value as AuditEntry;
  return (
    typeof e === 'object' && e !== null &&
    Number.isInteger(e.seq) && typeof e.time === 'string' && typeof e.guildId === 'string' &&
    typeof e.userId === 'string' && typeof e.action === 'string' &&
    typeof e.prevHash === 'string' && typeof e.hash === 'string' && HEX64.test(e.hash)
  );
}

/** One guild's chain. Obtain it from `AuditLogs.forGuild` so appends share one writer. */
export class AuditLog {
  private readonly writer = new SerialQueue();

  constructor(
    private readonly kv: Keyv,
    readonly chain: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  entryKey(seq: number): string {
    return `audit:${this.chain}:entry:${seq}`;
  }

  headKey(): string {
    return `audit:${this.chain}:head`;
  }

  async head(): Promise<AuditHead | null> {
    return ((await this.kv.get(this.headKey())) as AuditHead | undefined) ?? null;
  }

  async entry(seq: number): Promise<AuditEntry | undefined> {
    return (await this.kv.get(this.entryKey(seq))) as AuditEntry | undefined;
  }

  /**
   * Appends one entry; resolves once both the entry and the head are stored,
   * so a caller that awaits it may then tell the user the action succeeded.
   */
  append(input: AuditInput): Promise<AuditEntry> {
    return this.writer.run(async () => {
      const head = (await this.head()) ?? { seq: 0, hash: GENESIS_HASH };
      const body: Omit<AuditEntry, 'hash'> = {
        seq: head.seq + 1,
        time: this.now().toISOString(),
        guildId: input.guildId,
        channelId: input.channelId,
        userId: input.userId,
        action: input.action,
        caseId: input.caseId,
        claim: input.claim,
        reportDigest: input.reportDigest,
        detail: input.detail ?? null,
        prevHash: head.hash,
      };
      const entry: AuditEntry = { ...body, hash: hashEntry(body) };
      // Entry first, head second: a crash in between leaves an entry beyond the
      // head, which `verify` reports and the next append overwrites.
      await this.kv.set(this.entryKey(entry.seq), entry);
      await this.kv.set(this.headKey(), { seq: entry.seq, hash: entry.hash } satisfies AuditHead);
      return entry;
    });
  }

  /** The last `n` entries, oldest first. */
  async recent(n: number): Promise<AuditEntry[]> {
    const head = await this.head();
    if (!head) return [];
    const out: AuditEntry[] = [];
    for (let seq = Math.max(1, head.seq - n + 1); seq <= head.seq; seq++) {
      const e = await this.entry(seq);
      if (e) out.push(e);
    }
    return out;
  }

  /** Every entry up to the head, in order (missing ones skipped: `verify` names them). */
  async *entries(): AsyncGenerator<AuditEntry> {
    const head = await this.head();
    for (let seq = 1; seq <= (head?.seq ?? 0); seq++) {
      const e = await this.entry(seq);
      if (e) yield e;
    }
  }

  /**
   * Recomputes the chain from the first entry and names the first sequence
   * number whose slot does not hold the entry that belongs there, with why.
   * An entry that is intact but links further back marks what lies between
   * as inserted; one that is intact and in place but links to an unknown hash
   * marks its predecessor as replaced.
   */
  async verify(): Promise<ChainCheck> {
    const head = await this.head().catch(() => 'malformed' as const);
    const bad = (firstBadSeq: number, reason: string): ChainCheck => ({
      ok: false, count: firstBadSeq - 1, head: head === 'malformed' ? null : head, firstBadSeq, reason,
    });
    if (head === null) {
      if (await this.kv.has(this.entryKey(1))) return bad(1, 'entry #1 exists but the head record is missing');
      return { ok: true, count: 0, head: { seq: 0, hash: GENESIS_HASH } };
    }
    if (head === 'malformed' || !Number.isInteger(head.seq) || head.seq < 0 || typeof head.hash !== 'string' || !HEX64.test(head.hash)) {
      return bad(1, 'the head record is malformed');
    }
    let prevHash = GENESIS_HASH;
    const seen = new Map<string, number>([[GENESIS_HASH, 0]]);
    for (let seq = 1; seq <= head.seq; seq++) {
      const raw: unknown = await this.kv.get(this.entryKey(seq)).catch(() => 'unreadable');
      if (raw === undefined || raw === null) return bad(seq, `entry #${seq} is missing (deleted, or the log was truncated)`);
      if (!isEntry(raw)) return bad(seq, `entry #${seq} is unreadable or malformed`);
      const earlier = seen.get(raw.hash);
      if (earlier !== undefined) return bad(seq, `the slot of entry #${seq} holds a copy of entry #${earlier}`);
      const linksTo = seen.get(raw.prevHash);
      if (raw.prevHash !== prevHash && linksTo !== undefined) {
        return bad(linksTo + 1, `entries #${linksTo + 1}–#${seq - 1} were inserted: the next entry links to entry #${linksTo}`);
      }
      if (hashEntry(raw) !== raw.hash) return bad(seq, `entry #${seq} was altered: its content does not match its hash`);
      if (raw.prevHash !== prevHash) {
        if (raw.seq !== seq) return bad(seq, `the slot of entry #${seq} holds entry #${raw.seq} (entries moved or reordered)`);
        if (seq === 1) return bad(1, 'entry #1 does not start the chain');
        return bad(seq - 1, `entry #${seq - 1} was replaced: entry #${seq} records a different hash for it`);
      }
      if (raw.seq !== seq) return bad(seq, `the slot of entry #${seq} holds entry #${raw.seq} (entries moved or reordered)`);
      seen.set(raw.hash, seq);
      prevHash = raw.hash;
    }
    if (prevHash !== head.hash) {
      return bad(head.seq, `entry #${head.seq} does not match the head record (replaced, or the head was edited)`);
    }
    if (await this.kv.has(this.entryKey(head.seq + 1)).catch(() => true)) {
      return bad(head.seq + 1, `entry #${head.seq + 1} lies beyond the head (inserted, or the head was rolled back)`);
    }
    return { ok: true, count: head.seq, head };
  }
}

/** The guilds' chains, sharing one store, with listeners told of every append (the mod-log). */
export class AuditLogs {
  private readonly chains = new Map<string, AuditLog>();
  private readonly listeners: ((entry: AuditEntry) => void)[] = [];
  private readonly indexWriter = new SerialQueue();
  private known: Set<string> | null = null;

  constructor(
    private readonly kv: Keyv,
    private readonly now?: () => Date,
  ) {}

  forGuild(guildId: string): AuditLog {
    let log = this.chains.get(guildId);
    if (!log) {
      log = new AuditLog(this.kv, guildId, this.now);
      this.chains.set(guildId, log);
    }
    return log;
  }

  async append(input: AuditInput): Promise<AuditEntry> {
    await this.remember(input.guildId);
    const entry = await this.forGuild(input.guildId).append(input);
    for (const listener of this.listeners) listener(entry);
    return entry;
  }

  onAppend(listener: (entry: AuditEntry) => void): void {
    this.listeners.push(listener);
  }

  /** Guilds that have a chain, for the CLI's "verify everything". */
  async guilds(): Promise<string[]> {
    return ((await this.kv.get('audit:guilds')) as string[] | undefined) ?? [];
  }

  private remember(guildId: string): Promise<void> {
    if (this.known?.has(guildId)) return Promise.resolve();
    return this.indexWriter.run(async () => {
      const list = await this.guilds();
      this.known = new Set(list);
      if (this.known.has(guildId)) return;
      this.known.add(guildId);
      await this.kv.set('audit:guilds', [...this.known]);
    });
  }
}
